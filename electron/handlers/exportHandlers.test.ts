import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../store/library';
import { createHandlers } from './handlers';
import { dispatch } from './dispatch';
import { serializeProject } from '../../shared/model/projectFile';
import { teastoreLikeProject } from '../exporters/testing/teastoreModel';
import { parseMermaid } from '../exporters/testing/parseMermaid';

let folder: string;
let library: Library;
let handlers: ReturnType<typeof createHandlers>;
const fixedNow = () => new Date('2026-11-23T10:00:00Z');

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tenfold-export-handlers-'));
  library = openLibrary(join(folder, 'library'));
  handlers = createHandlers({ library, templatesDir: resolve(import.meta.dirname, '../../templates'), now: fixedNow });
});
afterEach(() => {
  library.close();
  rmSync(folder, { recursive: true, force: true });
});

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

describe('project file sharing through the real handlers and a SQLite library', () => {
  it('export → import → export gives identical bytes', async () => {
    const { project } = teastoreLikeProject();
    const original = serializeProject(project);
    const imported = await call<{ status: string; project: { id: string } }>('projects:import', { fileName: 'shop.tenfold.json', content: original });
    expect(imported.status).toBe('imported');
    const exported = await call<{ fileName: string; content: string }>('projects:export', { id: imported.project.id });
    expect(exported.content).toBe(original);
    // A second trip through a fresh library changes nothing either.
    library.close();
    library = openLibrary(join(folder, 'second'));
    handlers = createHandlers({ library, templatesDir: resolve(import.meta.dirname, '../../templates'), now: fixedNow });
    await call('projects:import', { fileName: exported.fileName, content: exported.content });
    expect((await call<{ content: string }>('projects:export', { id: imported.project.id })).content).toBe(original);
  });
});

describe('export channels', () => {
  const { project } = teastoreLikeProject();

  it('export:mermaid returns parseable text, highlighted and wrapped on request', async () => {
    const { text } = await call<{ text: string }>('export:mermaid', { project, markdown: true, highlightFindings: true });
    expect(text.startsWith('```mermaid\n')).toBe(true);
    expect(text).toContain('class ');
    await expect(parseMermaid(text.replace(/^```mermaid\n|```\n$/g, ''))).resolves.toBeTruthy();
  });

  it('export:runbook and export:report name their files and use the clock for the date', async () => {
    const runbook = await call<{ fileName: string; content: string }>('export:runbook', { project });
    expect(runbook.fileName).toBe('teastore-like-shop-runbook.md');
    expect(runbook.content).toContain('### db');
    const report = await call<{ fileName: string; content: string }>('export:report', { project });
    expect(report.fileName).toBe('teastore-like-shop-review.html');
    expect(report.content).toContain('<time datetime="2026-11-23">');
    const dated = await call<{ content: string }>('export:report', { project, date: '2027-01-02' });
    expect(dated.content).toContain('<time datetime="2027-01-02">');
  });

  it('export:report refuses a malformed date through the contract', async () => {
    const result = await dispatch(handlers, 'export:report', { project, date: '23/11/2026' });
    expect(result.ok).toBe(false);
  });
});

describe('import:preview and import:create', () => {
  const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../test/fixtures/compose', name), 'utf8');

  it('previews a project from several files without writing, then creates it as confirmed', async () => {
    const files = [
      { path: 'shop/docker-compose.yml', content: fixture('shop-v3.yml') },
      { path: 'shop/docker-compose.override.yml', content: 'services:\n  catalog:\n    deploy:\n      replicas: 4\n' },
    ];
    const preview = await call<{
      project: { id: string; name: string; components: { name: string; deployment?: { instances?: number } }[] };
      report: { evidence: { text: string }[]; sources: string[] };
    }>('import:preview', { files });
    expect(preview.project.name).toBe('shop');
    expect(preview.project.components.find((c) => c.name === 'catalog')?.deployment?.instances).toBe(4);
    expect(preview.report.sources).toHaveLength(2);
    expect(library.list()).toEqual([]);
    const created = await call<{ id: string; componentCount: number }>('import:create', { project: preview.project, source: 'shop' });
    expect(created.componentCount).toBe(14);
    expect(library.list().map((p) => p.id)).toEqual([preview.project.id]);
    expect(library.open(created.id).revisionId).toBeGreaterThan(0);
  });

  it('refuses malformed YAML with file, line and column and changes nothing', async () => {
    const result = await dispatch(handlers, 'import:preview', { files: [{ path: 'bad.yml', content: fixture('malformed.yml'), named: true }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.problems?.[0]).toMatchObject({ path: 'bad.yml', line: 4, column: 12 });
    expect(library.list()).toEqual([]);
  });
});
