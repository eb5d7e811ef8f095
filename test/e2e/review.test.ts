import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { startTenfold, type RunningTenfold } from './support/tenfold';
import { callHost, createShopProject } from './analysisProject';

/**
 * Issue 4, scenarios 3 and 4, in real Chromium against `tenfold serve` with a temporary library:
 * accept a finding with a rationale in review mode and find it still accepted after a reload;
 * move the growth slider to 10× and see the component that breaks first named. Also the command
 * palette and the shortcuts dialog, driven from the keyboard.
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

async function openEditor(page: Page, projectId: string): Promise<void> {
  await page.goto(`${tenfold!.url}#/project/${projectId}`);
  // The first check has returned once the Findings tab shows its open count.
  await page.getByTestId('open-findings-count').waitFor({ timeout: 20_000 });
}

interface StoredReview {
  project: { review: { findings: { key: string; status: string; rationale?: string; owner?: string }[] } };
}

describe('review mode and growth in the browser', () => {
  it('accepts a finding with a rationale in review mode and finds it still accepted after a reload', async () => {
    const projectId = await createShopProject(tenfold!.url, 'Review meeting');
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectPageErrors(page);
    await openEditor(page, projectId);

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Review mode' });
    const slide = review.getByTestId('review-slide');
    await slide.waitFor();
    const key = await slide.getAttribute('data-finding-key');
    expect(key).toBeTruthy();
    const title = (await slide.getByRole('heading', { level: 2 }).textContent())!;
    expect(await review.getByTestId('review-status').textContent()).toBe('Open');

    // A opens the acceptance form; both rationale and owner are required.
    await page.keyboard.press('a');
    const form = page.getByRole('dialog', { name: 'Accept the risk' });
    await form.getByRole('button', { name: 'Accept risk' }).click();
    await form.getByText('Say why the risk is acceptable.').waitFor();
    await form.getByRole('textbox', { name: 'Rationale' }).fill('Orders are re-sent by the payment provider; a short outage is tolerable until Q3.');
    await form.getByRole('textbox', { name: 'Owner' }).fill('Platform team');
    const leftBefore = await review.getByTestId('review-left').textContent();
    await form.getByRole('button', { name: 'Accept risk' }).click();
    await form.waitFor({ state: 'hidden' });
    // The view moves on to the next finding to decide, and the counter counts one fewer.
    await expect.poll(() => slide.getAttribute('data-finding-key')).not.toBe(key);
    expect(await review.getByTestId('review-status').textContent()).toBe('Open');
    expect(Number.parseInt((await review.getByTestId('review-left').textContent())!, 10)).toBe(Number.parseInt(leftBefore!, 10) - 1);

    // Back on the accepted finding, P asks before replacing the decision; keeping it (Enter) keeps it.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slide.getAttribute('data-finding-key')).toBe(key);
    expect(await review.getByTestId('review-status').textContent()).toBe('Accepted risk');
    await page.keyboard.press('p');
    const replace = page.getByRole('dialog', { name: 'Replace the decision?' });
    await replace.getByText('Platform team', { exact: false }).waitFor();
    await page.keyboard.press('Enter');
    await replace.waitFor({ state: 'hidden' });
    expect(await review.getByTestId('review-status').textContent()).toBe('Accepted risk');
    await page.screenshot({ path: screenshotPath('review-mode-accepted') });

    // Autosave writes it to the library with the model: the stored project carries the review entry.
    await expect
      .poll(
        async () => {
          const opened = await callHost<StoredReview>(tenfold!.url, 'projects:open', { id: projectId });
          return opened.project.review.findings.find((f) => f.key === key);
        },
        { timeout: 15_000 },
      )
      .toMatchObject({ status: 'accepted-risk', owner: 'Platform team' });

    // D records a decision, linked to the finding on screen; it lands in the Decisions tab.
    await page.keyboard.press('d');
    const decision = page.getByRole('dialog', { name: 'Record a decision' });
    await decision.getByRole('textbox', { name: 'Title' }).fill('Keep one orders database until Q3');
    await decision.getByRole('textbox', { name: 'Decision' }).fill('Add a standby in Q3; until then accept the outage risk.');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await decision.waitFor({ state: 'hidden' });
    await review.getByRole('tab', { name: 'Decisions (1)' }).waitFor();
    await review.getByRole('heading', { name: 'Keep one orders database until Q3' }).waitFor();

    await page.keyboard.press('Escape');
    await review.waitFor({ state: 'hidden' });
    await expect
      .poll(
        async () =>
          (
            await callHost<{ project: { review: { decisions: { title: string; findingKeys?: string[] }[] } } }>(tenfold!.url, 'projects:open', {
              id: projectId,
            })
          ).project.review.decisions,
        { timeout: 15_000 },
      )
      .toEqual([expect.objectContaining({ title: 'Keep one orders database until Q3', findingKeys: [key] })]);
    await page.reload();
    await page.getByTestId('open-findings-count').waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: /Findings/ }).click();
    // Accepted risks are hidden by default; show them.
    await page.getByRole('group', { name: 'Filter by status' }).getByText('Accepted risk', { exact: true }).click();
    const row = page.locator(`[data-testid="finding"][data-finding-key="${key}"]`);
    await expect.poll(() => row.getByTestId('finding-status').textContent(), { timeout: 15_000 }).toBe('Accepted risk');
    await row.getByRole('button', { name: 'Show details' }).click();
    await row.getByText(/re-sent by the payment provider/).waitFor();
    expect(await row.getByText(title, { exact: true }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('findings-accepted-after-reload') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves the growth slider to 10× and names the component that breaks first', async () => {
    const projectId = await createShopProject(tenfold!.url, 'Growth plan');
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectPageErrors(page);
    await openEditor(page, projectId);
    await page.getByRole('tab', { name: 'Growth' }).click();

    const verdict = page.getByTestId('breaks-first');
    // The plan is 2×: the database breaks first at 3.5×, so everything still holds.
    await expect.poll(() => verdict.textContent(), { timeout: 15_000 }).toContain('Everything holds at 2×');
    const slider = page.getByRole('slider', { name: 'Growth factor' });
    await slider.focus();
    await page.keyboard.press('Home');
    for (let step = 0; step < 50; step += 1) await page.keyboard.press('ArrowRight');

    await expect.poll(() => slider.getAttribute('aria-valuetext')).toContain('10×');
    await expect.poll(() => page.getByRole('textbox', { name: 'Growth factor (exact)' }).inputValue(), { timeout: 10_000 }).toBe('10×');
    await expect.poll(() => verdict.textContent(), { timeout: 15_000 }).toMatch(/Breaks first: orders-db at 3\.5×.*At 10×: 1 rewrite/);
    const rewrites = page.getByTestId('growth-rewrites');
    expect(await rewrites.getByRole('button', { name: 'orders-db' }).count()).toBe(1);
    expect(await rewrites.textContent()).toMatch(/single writer/);
    await page.screenshot({ path: screenshotPath('growth-view-10x') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs commands from the palette (Ctrl+K) and lists every shortcut in the help dialog (?)', async () => {
    const projectId = await createShopProject(tenfold!.url, 'Keyboard user');
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectPageErrors(page);
    await openEditor(page, projectId);

    await page.keyboard.press('Control+k');
    const search = page.getByRole('textbox', { name: 'Search commands' });
    await search.waitFor();
    await search.fill('next open finding');
    await page.keyboard.press('Enter');
    await search.waitFor({ state: 'hidden' });
    // The command switched to the findings panel and brought the worst open finding forward.
    await expect.poll(() => page.getByRole('tab', { name: /Findings/ }).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('finding-evidence').first().waitFor();

    // N steps on without the palette; Shift+/ (?) opens the shortcuts dialog.
    await page.keyboard.press('n');
    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    const rows = help.getByTestId('shortcuts-help');
    for (const label of ['Next open finding', 'Start review mode', 'Command palette', 'Keyboard shortcuts']) {
      expect(await rows.getByText(label, { exact: true }).count(), label).toBe(1);
    }
    await page.screenshot({ path: screenshotPath('shortcuts-help') });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
