/**
 * `npm run bench`: median time of a full check (all analyses + all rules) on layered models of
 * 100, 1,000 and 10,000 components, and on an event-driven model of 10,000 (brokers by topic and
 * pattern, consumers that publish, call cycles). Budgets (docs/performance.md): ≤ 20 ms at 1,000,
 * ≤ 250 ms at 10,000. Then a chain and a layered model of 100,000 components (≤ 10 s and ≤ 15 s), the
 * library's save and open, and `tenfold diff` of two 10,000-component versions (≤ 1 s),
 * and the start-up of `tenfold --version` and `tenfold validate` (≤ 150 ms).
 */
import { runCheck } from '../electron/engine/check';
import { skipTopTierCompiler } from '../electron/checking/engineTiering';
import { eventDrivenModel, layeredModel } from './benchModel';
import { cpuMs, median, printTable } from './benchSupport';
import { benchStore } from './benchStore';
import { benchDiff } from './benchDiff';
import { benchImport } from './benchImport';
import { benchLarge } from './benchLarge';
import { benchStartup } from './benchStartup';

// The engine as the app's processes run it (see engineTiering.ts).
skipTopTierCompiler();

const budgets: Record<number, number | undefined> = { 1_000: 20, 10_000: 250 };
const models = [
  { shape: 'layered', size: 100, build: layeredModel },
  { shape: 'layered', size: 1_000, build: layeredModel },
  { shape: 'layered', size: 10_000, build: layeredModel },
  { shape: 'event-driven', size: 10_000, build: eventDrivenModel },
];

