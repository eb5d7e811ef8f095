import { readFileSync } from 'node:fs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHost } from './analysisProject';
import { collectPageErrors, launchBrowser } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { settledBox, settledViewport, type Box } from './support/settled';
import { startTenfold, type RunningTenfold } from './support/tenfold';

/**
 * Issue 19's canvas in Chromium against the real `tenfold serve`: the 11-component web shop
 * modelled from an empty project with the mouse and keyboard, counting the user's actions, and on
 * the way connecting by a drop on a component's body, a component in two zones, orthogonal routes
 * that cross no component (geometry read from the DOM), search (Ctrl+F and the palette), inline
 * rename, a note, and the view exported as PNG and SVG. Then each template fitted to the window
 * with legible names, photographed in light and dark. (Review never losing an accepted risk is
 * review.test.ts's first scenario.)
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

/** How long to wait for the page to answer: a full suite on a 2-core machine is far slower than one spec. */
const SLOW = 15_000;

const node = (page: Page, name: string): Locator => page.locator(`[data-testid="canvas-component"][data-name="${name}"]`);

/** What the user did: clicks and drags, keys pressed (shortcuts, Enter, Tab), characters typed. */
class Actions {
  pointer = 0;
  keys = 0;
  typed = 0;
  constructor(private readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    this.pointer++;
    await target.click();
  }

  async dblclick(target: Locator): Promise<void> {
    this.pointer++;
    await target.dblclick();
  }

  async press(key: string): Promise<void> {
    this.keys++;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.typed += text.length;
    await this.page.keyboard.type(text);
  }

  /** A drag from one point to another, as one action. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    this.pointer++;
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 10 });
    await this.page.mouse.up();
  }

  get total(): number {
    return this.pointer + this.keys + this.typed;
  }
}

/** Lays out the whole diagram and waits for the fit that follows it to finish. */
async function autoLayout(page: Page, actions: Actions): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  await actions.click(page.getByRole('button', { name: 'Auto-layout' }));
  await actions.click(page.getByRole('menuitem', { name: 'Lay out the whole diagram' }));
  await page.getByTestId('layout-progress').waitFor({ state: 'detached', timeout: 60_000 });
  // The fit starts a little after the new positions are drawn, later still on a busy machine; a
  // layout that changes nothing leaves the view where it was, which is settled already.
  await expect
    .poll(() => viewport.getAttribute('style'), { timeout: 5000 })
    .not.toBe(before)
    .catch(() => undefined);
  await settledViewport(page);
}

/**
 * Connects by dragging from the side handle of `from` facing `to` (shown under the pointer) and
 * dropping on the middle of `to`'s body. The view must be still (settledViewport) before the first.
 */
