import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Project } from '../../shared/model/project';
import { serializeProject } from '../../shared/model/projectFile';
import { collectPageErrors, launchBrowser } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { startTenfold, tokenHeaders, type RunningTenfold } from './support/tenfold';

/**
 * The overview (renderer/src/canvas/Overview.tsx): zoomed far out, a large diagram's components
 * are drawn in one SVG, not as React Flow nodes, and that layer selects, multi-selects, drags and
 * box-selects them the way React Flow does; and its findings are listed a page at a time, on the
 * agenda and by component. Against the real `tenfold serve` in Chromium.
 */
let tenfold: RunningTenfold;
let browser: Browser;

beforeAll(async () => {
  tenfold = await startTenfold();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await tenfold?.stop();
});

/**
 * 600 components in a tree (client → gateways → services and stores), no stored positions. Most
 * rules report once for the project, so each database also deletes audited records outright
 * (data/hard-deletes, one finding per store): a hundred findings for the agenda to page through.
 */
function largeProject(): Project {
  const kinds = ['service', 'service', 'database', 'cache', 'queue', 'worker'] as const;
  const components: { id: string; name: string; kind: string; data?: object }[] = [{ id: randomUUID(), name: 'client', kind: 'client' }];
  const connections: { id: string; from: string; to: string; kind: string }[] = [];
  for (let i = 1; i < 600; i++) {
    const kind = i < 4 ? 'api-gateway' : kinds[i % kinds.length]!;
    const id = randomUUID();
    components.push({ id, name: `${kind}-${i}`, kind, ...(kind === 'database' ? { data: { deletes: 'hard', auditTrail: true } } : {}) });
    connections.push({ id: randomUUID(), from: components[Math.floor((i - 1) / 3)]!.id, to: id, kind: kind === 'queue' ? 'async' : 'sync' });
  }
  return Project.parse({
    schemaVersion: 4,
    id: randomUUID(),
    name: 'Overview 600',
    components,
    connections,
    workload: { entryPoints: [{ componentId: components[0]!.id, peakRps: 500 }] },
  });
}

