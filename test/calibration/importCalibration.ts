import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from '../../electron/importers/importFiles';
import { folderNameOf, readInputs } from '../../electron/importers/readInputs';
import { parseProjectFile } from '../../shared/model/projectFile';
import { FileIndex, measureImport, parseEdgeTable, placeConnections, viewOf, type ImportMeasure } from './importMatch';

/**
 * Issue 20's measurement: each calibration system's deployment files imported the way a user
 * would (`tenfold import` on the files or folders named here), compared with our model of the
 * system in test/fixtures/<system>.tenfold.json, which follows the system's architecture.md.
 */
export interface ImportMeasurement {
  readonly system: string;
  /** 'compose' or 'kubernetes'. */
  readonly deployment: string;
  /** The paths given to `tenfold import`, relative to the system's fixture folder. */
  readonly paths: readonly string[];
  /** Our model (and architecture.md) describes this deployment; the others are variants of it. */
  readonly modelled: boolean;
}

export const importMeasurements: readonly ImportMeasurement[] = [
  { system: 'sock-shop', deployment: 'compose', paths: ['docker-compose.yml', 'edge-router-traefik.toml'], modelled: true },
  { system: 'sock-shop', deployment: 'kubernetes', paths: ['complete-demo.yaml'], modelled: false },
  { system: 'teastore', deployment: 'compose', paths: ['docker-compose_default.yaml'], modelled: true },
  { system: 'teastore', deployment: 'kubernetes', paths: ['teastore-clusterip.yaml'], modelled: false },
  { system: 'pitstop', deployment: 'compose', paths: ['docker-compose.yml', 'config', 'rabbitmq'], modelled: true },
  { system: 'pitstop', deployment: 'kubernetes', paths: ['k8s'], modelled: false },
  { system: 'bank-of-anthos', deployment: 'kubernetes', paths: ['kubernetes-manifests'], modelled: true },
  { system: 'bookinfo', deployment: 'kubernetes', paths: ['bookinfo.yaml', 'platform', 'networking', 'gateway-api'], modelled: true },
  { system: 'train-ticket', deployment: 'compose', paths: ['quickstart-docker-compose.yml', 'nginx.conf', 'config'], modelled: true },
  { system: 'train-ticket', deployment: 'kubernetes', paths: ['k8s'], modelled: false },
];

/** The third-party fixtures sit beside the project: ../shared/fixtures. */
export const sharedFixtures = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const ourFixtures = join(import.meta.dirname, '..', 'fixtures');

export interface ImportCalibration extends ImportMeasure {
  readonly measurement: ImportMeasurement;
  readonly files: number;
}

export function calibrateImport(measurement: ImportMeasurement, fixtures = sharedFixtures): ImportCalibration {
  const folder = join(fixtures, measurement.system);
  if (!existsSync(folder)) throw new Error(`${folder} is missing: the calibration systems live in ../shared/fixtures beside the project.`);
  const inputs = readInputs(measurement.paths, folder);
  const { project, report } = importFiles(inputs.files, { folderName: folderNameOf(inputs.root), idSeed: measurement.system, readExtra: inputs.readExtra });
  const file = `${measurement.system}.tenfold.json`;
  const expected = viewOf(parseProjectFile(readFileSync(join(ourFixtures, file), 'utf8'), file));
  const rows = parseEdgeTable(readFileSync(join(folder, 'architecture.md'), 'utf8'));
  const places = placeConnections(expected, rows, new FileIndex(inputs.files));
  return {
    ...measureImport(
      expected,
      viewOf(
        project,
        report.suggested.map((s) => s.connection),
      ),
      places,
    ),
    measurement,
    files: inputs.files.length,
  };
}
