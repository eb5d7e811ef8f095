import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from '../command';
import { CURRENT_SCHEMA_VERSION, type Project } from '../../../shared/model/project';
import { serializeProject } from '../../../shared/model/projectFile';
import { mergeProjects } from '../../../shared/changes/merge';
import { readInputFile, UsageError, withExitCodes, writeOutput } from './fileIo';
import { loadProject } from './projectSource';

const usage = `Usage: tenfold merge <base> <ours> <theirs> [-o FILE]

Three-way merge of project files by id: changes to different components, connections, zones or
properties merge cleanly. The same property changed two ways, a record edited on one side and
deleted on the other, or a reference their side added to something our side deleted is a
conflict: the merged file keeps our side there, lists each conflict in its "conflicts" section,
and is always a valid project file. Open it in Tenfold to keep ours or take theirs for each.
The output is deterministic: merging the same files twice gives the same bytes. Positions on
the canvas merge too; where both sides moved a component, ours wins without a conflict.

As a git merge driver (see README.md):
  .gitattributes   *.tenfold.json merge=tenfold
  git config merge.tenfold.driver "npx tenfold merge %O %A %B -o %A"

Options:
  -o, --output FILE  write the merged project here (atomically); without it, print it

Exit codes:
  0  merged without conflicts
  1  merged with conflicts (recorded in the file's conflicts section)
  2  a file is missing, unreadable, not a valid project or from a newer Tenfold, or the command
     was used wrongly; nothing is written`;

interface MergeOptions {
  readonly base: string;
  readonly ours: string;
  readonly theirs: string;
  readonly output: string | undefined;
}

function readOptions(args: readonly string[]): MergeOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { output: { type: 'string', short: 'o' } }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`tenfold merge: ${(error as Error).message}. Run "tenfold merge --help".`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 3)
    throw new UsageError(
      'tenfold merge: name three project files, the common ancestor, ours and theirs, e.g. "tenfold merge base.tenfold.json ours.tenfold.json theirs.tenfold.json -o merged.tenfold.json".',
    );
  return { base: positionals[0]!, ours: positionals[1]!, theirs: positionals[2]!, output: values.output };
}

/**
 * The common ancestor. When both branches added the file, git passes an empty one: then every
 * record is new on both sides, with ours' id and name as the starting point.
 */
function loadBase(spec: string, ours: Project, io: CliIo): Project {
  if (!spec.startsWith('git:') && readInputFile('merge', spec, io).trim() === '') {
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: ours.id,
      name: ours.name,
      components: [],
      connections: [],
      zones: [],
      workload: { ...ours.workload, entryPoints: [] },
      review: { findings: [], decisions: [] },
      ruleOverrides: [],
      layout: { components: {}, zones: {} },
      conflicts: [],
    };
  }
  return loadProject('merge', spec, io).project;
}

function run(args: readonly string[], io: CliIo): number {
  const options = readOptions(args);
  // Every file is read and validated before anything is written.
  const ours = loadProject('merge', options.ours, io).project;
  const theirs = loadProject('merge', options.theirs, io).project;
  const base = loadBase(options.base, ours, io);
  const { project, conflicts } = mergeProjects(base, ours, theirs);
  writeOutput('merge', serializeProject(project), options.output, io);
  const where = options.output === undefined ? 'the output' : options.output;
  if (conflicts.length === 0) {
    io.err(`tenfold merge: merged without conflicts into ${where}.`);
    return 0;
  }
  io.err(
    `tenfold merge: ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}; ${where} keeps our side for ${conflicts.length === 1 ? 'it' : 'each'} and lists ${conflicts.length === 1 ? 'it' : 'them'} in its conflicts section (resolve them in Tenfold):`,
  );
  for (const conflict of conflicts) io.err(`  ${conflict.message}`);
  return 1;
}

export const mergeCommand: CliCommand = {
  usage,
  run: (args, io) => withExitCodes('merge', io, () => run(args, io)),
};
