import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Library } from '../store/library';
import { createHandlers } from '../handlers/handlers';
import { writeFileAtomic } from '../exporters/projectFile';
import { serializeProject } from '../../shared/model/projectFile';
import { renderExportText } from './exportText';
import { createDesktopHandlers, type DesktopDeps } from './desktopHandlers';
import type { ExportFormat } from '../../shared/ipc/desktop';

const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

/**
 * The desktop channels with a real library, real files and the real exporters; only the native
 * dialogs (the user's choice of a path) are answered by the test.
 */
describe('desktop file channels', () => {
  let dir: string;
  let library: Library;
  let chosen: string | null;
  let savePath: string | null;
  let deps: DesktopDeps;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenfold-desktop-'));
    library = openLibrary(join(dir, 'library'));
    const handlers = createHandlers({ library, templatesDir });
    chosen = null;
    savePath = null;
    deps = {
      handlers,
      chooseProjectFile: async () => chosen,
      chooseSavePath: async () => savePath,
      readText: async (path) => readFileSync(path, 'utf8'),
      writeAtomic: async (path, content) => writeFileAtomic(path, content),
      renderExport: async (projectId, format: ExportFormat) =>
        renderExportText(library.current(projectId).project, format as Exclude<ExportFormat, 'pdf'>, '2026-11-23'),
    };
  });
  afterEach(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the file the user chose, and answers a conflict without the renderer seeing the path', async () => {
    const created = await deps.handlers['projects:create']({ name: 'Shop', templateId: 'three-tier-web' });
    const file = join(dir, 'shop.tenfold.json');
    writeFileSync(file, serializeProject(created.project));
    chosen = file;
    const desktop = createDesktopHandlers(deps);

    const first = await desktop['desktop:openProjectFile']({ mode: 'new' });
    expect(first.result.status).toBe('conflict');
    expect(first.fileName).toBe('shop.tenfold.json');
    expect(JSON.stringify(first)).not.toContain(dir);

    chosen = null; // the second call must not open a dialog again
    const second = await desktop['desktop:openProjectFile']({ mode: 'copy', fileToken: first.fileToken });
    expect(second.result.status).toBe('imported');
    expect(library.list()).toHaveLength(2);
    await expect(desktop['desktop:openProjectFile']({ mode: 'copy', fileToken: first.fileToken })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports a cancelled dialog as CANCELLED and changes nothing', async () => {
    const desktop = createDesktopHandlers(deps);
    await expect(desktop['desktop:openProjectFile']({ mode: 'new' })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(library.list()).toHaveLength(0);
  });

  it('writes exports where the user chose, atomically', async () => {
    const created = await deps.handlers['projects:create']({ name: 'Shop', templateId: 'three-tier-web' });
    const desktop = createDesktopHandlers(deps);
    savePath = join(dir, 'out.tenfold.json');
    await desktop['desktop:exportFile']({ projectId: created.project.id, format: 'project' });
    expect(readFileSync(savePath, 'utf8')).toBe(serializeProject(library.current(created.project.id).project));
    savePath = join(dir, 'diagram.md');
    await desktop['desktop:exportFile']({ projectId: created.project.id, format: 'markdown' });
    expect(readFileSync(savePath, 'utf8')).toMatch(/^```mermaid\n/);
    savePath = null;
    await expect(desktop['desktop:exportFile']({ projectId: created.project.id, format: 'runbook' })).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
