import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from '../command';
import { compareProjects } from '../../engine/diff/compare';
import { formatDiffText } from '../../exporters/diff/diffText';
import { formatDiffMarkdown } from '../../exporters/diff/diffMarkdown';
import type { DiffReport } from '../../exporters/diff/changeWords';
import { UsageError, withExitCodes } from './fileIo';
import { loadProject } from './projectSource';
import { writeJson } from '../jsonChunks';

const formats = ['text', 'markdown', 'json'] as const;
type Format = (typeof formats)[number];

const usage = `Usage: tenfold diff <old> <new> [--format text|markdown|json] [--growth N] [--today DATE]

Compares two versions of a project file in architecture terms, matching components, connections
and zones by id (a renamed component is the same component): what was added, removed, renamed
and changed (each property from → to), zones, the workload, rule overrides and review decisions;
then what that does to the analysis: findings introduced and resolved (by finding key), the
growth summary, availability per entry point and single points of failure, before → after.

Either side is a file, or git:REV:path for the file at a git revision, read with git show: the
path is from the repository's root, or starts with ./ for the working folder
(e.g. tenfold diff git:main:./shop.tenfold.json shop.tenfold.json).

Options:
  --format F    text (default); markdown: a pull-request comment with a Mermaid diagram of the
                changed neighbourhood; json: every change and analysis difference, unabridged
  --growth N    growth factor for both checks, 1 to 1000 (default: each file's own)
  --today DATE  YYYY-MM-DD used for the expiry of accepted risks (default: today, UTC)

Exit codes:
  0  the comparison was printed (whether or not anything changed)
  2  a file is missing, unreadable, not a valid project or from a newer Tenfold, or the command
     was used wrongly`;

interface DiffOptions {
  readonly before: string;
  readonly after: string;
  readonly format: Format;
  readonly growthFactor: number | undefined;
  readonly today: string | undefined;
}

function readOptions(args: readonly string[]): DiffOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { format: { type: 'string' }, growth: { type: 'string' }, today: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`tenfold diff: ${(error as Error).message}. Run "tenfold diff --help".`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2)
    throw new UsageError('tenfold diff: name two project files, the old and the new, e.g. "tenfold diff git:main:./shop.tenfold.json shop.tenfold.json".');
  const format = values.format ?? 'text';
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`tenfold diff: --format must be one of ${formats.join(', ')}, not "${format}".`);
  const growthFactor = values.growth === undefined ? undefined : Number(values.growth);
  if (growthFactor !== undefined && !(Number.isFinite(growthFactor) && growthFactor >= 1 && growthFactor <= 1000)) {
    throw new UsageError(`tenfold diff: --growth must be a number from 1 to 1000, not "${values.growth}".`);
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new UsageError(`tenfold diff: --today must look like 2026-01-31, not "${values.today}".`);
  return { before: positionals[0]!, after: positionals[1]!, format: format as Format, growthFactor, today: values.today };
}

function run(args: readonly string[], io: CliIo): number {
  const options = readOptions(args);
  const before = loadProject('diff', options.before, io);
  const after = loadProject('diff', options.after, io);
  const compared = compareProjects(before.project, after.project, { growthFactor: options.growthFactor, today: options.today });
  const report: DiffReport = { beforeName: before.name, afterName: after.name, before: before.project, after: after.project, comparison: compared };
  if (options.format === 'json') {
    writeJson({ before: before.name, after: after.name, architecture: compared.architecture, analysis: compared.analysis }, io.write);
    io.write('\n');
  } else {
    const text = options.format === 'markdown' ? formatDiffMarkdown(report) : formatDiffText(report);
    io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
  }
  return 0;
}

export const diffCommand: CliCommand = {
  usage,
  run: (args, io) => withExitCodes('diff', io, () => run(args, io)),
};
