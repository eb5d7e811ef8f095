/**
 * UI bench (issue 4; budgets in docs/performance.md): the real app (`tenfold serve`, real library, real engine) in
 * headless Chromium. Prints, for a generated 1,000-component project: time to open it and show
 * the canvas with the first check's findings, both from the library (the desktop way: a click)
 * and by its address in a new tab (the app's load included); median and p95 frame time while panning,
 * time from a property edit to updated findings (seven edits: their median, and the first); and
 * auto-layout time for 500 components (in the layout worker) with the longest main-thread task
 * meanwhile. Run `npm run build` first.
 *
 *   npm run bench:ui
 */
import type { Locator, Page } from 'playwright-core';
import { pageNow } from '../test/e2e/pageMetrics';
import { launchBrowser } from '../test/e2e/support/browser';
import { startTenfold } from '../test/e2e/support/tenfold';
import { importBenchProject, layoutTime, renameProject } from './benchSupport';

const budgets = { firstRender: 2000, panMedian: 17, panP95: 34, editToFindings: 100, layout500: 2000 };

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/**
 * Opening as on the desktop: the app is showing the library, the user clicks the project. Ms
 * from the click to the canvas with the first check's findings (both timestamps in the page).
 */
async function openFromLibrary(page: Page, url: string, name: string): Promise<number> {
  await page.goto(url);
  await page.getByTestId('project-table').waitFor({ timeout: 60_000 });
  // The library's own start-up (its list, the rule docs) is over before the user clicks.
  await page.waitForTimeout(1000);
  await page.evaluate(`(() => {
    window.__clickAt = NaN;
    window.__shownAt = NaN;
    document.addEventListener('click', () => { window.__clickAt = performance.now(); }, { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="open-findings-count"]')) {
        window.__shownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  })()`);
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await page.getByTestId('open-findings-count').waitFor({ timeout: 120_000 });
  return page.evaluate<number>('window.__shownAt - window.__clickAt');
}

/**
 * Opening by the project's address in a new tab (a shared link, a reload): the app's own load is
 * included. Ms from navigation start to the canvas with the first check's findings.
 */
async function openByAddress(page: Page, url: string, id: string): Promise<number> {
  await page.goto(`${url}#/project/${id}`);
  await page.getByTestId('open-findings-count').waitFor({ timeout: 120_000 });
  return pageNow(page);
}

/** Frame intervals (requestAnimationFrame) while dragging the pane back and forth. */
async function panFrames(page: Page): Promise<number[]> {
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const y = box.y + box.height - 30;
  for (let round = 0; round < 4; round++) {
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, y - 200, { steps: 30 });
    await page.mouse.move(box.x + box.width * 0.2, y, { steps: 30 });
    await page.mouse.up();
  }
  return page.evaluate<number[]>('(() => { window.__recording = false; return window.__frames.slice(2); })()');
}

/** How many property edits editToFindings times: one is at the mercy of whatever else the machine does. */
const edits = 7;

/**
 * From the input event of an edit to the moment the new check's result is rendered, for `edits`
 * successive edits of a service's instances (each a value the field does not hold, so each edit
 * starts a check), a second apart as a person types and pauses.
 */
async function editToFindings(page: Page): Promise<number[]> {
  // Panning may have moved the first component out of view: fit the diagram again first.
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(500);
  // A service: clients (the first components of the model) have no instances to edit.
  await page.locator('[data-testid="canvas-component"][data-name^="svc-"]').first().click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const field = page.getByTestId('component-form').getByRole('textbox', { name: 'Instances', exact: true });
  await field.waitFor();
  // A person clicks into the field before typing. Without this, the first fill would also focus it,
  // and the field's focus ring transition (Mantine's border colour) would paint frames inside the
  // first edit's window: a cost of the click, not of the edit.
  await field.click();
  await page.waitForTimeout(1000);
  const times: number[] = [];
  for (let edit = 0; edit < edits; edit++) {
    times.push(await timedEdit(page, field, edit));
    await page.waitForTimeout(1000);
  }
  return times;
}

