import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRevisionModels, type StoredModel } from '../../electron/store/revisionModels';
import { Project } from '../../shared/model/project';
import { notUtf8Message } from '../../shared/model/fileText';
import { parseProjectFile, serializeProject } from '../../shared/model/projectFile';
import { collectPageErrors, launchBrowser } from './support/browser';
import { screenshotPath } from './support/screenshots';
import { startTenfold, tokenHeaders, type RunningTenfold } from './support/tenfold';

/**
 * Every project-level action of the library (issue 4) in real Chromium against `tenfold serve`
 * with a temporary library: search, sort by last opened, component counts, rename, duplicate,
 * delete with undo, import (file picker, drop on the window, a corrupt file), export, and the
 * revision history with restore. Outcomes are checked on screen and in the real SQLite file
 * (read alongside the running server: the library is in WAL mode, so a read-only reader is safe)
 * or in the downloaded file.
 *
 * Each test starts from a library holding only the seeded projects (see beforeEach), so the
 * tests do not depend on each other's order or leftovers, and a retry starts clean.
 */

/** Generous waits: the machine is shared with benchmarks. */
const WAIT = { timeout: 30_000 } as const;

interface Seed {
  readonly name: string;
  readonly description?: string;
  readonly components: readonly string[];
}

/**
 * A small project: the named services in a chain, the first one the entry point. Returned as a
 * project file reads back (records sorted by id), the form the library stores an import in.
 */
function seedProject({ name, description, components }: Seed): Project {
  const ids = components.map(() => randomUUID());
  return asFileReadsBack({
    schemaVersion: 4,
    id: randomUUID(),
    name,
    ...(description ? { description } : {}),
    components: components.map((component, index) => ({ id: ids[index], name: component, kind: index === components.length - 1 ? 'database' : 'service' })),
    connections: ids.slice(1).map((to, index) => ({ id: randomUUID(), from: ids[index], to, kind: 'sync' })),
    workload: { entryPoints: [{ componentId: ids[0], peakRps: 200 }] },
  });
}

function asFileReadsBack(data: unknown): Project {
  return parseProjectFile(serializeProject(Project.parse(data)), 'seed.tenfold.json');
}

const seeds = {
  ledger: seedProject({ name: 'Billing ledger', description: 'Double-entry bookkeeping', components: ['ledger-api', 'ledger-db'] }),
  gateway: seedProject({ name: 'Payments gateway', components: ['edge', 'payments-api', 'payments-db'] }),
  indexer: seedProject({ name: 'Search indexer', components: ['crawler', 'parser', 'indexer', 'ranker', 'index-store'] }),
  renamed: seedProject({ name: 'Inventory draft', components: ['stock-api', 'stock-db'] }),
  duplicated: seedProject({ name: 'Shipping tracker', components: ['tracker-api', 'carrier-sync', 'tracking-db'] }),
  deleted: seedProject({ name: 'Legacy reports', description: 'Nightly batch', components: ['report-job', 'warehouse'] }),
  exported: seedProject({ name: 'Notifications hub', components: ['notify-api', 'push-worker', 'email-worker', 'outbox-db'] }),
  history: seedProject({ name: 'Orders pipeline', components: ['orders-api', 'orders-db'] }),
};

let dataDir: string;
let tenfold: RunningTenfold | undefined;
let browser: Browser;
/** One context for the file: pages share its HTTP cache, so the app's bundles load once. */
let context: BrowserContext;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tenfold-e2e-library-actions-'));
  tenfold = await startTenfold({ dataDir });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});

