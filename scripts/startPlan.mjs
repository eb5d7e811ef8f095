// What `npm start` does, with every effect passed in as a step: open the desktop app when a
// display and Electron's binary are there (fetching the binary when it is missing), otherwise
// serve the same app to a browser and say why. start.mjs supplies the real steps.

/**
 * @typedef {{ ok: true } | { ok: false, reason: string }} FetchResult
 * @typedef {{
 *   findBinary: () => string | null,
 *   fetchBinary: () => Promise<FetchResult>,
 *   buildIfNeeded: () => Promise<boolean>,
 *   openDesktop: (binary: string) => Promise<{ code: number, failedAtStart: boolean }>,
 *   serve: () => Promise<number>,
 *   say: (text: string) => void,
 * }} StartSteps
 * @typedef {{ mode: 'desktop', binary: string } | { mode: 'browser', reason: string }} StartChoice
 */

/**
 * Why no desktop window can open here whatever Electron does, or null.
 * @param {NodeJS.ProcessEnv} env
 * @param {string} platform
 */
export function missingDisplay(env, platform) {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'this machine has no graphical display (DISPLAY and WAYLAND_DISPLAY are not set)';
}

/**
 * Why the binary must not be downloaded here, or null.
 * @param {NodeJS.ProcessEnv} env
 */
export function downloadRefused(env) {
  if (isSet(env.ELECTRON_SKIP_BINARY_DOWNLOAD))
    return `the Electron binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded${laterHint}`;
  if (isSet(env.CI)) return `the Electron binary is not installed, and this is a CI run (CI is set), so it was not downloaded${laterHint}`;
  return null;
}

const laterHint = '.\nFor the desktop app, run `npx install-electron --no` where GitHub (or your ELECTRON_MIRROR) is reachable, then `npm start` again';

function isSet(value) {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * Desktop or browser, and for the browser the reason to print.
 * @param {StartSteps} steps
 * @param {NodeJS.ProcessEnv} env
 * @param {string} platform
 * @returns {Promise<StartChoice>}
 */
export async function chooseStart(steps, env, platform) {
  const noDisplay = missingDisplay(env, platform);
  if (noDisplay !== null) return { mode: 'browser', reason: noDisplay };
  const installed = steps.findBinary();
  if (installed !== null) return { mode: 'desktop', binary: installed };
  const refused = downloadRefused(env);
  if (refused !== null) return { mode: 'browser', reason: refused };
  steps.say("Tenfold: Electron's binary is not installed yet; fetching it with Electron's install-electron (about 100 MB)…");
  const fetched = await steps.fetchBinary();
  const binary = steps.findBinary();
  if (binary !== null) return { mode: 'desktop', binary };
  if (!fetched.ok) return { mode: 'browser', reason: `the Electron binary is not installed, and fetching it failed (${fetched.reason})${laterHint}` };
  return { mode: 'browser', reason: 'install-electron finished, but no Electron executable is where Electron looks for it (see ELECTRON_OVERRIDE_DIST_PATH)' };
}

/**
 * Runs `npm start`; resolves with the exit code.
 * @param {StartSteps} steps
 * @param {NodeJS.ProcessEnv} env
 * @param {string} platform
 */
export async function startTenfold(steps, env, platform) {
  const choice = await chooseStart(steps, env, platform);
  if (!(await steps.buildIfNeeded())) {
    steps.say('Tenfold: the build failed (see above); nothing was started.');
    return 1;
  }
  let reason = choice.mode === 'browser' ? choice.reason : null;
  if (choice.mode === 'desktop') {
    const run = await steps.openDesktop(choice.binary);
    if (!run.failedAtStart) return run.code;
    // Installed but unable to run here: missing system libraries, a sandbox it cannot use, ...
    reason = `Electron exited with code ${run.code} as it started (its messages are above)`;
  }
  steps.say(`Tenfold: the desktop app did not open: ${reason}.\nServing the same app to your browser instead: open the address below.`);
  return steps.serve();
}
