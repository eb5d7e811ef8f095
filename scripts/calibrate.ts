/**
 * Prints, per calibration system, what the calibration bar (docs/agenda.md) asks of findings: reviewer flags found, how
 * many sit among the first 25 findings, findings per flag, and figures no real system reaches.
 * `npm run calibrate` (add -- --verbose for each flag's rank and the first 25 findings).
 */
import { calibrate, calibrationSystems } from '../test/calibration/calibration';

const verbose = process.argv.includes('--verbose');
const rows = calibrationSystems.map(calibrate);
console.log('system          flags  expr  found  top25  findings  per flag  absurd');
for (const row of rows) {
  const perFlag = (row.findings / row.flags).toFixed(1);
  console.log(
    `${row.system.padEnd(15)} ${String(row.flags).padStart(5)} ${String(row.expressible).padStart(5)} ${String(row.found.length).padStart(6)} ${String(row.inTop25).padStart(6)} ${String(row.findings).padStart(9)} ${perFlag.padStart(9)} ${String(row.absurd.length).padStart(7)}`,
  );
}
if (verbose) {
  for (const row of rows) {
    console.log(`\n# ${row.system}`);
    for (const flag of row.found) console.log(`  #${flag.rank}\t${flag.id}`);
    for (const id of row.missed) console.log(`  MISSED\t${id}`);
    for (const figure of row.absurd.slice(0, 5)) console.log(`  ABSURD\t${figure}`);
    const names = new Map(row.project.components.map((c) => [c.id as string, c.name]));
    row.result.findings.slice(0, 25).forEach((f, i) =>
      console.log(
        `  ${String(i + 1).padStart(3)} ${f.severity.padEnd(7)} ${f.ruleId.padEnd(40)} ${f.targets.components
          .slice(0, 4)
          .map((id) => names.get(id))
          .join(', ')}`,
      ),
    );
  }
}
