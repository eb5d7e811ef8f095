import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/ipc/result';
import { projectChanges } from '../../shared/ipc/projectChanges';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { Project } from '../../shared/model/project';
import { parseProjectFile, serializeProject } from '../../shared/model/projectFile';
import { sampleProjectInput } from '../../shared/model/testing/sampleProject';
import { openLibrary, type Library } from '../store/library';
import { dispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';

let dir: string;
let library: Library;
let handlers: Handlers;
const sample = () => Project.parse(sampleProjectInput());

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenfold-handlers-'));
  const templatesDir = join(dir, 'templates');
  mkdirSync(templatesDir);
  writeFileSync(join(templatesDir, 'starter-shop.tenfold.json'), serializeProject(sample()));
  library = openLibrary(join(dir, 'data'));
  handlers = createHandlers({ library, templatesDir, now: () => new Date('2026-04-01T09:30:00.000Z') });
});

afterEach(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Calls a channel through the real boundary and returns its value, failing on an error envelope. */
async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

/** Calls a channel that must fail and returns its error. */
async function failure(channel: string, input: unknown) {
  const result: Result<unknown> = await dispatch(handlers, channel, input);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

describe('project channels', () => {
  it('creates a blank project, lists it and puts it in the recent list', async () => {
    const opened = await call('projects:create', { name: 'Payments' });
    expect(opened.project).toMatchObject({ name: 'Payments', components: [], connections: [] });
    expect((await call('projects:list', {})).map((p) => p.name)).toEqual(['Payments']);
    expect((await call('recent:list', {})).map((p) => p.id)).toEqual([opened.project.id]);
  });

  it('creates a project from a template with fresh ids', async () => {
    expect(await call('templates:list', {})).toEqual([
      { id: 'starter-shop', name: 'Sample shop', description: 'A web tier and a database.', componentCount: 3 },
    ]);
    const { project } = await call('projects:create', { name: 'My shop', templateId: 'starter-shop' });
    const template = sample();
    expect(project.name).toBe('My shop');
    expect(project.components).toHaveLength(3);
    expect(project.id).not.toBe(template.id);
    const templateIds = new Set(template.components.map((c) => c.id as string));
    expect(project.components.some((c) => templateIds.has(c.id))).toBe(false);
    const ids = new Set(project.components.map((c) => c.id as string));
    expect(project.connections.every((c) => ids.has(c.from) && ids.has(c.to))).toBe(true);
    expect((await call('projects:revisions', { id: project.id }))[0]!.summary).toBe('Created from the template "Sample shop"');
  });

  it('refuses unknown templates, including ids that try to leave the folder', async () => {
    expect((await failure('projects:create', { name: 'x', templateId: 'nope' })).code).toBe('NOT_FOUND');
    expect((await failure('projects:create', { name: 'x', templateId: '../data/library' })).code).toBe('NOT_FOUND');
    expect(await call('projects:list', {})).toEqual([]);
  });

  it('saves, lists revisions and restores one', async () => {
    const { project } = await call('projects:create', { name: 'Shop', templateId: 'starter-shop' });
    const saved = await call('projects:save', { project: { ...project, description: 'second' }, summary: 'Edited the description' });
    const revisions = await call('projects:revisions', { id: project.id });
    expect(revisions.map((r) => r.summary)).toEqual(['Edited the description', 'Created from the template "Sample shop"']);
    expect(revisions[0]!.id).toBe(saved.revisionId);
    const restored = await call('projects:restore', { id: project.id, revisionId: revisions[1]!.id });
    expect(restored.project.description).toBe('A web tier and a database.');
    expect((await call('projects:open', { id: project.id })).project.description).toBe('A web tier and a database.');
  });

  it('reads a stored revision as it was, and compares two versions as tenfold diff does', async () => {
    const { project, revisionId } = await call('projects:create', { name: 'Shop', templateId: 'starter-shop' });
    const [first, ...rest] = project.components;
    const edited: Project = {
      ...project,
      components: [{ ...first!, name: `${first!.name}-renamed`, deployment: { ...first!.deployment, instances: 4 } }, ...rest],
    };
    await call('projects:save', { project: edited, summary: 'Renamed' });
    const older = await call('projects:revision', { id: project.id, revisionId });
    expect(older.project).toEqual(project);
    // reading it changed nothing: the project is still the edited one
    expect((await call('projects:open', { id: project.id })).project).toEqual(edited);
    const comparison = await call('projects:compare', { before: older.project, after: edited });
    expect(comparison.architecture.components.changed).toEqual([
      expect.objectContaining({
        id: first!.id,
        name: `${first!.name}-renamed`,
        renamedFrom: first!.name,
        changes: [expect.objectContaining({ path: 'deployment.instances', after: 4 })],
      }),
    ]);
    expect(comparison.analysis.growth.before.growthFactor).toBe(10);
    expect((await failure('projects:revision', { id: project.id, revisionId: revisionId + 1000 })).code).toBe('NOT_FOUND');
  });

  it('saves a revision from changes to an earlier revision, as autosave sends them', async () => {
    const opened = await call('projects:create', { name: 'Shop', templateId: 'starter-shop' });
    const { project } = opened;
    const [first, ...rest] = project.components;
    const edited: Project = { ...project, components: [{ ...first!, deployment: { ...first!.deployment, instances: 3 } }, ...rest] };
    const changes = projectChanges(edited, project);
    // Only the edited component travels; the others are indices into the stored revision.
    expect(changes.components.filter((entry) => typeof entry !== 'number')).toHaveLength(1);
    const saved = await call('projects:save', { changes, since: opened.revisionId, summary: 'More instances' });
    expect((await call('projects:open', { id: project.id })).project).toEqual(edited);
    expect((await call('projects:revisions', { id: project.id }))[0]).toMatchObject({ id: saved.revisionId, summary: 'More instances' });
    // A revision the project does not have, changes that do not apply, or both forms at once.
    expect((await failure('projects:save', { changes, since: saved.revisionId + 1000 })).code).toBe('NOT_FOUND');
    expect((await failure('projects:save', { changes: { ...changes, components: [99, ...changes.components.slice(1)] }, since: opened.revisionId })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await failure('projects:save', { project: edited, changes, since: opened.revisionId })).code).toBe('INVALID_INPUT');
    expect((await failure('projects:save', { changes })).code).toBe('INVALID_INPUT');
  });

  it('renames, duplicates and deletes', async () => {
    const { project } = await call('projects:create', { name: 'Shop', templateId: 'starter-shop' });
    expect((await call('projects:rename', { id: project.id, name: 'Store' })).name).toBe('Store');
    const copy = await call('projects:duplicate', { id: project.id, name: 'Store B' });
    expect((await call('projects:list', {})).map((p) => p.name)).toEqual(['Store', 'Store B']);
    expect(await call('projects:delete', { id: project.id })).toEqual({ deleted: true });
    expect((await call('projects:list', {})).map((p) => p.id)).toEqual([copy.id]);
  });

  it('exports deterministic project-file text named after the project', async () => {
    const { project } = await call('projects:create', { name: 'Shop & Co', templateId: 'starter-shop' });
    const first = await call('projects:export', { id: project.id });
    expect(first.fileName).toBe('shop-co.tenfold.json');
    expect(serializeProject(parseProjectFile(first.content, first.fileName))).toBe(first.content);
    expect((await call('projects:export', { id: project.id })).content).toBe(first.content);
  });
});

describe('import', () => {
  it('imports a new file, reports a conflict for an existing id, then replaces keeping history', async () => {
    const text = serializeProject(sample());
    const first = await call('projects:import', { fileName: 'shop.tenfold.json', content: text, mode: 'new' });
    expect(first).toMatchObject({ status: 'imported', project: { name: 'Sample shop', componentCount: 3 } });

    const changed = serializeProject({ ...sample(), name: 'Shop v2' });
    const conflict = await call('projects:import', { fileName: 'shop.tenfold.json', content: changed });
    expect(conflict).toMatchObject({ status: 'conflict', existing: { name: 'Sample shop' } });
    expect((await call('projects:list', {})).map((p) => p.name)).toEqual(['Sample shop']);

    const replaced = await call('projects:import', { fileName: 'shop.tenfold.json', content: changed, mode: 'replace' });
    expect(replaced).toMatchObject({ status: 'imported', project: { name: 'Shop v2', revisionCount: 2 } });
    const revisions = await call('projects:revisions', { id: sample().id });
    expect(revisions.map((r) => r.summary)).toEqual(['Replaced by the import of shop.tenfold.json', 'Imported from shop.tenfold.json']);
    const old = await call('projects:restore', { id: sample().id, revisionId: revisions[1]!.id });
    expect(old.project.name).toBe('Sample shop');
  });

  it('imports a copy with fresh ids and every reference rewritten', async () => {
    const text = serializeProject(sample());
    await call('projects:import', { fileName: 'shop.tenfold.json', content: text });
    const copy = await call('projects:import', { fileName: 'shop.tenfold.json', content: text, mode: 'copy' });
    if (copy.status !== 'imported') throw new Error('expected an import');
    expect(copy.project.id).not.toBe(sample().id);
    const { project } = await call('projects:open', { id: copy.project.id });
    const original = sample();
    const oldIds = [...original.components, ...original.connections, ...original.zones, ...original.review.decisions].map((r) => r.id as string);
    const text2 = JSON.stringify(project);
    for (const id of oldIds) expect(text2).not.toContain(id);
    const ids = new Set(project.components.map((c) => c.id as string));
    expect(project.connections.every((c) => ids.has(c.from) && ids.has(c.to))).toBe(true);
    expect(Object.keys(project.layout.components).every((id) => ids.has(id))).toBe(true);
    expect(project.workload.entryPoints.every((e) => ids.has(e.componentId))).toBe(true);
    expect(await call('projects:list', {})).toHaveLength(2);
    // The copy is told apart from the original by its name, and a second copy by its number.
    expect(project.name).toBe(`${original.name} (copy)`);
    const again = await call('projects:import', { fileName: 'shop.tenfold.json', content: text, mode: 'copy' });
    expect(again.status === 'imported' && again.project.name).toBe(`${original.name} (copy 2)`);
  });
});

describe('check, rules and review channels', () => {
  it('runs the check on an unsaved project and lists rule docs', async () => {
    const result = await call('check:run', { project: sample(), growthFactor: 20 });
    expect(Array.isArray(result.findings)).toBe(true);
    expect(result.ruleCount).toBe((await call('rules:docs', {})).length);
  });

  it('records review status changes with history, as revisions', async () => {
    const { project } = await call('projects:create', { name: 'Shop', templateId: 'starter-shop' });
    const key = 'redundancy/single-point-of-failure|x';
    const accepted = await call('review:update', {
      projectId: project.id,
      key,
      status: 'accepted-risk',
      rationale: 'Failover is planned for Q3',
      owner: 'Ana',
      expiresOn: '2026-09-30',
    });
    expect(accepted).toEqual({
      key,
      status: 'accepted-risk',
      rationale: 'Failover is planned for Q3',
      owner: 'Ana',
      expiresOn: '2026-09-30',
      history: [{ at: '2026-04-01T09:30:00.000Z', status: 'accepted-risk', note: 'Failover is planned for Q3' }],
    });
    const fixed = await call('review:update', { projectId: project.id, key, status: 'fixed' });
    expect(fixed).toMatchObject({ status: 'fixed', owner: 'Ana' });
    expect(fixed.history.map((h) => h.status)).toEqual(['accepted-risk', 'fixed']);
    const stored = (await call('projects:open', { id: project.id })).project.review.findings.find((f) => f.key === key);
    expect(stored).toEqual(fixed);
    expect((await call('projects:revisions', { id: project.id }))[0]!.summary).toBe('Review: fixed for redundancy/single-point-of-failure');
  });

  it('records decisions and replaces one with the same id', async () => {
    const { project } = await call('projects:create', { name: 'Shop' });
    const decision = {
      id: '40000000-0000-4000-8000-000000000001',
      title: 'Move sessions to Redis',
      context: 'Sticky sessions',
      decision: 'Use Redis',
      date: '2026-04-01',
    };
    expect(await call('review:decide', { projectId: project.id, decision })).toEqual(decision);
    await call('review:decide', { projectId: project.id, decision: { ...decision, decision: 'Use signed cookies' } });
    const decisions = (await call('projects:open', { id: project.id })).project.review.decisions;
    expect(decisions).toEqual([{ ...decision, decision: 'Use signed cookies' }]);
  });

  it('refuses a decision the project file could not hold, and saves nothing', async () => {
    const opened = await call('projects:create', { name: 'Decided' });
    const decisions = Array.from({ length: 10_000 }, (_, i) => ({
      id: `40000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: `Decision ${i}`,
      context: '',
      decision: '',
      date: '2026-04-01',
    }));
    await call('projects:save', {
      project: { ...opened.project, review: { ...opened.project.review, decisions } },
      summary: 'Full',
      basedOn: opened.revisionId,
    });
    const before = await call('projects:revisions', { id: opened.project.id });
    const error = await failure('review:decide', {
      projectId: opened.project.id,
      decision: { id: '50000000-0000-4000-8000-000000000001', title: 'One more', context: '', decision: '', date: '2026-04-02' },
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/review\.decisions.*at most 10,000 decisions.*Nothing was saved/);
    expect(await call('projects:revisions', { id: opened.project.id })).toEqual(before);
    // Replacing one of the 10,000 still works: the limit is on the count, not on writing.
    await call('review:decide', { projectId: opened.project.id, decision: { ...decisions[0]!, decision: 'Changed' } });
  });

  it('gets and sets settings', async () => {
    expect(await call('settings:get', {})).toEqual({});
    expect(await call('settings:set', { key: 'theme', value: 'dark' })).toEqual({ theme: 'dark' });
  });
});

describe('the boundary', () => {
  it('refuses invalid payloads with INVALID_INPUT and located problems', async () => {
    const error = await failure('projects:open', { id: 'not-a-uuid' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.problems?.[0]?.path).toBe('id');
    const missing = await failure('projects:rename', { id: sample().id });
    expect(missing.problems?.map((p) => p.path)).toEqual(['name']);
    const extra = await failure('projects:list', { surprise: true });
    expect(extra.code).toBe('INVALID_INPUT');
  });

  it('refuses an unknown channel', async () => {
    expect(await failure('projects:explode', {})).toEqual({ code: 'UNKNOWN_CHANNEL', message: 'There is no channel "projects:explode".' });
  });

  it('answers NOT_FOUND for ids that are not in the library', async () => {
    const id = '10000000-0000-4000-8000-0000000000ff';
    for (const [channel, input] of [
      ['projects:open', { id }],
      ['projects:rename', { id, name: 'x' }],
      ['projects:duplicate', { id }],
      ['projects:delete', { id }],
      ['projects:undelete', { id }],
      ['projects:revisions', { id }],
      ['projects:restore', { id, revisionId: 1 }],
      ['projects:export', { id }],
      ['projects:save', { project: { ...sample(), id } }],
      ['review:update', { projectId: id, key: 'k', status: 'fixed' }],
    ] as const) {
      const error = await failure(channel, input);
      expect(error.code, channel).toBe('NOT_FOUND');
      expect(error.message, channel).toContain(id);
    }
  });
});
