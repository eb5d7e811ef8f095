import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliCommand, CliIo } from '../command';
import { parseProjectFile } from '../../../shared/model/projectFile';
import { Severity } from '../../../shared/model/review';
import { ruleDocs, runCheck } from '../../engine/check';
import { formatTable } from '../../engine/report/table';
import { formatSarif } from '../../engine/report/sarif';
import { openAtOrAbove } from '../../engine/report/summary';
import { readInputFile, UsageError, withExitCodes } from './fileIo';
import { writeJson } from '../jsonChunks';
import { loadProject } from './projectSource';
import { compareWithBaseline, type BaselineComparison } from '../../engine/report/baseline';
import { version } from '../../../package.json';

const formats = ['table', 'json', 'sarif'] as const;
type Format = (typeof formats)[number];

const usage = `Usage: tenfold check <project.tenfold.json> [--format table|json|sarif] [--top N] [--fail-on error|warning|info] [--growth N] [--baseline FILE]

Runs every analysis and rule on a project file and prints the findings in priority order:
what each risks (requests failing, a capacity limit, data that can be lost, then hygiene) and how
much (the share of traffic, the multiple of today's load at which it breaks, the stores at stake).

Options:
  --format F       table (default): the agenda (the first 10 open findings by priority, each
                   with its impact), then the other findings grouped by checklist, then the
                   growth summary
                   json: findings in priority order, each with its priority (1 = first) and
                   impact; analyses and stale review entries
                   sarif: SARIF 2.1.0 for code hosts (pull-request annotations), results in
                   priority order with their priority and impact in properties
  --top N          only the first N findings by priority, in any format (counts and the exit
                   code still cover every finding)
  --fail-on S      exit 1 when an open finding is at or above S: error (default), warning or info
  --growth N       growth factor for this check, 1 to 1000 (default: the project's)
  --baseline B     report and fail only on findings new relative to the baseline B, a project
                   file or git:REV:path (e.g. git:origin/main:./shop.tenfold.json), matched by
                   finding key; SARIF then gives every result its baselineState (new or
                   unchanged) and adds the baseline's findings that are gone as "absent"
  --docs-base URI  SARIF: where the rule pages live (default: this installation's docs/rules/)
  --today DATE     YYYY-MM-DD used for the expiry of accepted risks (default: today, UTC)

Exit codes:
  0  no open finding at or above --fail-on (with --baseline: no new one)
  1  open findings at or above --fail-on (with --baseline: new ones)
  2  the file is missing, unreadable or not a valid project, or the command was used wrongly`;

interface CheckOptions {
  readonly file: string;
  readonly format: Format;
  readonly failOn: Severity;
  readonly growthFactor: number | undefined;
  readonly top: number | undefined;
  readonly docsBase: string | undefined;
  readonly today: string | undefined;
  readonly baseline: string | undefined;
}

function readOptions(args: readonly string[]): CheckOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        growth: { type: 'string' },
        top: { type: 'string' },
        'docs-base': { type: 'string' },
        today: { type: 'string' },
        baseline: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`tenfold check: ${(error as Error).message}. Run "tenfold check --help".`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('tenfold check: name one project file, e.g. "tenfold check shop.tenfold.json".');
  const format = values.format ?? 'table';
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`tenfold check: --format must be one of ${formats.join(', ')}, not "${format}".`);
  const failOn = Severity.safeParse(values['fail-on'] ?? 'error');
  if (!failOn.success) throw new UsageError(`tenfold check: --fail-on must be error, warning or info, not "${values['fail-on']}".`);
  const growthFactor = values.growth === undefined ? undefined : Number(values.growth);
  if (growthFactor !== undefined && !(Number.isFinite(growthFactor) && growthFactor >= 1 && growthFactor <= 1000)) {
    throw new UsageError(`tenfold check: --growth must be a number from 1 to 1000, not "${values.growth}".`);
  }
  const top = values.top === undefined ? undefined : Number(values.top);
  if (top !== undefined && !(/^\d+$/.test(values.top!) && top >= 1))
    throw new UsageError(`tenfold check: --top must be a whole number of at least 1, not "${values.top}".`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new UsageError(`tenfold check: --today must look like 2026-01-31, not "${values.today}".`);
  return {
    file: positionals[0]!,
    format: format as Format,
    failOn: failOn.data,
    growthFactor,
    top,
    docsBase: values['docs-base'],
    today: values.today,
    baseline: values.baseline,
  };
}

