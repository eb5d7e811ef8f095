import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { CliCommand, CliIo } from '../command';
import { serializeProject } from '../../../shared/model/projectFile';
import type { ImportNote, ImportReport } from '../../../shared/ipc/importReport';
import { importFiles } from '../../importers/importFiles';
import { folderNameOf, readInputs } from '../../importers/readInputs';
import { UsageError, withExitCodes, writeOutput } from './fileIo';

const usage = `Usage: tenfold import <file-or-folder>... [-o project.tenfold.json] [--name NAME]
       tenfold import compose <docker-compose.yml> [-o project.tenfold.json]

Turns what a team already runs into a Tenfold project file. It detects what it is given:
docker-compose files (with their override files and .env), Kubernetes manifests (one file with
several documents, a folder of them, kubectl or helm template output), and the config files
beside them (nginx, Envoy, Spring application.yml, appsettings.json, other JSON/YAML/TOML with
host names). Components come from services and workloads, connections from the addresses in
their settings. From a folder, Compose's own default files are merged (compose.yaml or
docker-compose.yml and its .override file); name other override files to merge them in order.

The report (what was read from evidence, what was guessed and on what evidence, what to confirm,
and what was ignored) is printed to standard error. Nothing is written unless the import succeeds.

Options:
  -o, --out FILE   write the project file to FILE (atomically) instead of standard output
  --name NAME      the project's name (default: the compose project's name, the namespace, or the folder's)`;

function readOptions(args: readonly string[], cwd: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { out: { type: 'string', short: 'o' }, name: { type: 'string' } }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`tenfold import: ${(error as Error).message}. Run "tenfold import --help".`);
  }
  let paths = parsed.positionals;
  // "tenfold import compose FILE" predates detection; "compose" is a keyword unless it is a path.
  if (paths[0] === 'compose' && (paths.length > 1 || !existsSync(resolve(cwd, 'compose')))) paths = paths.slice(1);
  if (paths.length === 0)
    throw new UsageError(
      'tenfold import: name a docker-compose file, Kubernetes manifests, or the folder that holds them, e.g. "tenfold import docker-compose.yml".',
    );
  const name = parsed.values.name?.trim();
  if (name !== undefined && (name === '' || name.length > 200)) throw new UsageError('tenfold import: --name must be 1 to 200 characters.');
  return { paths, out: parsed.values.out, name };
}

function printReport(report: ImportReport, io: CliIo): void {
  const line = (note: ImportNote) => `  - ${note.text}${note.where && note.where.length > 0 ? `\n      (${note.where.join('; ')})` : ''}`;
  const block = (title: string, notes: readonly ImportNote[]) => (notes.length > 0 ? [`${title}:`, ...notes.map(line)] : []);
  const suggested = report.suggested.map((s) => ({ text: `${s.text} Not connected; add it if it calls it.` }));
  io.err(
    [
      ...(report.sources.length > 0 ? ['Read:', ...report.sources.map((s) => `  - ${s}`)] : []),
      ...block('Please confirm', report.confirm),
      ...block('Guessed', report.guessed),
      ...block('Read from evidence', report.evidence),
      ...block('Suggested, not connected', suggested),
      ...(report.ignored.length > 0 ? ['Ignored:', ...report.ignored.map((l) => `  - ${l}`)] : []),
    ].join('\n'),
  );
}

export const importCommand: CliCommand = {
  usage,
  run: (args, io) =>
    withExitCodes('import', io, () => {
      const options = readOptions(args, io.cwd);
      for (const path of options.paths) {
        if (!existsSync(resolve(io.cwd, path)))
          throw new UsageError(`tenfold import: cannot read ${path}: no such file or folder. Check the path and try again.`);
      }
      const inputs = readInputs(options.paths, io.cwd);
      // Same files, same ids: re-importing after an edit gives a readable diff.
      const seed = createHash('sha256');
      for (const file of inputs.files) seed.update(file.path).update('\u0000').update(file.content).update('\u0000');
      const { project, report } = importFiles(inputs.files, {
        ...(options.name ? { projectName: options.name } : {}),
        folderName: folderNameOf(inputs.root),
        idSeed: seed.digest('hex'),
        readExtra: inputs.readExtra,
      });
      writeOutput('import', serializeProject(project), options.out, io);
      printReport(report, io);
      return 0;
    }),
};
