/**
 * The start-up rows of `npm run bench`: how long `tenfold --version` and `tenfold validate` of a
 * small project file take as a user runs them (a new Node process on the built CLI), median of 10
 * runs, against the 150 ms of issue 21. `node -e 0` is measured alongside: the part no CLI can save.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './benchSupport';

export interface StartupBenchRow {
  readonly command: string;
  readonly runs: number;
  readonly medianMs: number;
  /** The child processes' CPU time (Linux only), steadier than wall time on a busy machine. */
  readonly medianCpuMs: number | null;
  readonly budgetMs: number | undefined;
}

const root = join(import.meta.dirname, '..');
const RUNS = 10;
const BUDGET_MS = 150;

/** CPU time of this process's finished children in ms, from /proc (null elsewhere). */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  // Fields after the command name; cutime and cstime are the 16th and 17th of the whole line, in clock ticks (100 per second on Linux).
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function timeCommand(label: string, args: readonly string[], budgetMs: number | undefined): StartupBenchRow {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cpuStarted = childrenCpuMs();
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - started);
    const cpuEnded = childrenCpuMs();
    if (cpuStarted !== null && cpuEnded !== null) cpuTimes.push(cpuEnded - cpuStarted);
    if (result.status !== 0) throw new Error(`${label} exited with ${result.status}`);
  }
  return { command: label, runs: RUNS, medianMs: median(times), medianCpuMs: cpuTimes.length ? median(cpuTimes) : null, budgetMs };
}

export function benchStartup(): StartupBenchRow[] {
  if (!existsSync(join(root, 'out', 'main', 'cli.js'))) throw new Error('out/main/cli.js is missing: run "npm run build" before the bench.');
  const small = join('templates', 'single-node-sqlite.tenfold.json');
  return [
    timeCommand('node -e 0 (reference)', ['-e', '0'], undefined),
    timeCommand('tenfold --version', [join('bin', 'tenfold.js'), '--version'], BUDGET_MS),
    timeCommand(`tenfold validate ${small}`, [join('bin', 'tenfold.js'), 'validate', small], BUDGET_MS),
  ];
}