async function timedEdit(page: Page, field: Locator, edit: number): Promise<number> {
  // The canvas shows "checking" from the edit's own render until the check of that edit (the
  // newest) is answered: the first change to "false" after the input event is the update. A check
  // still running when the edit is made keeps "true" with no change of its own to observe.
  await page.evaluate(`(() => {
    window.__editAt = NaN;
    window.__updatedAt = NaN;
    window.__checkingAtEdit = null;
    const canvas = document.querySelector('[data-testid="canvas"]');
    document.addEventListener('input', () => {
      window.__editAt = performance.now();
      window.__checkingAtEdit = canvas.getAttribute('data-checking');
    }, { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (Number.isFinite(window.__editAt) && canvas.getAttribute('data-checking') === 'false') {
        window.__updatedAt = performance.now();
        observer.disconnect();
      }
    }).observe(canvas, { attributes: true, attributeFilter: ['data-checking'] });
  })()`);
  // 2, 3, 4, … but never the value the field holds: filling that changes nothing and checks nothing.
  const current = Number(await field.inputValue());
  let value = 2 + edit;
  if (value === current) value += edits;
  await field.fill(String(value));
  // Polled with evaluate: waitForFunction with text would need 'unsafe-eval', which the CSP forbids.
  for (let waited = 0; !(await page.evaluate('Number.isFinite(window.__updatedAt)')); waited += 20) {
    if (waited > 60_000) {
      const state = await page.evaluate(
        "JSON.stringify({ editAt: window.__editAt, checkingAtEdit: window.__checkingAtEdit, checking: document.querySelector('[data-testid=\"canvas\"]').getAttribute('data-checking') })",
      );
      throw new Error(`the findings never updated after edit ${edit + 1} (to ${value}): ${state}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return page.evaluate<number>('window.__updatedAt - window.__editAt');
}

async function main(): Promise<void> {
  const tenfold = await startTenfold();
  const browser = await launchBrowser();
  try {
    await importBenchProject(tenfold.url, 1000, 'new');
    // A second copy to open by its address: a project the host has not checked yet.
    const linked = await importBenchProject(tenfold.url, 1000, 'copy');
    await renameProject(tenfold.url, linked, 'bench 1000 (linked)');
    const medium = await importBenchProject(tenfold.url, 500, 'copy');
    // One browser context, as one person's browser: the tab opened by address shares the HTTP
    // cache of the tab that showed the library, like any visit after the first.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const fromLibrary = await openFromLibrary(page, tenfold.url, 'bench 1000');
    console.log(`open from the library: ${fromLibrary.toFixed(0)} ms`);
    // Measured on its own: the first tab finishes its start-up (effects after the first findings) first.
    await page.waitForTimeout(1000);
    const linkPage = await context.newPage();
    const byAddress = await openByAddress(linkPage, tenfold.url, linked);
    console.log(`open by address in a new tab: ${byAddress.toFixed(0)} ms`);
    await linkPage.close();
    await page.waitForTimeout(1000);
    const frames = await panFrames(page);
    console.log(`panning: median ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms`);
    const editTimes = await editToFindings(page);
    console.log(`edits to updated findings: ${editTimes.map((time) => time.toFixed(0)).join(', ')} ms`);
    await page.close();

    const layoutPage = await context.newPage();
    await openByAddress(layoutPage, tenfold.url, medium);
    await layoutPage.waitForTimeout(1000);
    const layout = await layoutTime(layoutPage);
    await layoutPage.close();

    const rows: [string, number, number][] = [
      ['open 1,000 components from the library: click to canvas + findings (ms)', fromLibrary, budgets.firstRender],
      ['open 1,000 components by address in a new tab: app load included (ms)', byAddress, budgets.firstRender],
      ['pan 1,000 components: median frame (ms)', quantile(frames, 0.5), budgets.panMedian],
      ['pan 1,000 components: p95 frame (ms)', quantile(frames, 0.95), budgets.panP95],
      [`property edit to updated findings: median of ${edits} edits (ms)`, quantile(editTimes, 0.5), budgets.editToFindings],
      ['property edit to updated findings: the first edit (ms)', editTimes[0]!, budgets.editToFindings],
      ['auto-layout of 500 components in the worker (ms)', layout.worker, budgets.layout500],
      ['longest main-thread task during that layout (ms)', layout.longestTask, 100],
    ];
    for (const [label, value, budget] of rows) {
      console.log(`${label.padEnd(76)} ${value.toFixed(1).padStart(9)}   budget ${budget}${value > budget ? '   OVER' : ''}`);
    }
    console.log(`(${frames.length} frames while panning)`);
  } finally {
    await browser.close();
    await tenfold.stop();
  }
}

await main();
