import { z } from 'zod/mini';

/** Error codes that cross the IPC/HTTP boundary. */
export const ErrorCode = z.enum([
  'INVALID_INPUT', // payload failed the channel's schema
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'INVALID_PROJECT_FILE', // a project file failed validation; `problems` lists every one
  'NEWER_SCHEMA', // a project file from a newer Tenfold
  'FILE_TOO_LARGE',
  'CONFLICT', // e.g. an imported project's id already exists
  'REVISION_CONFLICT', // a save based on a revision that is no longer the project's latest
  'CANCELLED', // the user closed a dialog
  'UNSUPPORTED', // not available on this host (e.g. a native dialog in the browser)
  'FORBIDDEN', // the web host refused a request from another site or host name, or a participant's change
  'TOKEN_REQUIRED', // the web host needs this run's token (or a meeting link's): none was sent, or one from an earlier start
  'LIBRARY_DAMAGED', // the library file is damaged; a backup can be restored
  'DISK_FULL', // the disk holding the library is full
  'LIBRARY_READ_ONLY', // the library file or its folder cannot be written
  'LIBRARY_BUSY', // another program kept the library locked past the wait
  'TIMED_OUT', // the work went past its time budget and was stopped
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One problem in an input, located by its JSON path ("components[3].kind"). */
export const Problem = z.strictObject({
  path: z.string(),
  message: z.string(),
  line: z.optional(z.number()),
  column: z.optional(z.number()),
});
export type Problem = z.infer<typeof Problem>;

export const AppErrorShape = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  problems: z.optional(z.array(Problem)),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

/** A domain error as a value. The boundary turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly problems?: Problem[];
  constructor(code: ErrorCode, message: string, problems?: Problem[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (problems) this.problems = problems;
  }
  toShape(): AppErrorShape {
    return this.problems ? { code: this.code, message: this.message, problems: this.problems } : { code: this.code, message: this.message };
  }
}
