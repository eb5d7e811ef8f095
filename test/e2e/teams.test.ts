import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Project } from '../../shared/model/project';
import { serializeProject } from '../../shared/model/projectFile';
import { mergeProjects } from '../../shared/changes/merge';
import { collectPageErrors, launchBrowser } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { startTenfold, type RunningTenfold } from './support/tenfold';
import { callHost, shopProject } from './analysisProject';

/**
 * Issue 22 in the app, in real Chromium against `tenfold serve`: a merged project file's
 * conflicts resolved one by one (take theirs, keep ours), and two versions compared side by side,
 * with a change restored from an earlier revision and a file compared with the project.
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

type Shop = ReturnType<typeof shopProject>;
const named = (shop: Shop, name: string) => shop.components.find((c) => c.name === name)!;

/** A version of the shop: its input (ids and all) copied, then edited, then parsed. */
function version(original: Shop, edit: (input: Shop) => void = () => {}): { project: Project; input: Shop } {
  const input = structuredClone(original);
  edit(input);
  return { project: Project.parse(input), input };
}

interface Stored {
  project: Project;
}

async function openEditor(page: Page, projectId: string): Promise<void> {
  await page.goto(`${tenfold!.url}#/project/${projectId}`);
  await page.getByTestId('open-findings-count').waitFor({ timeout: 20_000 });
}

describe('teams: merge conflicts and comparing versions in the browser', () => {
  it('resolves the conflicts of a merged file: take theirs for one, keep ours for the other', async () => {
    // Two branches of one shop: ours runs web on 3 instances and drops the session cache; theirs
    // runs web on 5 and gives the cache a TTL. Both conflict.
    const id = randomUUID();
    const original = shopProject(id, 'Merged shop');
    const base = version(original);
    const ours = version(original, (p) => {
      named(p, 'web').deployment = { instances: 3, autoscaling: true };
      const cache = named(p, 'session-cache').id;
      p.components = p.components.filter((c) => c.id !== cache);
      p.connections = p.connections.filter((c) => c.to !== cache);
    });
    const theirs = version(original, (p) => {
      named(p, 'web').deployment = { instances: 5, autoscaling: true };
      named(p, 'session-cache').cache = { ttlSeconds: 600 };
    });
    const merged = mergeProjects(base.project, ours.project, theirs.project);
    expect(merged.conflicts).toHaveLength(2);
    const webId = named(base.input, 'web').id;
    await callHost(tenfold!.url, 'projects:import', { fileName: 'merged-shop.tenfold.json', content: serializeProject(merged.project) });

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectPageErrors(page);
    await openEditor(page, id);
    // A project with conflicts opens on them.
    await expect.poll(() => page.getByTestId('conflict-count').textContent()).toBe('2');
    const conflicts = page.getByTestId('conflict');
    await expect.poll(() => conflicts.count()).toBe(2);
    await page.screenshot({ path: screenshotPath('teams-conflicts') });

    const instances = conflicts.filter({ hasText: 'deployment.instances' });
    await instances.getByText('Ours: 3 · Theirs: 5 · Before both: 2').waitFor();
    await instances.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => page.getByTestId('conflict-count').textContent()).toBe('1');
    const cache = conflicts.filter({ hasText: 'session-cache' });
    await cache.getByText('changed here, deleted there').or(cache.getByText('deleted here, changed there')).waitFor();
    await cache.getByRole('button', { name: 'Keep ours' }).click();
    await page.getByText('No merge conflicts: every one is resolved.').waitFor();
    expect(await page.getByTestId('conflict-count').count()).toBe(0);

    // Autosave keeps both choices: web on their 5 instances, the cache still deleted, no conflicts left.
    await expect
      .poll(
        async () => {
          const { project } = await callHost<Stored>(tenfold!.url, 'projects:open', { id });
          return {
            conflicts: project.conflicts.length,
            instances: project.components.find((c) => c.id === webId)?.deployment?.instances,
            cache: project.components.some((c) => c.name === 'session-cache'),
          };
        },
        { timeout: 15_000 },
      )
      .toEqual({ conflicts: 0, instances: 5, cache: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares a revision with the project side by side, restores a change, and compares with a file', async () => {
    const id = randomUUID();
    const original = shopProject(id, 'Compared shop');
    const first = version(original);
    await callHost(tenfold!.url, 'projects:import', { fileName: 'compared-shop.tenfold.json', content: serializeProject(first.project) });
    const paymentsId = randomUUID();
    const second = version(original, (p) => {
      named(p, 'web').name = 'storefront';
      p.components.push({ id: paymentsId, name: 'payments', kind: 'external-api' });
      p.connections.push({ id: randomUUID(), from: named(p, 'storefront').id, to: paymentsId, kind: 'sync', timeoutMs: 800 });
      p.layout!.components![paymentsId] = { x: 680, y: 380 };
    });
    await callHost(tenfold!.url, 'projects:save', { project: second.project, summary: 'Payments and a new name' });

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectPageErrors(page);
    await openEditor(page, id);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare versions' });
    await dialog.getByTestId('compare-before').click();
    await page.getByRole('option', { name: /^Imported from compared-shop\.tenfold\.json/ }).click();

    // Both diagrams mark the changes: the older side what was renamed, the newer what was added.
    const [older, newer] = [dialog.getByTestId('compare-diagram').nth(0), dialog.getByTestId('compare-diagram').nth(1)];
    await newer.locator('[data-testid="compare-node"][data-name="payments"][data-change="added"]').waitFor();
    await newer.locator('[data-testid="compare-node"][data-name="storefront"][data-change="changed"]').waitFor();
    await older.locator('[data-testid="compare-node"][data-name="web"][data-change="changed"]').waitFor();
    expect(await older.locator('[data-testid="compare-node"][data-name="payments"]').count()).toBe(0);
    const items = dialog.getByTestId('change-item');
    await expect
      .poll(async () => (await items.allTextContents()).map((t) => t.replace(/(Restore)$/, '')))
      .toEqual(['addedpayments (external-api)added', 'changedstorefrontrenamed from web', 'addedstorefront → paymentsadded (sync)']);
    await page.screenshot({ path: screenshotPath('teams-compare') });

    // Restore the old name: one edit in the open project, and the comparison follows.
    await dialog.getByRole('button', { name: 'Restore: storefront: renamed from web' }).click();
    await newer.locator('[data-testid="compare-node"][data-name="web"][data-change="none"]').waitFor();
    await expect.poll(() => items.count()).toBe(2);
    await dialog.getByRole('tab', { name: 'Analysis' }).click();
    await dialog.getByTestId('analysis-summary').getByRole('rowheader', { name: 'Open findings' }).waitFor();

    // The project compared with a file: the first version, as someone would send it.
    await dialog
      .getByLabel('Project file to compare with')
      .setInputFiles({ name: 'from-a-colleague.tenfold.json', mimeType: 'application/json', buffer: Buffer.from(serializeProject(first.project), 'utf8') });
    await expect.poll(() => dialog.getByTestId('compare-before').inputValue()).toBe('File: from-a-colleague.tenfold.json');
    await dialog.getByRole('tab', { name: /^Changes/ }).click();
    await expect.poll(() => items.count()).toBe(2);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Undo' }).hover();
    await page.getByText('Undo Restore storefront: renamed from web').waitFor();

    await expect
      .poll(async () => (await callHost<Stored>(tenfold!.url, 'projects:open', { id })).project.components.map((c) => c.name).sort(), { timeout: 15_000 })
      .toEqual(['edge-lb', 'orders-db', 'payments', 'session-cache', 'users', 'web']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
