import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where Debian's apt package (`apt-get install chromium`) puts the browser. */
const systemChromium = '/usr/bin/chromium';

/**
 * The Chromium to drive: `$CHROMIUM_PATH` when set, else /usr/bin/chromium, else a browser a
 * user installed with Playwright. Throws a message naming all three places when none exists.
 * Tests never download a browser (our machines cannot reach the download hosts).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there. Fix the path or unset CHROMIUM_PATH.`);
  }
  if (existsSync(systemChromium)) return systemChromium;
  let playwrightPath = "Playwright's browser folder";
  try {
    playwrightPath = chromium.executablePath();
    if (existsSync(playwrightPath)) return playwrightPath;
  } catch {
    // playwright-core throws when it has no browser registry entry; fall through to the message.
  }
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Looked in:',
      '  1. $CHROMIUM_PATH (not set)',
      `  2. ${systemChromium} (missing; install it with "apt-get install -y chromium")`,
      `  3. ${playwrightPath} (missing; a browser installed with "npx playwright install chromium")`,
    ].join('\n'),
  );
}

/**
 * Flags for headless Chromium on a machine without internet: without the background-networking
 * flags Chromium keeps trying to reach Google services and floods the closed network.
 */
export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Launches headless Chromium (see findChromium). Close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs] });
}

/**
 * Collects what went wrong in a page: uncaught exceptions, console errors (a CSP violation shows
 * up as one) and HTTP answers of 400 or more with their URL. Chromium's own "Failed to load
 * resource" console line is left out because the HTTP entry says the same with the URL, and the
 * browser's automatic /favicon.ico request is ignored. Assert `expect(errors).toEqual([])` at
 * the end of a test; filter the list first if the test provokes an error on purpose.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') {
      errors.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  return errors;
}
