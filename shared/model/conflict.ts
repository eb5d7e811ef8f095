import { z } from 'zod/mini';

/**
 * A conflict a three-way merge of project files could not settle (tenfold merge): the same
 * property changed two ways, a record edited on one side and deleted on the other, or a record
 * that refers to something the other side deleted. The merged file keeps our side's state and
 * lists each conflict here, with every side's value, until someone resolves it in the app
 * (keep ours, or take theirs).
 */
export const conflictRecords = [
  'project',
  'workload',
  'component',
  'connection',
  'zone',
  'entry-point',
  'finding-review',
  'decision',
  'rule-override',
] as const;
export const ConflictRecord = z.enum(conflictRecords);
export type ConflictRecord = z.infer<typeof ConflictRecord>;

/**
 * both-changed: both sides changed the property (or added the record) differently.
 * deleted-by-ours / deleted-by-theirs: one side deleted the record, the other edited it.
 * refers-to-deleted: their side added or changed a reference to a record our side deleted; the
 * reference was left out.
 */
export const ConflictReason = z.enum(['both-changed', 'deleted-by-ours', 'deleted-by-theirs', 'refers-to-deleted']);
export type ConflictReason = z.infer<typeof ConflictReason>;

const value = z.json();

export const MergeConflict = z.strictObject({
  record: ConflictRecord,
  /** The record's id: a component, connection, zone or decision id, an entry point's component id, a finding key, a rule override's "rule" or "rule#tag"; "" for project and workload settings. */
  id: z.string().check(z.maxLength(4000)),
  /** Its name, for people reading the file. */
  name: z.optional(z.string().check(z.maxLength(300))),
  /** The property as a dotted path ("deployment.instances"); absent when the conflict is about the whole record. */
  path: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  reason: ConflictReason,
  /** Each side's value: absent means not set, or no such record on that side. */
  base: z.optional(value),
  ours: z.optional(value),
  theirs: z.optional(value),
  /** One sentence saying what happened and what the file kept. */
  message: z.string().check(z.maxLength(2000)),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

/** What identifies a conflict: the same record and property cannot conflict twice. */
export function conflictKey(conflict: Pick<MergeConflict, 'record' | 'id' | 'path'>): string {
  return `${conflict.record}|${conflict.id}|${conflict.path ?? ''}`;
}
