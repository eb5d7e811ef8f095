import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type TenfoldApi } from '../../shared/ipc/api';
import { channels } from '../../shared/ipc/contract';
import { keepAsNewRevision, saveEdits } from '../../shared/ipc/revisionSave';
import type { Project } from '../../shared/model/project';
import { openLibrary, type Library } from '../store/library';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';

let dir: string;
let libraries: Library[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenfold-revision-save-'));
  libraries = [];
});
afterEach(() => {
  for (const library of libraries) library.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The API as a renderer sees it, over the real handlers of a host with its own connection to the library. */
function host(): TenfoldApi {
  const library = openLibrary(join(dir, 'data'));
  libraries.push(library);
  const handlers = createHandlers({ library, templatesDir: join(dir, 'no-templates') });
  return createApi(channels, (channel, input) => dispatch(handlers, channel, input));
}

async function value<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

const withDescription = (project: Project, description: string): Project => ({ ...project, description });

describe('an editor saving while another process changes the same project', () => {
  it('is refused instead of overwriting the rename, and keeps its edits as a new revision on request', async () => {
    const desktop = host();
    const server = host();
    const opened = await value(desktop['projects:create']({ name: 'Shop' }));
    // The editor's first autosave goes through.
    const first = await saveEdits(desktop, withDescription(opened.project, 'one'), opened.project, opened.revisionId);
    expect(first.status).toBe('saved');
    // The browser renames the project from its library list.
    await value(server['projects:rename']({ id: opened.project.id, name: 'Checkout' }));
    // The editor's next autosave is based on its own last revision: refused, nothing written.
    const edited = withDescription(opened.project, 'two');
    const refused = await saveEdits(desktop, edited, withDescription(opened.project, 'one'), first.status === 'saved' ? first.revisionId : opened.revisionId);
    expect(refused).toMatchObject({ status: 'conflict', message: expect.stringContaining('Renamed to "Checkout"') });
    expect((await value(server['projects:open']({ id: opened.project.id }))).project).toMatchObject({ name: 'Checkout', description: 'one' });
    // "Keep mine": the editor's project on top of the rename, which stays in the history.
    expect((await keepAsNewRevision(desktop, edited)).status).toBe('saved');
    const revisions = await value(server['projects:revisions']({ id: opened.project.id }));
    expect(revisions.map((r) => r.summary)).toEqual([`Kept this version over revision ${revisions[1]!.id}`, 'Renamed to "Checkout"', 'Saved', 'Created']);
    expect((await value(server['projects:open']({ id: opened.project.id }))).project).toMatchObject({ name: 'Shop', description: 'two' });
  });

  it('refuses a whole-project save based on a stale revision (the fallback when changes cannot apply)', async () => {
    const desktop = host();
    const server = host();
    const opened = await value(desktop['projects:create']({ name: 'Shop' }));
    await value(
      server['review:decide']({
        projectId: opened.project.id,
        decision: { id: '20000000-0000-4000-8000-000000000001', title: 'Use a queue', context: '', decision: '', date: '2026-04-01' },
      }),
    );
    const result = await desktop['projects:save']({ project: withDescription(opened.project, 'stale'), basedOn: opened.revisionId });
    expect(result).toMatchObject({ ok: false, error: { code: 'REVISION_CONFLICT' } });
    expect((await value(server['projects:open']({ id: opened.project.id }))).project.review.decisions).toHaveLength(1);
  });
});
