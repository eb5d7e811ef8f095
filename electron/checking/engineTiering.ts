import { setFlagsFromString } from 'node:v8';

/**
 * The processes that run the engine (`tenfold serve`, the CLI, the desktop app's main process)
 * run JavaScript with V8's mid-tier optimizing compiler (Maglev) only, not its top tier
 * (TurboFan). A check calls every rule once, over data whose shapes change from project to
 * project and edit to edit, so TurboFan keeps compiling, throwing code away ("wrong map") and
 * compiling again on background threads, taking CPU that the browser rendering the same edit
 * needs on a 2-core machine. Its faster steady code gains less than that costs; the figures are in
 * docs/performance.md (Engine tiering).
 *
 * Call it first thing: V8 reads the flag whenever it decides to optimize a function further, so
 * it holds from then on (node:v8 warns that changing flags late may do nothing; this one was
 * measured to take effect).
 */
export function skipTopTierCompiler(): void {
  setFlagsFromString('--no-turbofan');
}
