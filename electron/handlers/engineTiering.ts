import { setFlagsFromString } from 'node:v8';

/**
 * The processes that run the engine (`tenfold serve`, the CLI, the desktop app's main process)
 * run JavaScript with V8's mid-tier optimizing compiler (Maglev) only, not its top tier
 * (TurboFan). A check calls each of ~80 rules once, over data whose shapes change from project to
 * project and edit to edit, so TurboFan kept compiling, throwing code away ("wrong map") and
 * compiling again on background threads: measured on a 2-core machine, a 1,000-component check
 * cost ~20 ms of CPU with TurboFan against ~9 without (`npm run bench`, median CPU), and each edit
 * in the editor ~45 ms of host CPU against ~25, CPU the browser rendering the same edit needs. Its
 * faster steady code is worth less: the 10,000-component check goes from ~90 ms to ~105.
 *
 * Call it first thing: V8 reads the flag whenever it decides to optimize a function further, so
 * it holds from then on (node:v8 warns that changing flags late may do nothing; this one was
 * measured to take effect).
 */
export function useEngineTiering(): void {
  setFlagsFromString('--no-turbofan');
}