/** docs/rules/ of this installation: the folder above the built CLI that holds package.json. */
function installedDocsUri(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) break;
    dir = dirname(dir);
  }
  return pathToFileURL(join(dir, 'docs', 'rules') + sep).href;
}

/** The file as a SARIF artifact URI: relative to the working folder with forward slashes, like code hosts expect. */
function artifactUri(file: string, io: CliIo): string {
  const path = relative(io.cwd, resolve(io.cwd, file));
  return path.startsWith('..') ? pathToFileURL(resolve(io.cwd, file)).href : path.split(sep).join('/');
}

/** "compared with the baseline git:main:./shop.tenfold.json: 2 new findings (listed), 40 unchanged, 1 gone". */
function baselineLine(name: string, comparison: BaselineComparison): string {
  const n = comparison.newFindings.length;
  return `compared with the baseline ${name}: ${n} new finding${n === 1 ? '' : 's'}${n > 0 ? ' (listed below)' : ''}, ${comparison.unchanged} unchanged (not listed), ${comparison.absent.length} no longer found`;
}

/** Indented JSON and a newline, written in pieces: a large project's would not fit in one string. */
function printJson(io: CliIo, value: unknown): void {
  writeJson(value, io.write);
  io.write('\n');
}

function run(args: readonly string[], io: CliIo): number {
  const options = readOptions(args);
  const text = readInputFile('check', options.file, io);
  const project = parseProjectFile(text, options.file);
  const checkOptions = { growthFactor: options.growthFactor, today: options.today };
  const result = runCheck(project, checkOptions);
  const baseline = options.baseline === undefined ? undefined : loadProject('check', options.baseline, io);
  const comparison = baseline === undefined ? undefined : compareWithBaseline(result, runCheck(baseline.project, checkOptions));
  // Against a baseline only the new findings are reported; each keeps its priority in the whole check.
  const reported = comparison === undefined ? result : { ...result, findings: comparison.newFindings };
  const priorities = new Map(result.findings.map((f, i) => [f.key, i + 1]));
  // The engine returns findings in priority order, so the first N are the top N.
  const shown = options.top === undefined ? reported : { ...reported, findings: reported.findings.slice(0, options.top) };
  if (options.format === 'table') {
    if (comparison) io.out(baselineLine(baseline!.name, comparison));
    io.out(formatTable(project, reported, options.file, { top: options.top }));
  } else if (options.format === 'json') {
    const { findings, ...rest } = shown;
    printJson(io, {
      file: options.file,
      project: { id: project.id, name: project.name },
      failOn: options.failOn,
      totalFindings: reported.findings.length,
      ...(comparison
        ? {
            baseline: {
              file: baseline!.name,
              newFindings: comparison.newFindings.length,
              unchanged: comparison.unchanged,
              absent: comparison.absent.map(({ key, ruleId, severity, message }) => ({ key, ruleId, severity, message })),
            },
          }
        : {}),
      findings: findings.map((finding) => ({ priority: priorities.get(finding.key)!, ...(comparison ? { baselineState: 'new' } : {}), ...finding })),
      ...rest,
    });
  } else {
    const docsBaseUri = options.docsBase === undefined ? installedDocsUri() : options.docsBase.endsWith('/') ? options.docsBase : `${options.docsBase}/`;
    // SARIF carries every finding with its baseline state, so a code host can tell new from old itself.
    const all = options.top === undefined ? result : { ...result, findings: result.findings.slice(0, options.top) };
    const sarifBaseline = comparison && {
      newKeys: comparison.newKeys,
      absent: comparison.absent,
      absentNames: new Map(baseline!.project.components.map((c) => [c.id as string, c.name])),
    };
    printJson(
      io,
      formatSarif(project, all, ruleDocs(), {
        fileUri: artifactUri(options.file, io),
        text,
        docsBaseUri,
        version,
        ...(sarifBaseline ? { baseline: sarifBaseline } : {}),
      }),
    );
  }
  return openAtOrAbove(reported.findings, options.failOn).length > 0 ? 1 : 0;
}

export const checkCommand: CliCommand = {
  usage,
  run: (args, io) => withExitCodes('check', io, () => run(args, io)),
};
