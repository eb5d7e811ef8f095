import { execFileSync } from 'node:child_process';
import { AppError } from '../../../shared/ipc/errors';
import type { Project } from '../../../shared/model/project';
import { projectFileText } from '../../../shared/model/fileText';
import { MAX_PROJECT_FILE_BYTES, parseProjectFile } from '../../../shared/model/projectFile';
import type { CliIo } from '../command';
import { readInputFile, RefusedProjectFile, UsageError } from './fileIo';
import { refusalLines } from './validate';

/** A project file named on the command line, read and validated. */
export interface LoadedProject {
  /** As the user wrote it: a path, or git:REV:path. */
  readonly name: string;
  readonly text: string;
  readonly project: Project;
}

const GIT_PREFIX = 'git:';

/** git:REV:path → REV and path (git's own REV:path: the path is from the repository's root, or ./ for the working folder). */
function gitSpec(command: string, spec: string): { rev: string; path: string } {
  const rest = spec.slice(GIT_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0 || colon === rest.length - 1) {
    throw new UsageError(
      `tenfold ${command}: "${spec}" is not a git source. Write git:REV:path, e.g. git:main:architecture/shop.tenfold.json or git:HEAD~1:./shop.tenfold.json.`,
    );
  }
  return { rev: rest.slice(0, colon), path: rest.slice(colon + 1) };
}

function readFromGit(command: string, spec: string, io: CliIo): string {
  const { rev, path } = gitSpec(command, spec);
  let bytes: Buffer;
  try {
    bytes = execFileSync('git', ['show', `${rev}:${path}`], {
      cwd: io.cwd,
      // One byte past the limit is enough to know the file is too large.
      maxBuffer: MAX_PROJECT_FILE_BYTES + 1,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new UsageError(`tenfold ${command}: cannot read ${spec}: git is not installed or not on the PATH.`);
    if (failure.code === 'ENOBUFS')
      throw new AppError(
        'FILE_TOO_LARGE',
        `${spec} is over 50 MB; Tenfold opens project files up to 50 MB. Remove unused data from the file or split the project.`,
      );
    const said =
      String(failure.stderr ?? '')
        .trim()
        .split('\n')[0] ?? '';
    throw new UsageError(
      `tenfold ${command}: cannot read ${spec}: ${said === '' ? failure.message : said}. Check the revision and the path (from the repository's root, or starting with ./).`,
    );
  }
  return projectFileText(bytes, spec);
}

/**
 * Reads and validates a project file named on the command line: a path, or git:REV:path for the
 * file as it was at a git revision (read with `git show`, nothing checked out). A file that is
 * not a valid project throws RefusedProjectFile with validate's lines.
 */
export function loadProject(command: string, spec: string, io: CliIo): LoadedProject {
  try {
    const text = spec.startsWith(GIT_PREFIX) ? readFromGit(command, spec, io) : readInputFile(command, spec, io);
    return { name: spec, text, project: parseProjectFile(text, spec) };
  } catch (error) {
    if (error instanceof AppError) throw new RefusedProjectFile(refusalLines(spec, error));
    throw error;
  }
}
