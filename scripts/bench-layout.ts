/**
 * Auto-layout bench (DESIGN.md §9: 500 components ≤ 2 s in a worker, no main-thread task over
 * 100 ms): the real app (`tenfold serve`) in headless Chromium lays out the generated project
 * several times, each on a fresh page (so each layout starts a cold worker, as a user's first
 * one does), and prints each run, the median and the longest main-thread task. Quicker than
 * `npm run bench:ui` when only the layout matters. Run `npm run build` first.
 *
 *   npx tsx scripts/bench-layout.ts [components=500] [runs=5] [screenshot.png]
 */
import type { Page } from 'playwright-core';
import { serializeProject } from '../shared/model/projectFile';
import { longTasks, markTime, recordLongTasks } from '../test/e2e/pageMetrics';
import { launchBrowser } from '../test/e2e/support/browser';
import { startTenfold } from '../test/e2e/support/tenfold';
import { layeredModel } from './benchModel';

const size = Number(process.argv[2] ?? 500);
const runs = Number(process.argv[3] ?? 5);
const screenshot = process.argv[4];

async function importProject(url: string): Promise<string> {
  const content = serializeProject(layeredModel(size));
  const response = await fetch(new URL('api/projects:import', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fileName: `bench-${size}.tenfold.json`, content, mode: 'new' }),
  });
  const result = (await response.json()) as { ok: boolean; value?: { status: string; project: { id: string } }; error?: { message: string } };
  if (!result.ok || result.value?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(result.error ?? result.value)}`);
  return result.value.project.id;
}

/** One full auto-layout; the same steps and marks as bench-ui's layoutTime(). */
async function layoutOnce(page: Page): Promise<{ worker: number; longestTask: number }> {
  await recordLongTasks(page);
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await page.getByRole('menuitem', { name: 'Lay out the whole diagram' }).click();
  await page.getByTestId('layout-progress').waitFor({ state: 'attached', timeout: 10_000 });
  await page.getByTestId('layout-progress').waitFor({ state: 'detached', timeout: 120_000 });
  const start = await markTime(page, 'tenfold:layout-start');
  const done = await markTime(page, 'tenfold:layout-result');
  const during = (await longTasks(page)).filter((t) => t.start >= start && t.start < done);
  return { worker: done - start, longestTask: Math.max(0, ...during.map((t) => t.duration)) };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const tenfold = await startTenfold();
  const browser = await launchBrowser();
  try {
    const id = await importProject(tenfold.url);
    const results: { worker: number; longestTask: number }[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${tenfold.url}#/project/${id}`);
      await page.getByTestId('open-findings-count').waitFor({ timeout: 120_000 });
      await page.waitForTimeout(1000);
      const result = await layoutOnce(page);
      results.push(result);
      console.log(`run ${run + 1}: worker ${result.worker.toFixed(0)} ms, longest main-thread task ${result.longestTask.toFixed(0)} ms`);
      if (screenshot && run === runs - 1) {
        await page.waitForTimeout(1000); // the fit-view animation
        await page.screenshot({ path: screenshot });
      }
      await page.close();
    }
    const worst = Math.max(...results.map((r) => r.longestTask));
    console.log(`auto-layout of ${size} components: median ${median(results.map((r) => r.worker)).toFixed(0)} ms (budget 2000), longest main-thread task ${worst.toFixed(0)} ms (budget 100)`);
  } finally {
    await browser.close();
    await tenfold.stop();
  }
}

await main();