async function connect(page: Page, actions: Actions, from: string, to: string): Promise<void> {
  const box = async (locator: Locator): Promise<Box> => {
    const found = await locator.boundingBox();
    if (!found) throw new Error(`${from} → ${to}: not on screen`);
    return found;
  };
  const a = await box(node(page, from));
  const b = await box(node(page, to));
  const dx = b.x + b.width / 2 - (a.x + a.width / 2);
  const dy = b.y + b.height / 2 - (a.y + a.height / 2);
  const side = Math.abs(dx) * (a.height / a.width) >= Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'bottom' : 'top';
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  const handleLocator = node(page, from).locator(`.react-flow__handle[data-handleid="${side}"]`);
  await handleLocator.waitFor();
  const handle = await box(handleLocator);
  const before = await page.getByTestId('connection-hit').count();
  await actions.drag({ x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 }, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
  await expect.poll(() => page.getByTestId('connection-hit').count(), { timeout: SLOW, message: `${from} → ${to}` }).toBe(before + 1);
}

/**
 * Every connection's drawn route, sampled every 4 px and mapped to the screen, against every
 * component's box on screen. In-page code as text: this Node-side project has no DOM types.
 */
async function routesThroughBoxes(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const boxes = [...document.querySelectorAll('[data-testid="canvas-component"]')].map((el) => ({ name: el.dataset.name, r: el.getBoundingClientRect() }));
    const crossings = [];
    for (const hit of document.querySelectorAll('[data-testid="connection-hit"]')) {
      const matrix = hit.getScreenCTM();
      const length = hit.getTotalLength();
      for (let at = 0; at <= length; at += 4) {
        const q = hit.getPointAtLength(at);
        const p = new DOMPoint(q.x, q.y).matrixTransform(matrix);
        // 3 px inside: a route ends on its box's border, which is no crossing.
        const inside = boxes.find(({ r }) => p.x > r.left + 3 && p.x < r.right - 3 && p.y > r.top + 3 && p.y < r.bottom - 3);
        if (inside) {
          crossings.push(hit.dataset.from + '→' + hit.dataset.to + ' crosses ' + inside.name);
          break;
        }
      }
    }
    return crossings;
  })()`);
}

/** The smallest component name on screen, in pixels: its font size times the viewport's zoom. */
async function smallestNamePx(page: Page): Promise<number> {
  return page.evaluate<number>(`(() => {
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a;
    const names = [...document.querySelectorAll('[data-testid="canvas-component"] [data-testid="component-name"]')];
    return names.length === 0 ? 0 : Math.min(...names.map((el) => Number.parseFloat(getComputedStyle(el).fontSize) * zoom));
  })()`);
}

/** Runs the palette's best match for `words` (after the modelling, so not counted). */
async function runCommand(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search commands' });
  await search.fill(words);
  await page.keyboard.press('Enter');
  await search.waitFor({ state: 'hidden' });
}

async function download(page: Page, start: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  return file;
}

const shop = [
  ['client', 'browser'],
  ['cdn', 'CDN'],
  ['load-balancer', 'load balancer'],
  ['service', 'web servers'],
  ['service', 'API'],
  ['database', 'Postgres primary'],
  ['database', 'Postgres replica'],
  ['cache', 'Redis'],
  ['queue', 'queue'],
  ['worker', 'worker'],
  ['external-api', 'payment API'],
] as const;

const shopConnections = [
  ['browser', 'CDN'],
  ['CDN', 'load balancer'],
  ['load balancer', 'web servers'],
  ['web servers', 'API'],
  ['API', 'Postgres primary'],
  ['Postgres primary', 'Postgres replica'],
  ['API', 'Postgres replica'],
  ['API', 'Redis'],
  ['API', 'queue'],
  ['queue', 'worker'],
  ['worker', 'Postgres primary'],
  ['worker', 'payment API'],
] as const;

describe('the canvas', () => {
  it('models the 11-component web shop from an empty project, and finds, renames, annotates and exports it', { timeout: 180_000 }, async () => {
    const created = await callHost<{ project: { id: string } }>(tenfold.url, 'projects:create', { name: 'Web shop' });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const errors = collectPageErrors(page);
    await page.goto(`${tenfold.url}#/project/${created.project.id}`);
    await page.getByTestId('open-findings-count').waitFor({ timeout: 20_000 });
    const actions = new Actions(page);
    try {
      // Each component: a click on its kind, F2, its name, Enter.
      for (const [kind, name] of shop) {
        await actions.click(page.getByTestId(`palette-${kind}`));
        await expect.poll(() => page.getByTestId('canvas-component').and(page.locator('[data-selected]')).count(), { timeout: SLOW }).toBe(1);
        await actions.press('F2');
        await page.getByTestId('rename-input').waitFor();
        await page.keyboard.press('Control+a'); // selected already by the field; not counted
        await actions.type(name);
        await actions.press('Enter');
        await expect.poll(() => node(page, name).count(), { timeout: SLOW }).toBe(1);
      }
      await autoLayout(page, actions);

      for (const [from, to] of shopConnections) await connect(page, actions, from, to);
      // Two zones, from the Project tab; web servers and API run in both, the stores in one each.
      await actions.click(page.getByRole('tab', { name: 'Project' }));
      await actions.click(page.getByRole('button', { name: 'Add zone' }));
      await actions.click(page.getByRole('button', { name: 'Add zone' }));
      const inZones = async (name: string, zones: readonly string[]) => {
        await actions.click(node(page, name));
        await actions.click(page.getByRole('tab', { name: 'Inspector' }));
        await actions.click(page.getByTestId('zones-select'));
        for (const zone of zones) await actions.click(page.getByRole('option', { name: zone }));
        await actions.press('Escape');
      };
      await inZones('web servers', ['Zone 1', 'Zone 2']);
      await inZones('API', ['Zone 1', 'Zone 2']);
      await inZones('Postgres primary', ['Zone 1']);
      await inZones('Postgres replica', ['Zone 2']);
      await autoLayout(page, actions);

      const count = `${actions.total} actions: ${actions.pointer} clicks and drags, ${actions.keys} keys, ${actions.typed} characters of names`;
      console.log(`web shop modelled from an empty project in ${count}`);
      expect(await page.getByTestId('canvas-component').count()).toBe(11);
      expect(await page.getByTestId('connection-hit').count()).toBe(12);
      expect(actions.pointer + actions.keys, count).toBeLessThan(150);

      // A component in two zones carries a chip for each; one in a single zone sits in its box.
      expect(await node(page, 'web servers').getByTestId('zone-chips').textContent()).toBe('Zone 1Zone 2');
      // Both boxes read at once, in flow units: the fit after the layout may still be animating.
      const zone1 = page.locator('[data-testid="canvas-zone"][data-name="Zone 1"]');
      const inZone = (name: string) => async () => {
        const [outer, inner] = [await zone1.boundingBox(), await node(page, name).boundingBox()];
        return (
          !!outer &&
          !!inner &&
          inner.x >= outer.x &&
          inner.y >= outer.y &&
          inner.x + inner.width <= outer.x + outer.width &&
          inner.y + inner.height <= outer.y + outer.height
        );
      };
      await settledViewport(page);
      await expect.poll(inZone('Postgres primary'), { timeout: SLOW }).toBe(true);
      expect(await inZone('web servers')()).toBe(false);
      expect(await inZone('Postgres replica')()).toBe(false);

      // Routes go round the boxes, and fitted to the window every name is legible.
      await page.keyboard.press('Shift+1');
      await settledViewport(page);
      expect(await routesThroughBoxes(page)).toEqual([]);
      expect(await smallestNamePx(page)).toBeGreaterThanOrEqual(9);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.waitForTimeout(200);
        await page.screenshot({ path: screenshotPath(`canvas-web-shop-${scheme}`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // Ctrl+F finds by name, kind, technology or tag, selects the match and zooms to it.
      await page.keyboard.press('Control+f');
      const find = page.getByRole('textbox', { name: 'Find a component' });
      await find.fill('postgres');
      await expect.poll(() => page.getByTestId('canvas-search-count').textContent(), { timeout: SLOW }).toBe('1 of 2');
      await expect.poll(() => node(page, 'Postgres primary').getAttribute('data-selected'), { timeout: SLOW }).not.toBeNull();
      await find.press('Enter');
      await expect.poll(() => node(page, 'Postgres replica').getAttribute('data-selected'), { timeout: SLOW }).not.toBeNull();
      await settledViewport(page);
      const replica = await settledBox(node(page, 'Postgres replica'));
      const canvas = await settledBox(page.getByTestId('canvas'));
      expect(replica.x > canvas.x && replica.x + replica.width < canvas.x + canvas.width).toBe(true);
      await find.fill('cache');
      await expect.poll(() => node(page, 'Redis').getAttribute('data-selected'), { timeout: SLOW }).not.toBeNull();
      await find.press('Escape');
      await page.getByTestId('canvas-search').waitFor({ state: 'detached' });

      // The command palette finds components too.
      await runCommand(page, 'payment');
      await expect.poll(() => node(page, 'payment API').getAttribute('data-selected'), { timeout: SLOW }).not.toBeNull();

      // Double-click renames in place; Escape keeps the old name.
      await node(page, 'worker').getByTestId('component-name').dblclick();
      await page.getByTestId('rename-input').fill('order worker');
      await page.keyboard.press('Enter');
      await expect.poll(() => node(page, 'order worker').count(), { timeout: SLOW }).toBe(1);
      await node(page, 'order worker').getByTestId('component-name').dblclick();
      await page.getByTestId('rename-input').fill('something else');
      await page.keyboard.press('Escape');
      await expect.poll(() => node(page, 'order worker').count(), { timeout: SLOW }).toBe(1);

      // An arrow key nudges the selected component by a grid step.
      await node(page, 'Redis').click();
      const before = await settledBox(node(page, 'Redis'));
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => Math.round(((await node(page, 'Redis').boundingBox())!.x - before.x) * 10) / 10, { timeout: SLOW }).toBeGreaterThan(0);

      // A note is kept in the layout, not among the components.
      await page.getByTestId('palette-note').click();
      await page.getByRole('textbox', { name: 'Note text' }).fill('Payments move to the EU region in Q3');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.getByTestId('canvas-note').textContent(), { timeout: SLOW }).toContain('EU region');

      // The view as SVG and PNG.
      await page.keyboard.press('Shift+1');
      await settledViewport(page);
      const svgFile = await download(page, () => runCommand(page, 'picture (svg'));
      const svg = readFileSync(await svgFile.path(), 'utf8');
      expect(svgFile.suggestedFilename()).toBe('web-shop.svg');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      for (const [, name] of shop) expect(svg, name).toContain(`>${name === 'worker' ? 'order worker' : name}<`);
      expect(svg).toContain('>Payments move to the EU<'); // wrapped to the note's width
      const pngFile = await download(page, () => runCommand(page, 'picture (png'));
      const png = readFileSync(await pngFile.path());
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThan(400);

      // Everything reached the library: the note in the layout, no twelfth component.
      await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: SLOW }).toBe('saved');
      type Stored = {
        components: { id: string; name: string }[];
        connections: { from: string; to: string; kind: string }[];
        layout: { notes?: Record<string, { text: string }> };
      };
      const stored = await callHost<{ project: Stored }>(tenfold.url, 'projects:open', { id: created.project.id });
      expect(stored.project.components).toHaveLength(11);
      // Each connection's kind came from its ends, with no edit.
      const names = new Map(stored.project.components.map((c) => [c.id, c.name]));
      const kinds = Object.fromEntries(stored.project.connections.map((c) => [`${names.get(c.from)} → ${names.get(c.to)}`, c.kind]));
      expect(kinds).toMatchObject({
        'API → Postgres primary': 'write',
        'Postgres primary → Postgres replica': 'replication',
        'API → Postgres replica': 'read',
        'API → Redis': 'read',
        'API → queue': 'async',
        'queue → order worker': 'async',
        'browser → CDN': 'sync',
      });
      expect(stored.project.connections).toHaveLength(12);
      expect(Object.values(stored.project.layout.notes ?? {}).map((n) => n.text)).toEqual(['Payments move to the EU region in Q3']);
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: screenshotPath('failed-canvas-web-shop') }).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });

  it('fits each template to the window with legible names and routes round the boxes, in light and dark', async () => {
    const templates = await callHost<{ id: string; name: string }[]>(tenfold.url, 'templates:list', {});
    expect(templates.length).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = collectPageErrors(page);
    try {
      for (const template of templates) {
        const created = await callHost<{ project: { id: string } }>(tenfold.url, 'projects:create', { name: template.name, templateId: template.id });
        await page.goto(`${tenfold.url}#/project/${created.project.id}`);
        await page.getByTestId('open-findings-count').waitFor({ timeout: 20_000 });
        await page.keyboard.press('Shift+1');
        await settledViewport(page);
        expect(await smallestNamePx(page), template.id).toBeGreaterThanOrEqual(9);
        expect(await routesThroughBoxes(page), template.id).toEqual([]);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForTimeout(200);
          await page.screenshot({ path: screenshotPath(`canvas-template-${template.id}-${scheme}`) });
        }
        await page.emulateMedia({ colorScheme: 'light' });
      }
      expect(errors).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: screenshotPath('failed-canvas-templates') }).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });
});
