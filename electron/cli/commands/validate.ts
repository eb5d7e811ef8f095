import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { projectFileText } from '../../../shared/model/fileText';
import { MAX_PROJECT_FILE_BYTES, parseProjectFile } from '../../../shared/model/projectFile';
import type { CliCommand, CliIo } from '../command';

const usage = `Usage: tenfold validate <file.tenfold.json> [more files…]

Checks that each file is a valid Tenfold project file: JSON syntax, the shape of every field,
ids that are unique, and connections, zones and entry points that refer to existing components.
Every problem is printed as  <file>:<line>:<column>: <json path>: <reason>  (the position when known).

Exit codes:
  0  every file is valid
  1  a file is invalid, too large, or from a newer Tenfold
  2  a file is missing or unreadable, or the command was used wrongly`;

type Outcome = 'valid' | 'invalid' | 'unreadable';

type FileRead = { bytes: Uint8Array } | { tooLargeBytes: number } | null;

/** The file's bytes, its size when too large, or null after printing why it cannot be read. */
function readProjectFile(path: string, io: CliIo): FileRead {
  const absolute = resolve(io.cwd, path);
  try {
    const stats = statSync(absolute);
    if (stats.isDirectory()) {
      io.err(`tenfold validate: ${path} is a folder, not a file. Name a .tenfold.json file.`);
      return null;
    }
    // A huge file is refused without reading it into memory; parseProjectFile does the same for text.
    if (stats.size > MAX_PROJECT_FILE_BYTES) return { tooLargeBytes: stats.size };
    return { bytes: readFileSync(absolute) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    io.err(`tenfold validate: cannot read ${path}: ${reason}. Check the path and try again.`);
    return null;
  }
}

function validateOne(path: string, io: CliIo): Outcome {
  const read = readProjectFile(path, io);
  if (read === null) return 'unreadable';
  if ('tooLargeBytes' in read) {
    const megabytes = (read.tooLargeBytes / (1024 * 1024)).toFixed(1);
    io.out(`${path}: the file is ${megabytes} MB; Tenfold opens project files up to 50 MB.`);
    io.out(`✗ ${path} is not a valid Tenfold project (too large)`);
    return 'invalid';
  }
  try {
    const project = parseProjectFile(projectFileText(read.bytes, path), path);
    io.out(`✓ ${path} is a valid Tenfold project (${project.components.length} components, ${project.connections.length} connections)`);
    return 'valid';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const line of refusalLines(path, error)) io.out(line);
    return 'invalid';
  }
}

/**
 * Why a project file was refused, as validate prints it: each problem as
 * <file>:<line>:<column>: <json path>: <reason>, then a verdict line. Commands that read
 * project files (diff, merge) print the same lines.
 */
export function refusalLines(path: string, error: AppError): string[] {
  const lines: string[] = [];
  const problems = error.problems ?? [];
  // Refusals that are not about one field (newer schema, too large) lead with their own message.
  if (error.code !== 'INVALID_PROJECT_FILE' || problems.length === 0) lines.push(`${path}: ${error.message}`);
  for (const problem of problems) {
    const position = problem.line !== undefined ? `:${problem.line}:${problem.column ?? 1}` : '';
    lines.push(`${path}${position}: ${problem.path}: ${problem.message}`);
  }
  const why =
    error.code === 'NEWER_SCHEMA'
      ? 'made by a newer Tenfold; update Tenfold to open it'
      : error.code === 'FILE_TOO_LARGE'
        ? 'too large'
        : problems.length === 0
          ? 'see above'
          : `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  lines.push(`✗ ${path} is not a valid Tenfold project (${why})`);
  return lines;
}

export const validateCommand: CliCommand = {
  usage,
  async run(args, io) {
    const files = args.filter((a) => a !== '--');
    const option = files.find((a) => a.startsWith('-'));
    if (option !== undefined) {
      io.err(`tenfold validate: unknown option "${option}". Run "tenfold validate --help".`);
      return 2;
    }
    if (files.length === 0) {
      io.err('tenfold validate: name a project file, e.g. "tenfold validate shop.tenfold.json".');
      return 2;
    }
    const outcomes = files.map((file) => validateOne(file, io));
    if (outcomes.includes('unreadable')) return 2;
    return outcomes.includes('invalid') ? 1 : 0;
  },
};
