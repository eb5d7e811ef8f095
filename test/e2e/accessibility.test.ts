import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { startTenfold, type RunningTenfold } from './support/tenfold';
import { createShopProject } from './analysisProject';

/**
 * The axe scan of issue 4: the library, the editor (with the findings, growth and availability
 * panels) and review mode report no serious or critical accessibility violations, in light and
 * dark themes.
 */
let tenfold: RunningTenfold | undefined;
let browser: Browser;
let projectId: string;

beforeAll(async () => {
  tenfold = await startTenfold();
  browser = await launchBrowser();
  projectId = await createShopProject(tenfold.url, 'Accessible shop');
});

afterAll(async () => {
  await browser?.close();
  await tenfold?.stop();
});

/** Serious and critical violations, one readable line each (rule, help, first offending nodes). */
async function seriousViolations(page: Page): Promise<string[]> {
  // Let Mantine's transitions (collapse, fade) finish: half-faded text would fail contrast by chance.
  await page.waitForTimeout(500);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.any[0]?.message ?? ''}`)
          .join(' | ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility in the ${scheme} theme`, () => {
    it('the library, the editor with findings and review mode have no serious or critical violations', { timeout: 240_000 }, async () => {
      // AxeBuilder needs a page from an explicit browser context.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      // Every view is scanned before asserting, so one run reports all problems at once.
      const found: Record<string, string[]> = {};
      await page.goto(tenfold!.url);
      await page.getByRole('button', { name: 'New project' }).first().waitFor();
      found.library = await seriousViolations(page);

      // Only the hash changes, which is a same-document navigation: reload to open the project.
      await page.goto(`${tenfold!.url}#/project/${projectId}`);
      await page.reload();
      await page.getByTestId('open-findings-count').waitFor({ timeout: 20_000 });
      await page.getByRole('tab', { name: /Findings/ }).click();
      await page.getByTestId('finding').first().getByRole('button', { name: 'Show details' }).click();
      await page.getByTestId('finding-evidence').first().waitFor();
      found.editorWithFindings = await seriousViolations(page);
      await page.screenshot({ path: screenshotPath(`editor-findings-${scheme}`) });

      await page.getByRole('tab', { name: 'Growth' }).click();
      await page.getByTestId('breaks-first').waitFor();
      found.growthView = await seriousViolations(page);

      await page.getByRole('tab', { name: 'Availability' }).click();
      await page.getByTestId('availability-spofs').waitFor();
      found.availabilityView = await seriousViolations(page);
      await page.screenshot({ path: screenshotPath(`availability-${scheme}`) });

      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.getByTestId('review-slide').waitFor();
      found.reviewMode = await seriousViolations(page);
      await page.screenshot({ path: screenshotPath(`review-mode-${scheme}`) });
      await context.close();
      expect(found).toEqual({ library: [], editorWithFindings: [], growthView: [], availabilityView: [], reviewMode: [] });
    });
  });
}
