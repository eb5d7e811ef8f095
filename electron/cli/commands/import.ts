import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { CliCommand, CliIo } from '../command';
import { serializeProject } from '../../../shared/model/projectFile';
import { importCompose, type ComposeImportReport } from '../../importers/compose';
import { readInputFile, UsageError, withExitCodes, writeOutput } from './fileIo';

const usage = `Usage: tenfold import compose <docker-compose.yml> [-o project.tenfold.json] [--name NAME]

Turns a docker-compose file into a Tenfold project file. Services become components (kinds guessed
from their images), depends_on, links and host names in environment/command become connections.
The import report (what was guessed, ignored, and what to confirm) is printed to standard error.

Options:
  -o, --out FILE   write the project file to FILE (atomically) instead of standard output
  --name NAME      the project's name (default: the compose file's folder or name)`;

function readOptions(args: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { out: { type: 'string', short: 'o' }, name: { type: 'string' } }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`tenfold import: ${(error as Error).message}. Run "tenfold import --help".`);
  }
  const [source, file, ...extra] = parsed.positionals;
  if (source !== 'compose') throw new UsageError(`tenfold import: the only source is "compose", e.g. "tenfold import compose docker-compose.yml"${source ? `, not "${source}"` : ''}.`);
  if (file === undefined || extra.length > 0) throw new UsageError('tenfold import compose: name one docker-compose file.');
  const name = parsed.values.name?.trim();
  if (name !== undefined && (name === '' || name.length > 200)) throw new UsageError('tenfold import compose: --name must be 1 to 200 characters.');
  return { file, out: parsed.values.out, name };
}

function printReport(report: ComposeImportReport, io: CliIo): void {
  const block = (title: string, lines: readonly string[]) => (lines.length > 0 ? [`${title}:`, ...lines.map((l) => `  - ${l}`)] : []);
  io.err([...block('Guessed', report.guessed), ...block('Ignored', report.ignored), ...block('Please confirm', report.confirm)].join('\n'));
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import a docker-compose file as a project',
  usage,
  run: (args, io) =>
    withExitCodes('import', io, () => {
      const options = readOptions(args);
      const content = readInputFile('import', options.file, io);
      const folder = dirname(resolve(io.cwd, options.file));
      const { project, report } = importCompose(content, {
        fileName: options.file,
        ...(options.name ? { projectName: options.name } : {}),
        // Same compose file, same ids: re-importing after an edit gives a readable diff.
        idSeed: `${basename(options.file)}\u0000${content}`,
        readRelative: (relative) => {
          try {
            return readFileSync(resolve(folder, relative), 'utf8');
          } catch {
            return null;
          }
        },
      });
      writeOutput('import', serializeProject(project), options.out, io);
      printReport(report, io);
      return 0;
    }),
};