/** One call to the running host, as the web page makes it (POST /api/<channel>, JSON envelope). */
async function hostCall<T>(channel: string, input: unknown): Promise<T> {
  const response = await fetch(new URL(`api/${channel}`, tenfold!.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...tokenHeaders(tenfold!.url) },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${channel} failed: ${body.error.message}`);
  return body.value;
}

/**
 * Every test starts from the same library: only the seeded projects, never opened. Seeding goes
 * through the host (not the UI under test), and makes a retried test start afresh too.
 */
beforeEach(async () => {
  for (const { id } of await hostCall<{ id: string }[]>('projects:list', {})) await hostCall('projects:delete', { id });
  for (const project of Object.values(seeds)) {
    await hostCall('projects:import', { fileName: 'seed.tenfold.json', content: serializeProject(project), mode: 'new' });
  }
});

afterAll(async () => {
  await browser?.close();
  await tenfold?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

// ---- The SQLite file, read as it is while the server runs ----

function withDb<T>(read: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'library.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

interface StoredProject {
  id: string;
  name: string;
  component_count: number;
  last_opened_at: string | null;
}

function storedByName(name: string): StoredProject[] {
  return withDb(
    (db) =>
      db.prepare('SELECT id, name, component_count, last_opened_at FROM live_projects WHERE name = ? ORDER BY created_at, id').all(name) as StoredProject[],
  );
}

function stored(id: string): StoredProject | undefined {
  return withDb((db) => db.prepare('SELECT id, name, component_count, last_opened_at FROM live_projects WHERE id = ?').get(id) as StoredProject | undefined);
}

/**
 * Revision models decoded as the library decodes them: an autosave may be stored as the changes
 * to the revision before it (electron/store/revisionModels.ts).
 */
function modelsOf(db: Database.Database) {
  const byId = db.prepare('SELECT id, model, base_id FROM revisions WHERE id = ?');
  return createRevisionModels((revisionId) => byId.get(revisionId) as StoredModel | undefined);
}

/** The project's current model as the library holds it. */
function storedModel(id: string): Project {
  return withDb((db) => {
    const row = db.prepare('SELECT r.id, r.model, r.base_id FROM live_projects p JOIN revisions r ON r.id = p.current_revision_id WHERE p.id = ?').get(id) as
      StoredModel | undefined;
    if (!row) throw new Error(`project ${id} is not in the library`);
    return modelsOf(db).read(row, id);
  });
}

interface StoredRevision {
  id: number;
  summary: string;
  model: Project;
}

/** Newest first, as the history drawer lists them. */
function storedRevisions(projectId: string): StoredRevision[] {
  return withDb((db) => {
    const models = modelsOf(db);
    return (
      db.prepare('SELECT id, summary, model, base_id FROM revisions WHERE project_id = ? ORDER BY id DESC').all(projectId) as (StoredModel & {
        summary: string;
      })[]
    ).map((row) => ({
      id: row.id,
      summary: row.summary,
      model: models.read(row, projectId),
    }));
  });
}

function libraryTotals(): { projects: number; revisions: number } {
  return withDb((db) => ({
    projects: (db.prepare('SELECT COUNT(*) AS n FROM live_projects').get() as { n: number }).n,
    revisions: (db.prepare('SELECT COUNT(*) AS n FROM revisions r JOIN live_projects p ON p.id = r.project_id').get() as { n: number }).n,
  }));
}

const componentNames = (project: Project): string[] => project.components.map((c) => c.name).sort();

// ---- The page ----

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(tenfold!.url);
  await page.getByTestId('project-table').waitFor(WAIT);
  return { page, errors };
}

/** Runs a scenario and saves a screenshot when it fails, to see what the page showed. */
async function scenario(page: Page, name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    await page.screenshot({ path: screenshotPath(`failed-library-${name}`) }).catch(() => undefined);
    throw error;
  } finally {
    await page.close();
  }
}

/** The library's row for a project, by the exact name on its Open button. */
function projectRow(page: Page, name: string): Locator {
  return page.getByTestId('project-row').filter({ has: page.getByRole('button', { name: `Open ${name}`, exact: true }) });
}

async function rowCount(page: Page, name: string): Promise<number> {
  return projectRow(page, name).count();
}

async function shownComponentCount(page: Page, name: string): Promise<string | null> {
  return projectRow(page, name).getByTestId('project-component-count').textContent();
}

/** Project names in the order the library shows them. */
function shownNames(page: Page): Promise<string[]> {
  return page
    .getByTestId('project-row')
    .getByRole('button', { name: /^Open / })
    .evaluateAll((buttons) => buttons.map((button) => (button.getAttribute('aria-label') ?? '').replace(/^Open /, '')));
}

/** One of the entries of a row's "More actions" menu. */
async function rowAction(page: Page, name: string, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: `More actions for ${name}`, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

const canvasComponent = (page: Page, name: string): Locator => page.locator(`[data-testid="canvas-component"][data-name="${name}"]`);

async function openProject(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await expect.poll(() => page.getByTestId('project-name').textContent(), WAIT).toBe(name);
  await expect.poll(() => page.getByTestId('canvas-component').count(), WAIT).toBeGreaterThan(0);
}

async function backToLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByTestId('project-table').waitFor(WAIT);
}

/** Adds a service from the palette, names it, and waits until autosave has stored it. */
async function addComponent(page: Page, name: string): Promise<void> {
  await page.getByTestId('palette-service').click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await page.getByTestId('component-form').getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await expect.poll(() => canvasComponent(page, name).count(), WAIT).toBe(1);
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), WAIT).toBe('saved');
}

/** A project file as the file picker or a drop hands it over. */
function projectFile(name: string, content: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') };
}

describe('library actions in the browser', () => {
  it('searches by name and description, sorts the project just opened first, and shows component counts', async () => {
    const { page, errors } = await newPage();
    await scenario(page, 'search-sort', async () => {
      // Every seeded project's row counts its components.
      for (const project of Object.values(seeds)) {
        expect(await shownComponentCount(page, project.name)).toBe(String(project.components.length));
      }

      const search = page.getByRole('textbox', { name: 'Search projects' });
      await search.fill('ledger');
      await expect.poll(() => shownNames(page), WAIT).toEqual(['Billing ledger']);
      // The description counts too, every word must match, case does not.
      await search.fill('BOOKKEEPING double');
      await expect.poll(() => shownNames(page), WAIT).toEqual(['Billing ledger']);
      await search.fill('pay');
      await expect.poll(() => shownNames(page), WAIT).toEqual(['Payments gateway']);
      await search.fill('no such project');
      await expect.poll(() => page.getByText('No project matches “no such project”.').count(), WAIT).toBe(1);
      expect(await page.getByTestId('project-row').count()).toBe(0);
      await search.fill('');
      await expect.poll(() => page.getByTestId('project-row').count(), WAIT).toBe(Object.keys(seeds).length);

      // Sort by name first, so the switch to "Last opened" visibly reorders the list.
      await page.getByRole('radiogroup').getByText('Name', { exact: true }).click();
      await expect.poll(async () => (await shownNames(page))[0], WAIT).toBe('Billing ledger');
      await page.getByRole('radiogroup').getByText('Last opened', { exact: true }).click();

      await openProject(page, seeds.indexer.name);
      await backToLibrary(page);
      await expect.poll(async () => (await shownNames(page))[0], WAIT).toBe(seeds.indexer.name);
      await openProject(page, seeds.gateway.name);
      await backToLibrary(page);
      await expect.poll(async () => (await shownNames(page)).slice(0, 2), WAIT).toEqual([seeds.gateway.name, seeds.indexer.name]);
      expect(await projectRow(page, seeds.gateway.name).getByText('just now').count()).toBeGreaterThan(0);

      // The order comes from the stored open times, and survives a reload.
      const gateway = stored(seeds.gateway.id)!;
      const indexer = stored(seeds.indexer.id)!;
      expect(gateway.last_opened_at).not.toBeNull();
      expect(indexer.last_opened_at).not.toBeNull();
      expect(gateway.last_opened_at! > indexer.last_opened_at!).toBe(true);
      await page.reload();
      await expect.poll(async () => (await shownNames(page)).slice(0, 2), WAIT).toEqual([seeds.gateway.name, seeds.indexer.name]);
      await page.screenshot({ path: screenshotPath('library-actions-list') });
      expect(errors).toEqual([]);
    });
  });

  it('creates a blank project, which opens empty and is listed with no components', async () => {
    const { page, errors } = await newPage();
    await scenario(page, 'blank', async () => {
      const name = 'Greenfield sketch';
      await page.getByRole('button', { name: 'New project' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'New project' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      // Blank is the dialog's default template.
      expect(await dialog.getByTestId('template-select').inputValue()).toBe('Blank project');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect.poll(() => page.getByTestId('project-name').textContent(), WAIT).toBe(name);
      expect(await page.getByTestId('canvas-component').count()).toBe(0);
      await backToLibrary(page);
      await expect.poll(() => shownComponentCount(page, name), WAIT).toBe('0');
      const [created] = storedByName(name);
      expect(created?.component_count).toBe(0);
      expect(storedModel(created!.id).components).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('renames a project (the name survives a reload) and duplicates one into an independent copy', async () => {
    const { page, errors } = await newPage();
    await scenario(page, 'rename-duplicate', async () => {
      const newName = 'Inventory service, v2';
      await rowAction(page, seeds.renamed.name, 'Rename…');
      const dialog = page.getByRole('dialog', { name: 'Rename project' });
      await expect.poll(() => dialog.getByRole('textbox', { name: 'Name' }).inputValue(), WAIT).toBe(seeds.renamed.name);
      await dialog.getByRole('textbox', { name: 'Name' }).fill(newName);
      await dialog.getByRole('button', { name: 'Rename' }).click();
      await expect.poll(() => rowCount(page, newName), WAIT).toBe(1);
      expect(await rowCount(page, seeds.renamed.name)).toBe(0);
      await page.reload();
      await expect.poll(() => rowCount(page, newName), WAIT).toBe(1);
      expect(stored(seeds.renamed.id)?.name).toBe(newName);
      expect(storedModel(seeds.renamed.id).name).toBe(newName);

      // Duplicate: a second project with the same components under new ids.
      const original = seeds.duplicated;
      const copyName = `${original.name} (copy)`;
      await rowAction(page, original.name, 'Duplicate');
      await expect.poll(() => rowCount(page, copyName), WAIT).toBe(1);
      expect(await shownComponentCount(page, copyName)).toBe(String(original.components.length));
      const copies = storedByName(copyName);
      expect(copies).toHaveLength(1);
      const copyId = copies[0]!.id;
      expect(copyId).not.toBe(original.id);
      const copyModel = storedModel(copyId);
      expect(componentNames(copyModel)).toEqual(componentNames(original));
      expect(copyModel.connections).toHaveLength(original.connections.length);
      const originalIds = new Set(original.components.map((c) => c.id));
      expect(copyModel.components.some((c) => originalIds.has(c.id))).toBe(false);

      // Editing the copy leaves the original as it was.
      await openProject(page, copyName);
      await addComponent(page, 'only-in-the-copy');
      await backToLibrary(page);
      await expect.poll(() => shownComponentCount(page, copyName), WAIT).toBe(String(original.components.length + 1));
      expect(await shownComponentCount(page, original.name)).toBe(String(original.components.length));
      expect(componentNames(storedModel(copyId))).toContain('only-in-the-copy');
      expect(storedModel(original.id)).toEqual(original);
      expect(stored(original.id)?.component_count).toBe(original.components.length);
      expect(errors).toEqual([]);
    });
  });

  it('deletes a project after confirmation, and its undo brings the project back with its content and every revision', async () => {
    const { page, errors } = await newPage();
    await scenario(page, 'delete-undo', async () => {
      const project = seeds.deleted;
      // A second revision, so the undo has a history to bring back.
      await hostCall('projects:save', { project, summary: 'Second revision' });
      const before = storedModel(project.id);
      const history = storedRevisions(project.id);
      expect(history).toHaveLength(2);

      // Cancel keeps it.
      await rowAction(page, project.name, 'Delete…');
      const confirm = page.getByRole('dialog', { name: 'Delete project?' });
      await expect.poll(() => confirm.getByText(`“${project.name}”`, { exact: false }).count(), WAIT).toBe(1);
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await confirm.waitFor({ state: 'hidden', ...WAIT });
      expect(await rowCount(page, project.name)).toBe(1);
      expect(stored(project.id)).toBeDefined();

      await rowAction(page, project.name, 'Delete…');
      await confirm.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => rowCount(page, project.name), WAIT).toBe(0);
      expect(stored(project.id)).toBeUndefined();

      const notice = page.getByRole('alert').filter({ hasText: `${project.name} was deleted.` });
      await notice.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => rowCount(page, project.name), WAIT).toBe(1);
      expect(await shownComponentCount(page, project.name)).toBe(String(project.components.length));
      expect(stored(project.id)?.name).toBe(project.name);
      expect(storedModel(project.id)).toEqual(before);
      // Every revision is back, not only the last state.
      expect(storedRevisions(project.id)).toEqual(history);
      expect(await projectRow(page, project.name).getByText(project.description!, { exact: true }).count()).toBe(1);
      // On screen too: it opens with its components.
      await openProject(page, project.name);
      for (const component of project.components) await expect.poll(() => canvasComponent(page, component.name).count(), WAIT).toBe(1);
      expect(errors).toEqual([]);
    });
  });

  it('imports project files through the import control and by a drop on the window; a corrupt file or one not in UTF-8 changes nothing', async () => {
    const { page, errors } = await newPage();
    await scenario(page, 'import', async () => {
      const picked = seedProject({ name: 'Picked from disk', components: ['picked-api', 'picked-cache', 'picked-db'] });
      await page.locator('#library-import').setInputFiles(projectFile('picked-from-disk.tenfold.json', serializeProject(picked)));
      await expect.poll(() => rowCount(page, picked.name), WAIT).toBe(1);
      await expect
        .poll(
          () =>
            page
              .getByRole('alert')
              .filter({ hasText: `${picked.name} was added to the library.` })
              .count(),
          WAIT,
        )
        .toBe(1);
      expect(await shownComponentCount(page, picked.name)).toBe('3');
      expect(storedModel(picked.id)).toEqual(picked);

      // The same project again (edited): the library asks, and imports a copy or replaces it.
      const fileName = 'picked-from-disk.tenfold.json';
      const edited = asFileReadsBack({ ...picked, components: [...picked.components, { id: randomUUID(), name: 'picked-worker', kind: 'worker' }] });
      const conflict = page.getByRole('dialog', { name: 'This project is already in the library' });
      await page.locator('#library-import').setInputFiles(projectFile(fileName, serializeProject(edited)));
      await conflict.getByRole('button', { name: 'Import a copy' }).click();
      // The copy is told apart by its name, as Duplicate names one.
      await expect.poll(() => rowCount(page, `${picked.name} (copy)`), WAIT).toBe(1);
      const copy = storedByName(`${picked.name} (copy)`)[0]!;
      expect(componentNames(storedModel(copy.id))).toEqual(componentNames(edited));
      expect(storedModel(picked.id)).toEqual(picked);
      await page.locator('#library-import').setInputFiles(projectFile(fileName, serializeProject(edited)));
      await conflict.getByRole('button', { name: 'Replace' }).click();
      await expect.poll(() => storedRevisions(picked.id).length, WAIT).toBe(2);
      expect(storedModel(picked.id)).toEqual(edited);
      // The replaced state stays in the history.
      expect(storedRevisions(picked.id).map((r) => r.summary)).toEqual([`Replaced by the import of ${fileName}`, `Imported from ${fileName}`]);
      await expect
        .poll(async () => [await shownComponentCount(page, picked.name), await shownComponentCount(page, `${picked.name} (copy)`)].join(), WAIT)
        .toBe('4,4');

      // A real drop: dragenter shows the overlay, drop hands the page's DataTransfer files over.
      const dropped = seedProject({ name: 'Dropped on the window', components: ['dropped-api', 'dropped-db'] });
      const transfer = await page.evaluateHandle(
        ({ name, text }) => {
          // This runs in the page; the Node-side type-check has no DOM types, hence the narrow cast.
          const page = globalThis as unknown as {
            DataTransfer: new () => { items: { add(file: unknown): unknown } };
            File: new (parts: string[], name: string, options: { type: string }) => unknown;
          };
          const data = new page.DataTransfer();
          data.items.add(new page.File([text], name, { type: 'application/json' }));
          return data;
        },
        { name: 'dropped.tenfold.json', text: serializeProject(dropped) },
      );
      const body = page.locator('body');
      await body.dispatchEvent('dragenter', { dataTransfer: transfer });
      await expect
        .poll(() => page.getByText('Drop a .tenfold.json file, or docker-compose files, Kubernetes manifests or a folder of them, to import').count(), WAIT)
        .toBe(1);
      await body.dispatchEvent('dragover', { dataTransfer: transfer });
      await body.dispatchEvent('drop', { dataTransfer: transfer });
      await expect.poll(() => rowCount(page, dropped.name), WAIT).toBe(1);
      expect(await page.getByText('Drop a .tenfold.json file, or docker-compose files, Kubernetes manifests or a folder of them, to import').count()).toBe(0);
      expect(storedModel(dropped.id)).toEqual(dropped);

      // A corrupt file: the notification names the file and the problem; nothing is stored.
      const totals = libraryTotals();
      const rows = await page.getByTestId('project-row').count();
      await page
        .locator('#library-import')
        .setInputFiles(projectFile('broken-export.tenfold.json', '{ "schemaVersion": 2, "name": "Broken", "components": [\n'));
      const refusal = page.getByRole('alert').filter({ hasText: 'Could not import the file' });
      await expect.poll(() => refusal.count(), WAIT).toBe(1);
      expect(await refusal.textContent()).toContain('broken-export.tenfold.json is not a valid Tenfold project');
      expect(libraryTotals()).toEqual(totals);
      expect(await page.getByTestId('project-row').count()).toBe(rows);

      // A UTF-16 file (as some Windows editors save): refused with the message the CLI and the host give, before any call.
      const utf16 = {
        name: 'saved-as-utf16.tenfold.json',
        mimeType: 'application/json',
        buffer: Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(serializeProject(seedProject({ name: 'Saved as UTF-16', components: ['utf16-api'] })), 'utf16le'),
        ]),
      };
      await page.locator('#library-import').setInputFiles(utf16);
      const notUtf8 = page.getByRole('alert').filter({ hasText: notUtf8Message(utf16.name) });
      await expect.poll(() => notUtf8.count(), WAIT).toBe(1);
      expect(libraryTotals()).toEqual(totals);
      // The refused call is the one expected error: the host answers it with an error status.
      expect(errors.filter((error) => !/^HTTP 4\d\d POST http:\/\/127\.0\.0\.1:\d+\/api\/projects:import$/.test(error))).toEqual([]);
      expect(errors).toHaveLength(1);
    });
  });

  it('exports a project as a .tenfold.json download that validates and equals the stored project', async () => {
    const { page, errors } = await newPage();
    await scenario(page, 'export', async () => {
      const project = seeds.exported;
      const downloading = page.waitForEvent('download', WAIT);
      await page.getByRole('button', { name: `Export ${project.name}`, exact: true }).click();
      const download = await downloading;
      const fileName = download.suggestedFilename();
      expect(fileName).toMatch(/\.tenfold\.json$/);
      const text = await readFile(await download.path(), 'utf8');
      const parsed = parseProjectFile(text, fileName);
      const current = storedModel(project.id);
      expect(parsed).toEqual(current);
      expect(parsed).toEqual(project);
      // Byte for byte the deterministic project-file text.
      expect(text).toBe(serializeProject(current));
      expect(errors).toEqual([]);
    });
  });

  it("imports and opens a project file dropped on the editor's window, keeping the edit left unsaved in the project it leaves", async () => {
    const { page, errors } = await newPage();
    await scenario(page, 'editor-drop', async () => {
      const [indexer] = storedByName(seeds.indexer.name);
      await openProject(page, seeds.indexer.name);
      await page.getByTestId('palette-service').click();
      const dropped = seedProject({ name: 'Dropped on the editor', components: ['edge-api', 'edge-db'] });
      const transfer = await page.evaluateHandle(
        ({ name, text }) => {
          // Runs in the page; the Node-side type-check has no DOM types, hence the narrow cast.
          const page = globalThis as unknown as {
            DataTransfer: new () => { items: { add(file: unknown): unknown } };
            File: new (parts: string[], name: string, options: { type: string }) => unknown;
          };
          const data = new page.DataTransfer();
          data.items.add(new page.File([text], name, { type: 'application/json' }));
          return data;
        },
        { name: 'dropped-on-editor.tenfold.json', text: serializeProject(dropped) },
      );
      const body = page.locator('body');
      await body.dispatchEvent('dragenter', { dataTransfer: transfer });
      await expect.poll(() => page.getByText('Drop a .tenfold.json file to import and open it').count(), WAIT).toBe(1);
      await page.screenshot({ path: screenshotPath('editor-drop-overlay') });
      await body.dispatchEvent('dragover', { dataTransfer: transfer });
      await body.dispatchEvent('drop', { dataTransfer: transfer });
      // Imported, then opened in place of the project being edited.
      await expect.poll(() => page.getByTestId('project-name').textContent(), WAIT).toBe(dropped.name);
      await expect.poll(() => canvasComponent(page, 'edge-api').count(), WAIT).toBe(1);
      expect(await page.getByText('Drop a .tenfold.json file to import and open it').count()).toBe(0);
      expect(storedModel(dropped.id)).toEqual(dropped);
      await expect.poll(() => storedModel(indexer!.id).components.length, WAIT).toBe(seeds.indexer.components.length + 1);

      // The same file again, onto its own project with an unsaved edit: the edit is saved first,
      // then the file replaces the project (asked), and the editor shows the file's state.
      await page.getByTestId('palette-service').click();
      expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('unsaved');
      await body.dispatchEvent('dragenter', { dataTransfer: transfer });
      await body.dispatchEvent('dragover', { dataTransfer: transfer });
      await body.dispatchEvent('drop', { dataTransfer: transfer });
      const question = page.getByRole('dialog', { name: 'This project is already in the library' });
      await question.getByRole('button', { name: 'Replace' }).click();
      await expect.poll(() => storedRevisions(dropped.id).length, WAIT).toBe(3);
      const [replaced, edited] = storedRevisions(dropped.id);
      expect(edited!.model.components).toHaveLength(dropped.components.length + 1);
      expect(replaced!.model).toEqual(dropped);
      await expect.poll(() => page.getByTestId('canvas-component').count(), WAIT).toBe(dropped.components.length);
      expect(errors).toEqual([]);
    });
  });

  it('follows an address changed in the same tab: opens that project, keeps the edit left unsaved, and shows the library for an empty address', async () => {
    const { page, errors } = await newPage();
    await scenario(page, 'address', async () => {
      const [ledger] = storedByName(seeds.ledger.name);
      const [gateway] = storedByName(seeds.gateway.name);
      await openProject(page, seeds.ledger.name);
      // An edit still waiting for autosave's debounce when the address changes.
      await page.getByTestId('palette-service').click();
      expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('unsaved');
      await page.evaluate(`location.hash = '#/project/${gateway!.id}'`);
      await expect.poll(() => page.getByTestId('project-name').textContent(), WAIT).toBe(seeds.gateway.name);
      await expect.poll(() => canvasComponent(page, 'payments-api').count(), WAIT).toBe(1);
      await expect.poll(() => storedModel(ledger!.id).components.length, WAIT).toBe(seeds.ledger.components.length + 1);

      await page.evaluate(`location.hash = ''`);
      await page.getByTestId('project-table').waitFor(WAIT);
      expect(await shownComponentCount(page, seeds.ledger.name)).toBe(String(seeds.ledger.components.length + 1));
      expect(errors).toEqual([]);
    });
  });

  it('restores an earlier revision from the history and keeps every revision', async () => {
    const { page, errors } = await newPage();
    await scenario(page, 'history', async () => {
      const project = seeds.history;
      const saves: { project?: unknown; changes?: unknown; since?: unknown }[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/projects:save')) saves.push(request.postDataJSON() as (typeof saves)[number]);
      });
      await openProject(page, project.name);
      await addComponent(page, 'first-edit');
      await addComponent(page, 'second-edit');
      await backToLibrary(page);
      // Autosave sends its changes to the revision it saved last, never the whole project.
      expect(saves.length).toBeGreaterThan(1);
      for (const save of saves) {
        expect(save.project).toBeUndefined();
        expect(typeof save.since).toBe('number');
      }

      const revisions = storedRevisions(project.id);
      // The state after the first edit (autosave may also have kept the second component before
      // it was named: that revision has the first edit but is not the state to go back to).
      const afterFirstEdit = [...project.components.map((c) => c.name), 'first-edit'].sort();
      const earlier = revisions.find((r) => JSON.stringify(componentNames(r.model)) === JSON.stringify(afterFirstEdit));
      expect(earlier, `a revision between the edits among: ${revisions.map((r) => r.summary).join(', ')}`).toBeDefined();
      expect(componentNames(revisions[0]!.model)).toContain('second-edit');

      await rowAction(page, project.name, `History (${revisions.length})…`);
      const drawer = page.getByRole('dialog', { name: `History of ${project.name}` });
      await expect.poll(() => drawer.getByTestId('revision').count(), WAIT).toBe(revisions.length);
      const shownIds = await drawer.getByTestId('revision').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-revision-id'))));
      expect(shownIds).toEqual(revisions.map((r) => r.id));
      await page.screenshot({ path: screenshotPath('library-history-drawer') });

      await drawer
        .locator(`[data-revision-id="${earlier!.id}"]`)
        .getByRole('button', { name: /^Restore/ })
        .click();
      // The editor opens on the restored state.
      await expect.poll(() => page.getByTestId('project-name').textContent(), WAIT).toBe(project.name);
      await expect.poll(() => canvasComponent(page, 'first-edit').count(), WAIT).toBe(1);
      await expect.poll(() => canvasComponent(page, 'second-edit').count(), WAIT).toBe(0);
      expect(await canvasComponent(page, 'orders-api').count()).toBe(1);

      // Restoring added a revision; none was lost.
      const after = storedRevisions(project.id);
      expect(after).toHaveLength(revisions.length + 1);
      expect(after.slice(1).map((r) => r.id)).toEqual(revisions.map((r) => r.id));
      expect(after[0]!.summary).toBe(`Restored revision ${earlier!.id}`);
      expect(after[0]!.model).toEqual(earlier!.model);
      expect(storedModel(project.id)).toEqual(earlier!.model);

      await backToLibrary(page);
      await rowAction(page, project.name, `History (${revisions.length + 1})…`);
      await expect.poll(() => drawer.getByTestId('revision').count(), WAIT).toBe(revisions.length + 1);
      expect(await shownComponentCount(page, project.name)).toBe(String(project.components.length + 1));
      expect(errors).toEqual([]);
    });
  });
});
