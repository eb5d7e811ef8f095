import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { startTenfold, type RunningTenfold } from './support/tenfold';
import { shopProject } from './analysisProject';

/**
 * Issue 22's review meeting: `tenfold serve --share` with a presenter and a participant in two
 * Chromium contexts (two people, two cookie jars). The participant follows the presenter into
 * the project and through review mode, cannot change anything (the host refuses it), looks around
 * and rejoins with one click, and sees the presenter's triage decision appear.
 */
let tenfold: RunningTenfold | undefined;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  tenfold = await startTenfold({ share: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await tenfold?.stop();
});

/** A person joining with a link: their own browser context, trusting the certificate made at start. */
async function join(link: string): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(link);
  // The link set the cookie and sent the browser on to the app, without the token in its address.
  expect(page.url()).toBe(tenfold!.url);
  return page;
}

const slideKey = (page: Page) => page.getByRole('dialog', { name: 'Review mode' }).getByTestId('review-slide').getAttribute('data-finding-key');

describe('a shared review meeting', () => {
  it('lets a participant follow the presenter, refuses their writes and shows the decisions as they are made', async () => {
    const presenter = await join(tenfold!.share!.presenter);
    const participant = await join(tenfold!.share!.participant);
    const presenterErrors = collectPageErrors(presenter);
    const participantErrors = collectPageErrors(participant);
    await participant.getByTestId('share-following').waitFor();
    // The presenter sees who is there to follow.
    await expect.poll(() => presenter.getByTestId('share-presenting').textContent(), { timeout: 10_000 }).toBe('Presenting to 1 participant: they follow you');

    // The presenter's browser brings the model (its requests carry the presenter cookie).
    const id = crypto.randomUUID();
    const imported = await presenter.request.post(`${tenfold!.url}api/projects:import`, {
      data: { fileName: 'shop.tenfold.json', content: JSON.stringify(shopProject(id, 'Shop review')), mode: 'new' },
    });
    expect(imported.status()).toBe(200);

    // The presenter opens it; the participant's app follows on its own.
    await presenter.goto(`${tenfold!.url}#/project/${id}`);
    await presenter.getByTestId('open-findings-count').waitFor({ timeout: 20_000 });
    await participant.getByTestId('open-findings-count').waitFor({ timeout: 20_000 });
    expect(participant.url()).toBe(`${tenfold!.url}#/project/${id}`);

    // Review mode and each finding the presenter steps to.
    await presenter.getByRole('button', { name: 'Review', exact: true }).click();
    const first = await slideKey(presenter);
    expect(first).toBeTruthy();
    await expect.poll(() => slideKey(participant), { timeout: 10_000 }).toBe(first);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => slideKey(presenter)).not.toBe(first);
    const second = await slideKey(presenter);
    await expect.poll(() => slideKey(participant), { timeout: 10_000 }).toBe(second);

    // The participant's own keys move their view, not the model; a write is refused by the host.
    await participant.keyboard.press('ArrowLeft');
    await participant.getByRole('button', { name: 'Follow the presenter' }).waitFor();
    expect(await slideKey(participant)).toBe(first);
    // F is not a participant's key (no status buttons either, checked below): the status stays as it was.
    const statusBefore = await participant.getByTestId('review-status').textContent();
    await participant.keyboard.press('f');
    await participant.waitForTimeout(500);
    expect(await participant.getByTestId('review-status').textContent()).toBe(statusBefore);
    const refused = await participant.evaluate(async () => {
      const response = await fetch('/api/settings:set', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'theme', value: 'dark' }),
      });
      return { status: response.status, body: (await response.json()) as { error: { code: string } } };
    });
    expect(refused).toEqual({ status: 403, body: expect.objectContaining({ error: expect.objectContaining({ code: 'FORBIDDEN' }) }) });

    // One click rejoins the presenter, who is still on the second finding.
    await participant.getByRole('button', { name: 'Follow the presenter' }).click();
    await participant.getByTestId('share-following').waitFor();
    await expect.poll(() => slideKey(participant), { timeout: 10_000 }).toBe(second);

    // The presenter marks it fixed: it is saved, and the participant's room view shows the decision.
    const review = participant.getByRole('dialog', { name: 'Review mode' });
    const leftBefore = Number.parseInt((await review.getByTestId('review-left').textContent())!, 10);
    await presenter.keyboard.press('f');
    await expect.poll(async () => Number.parseInt((await review.getByTestId('review-left').textContent())!, 10), { timeout: 15_000 }).toBe(leftBefore - 1);
    // The presenter moved on to the next finding to decide; so does the participant.
    await expect.poll(() => slideKey(presenter)).not.toBe(second);
    await expect.poll(() => slideKey(participant), { timeout: 10_000 }).toBe(await slideKey(presenter));
    await participant.keyboard.press('ArrowLeft');
    await expect.poll(() => slideKey(participant)).toBe(second);
    await expect.poll(() => review.getByTestId('review-status').textContent(), { timeout: 10_000 }).toBe('Fixed');
    await participant.screenshot({ path: screenshotPath('share-participant-sees-decision') });
    await presenter.screenshot({ path: screenshotPath('share-presenter') });
    // Only the presenter records: the participant has no status buttons and no keys that record.
    expect(await presenter.getByRole('group', { name: 'Set the status' }).count()).toBe(1);
    expect(await review.getByRole('group', { name: 'Set the status' }).count()).toBe(0);
    await review.getByTestId('review-status-read-only').waitFor();
    expect(await review.getByRole('group', { name: 'Keyboard shortcuts' }).textContent()).not.toContain('accept risk');

    // Out of review mode, the participant follows the canvas view too (both windows are the same size).
    await participant.getByRole('button', { name: 'Follow the presenter' }).click();
    await presenter.keyboard.press('Escape');
    await review.waitFor({ state: 'hidden', timeout: 10_000 });
    const canvasView = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style');
    await presenter.locator('.react-flow__pane').hover();
    await presenter.mouse.wheel(0, -400);
    await expect.poll(() => canvasView(presenter)).not.toBe(await canvasView(participant));
    await expect.poll(async () => (await canvasView(participant)) === (await canvasView(presenter)), { timeout: 10_000 }).toBe(true);

    expect(presenterErrors).toEqual([]);
    // The one failing answer the participant saw is the write the test tried on purpose.
    expect(participantErrors.filter((error) => !error.includes('/api/settings:set'))).toEqual([]);
  });
});
