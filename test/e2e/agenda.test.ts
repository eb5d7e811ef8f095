import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../electron/engine/check';
import { checklists, type Finding } from '../../shared/model/finding';
import { isOpenFinding } from '../../shared/model/openFindings';
import { parseProjectFile } from '../../shared/model/projectFile';
import type { Project } from '../../shared/model/project';
import type { FindingReview } from '../../shared/model/review';
import { impactOf } from '../../renderer/src/findings/findingImpact';
import { callHost } from './analysisProject';
import { collectPageErrors, launchBrowser } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { repoRoot, startTenfold, type RunningTenfold } from './support/tenfold';

/**
 * Issue 18, item 5 in the editor: the findings panel opens on the review agenda (priority order,
 * rank 1 at the top), groups by component, shows one count in the tab badge, the panel and the
 * list, and review mode steps through the agenda in order. The model is our Sock Shop fixture
 * (a couple of dozen findings; overview.test.ts pages through a longer agenda) with one finding
 * planned and one accepted, so the counts have something to disagree about. Expectations come from the engine itself
 * (runCheck on the same project): the agenda is whatever order it returns.
 */
let tenfold: RunningTenfold | undefined;
let browser: Browser;

beforeAll(async () => {
  tenfold = await startTenfold();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await tenfold?.stop();
});

const today = new Date().toISOString().slice(0, 10);

function review(key: string, status: FindingReview['status'], extra: Partial<FindingReview> = {}): FindingReview {
  return { key, status, history: [{ at: new Date().toISOString(), status }], ...extra };
}

/** Sock Shop in the library, with its 2nd finding planned and its 3rd accepted; returns the project as stored. */
async function createReviewedShop(name: string): Promise<Project> {
  const created = await callHost<{ project: { id: string } }>(tenfold!.url, 'projects:create', { name });
  const file = parseProjectFile(readFileSync(join(repoRoot, 'test/fixtures/sock-shop.tenfold.json'), 'utf8'), 'sock-shop.tenfold.json');
  const plain: Project = { ...file, id: created.project.id as Project['id'], name };
  const [, second, third] = runCheck(plain, { today }).findings;
  const project: Project = {
    ...plain,
    review: {
      ...plain.review,
      findings: [review(second!.key, 'planned'), review(third!.key, 'accepted-risk', { rationale: 'Carts are rebuilt from orders.', owner: 'Shop team' })],
    },
  };
  await callHost(tenfold!.url, 'projects:save', { project, summary: 'Sock Shop for the agenda spec' });
  return project;
}

async function openFindings(page: Page, projectId: string): Promise<void> {
  await page.goto(`${tenfold!.url}#/project/${projectId}`);
  await page.getByTestId('open-findings-count').waitFor({ timeout: 20_000 });
  await page.getByRole('tab', { name: /^Findings/ }).click();
  await page.getByTestId('findings-listed').waitFor();
}

/** Clicks every "Show more" in `scope` until every row is on the page. */
async function showAllRows(scope: Locator): Promise<void> {
  for (let more = scope.getByTestId('findings-show-more'); (await more.count()) > 0;) await more.first().click();
}

const rowKeys = (scope: Locator) => scope.getByTestId('finding').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-finding-key')!));
const rowRanks = (scope: Locator) => scope.getByTestId('finding').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-rank'))));

