import { z } from 'zod';
import { ComponentId, ConnectionId } from '../model/ids';
import { Connection } from '../model/connection';

/** One line of an import report, with where it was read and what it is about. */
export const ImportNote = z.strictObject({
  text: z.string().max(5000),
  /** Where it was read: a file and the key in it ("docker-compose.yml: services.user.environment.MONGO_HOST"). */
  where: z.array(z.string().max(1000)).max(20).optional(),
  /** The component it is about (its kind can be changed before the project is created). */
  componentId: z.optional(ComponentId),
  /** The connection it is about (it can be dropped or changed before the project is created). */
  connectionId: z.optional(ConnectionId),
});
export type ImportNote = z.infer<typeof ImportNote>;

/** A connection the files suggest without showing it: offered, not made. */
export const SuggestedConnection = z.strictObject({ connection: Connection, text: z.string().max(5000) });
export type SuggestedConnection = z.infer<typeof SuggestedConnection>;

/**
 * What an import read, guessed and left out. `evidence`: facts read from the files. `guessed`:
 * conclusions drawn from weaker signs, each with its evidence. `confirm`: what the user should
 * check or decide. `ignored`: what was not imported, and why.
 */
export const ImportReport = z.strictObject({
  /** Each file read, and what it was read as. */
  sources: z.array(z.string().max(2000)),
  evidence: z.array(ImportNote),
  guessed: z.array(ImportNote),
  confirm: z.array(ImportNote),
  ignored: z.array(z.string().max(5000)),
  suggested: z.array(SuggestedConnection),
});
export type ImportReport = z.infer<typeof ImportReport>;

/**
 * One file of an import, as the app sends it: its path inside what the user chose, its text, and
 * whether the user picked the file itself (rather than a folder holding it).
 */
export const ImportFile = z.strictObject({ path: z.string().min(1).max(1000), content: z.string(), named: z.boolean().optional() });
export type ImportFile = z.infer<typeof ImportFile>;