const rect = (page: Page, name: string) => page.locator(`[data-testid="canvas-component"][data-name="${name}"]`);
const at = async (page: Page, name: string): Promise<{ x: number; y: number }> => ({
  x: Number(await rect(page, name).getAttribute('x')),
  y: Number(await rect(page, name).getAttribute('y')),
});
const selectedCount = (page: Page) => page.locator('[data-testid="canvas-component"][data-selected]').count();
const centre = async (page: Page, name: string): Promise<{ x: number; y: number }> => {
  const box = await rect(page, name).boundingBox();
  if (!box) throw new Error(`${name} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

describe('overview of a large diagram', () => {
  it('draws components in one SVG and selects, drags and box-selects them like the detailed canvas, and pages its findings', async () => {
    const project = largeProject();
    const imported = await fetch(new URL('api/projects:import', tenfold.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...tokenHeaders(tenfold.url) },
      body: JSON.stringify({ fileName: 'overview.tenfold.json', content: serializeProject(project), mode: 'new' }),
    });
    expect(imported.ok).toBe(true);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectPageErrors(page);
    const checks: unknown[] = [];
    page.on('request', (request) => {
      if (/\/api\/check:\w+$/.test(request.url())) checks.push({ channel: request.url().split('/api/')[1], input: request.postDataJSON() });
    });
    try {
      await page.goto(`${tenfold.url}#/project/${project.id}`);
      await page.getByTestId('open-findings-count').waitFor({ timeout: 60_000 });
      // The first findings are the check the host started as it opened the project, asked for
      // once (as soon as the project arrived) and taken by the editor: the project is not sent back.
      expect(checks).toEqual([{ channel: 'check:opened', input: { checkId: expect.any(String) } }]);
      await expect.poll(() => page.getByTestId('canvas-component').count()).toBe(600);
      // No zones in this project, so React Flow holds no nodes at all in the overview.
      expect(await page.locator('.react-flow__node').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('editor-overview-600') });

      // A click selects one component; Shift-click adds another.
      await page.mouse.click(...(Object.values(await centre(page, 'service-7')) as [number, number]));
      await expect.poll(() => rect(page, 'service-7').getAttribute('data-selected')).toBe('true');
      await expect.poll(() => page.getByTestId('component-form').getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('service-7');
      const other = await centre(page, 'service-6');
      await page.keyboard.down('Shift');
      await page.mouse.click(other.x, other.y);
      await page.keyboard.up('Shift');
      await expect.poll(() => selectedCount(page)).toBe(2);

      // Dragging one of them moves both, by the pointer's distance in diagram units; undo puts them back.
      const zoom = await page.evaluate<number>(`Number(/scale\\(([^)]+)\\)/.exec(document.querySelector('.react-flow__viewport').style.transform)[1])`);
      const before = [await at(page, 'service-7'), await at(page, 'service-6')];
      const from = await centre(page, 'service-7');
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 40, from.y + 30, { steps: 6 });
      await page.mouse.up();
      await expect.poll(async () => (await at(page, 'service-7')).x).not.toBe(before[0]!.x);
      const after = [await at(page, 'service-7'), await at(page, 'service-6')];
      for (const [i, moved] of after.entries()) {
        // Within two screen pixels of the pointer's path.
        expect(Math.abs(moved.x - before[i]!.x - 40 / zoom)).toBeLessThan(2 / zoom);
        expect(Math.abs(moved.y - before[i]!.y - 30 / zoom)).toBeLessThan(2 / zoom);
      }
      await page.keyboard.press('Control+z');
      await expect.poll(() => at(page, 'service-6')).toEqual(before[1]);
      expect(await at(page, 'service-7')).toEqual(before[0]);

      // Shift-drag from the empty margin the fitted view leaves: exactly the components wholly
      // inside the box end up selected.
      const canvas = await page.getByTestId('canvas').boundingBox();
      if (!canvas) throw new Error('no canvas');
      const box = { x: canvas.x + 8, y: canvas.y + 8, width: canvas.width * 0.5, height: canvas.height * 0.4 };
      await page.keyboard.down('Shift');
      await page.mouse.move(box.x, box.y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width, box.y + box.height, { steps: 8 });
      await page.mouse.up();
      await page.keyboard.up('Shift');
      const inside = await page.evaluate(
        `[...document.querySelectorAll('[data-testid="canvas-component"]')].filter((r) => { const b = r.getBoundingClientRect(); return b.left >= ${box.x} && b.top >= ${box.y} && b.right <= ${box.x + box.width} && b.bottom <= ${box.y + box.height}; }).length`,
      );
      expect(inside).toBeGreaterThan(2);
      await expect.poll(() => selectedCount(page)).toBe(inside);

      // Zoomed in past the overview, React Flow draws the components again.
      await page.getByRole('button', { name: 'Fit view' }).click();
      const middle = await centre(page, 'service-7');
      await page.mouse.move(middle.x, middle.y);
      for (let i = 0; i < 12 && (await page.getByTestId('overview').count()) > 0; i++) {
        await page.mouse.wheel(0, -400);
        await page.waitForTimeout(150);
      }
      await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(0);

      // More findings than fit: the agenda shows 25 rows and pages through the rest.
      await page.getByRole('tab', { name: /^Findings/ }).click();
      const listed = Number(await page.getByTestId('findings-listed').getAttribute('data-count'));
      expect(listed).toBe(Number(await page.getByTestId('open-findings-count').textContent()));
      expect(listed).toBeGreaterThan(50);
      const agenda = page.getByRole('region', { name: 'Agenda findings' });
      const rows = agenda.getByTestId('finding');
      expect(await rows.count()).toBe(25);
      const more = agenda.getByTestId('findings-show-more');
      expect(await more.textContent()).toBe(`Show 25 more of ${listed - 25} remaining`);
      await more.click();
      await expect.poll(() => rows.count()).toBe(50);
      expect(
        await rows.evaluateAll((found) => found.map((row) => Number(row.getAttribute('data-rank'))).every((rank, i, all) => i === 0 || rank > all[i - 1]!)),
      ).toBe(true);

      // By component: 25 components at a time, each with at most 25 rows.
      await page.getByTestId('findings-panel').getByText('By component', { exact: true }).click();
      const groups = page.getByTestId('findings-group');
      await expect.poll(() => groups.count()).toBe(25);
      const moreGroups = page.getByTestId('findings-show-more-groups');
      expect(await moreGroups.textContent()).toMatch(/^Show 25 more of \d+ remaining components$/);
      await moreGroups.click();
      await expect.poll(() => groups.count()).toBe(50);
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: screenshotPath('failed-overview') }).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });
});