/** A fixed memory-bound workload, like the engine's: tells a slow run on a busy machine from a slow engine. */
function mapReference(): number {
  const keys = Array.from({ length: 200_000 }, (_, i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const map = new Map<string, number>();
    keys.forEach((key, i) => map.set(key, i));
    let sum = 0;
    for (const key of keys) sum += map.get(key)!;
    if (sum < 0) console.log(sum); // keeps the loop from being optimized away
    times.push(performance.now() - started);
  }
  return median(times);
}

const rows: string[][] = [
  ['model', 'components', 'connections', 'loops', 'findings', 'runs', 'median ms', 'min ms', 'median cpu ms', 'budget ms', 'within', 'steady median ms'],
];
let over = false;
for (const { shape, size, build } of models) {
  const project = build(size);
  const runs = size >= 10_000 ? 9 : 21;
  for (let i = 0; i < 3; i++) runCheck(project, { today: '2026-01-01' }); // warm-up: JIT and caches
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let findings = 0;
  let loops = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = cpuMs();
    const result = runCheck(project, { today: '2026-01-01' });
    findings = result.findings.length;
    loops = result.analyses.load.loops.length;
    times.push(performance.now() - started);
    cpuTimes.push(cpuMs() - cpuStarted);
  }
  // Information only, not judged: the app checks the same process's projects over and over, so
  // also show the median once V8 has compiled the engine fully (after 30 more checks).
  for (let i = 0; i < (size >= 10_000 ? 10 : 30); i++) runCheck(project, { today: '2026-01-01' });
  const steady: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    runCheck(project, { today: '2026-01-01' });
    steady.push(performance.now() - started);
  }
  const budget = budgets[size];
  const m = median(times);
  if (budget !== undefined && m > budget) over = true;
  rows.push([
    shape,
    String(project.components.length),
    String(project.connections.length),
    String(loops),
    String(findings),
    String(runs),
    m.toFixed(1),
    Math.min(...times).toFixed(1),
    median(cpuTimes).toFixed(1),
    budget === undefined ? '-' : String(budget),
    budget === undefined ? '-' : m <= budget ? 'yes' : 'NO',
    median(steady).toFixed(1),
  ]);
}
printTable(rows);
console.log(
  `\nNode ${process.version}, V8 tiered as the app runs it (Maglev, no TurboFan: electron/checking/engineTiering.ts); wall-clock median (after 3 warm-up checks) is judged against the budget; the steady median is shown for information.`,
);
console.log(
  `Machine reference: 200,000 Map set+get with UUID keys took ${mapReference().toFixed(1)} ms (compare runs on different machines or under load by this figure).`,
);
// The largest models the schema allows (scripts/benchLarge.ts): every analysis and rule near-linear.
const largeRows = [['large', 'components', 'connections', 'findings', 'runs', 'median ms', 'median cpu ms', 'budget ms', 'within']];
for (const r of benchLarge()) {
  if (r.medianMs > r.budgetMs) over = true;
  largeRows.push([
    r.model,
    String(r.components),
    String(r.connections),
    String(r.findings),
    String(r.runs),
    r.medianMs.toFixed(0),
    r.medianCpuMs.toFixed(0),
    String(r.budgetMs),
    r.medianMs <= r.budgetMs ? 'yes' : 'NO',
  ]);
}
console.log('');
printTable(largeRows);
/** A row of the library and diff tables: one timed operation, against its budget when it has one. */
function operationRow(r: {
  operation: string;
  components: number;
  runs: number;
  medianMs: number;
  minMs: number;
  medianCpuMs: number;
  budgetMs?: number | undefined;
}): string[] {
  const budget = r.budgetMs;
  if (budget !== undefined && r.medianMs > budget) over = true;
  return [
    r.operation,
    String(r.components),
    String(r.runs),
    r.medianMs.toFixed(1),
    r.minMs.toFixed(1),
    r.medianCpuMs.toFixed(1),
    budget === undefined ? '-' : String(budget),
    budget === undefined ? '-' : r.medianMs <= budget ? 'yes' : 'NO',
  ];
}
// The library's save and open (electron/store), in a table of their own: scripts/benchStore.ts.
const storeRows = [['library', 'components', 'runs', 'median ms', 'min ms', 'median cpu ms', 'budget ms', 'within']];
for (const r of benchStore()) storeRows.push(operationRow(r));
console.log('');
printTable(storeRows);
// tenfold diff (scripts/benchDiff.ts): both checks and the comparison of two 10,000-component versions.
const diffRows = [['diff', 'components', 'runs', 'median ms', 'min ms', 'median cpu ms', 'budget ms', 'within']];
for (const r of benchDiff()) diffRows.push(operationRow(r));
console.log('');
printTable(diffRows);
// Importing deployment files (electron/importers), in a table of their own: scripts/benchImport.ts.
const importRows = [['import', 'components', 'connections', 'runs', 'first ms', 'median ms', 'median cpu ms', 'budget ms', 'within']];
for (const r of benchImport()) {
  if (r.medianMs > r.budgetMs) over = true;
  importRows.push([
    r.input,
    String(r.components),
    String(r.connections),
    String(r.runs),
    r.firstMs.toFixed(0),
    r.medianMs.toFixed(0),
    r.medianCpuMs.toFixed(0),
    String(r.budgetMs),
    r.medianMs <= r.budgetMs ? 'yes' : 'NO',
  ]);
}
console.log('');
printTable(importRows, { labelsLeft: true });
// The tenfold command's start-up, as a user runs it (scripts/benchStartup.ts).
const startupRows = [['start-up', 'runs', 'median ms', 'median cpu ms', 'budget ms', 'within']];
for (const r of benchStartup()) {
  if (r.budgetMs !== undefined && r.medianMs > r.budgetMs) over = true;
  const within = r.budgetMs === undefined ? '-' : r.medianMs <= r.budgetMs ? 'yes' : 'NO';
  startupRows.push([
    r.command,
    String(r.runs),
    r.medianMs.toFixed(0),
    r.medianCpuMs === null ? '-' : r.medianCpuMs.toFixed(0),
    r.budgetMs === undefined ? '-' : String(r.budgetMs),
    within,
  ]);
}
console.log('');
printTable(startupRows, { labelsLeft: true });
process.exitCode = over ? 1 : 0;