describe('the review agenda in the editor', () => {
  it('opens on the agenda, groups by component, counts the same everywhere and reviews in agenda order', async () => {
    const project = await createReviewedShop('Agenda meeting');
    const engine: readonly Finding[] = runCheck(project, { today }).findings;
    const open = engine.filter(isOpenFinding);
    expect(engine.length - open.length, 'one accepted risk is left out of the count').toBe(1);

    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors = collectPageErrors(page);
    try {
      await openFindings(page, project.id);
      const panel = page.getByTestId('findings-panel');

      // The agenda is the first view, and priority 1 heads it.
      expect(await panel.getByRole('radio', { name: 'Agenda' }).isChecked()).toBe(true);
      const firstRow = panel.getByTestId('finding').first();
      expect(await firstRow.getAttribute('data-rank')).toBe('1');
      expect(await firstRow.getAttribute('data-finding-key')).toBe(engine[0]!.key);
      expect(await firstRow.getByTestId('finding-rank').textContent()).toBe('Priority 1');
      // The impact line shows the engine's estimate when it gives one, and nothing when it does not.
      const impact = impactOf(engine[0]!);
      expect(await firstRow.getByTestId('finding-impact').count()).toBe(impact ? 1 : 0);
      if (impact) expect(await firstRow.getByTestId('finding-impact').textContent()).toContain(impact.summary);
      await page.screenshot({ path: screenshotPath('agenda-panel-agenda'), animations: 'disabled' });

      // One count: the tab badge, the panel's count, the severity counts and the rows listed agree.
      const badge = Number(await page.getByTestId('open-findings-count').textContent());
      expect(badge).toBe(open.length);
      expect(Number(await panel.getByTestId('open-count').getAttribute('data-count'))).toBe(badge);
      const bySeverity = await Promise.all(
        ['error', 'warning', 'info'].map(async (s) => Number.parseInt((await panel.getByTestId(`count-${s}`).textContent())!, 10)),
      );
      expect(bySeverity.reduce((a, b) => a + b, 0)).toBe(badge);
      expect(await panel.getByTestId('count-note').textContent()).toMatch(/1 planned included\. Not counted: 1 accepted risk, 0 fixed\./);
      expect(Number(await panel.getByTestId('findings-listed').getAttribute('data-count'))).toBe(badge);
      expect(await panel.getByTestId('finding').count(), 'the agenda pages 25 at a time').toBe(Math.min(25, open.length));
      await showAllRows(panel);
      expect(await rowKeys(panel)).toEqual(open.map((f) => f.key));
      expect(await rowRanks(panel)).toEqual(open.map((f) => engine.indexOf(f) + 1));

      // By component: each component with its findings in agenda order; every listed finding is there.
      // The grouping control is a radio group: arrow keys move through it.
      await panel.getByRole('radio', { name: 'Agenda' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await panel.getByRole('radio', { name: 'By component' }).isChecked()).toBe(true);
      const groups = panel.getByTestId('findings-group');
      await expect.poll(() => groups.first().getAttribute('data-group')).not.toBe('agenda');
      const listedText = await panel.getByTestId('findings-listed').textContent();
      expect(listedText).toMatch(new RegExp(`^${badge} findings on \\d+ components`));
      await page.screenshot({ path: screenshotPath('agenda-panel-by-component'), animations: 'disabled' });
      const seen = new Set<string>();
      const firstRanks: number[] = [];
      for (const group of await groups.all()) {
        await showAllRows(group);
        const ranks = await rowRanks(group);
        expect(ranks, `ranks under ${await group.getAttribute('data-group')}`).toEqual([...ranks].sort((a, b) => a - b));
        expect(Number(/\((\d+)\)$/.exec((await group.getByRole('heading').textContent())!)?.[1])).toBe(ranks.length);
        firstRanks.push(ranks[0]!);
        for (const key of await rowKeys(group)) seen.add(key);
      }
      expect(firstRanks, 'the component with the most urgent finding comes first').toEqual([...firstRanks].sort((a, b) => a - b));
      expect(firstRanks[0]).toBe(1);
      expect(seen).toEqual(new Set(open.map((f) => f.key)));

      await panel.getByText('By checklist', { exact: true }).click();
      const firstChecklist = checklists.find((c) => open.some((f) => f.checklist === c));
      await expect.poll(() => groups.first().getAttribute('data-group')).toBe(firstChecklist);
      await page.screenshot({ path: screenshotPath('agenda-panel-by-checklist'), animations: 'disabled' });

      // The choice lasts for the session: leaving the panel and reloading keep it.
      await panel.getByText('By component', { exact: true }).click();
      await page.getByRole('tab', { name: 'Growth' }).click();
      await page.getByRole('tab', { name: /^Findings/ }).click();
      expect(await page.getByRole('radio', { name: 'By component' }).isChecked()).toBe(true);
      await page.reload();
      await openFindings(page, project.id);
      expect(await page.getByRole('radio', { name: 'By component' }).isChecked()).toBe(true);

      // Review mode starts at priority 1 and steps through the open findings in agenda order.
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Review mode' });
      const slide = dialog.getByTestId('review-slide');
      await slide.waitFor();
      const stepped: string[] = [];
      for (let step = 0; step < 4; step++) {
        await expect.poll(() => dialog.getByTestId('review-position').textContent()).toBe(`${step + 1} of ${open.length}`);
        stepped.push((await slide.getAttribute('data-finding-key'))!);
        expect(await dialog.getByTestId('review-rank').textContent()).toBe(`Priority ${engine.indexOf(open[step]!) + 1}`);
        if (step === 0) await page.screenshot({ path: screenshotPath('agenda-review-first'), animations: 'disabled' });
        await page.keyboard.press('ArrowRight');
      }
      expect(stepped).toEqual(open.slice(0, 4).map((f) => f.key));
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slide.getAttribute('data-finding-key')).toBe(open[3]!.key);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: screenshotPath('failed-agenda') }).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });
});
