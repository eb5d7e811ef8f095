import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { projectFileText } from '../../../shared/model/fileText';
import type { CliIo } from '../command';
import { writeFileAtomic } from '../../exporters/projectFile';

/** Bad input the user can fix: the command prints the message and exits with 2. */
export class UsageError extends Error {}

/** A project file refused for its content: the lines `tenfold validate` prints, for stderr; exit 2. */
export class RefusedProjectFile extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/**
 * Reads a text file named on the command line; a missing or unreadable file is a UsageError, one
 * that is not UTF-8 an AppError (INVALID_PROJECT_FILE), read as every file is (shared/model/fileText.ts).
 */
export function readInputFile(command: string, path: string, io: CliIo): string {
  const absolute = resolve(io.cwd, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new UsageError(`tenfold ${command}: cannot read ${path}: ${reason}. Check the path and try again.`);
  }
  return projectFileText(bytes, path);
}

/** Writes the output atomically to `-o FILE`, or prints it when no file is given. */
export function writeOutput(command: string, text: string, outPath: string | undefined, io: CliIo): void {
  if (outPath === undefined) {
    // io.out adds a newline; the exported texts already end with one.
    io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
    return;
  }
  const absolute = resolve(io.cwd, outPath);
  try {
    writeFileAtomic(absolute, text);
  } catch (error) {
    throw new UsageError(`tenfold ${command}: cannot write ${outPath}: ${(error as Error).message}. Check that the folder exists and is writable.`);
  }
}

/** An AppError (invalid file, bad YAML…) as lines for stderr: the message, then each located problem. */
export function describeAppError(command: string, error: AppError): string {
  const lines = [`tenfold ${command}: ${error.message}`];
  for (const problem of error.problems ?? []) {
    const where = problem.line !== undefined ? ` (line ${problem.line}, column ${problem.column})` : '';
    lines.push(`  ${problem.path}${where}: ${problem.message}`);
  }
  return lines.join('\n');
}

/** Runs a command body, turning expected failures into exit code 2 with a clear message. */
export async function withExitCodes(command: string, io: CliIo, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError || error instanceof RefusedProjectFile) io.err(error.message);
    else if (error instanceof AppError) io.err(describeAppError(command, error));
    else throw error;
    return 2;
  }
}
