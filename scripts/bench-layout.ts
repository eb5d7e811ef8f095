/**
 * Auto-layout bench (docs/performance.md: 500 components ≤ 2 s in a worker, no main-thread task over
 * 100 ms): the real app (`tenfold serve`) in headless Chromium lays out the generated project
 * several times, each on a fresh page (so each layout starts a cold worker, as a user's first
 * one does), and prints each run, the median and the longest main-thread task. Quicker than
 * `npm run bench:ui` when only the layout matters. Run `npm run build` first.
 *
 *   npx tsx scripts/bench-layout.ts [components=500] [runs=5] [screenshot.png]
 */
import { launchBrowser } from '../test/e2e/support/browser';
import { startTenfold } from '../test/e2e/support/tenfold';
import { importBenchProject, layoutTime, median } from './benchSupport';

const size = Number(process.argv[2] ?? 500);
const runs = Number(process.argv[3] ?? 5);
const screenshot = process.argv[4];

async function main(): Promise<void> {
  const tenfold = await startTenfold();
  const browser = await launchBrowser();
  try {
    const id = await importBenchProject(tenfold.url, size);
    const results: { worker: number; longestTask: number }[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${tenfold.url}#/project/${id}`);
      await page.getByTestId('open-findings-count').waitFor({ timeout: 120_000 });
      await page.waitForTimeout(1000);
      const result = await layoutTime(page);
      results.push(result);
      console.log(`run ${run + 1}: worker ${result.worker.toFixed(0)} ms, longest main-thread task ${result.longestTask.toFixed(0)} ms`);
      if (screenshot && run === runs - 1) {
        await page.waitForTimeout(1000); // the fit-view animation
        await page.screenshot({ path: screenshot });
      }
      await page.close();
    }
    const worst = Math.max(...results.map((r) => r.longestTask));
    console.log(
      `auto-layout of ${size} components: median ${median(results.map((r) => r.worker)).toFixed(0)} ms (budget 2000), longest main-thread task ${worst.toFixed(0)} ms (budget 100)`,
    );
  } finally {
    await browser.close();
    await tenfold.stop();
  }
}

await main();
