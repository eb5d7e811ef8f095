import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/store/library';
import { collectPageErrors, launchBrowser } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { startTenfold, type RunningTenfold } from './support/tenfold';

/**
 * The library round trip in real Chromium against `tenfold serve` with a temporary library:
 * create a project from a template, see it listed, reload, open it again, and find it in the
 * SQLite file afterwards. The name carries markup and quotes: it must be shown verbatim.
 */
const projectName = 'Checkout <b>platform</b> & "10x" plan';

let dataDir: string;
let tenfold: RunningTenfold | undefined;
let browser: Browser;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tenfold-e2e-library-'));
  tenfold = await startTenfold({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await tenfold?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The library's row for a project (Library.tsx: a table row per project). */
function projectRow(page: Page, name: string): Locator {
  return page.getByTestId('project-row').filter({ has: page.getByRole('button', { name: `Open ${name}`, exact: true }) });
}

/** Picks the first starter template in the dialog's Template select; returns its label. */
async function chooseTemplate(page: Page): Promise<string> {
  // Mantine's Select is an input labelled Template that opens a listbox of options.
  await page.getByRole('dialog', { name: 'New project' }).getByLabel('Template', { exact: true }).first().click();
  const option = page.getByRole('option').filter({ hasNotText: 'Blank project' }).first();
  const label = (await option.textContent()) ?? '';
  await option.click();
  return label;
}

describe('project library in the browser', () => {
  it("opened without the printed address's token, shows what to open instead of the app", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const answer = await page.goto(new URL('/', tenfold!.url).href);
    expect(answer?.status()).toBe(403);
    await expect.poll(() => page.getByRole('heading', { name: 'Open the address tenfold serve printed' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'New project' }).count()).toBe(0);
    await context.close();
  });

  it('a tab whose token is from an earlier start shows one screen saying what to open, not a notification per call', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(tenfold!.url);
    await page.getByRole('button', { name: 'New project' }).first().click();
    // As after a restart of tenfold serve on the same port: the tab's cookie holds the earlier token.
    const { port } = new URL(tenfold!.url);
    await context.addCookies([{ name: `tenfold_${port}`, value: 'a-token-from-an-earlier-start', url: new URL('/', tenfold!.url).href }]);
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Refused');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const screen = page.getByRole('dialog', { name: 'Tenfold no longer accepts this tab' });
    await expect.poll(() => screen.count(), { timeout: 15_000 }).toBe(1);
    expect(await screen.getByText(`${new URL(tenfold!.url).origin}/?token=…`, { exact: true }).count()).toBe(1);
    expect(await page.locator('.mantine-Notification-root').count()).toBe(0);
    await page.waitForTimeout(400); // the screen's fade-in, for the screenshot
    await page.screenshot({ path: screenshotPath('library-token-refused') });
    await context.close();
  });

  it('creates a project from a template, lists it, and reopens it after a reload', async () => {
    const running = tenfold!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(running.url);
    // The token became a cookie and left the address bar.
    expect(page.url()).toBe(new URL('/', running.url).href);

    await page.getByRole('button', { name: 'New project' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(projectName);
    const template = await chooseTemplate(page);
    const componentCount = Number(/\((\d+) components?\)/.exec(template)?.[1]);
    expect(componentCount).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Create' }).click();

    // Creating opens the project; its id is in the address so a reload reopens it.
    await page.waitForURL(/#\/project\/[0-9a-f-]{36}$/);
    const projectId = /#\/project\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    expect(projectId).toBeDefined();
    await page.screenshot({ path: screenshotPath('library-project-created') });

    // Back to the library (no hash), then a full reload: the project comes from the library.
    await page.goto(running.url);
    await expect.poll(() => projectRow(page, projectName).count(), { timeout: 15_000 }).toBe(1);
    await page.reload();
    const listed = projectRow(page, projectName);
    await expect.poll(() => listed.count(), { timeout: 15_000 }).toBe(1);
    // The name is shown verbatim and the row counts the template's components.
    expect(await listed.getByText(projectName, { exact: true }).count()).toBe(1);
    expect(await listed.getByRole('cell', { name: String(componentCount), exact: true }).count()).toBeGreaterThan(0);
    // Markup in a name is text, never HTML.
    expect(await page.locator('b', { hasText: 'platform' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('library-after-reload') });

    await listed.getByRole('button', { name: `Open ${projectName}`, exact: true }).click();
    await page.waitForURL(new RegExp(`#/project/${projectId}$`));
    await expect.poll(() => page.getByText(projectName, { exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('library-project-reopened') });

    expect(errors).toEqual([]);
    await page.close();

    // Stop the server (it closes the library), then read the real SQLite file.
    expect(await running.stop()).toBe(0);
    const db = new Database(join(dataDir, 'library.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT name, component_count, last_opened_at FROM projects WHERE id = ?').get(projectId) as
        { name: string; component_count: number; last_opened_at: string | null } | undefined;
      expect(row).toMatchObject({ name: projectName, component_count: componentCount });
      expect(row?.last_opened_at).not.toBeNull();
      const revisions = db.prepare('SELECT COUNT(*) AS n FROM revisions WHERE project_id = ?').get(projectId) as { n: number };
      expect(revisions.n).toBeGreaterThanOrEqual(1);
    } finally {
      db.close();
    }
    // The stored model itself, through the store's own reader.
    const library = openLibrary(dataDir);
    try {
      const opened = library.current(projectId!);
      expect(opened.project.name).toBe(projectName);
      expect(opened.project.components).toHaveLength(componentCount);
    } finally {
      library.close();
    }
  });
});
