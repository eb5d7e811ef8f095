import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectChanges } from '../../shared/ipc/projectChanges';
import type { OpenedProject } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';
import { projectAtRound } from '../store/testing/crashProject';
import { startHostChild, type HostChild } from './testing/hostChild';

/**
 * Two hosts (two processes, as the desktop app and `tenfold serve`) on one library, with writers
 * in both at once: no save fails for the lock, no server-side change is lost, and an editor's
 * save based on a revision another process replaced is refused rather than applied.
 */
let scratch: string;
const hosts: HostChild[] = [];

function startHostProcess(dataDir: string, staticDir: string): Promise<HostChild> {
  return startHostChild(dataDir, staticDir, join(scratch, 'templates'));
}

interface Answer {
  readonly status: number;
  readonly body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

async function call(host: HostChild, channel: string, input: unknown): Promise<Answer> {
  const res = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...host.headers },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tenfold-two-hosts-'));
  const staticDir = join(scratch, 'app');
  await mkdir(staticDir);
  await mkdir(join(scratch, 'templates'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Tenfold</title>');
  const dataDir = join(scratch, 'library');
  // The first creates the library; the second opens it as it is.
  hosts.push(await startHostProcess(dataDir, staticDir));
  hosts.push(await startHostProcess(dataDir, staticDir));
}, 60_000);

afterAll(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await rm(scratch, { recursive: true, force: true });
});

const decision = (n: number) => ({
  id: `40000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
  title: `Decision ${n}`,
  context: 'c',
  decision: 'd',
  date: '2026-04-01',
});

describe('two hosts on one library', () => {
  it('saves from both at once without a failure, and loses no server-side change', async () => {
    const [a, b] = hosts;
    const project = projectAtRound(0);
    expect((await call(a!, 'projects:import', { fileName: 'p.tenfold.json', content: JSON.stringify(project) })).status).toBe(200);
    const reviewed = (await call(b!, 'projects:create', { name: 'Reviewed' })).body.value as OpenedProject;
    // 300 components a save: each holds the write lock long enough for the other host to meet it.
    // Meanwhile both hosts record decisions on another project: each reads it, adds one and saves.
    const requests: Promise<Answer>[] = [];
    for (let i = 0; i < 60; i++) {
      const host = i % 2 === 0 ? a! : b!;
      requests.push(call(host, 'projects:save', { project: projectAtRound(i + 1), summary: `round ${i + 1}` }));
      requests.push(call(host, 'review:decide', { projectId: reviewed.project.id, decision: decision(i) }));
    }
    const answers = await Promise.all(requests);
    const failed = answers.filter((answer) => answer.status !== 200);
    expect(failed.map((answer) => answer.body.error)).toEqual([]);
    const rounds = (await call(a!, 'projects:revisions', { id: project.id })).body.value as { summary: string }[];
    expect(rounds.map((r) => r.summary).sort()).toEqual([...Array.from({ length: 60 }, (_, i) => `round ${i + 1}`), 'Imported from p.tenfold.json'].sort());
    // Every read-modify-write landed on what the other host had saved: all 60 decisions remain.
    const opened = (await call(b!, 'projects:open', { id: reviewed.project.id })).body.value as OpenedProject;
    expect(opened.project.review.decisions.map((d) => d.title).sort()).toEqual(Array.from({ length: 60 }, (_, i) => `Decision ${i}`).sort());
  }, 60_000);

  it("refuses an editor's save based on a revision the other host replaced, with 409 and nothing written", async () => {
    const [a, b] = hosts;
    const created = (await call(a!, 'projects:create', { name: 'Shared' })).body.value as OpenedProject;
    // An editor in the browser (host b) has the project open; the desktop app (host a) renames it.
    expect((await call(a!, 'projects:rename', { id: created.project.id, name: 'Renamed in the app' })).status).toBe(200);
    const edited: Project = { ...created.project, description: 'typed in the browser' };
    const stale = await call(b!, 'projects:save', { changes: projectChanges(edited, created.project), since: created.revisionId });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('REVISION_CONFLICT');
    const now = (await call(b!, 'projects:open', { id: created.project.id })).body.value as OpenedProject;
    expect(now.project).toMatchObject({ name: 'Renamed in the app' });
    expect(now.project.description).toBeUndefined();
  }, 30_000);

  it("keeps a project deleted in one host for the other's Undo, even after that host restarts", async () => {
    const [a, b] = hosts;
    const created = (await call(a!, 'projects:create', { name: 'Deleted then undone' })).body.value as OpenedProject;
    expect((await call(a!, 'projects:delete', { id: created.project.id })).status).toBe(200);
    // The other host restarts (opening the library again) before the user clicks Undo.
    const staticDir = join(scratch, 'app');
    await b!.stop();
    hosts[1] = await startHostProcess(join(scratch, 'library'), staticDir);
    const undone = await call(a!, 'projects:undelete', { id: created.project.id });
    expect(undone.status).toBe(200);
    expect((await call(hosts[1], 'projects:list', {})).body.value).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Deleted then undone' })]));
  }, 60_000);
});
