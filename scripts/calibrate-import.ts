/**
 * Issue 20's measurement of `tenfold import` on the six calibration systems: per system and
 * deployment, components found / expected, connections found / expected (whose evidence
 * architecture.md places in the files imported, in code or elsewhere, or does not state),
 * missed connections the import offers as suggestions, spurious connections and wrongly guessed
 * kinds. `npm run calibrate:import` (-- --verbose lists
 * every miss, spurious connection, wrong kind and name alias).
 */
import { calibrateImport, importMeasurements } from '../test/calibration/importCalibration';

const verbose = process.argv.includes('--verbose');
const rows = importMeasurements.map((m) => calibrateImport(m));
const ratio = (t: { found: number; expected: number }) => `${t.found}/${t.expected}`;
const percent = (found: number, expected: number) => (expected === 0 ? '-' : `${Math.round((100 * found) / expected)}%`);
console.log('system          deployment   components  conn. in files  conn. elsewhere  not stated  suggested  spurious  wrong kinds');
for (const row of rows) {
  const c = row.connections;
  const label = `${row.measurement.deployment}${row.measurement.modelled ? '' : '*'}`;
  console.log(
    `${row.measurement.system.padEnd(15)} ${label.padEnd(12)} ${ratio(row.components).padStart(10)}  ${ratio(c.files).padStart(14)}  ${ratio(c.elsewhere).padStart(15)}  ${ratio(c.unstated).padStart(10)}  ${String(c.suggested).padStart(9)}  ${String(c.spurious.length).padStart(8)}  ${String(row.wrongKinds.length).padStart(11)}`,
  );
}
const modelled = rows.filter((r) => r.measurement.modelled);
const sum = (pick: (r: (typeof rows)[number]) => { found: number; expected: number }) =>
  modelled.reduce((t, r) => ({ found: t.found + pick(r).found, expected: t.expected + pick(r).expected }), { found: 0, expected: 0 });
const [components, inFiles] = [sum((r) => r.components), sum((r) => r.connections.files)];
console.log(
  `\nModelled deployments: components ${ratio(components)} (${percent(components.found, components.expected)}), connections whose evidence is in the files ${ratio(inFiles)} (${percent(inFiles.found, inFiles.expected)}).`,
);
console.log('* a variant: our model describes the other deployment of the system, so its figures are indicative only.');
if (verbose) {
  for (const row of rows) {
    console.log(`\n# ${row.measurement.system} (${row.measurement.deployment}: ${row.measurement.paths.join(' ')}; ${row.files} files read)`);
    if (row.components.aliases.length > 0) console.log(`  aliases: ${row.components.aliases.join(', ')}`);
    for (const name of row.components.missed) console.log(`  MISSED component ${name}`);
    for (const name of row.components.extra) console.log(`  EXTRA component ${name}`);
    for (const k of row.wrongKinds) console.log(`  KIND ${k.name}: ${k.imported}, expected ${k.expected}`);
    for (const m of row.connections.missed) console.log(`  MISSED ${m.place.padEnd(9)} ${m.from} -> ${m.to}`);
    for (const s of row.connections.spurious) console.log(`  SPURIOUS ${s.from} -> ${s.to} ${s.kind}${s.startup ? ' (start-up)' : ''}`);
  }
}
