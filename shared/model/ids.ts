import { z } from 'zod/mini';

/**
 * Branded UUID ids. A ComponentId cannot be passed where a ConnectionId is expected,
 * although both are plain strings on disk.
 */
export const ProjectId = z.uuid().brand<'ProjectId'>();
export type ProjectId = z.infer<typeof ProjectId>;

export const ComponentId = z.uuid().brand<'ComponentId'>();
export type ComponentId = z.infer<typeof ComponentId>;

export const ConnectionId = z.uuid().brand<'ConnectionId'>();
export type ConnectionId = z.infer<typeof ConnectionId>;

export const ZoneId = z.uuid().brand<'ZoneId'>();
export type ZoneId = z.infer<typeof ZoneId>;

/** A free-text note on the canvas (layout.notes). */
export const NoteId = z.uuid().brand<'NoteId'>();
export type NoteId = z.infer<typeof NoteId>;

export const DecisionId = z.uuid().brand<'DecisionId'>();
export type DecisionId = z.infer<typeof DecisionId>;

export const RevisionId = z.int().check(z.positive()).brand<'RevisionId'>();
export type RevisionId = z.infer<typeof RevisionId>;

/** A new random id; uses the Web Crypto API present in browsers, Electron and Node 22+. */
export function newId<T extends string & z.core.$brand<string>>(): T {
  // shared/ has neither DOM nor Node types; every runtime we target has Web Crypto.
  return (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID() as T;
}
