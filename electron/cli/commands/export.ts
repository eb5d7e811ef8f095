import { parseArgs } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliCommand, CliIo } from '../command';
import { parseProjectFile, serializeProject } from '../../../shared/model/projectFile';
import { componentKinds, type ComponentKind } from '../../../shared/model/component';
import { runCheck } from '../../engine/check';
import { exportMermaid } from '../../exporters/mermaid';
import { exportRunbook } from '../../exporters/runbook';
import { exportReport } from '../../exporters/report';
import { readInputFile, UsageError, withExitCodes, writeOutput } from './fileIo';

const formats = ['mermaid', 'markdown', 'runbook', 'report', 'json'] as const;
type Format = (typeof formats)[number];

const usage = `Usage: tenfold export <project.tenfold.json> --to <format> [-o FILE]

Exports a project file.

Formats:
  mermaid   Mermaid flowchart
  markdown  the Mermaid flowchart in a \`\`\`mermaid block, for README files
  runbook   Markdown runbook: per component its dependencies, scaling, failure modes, alerts, recovery
  report    self-contained HTML review report (open it in a browser and print to PDF)
  json      the project file in Tenfold's deterministic form

Options:
  -o, --out FILE      write to FILE (atomically) instead of standard output
  --growth N          growth factor for the analyses (default: the project's)
  --highlight         mermaid/markdown: colour components by their worst open finding
  --date YYYY-MM-DD   report: the date printed on it (default: today, UTC)
  --templates DIR     runbook: a folder of edited <kind>.md recovery templates`;

interface ExportOptions {
  readonly file: string;
  readonly format: Format;
  readonly out: string | undefined;
  readonly growthFactor: number | undefined;
  readonly highlight: boolean;
  readonly date: string;
  readonly templatesDir: string | undefined;
}

function readOptions(args: readonly string[]): ExportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        to: { type: 'string' },
        out: { type: 'string', short: 'o' },
        growth: { type: 'string' },
        highlight: { type: 'boolean' },
        date: { type: 'string' },
        templates: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`tenfold export: ${(error as Error).message}. Run "tenfold export --help".`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('tenfold export: name one project file, e.g. "tenfold export shop.tenfold.json --to mermaid".');
  const format = values.to;
  if (format === undefined || !(formats as readonly string[]).includes(format)) {
    throw new UsageError(`tenfold export: --to must be one of ${formats.join(', ')}${format === undefined ? '' : `, not "${format}"`}.`);
  }
  const growthFactor = values.growth === undefined ? undefined : Number(values.growth);
  if (growthFactor !== undefined && !(Number.isFinite(growthFactor) && growthFactor >= 1 && growthFactor <= 1000)) {
    throw new UsageError(`tenfold export: --growth must be a number from 1 to 1000, not "${values.growth}".`);
  }
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`tenfold export: --date must look like 2026-01-31, not "${date}".`);
  return {
    file: positionals[0]!,
    format: format as Format,
    out: values.out,
    growthFactor,
    highlight: values.highlight ?? false,
    date,
    templatesDir: values.templates,
  };
}

/** Edited recovery templates: every <kind>.md in the folder; other files are ignored. */
function readTemplates(dir: string, io: CliIo): Partial<Record<ComponentKind, string>> {
  const folder = resolve(io.cwd, dir);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new UsageError(`tenfold export: cannot read the templates folder ${dir}. Check the path.`);
  }
  const templates: Partial<Record<ComponentKind, string>> = {};
  for (const kind of componentKinds) if (names.includes(`${kind}.md`)) templates[kind] = readFileSync(join(folder, `${kind}.md`), 'utf8');
  return templates;
}

async function render(options: ExportOptions, io: CliIo): Promise<string> {
  const project = parseProjectFile(readInputFile('export', options.file, io), options.file);
  if (options.format === 'json') return serializeProject(project);
  const check = runCheck(project, options.growthFactor !== undefined ? { growthFactor: options.growthFactor, today: options.date } : { today: options.date });
  switch (options.format) {
    case 'mermaid':
    case 'markdown':
      return exportMermaid(project, check, { markdown: options.format === 'markdown', highlightFindings: options.highlight });
    case 'runbook':
      return exportRunbook(project, check, options.templatesDir ? { templates: readTemplates(options.templatesDir, io) } : {});
    case 'report':
      return exportReport(project, check, { date: options.date });
  }
}

export const exportCommand: CliCommand = {
  usage,
  run: (args, io) =>
    withExitCodes('export', io, async () => {
      const options = readOptions(args);
      writeOutput('export', await render(options, io), options.out, io);
      return 0;
    }),
};
