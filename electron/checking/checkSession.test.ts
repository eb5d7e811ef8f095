import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckReply } from '../../shared/ipc/checkReply';
import { CheckSession, type CheckChannels, type CheckRequest } from '../../shared/ipc/checkSession';
import type { ChannelInput, ChannelOutput, CheckResult } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { Project } from '../../shared/model/project';
import { runCheck } from '../engine/check';
import { randomModel } from '../engine/testing/randomModel';
import { openLibrary, type Library } from '../store/library';
import { dispatch, type Handlers } from '../handlers/dispatch';
import { createHandlers } from '../handlers/handlers';

/**
 * CheckSession against the real check:run boundary (dispatch, zod, engine, relative replies),
 * over JSON as the web host sends it. Each call waits for the test to let it answer, so the test
 * decides what happens while a check "runs".
 */
let dir: string;
let library: Library;
let handlers: Handlers;
/** Every input the session sent, whichever check channel it went to. */
let sent: Partial<ChannelInput<'check:run'> & ChannelInput<'check:changes'> & ChannelInput<'check:opened'>>[];
let answer: (() => void)[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenfold-check-session-'));
  mkdirSync(join(dir, 'templates'));
  library = openLibrary(join(dir, 'data'));
  handlers = createHandlers({ library, templatesDir: join(dir, 'templates') });
  sent = [];
  answer = [];
});

afterEach(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A check channel as the web host serves it: JSON in, dispatch, JSON out, answered when the test says. */
function overJson<C extends 'check:run' | 'check:changes' | 'check:opened'>(channel: C) {
  return async (input: ChannelInput<C>): Promise<Result<CheckReply>> => {
    sent.push(input);
    await new Promise<void>((open) => answer.push(open));
    const reply = await dispatch(handlers, channel, JSON.parse(JSON.stringify(input)));
    return JSON.parse(JSON.stringify(reply)) as Result<CheckReply>;
  };
}

const channelsOverJson: CheckChannels = { whole: overJson('check:run'), changes: overJson('check:changes'), opened: overJson('check:opened') };

function startSession(opened: (CheckRequest & { id: string }) | null = null): {
  session: CheckSession;
  heard: { request: CheckRequest; result: Result<CheckResult> }[];
} {
  const heard: { request: CheckRequest; result: Result<CheckResult> }[] = [];
  const session = new CheckSession(channelsOverJson, (request, result) => heard.push({ request, result }), opened);
  return { session, heard };
}

const withInstances = (project: Project, instances: number): Project => ({
  ...project,
  components: project.components.map((c, i) => (i === 0 ? { ...c, deployment: { ...c.deployment, instances } } : c)),
});
const comparable = (result: CheckResult): unknown => JSON.parse(JSON.stringify({ ...result, durationMs: 0 }));
const value = (result: Result<CheckResult>): CheckResult => {
  if (!result.ok) throw new Error(`the check failed: ${result.error.message}`);
  return result.value;
};
const project = randomModel(3, 50).build();

describe('CheckSession', () => {
  it('starts a check at once when none is running', () => {
    const { session } = startSession();
    session.request({ project, growthFactor: 10 });
    expect(sent).toHaveLength(1);
    expect(session.busy).toBe(true);
  });

  it('does not check the same project and growth factor twice in a row', async () => {
    const { session, heard } = startSession();
    session.request({ project, growthFactor: 10 });
    // The editor asks once when the edit is made and once after it rendered.
    session.request({ project, growthFactor: 10 });
    answer[0]!();
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    session.request({ project, growthFactor: 10 });
    expect(sent).toHaveLength(1);
    session.request({ project, growthFactor: 20 });
    expect(sent).toHaveLength(2);
  });

  it('coalesces edits made while a check runs into one check of the newest, and reports only that one', async () => {
    const { session, heard } = startSession();
    const first = { project: withInstances(project, 2), growthFactor: 10 };
    const newest = { project: withInstances(project, 4), growthFactor: 10 };
    session.request(first);
    session.request({ project: withInstances(project, 3), growthFactor: 10 });
    session.request(newest);
    expect(sent).toHaveLength(1);
    answer[0]!();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    // The newest edit, as changes to the project of the first check.
    expect(sent[1]!.changes!.components[0]).toBe(newest.project.components[0]);
    // The reply to the first edit arrived after newer edits: it must not be shown.
    expect(heard).toEqual([]);
    answer[1]!();
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]!.request).toBe(newest);
    expect(comparable(value(heard[0]!.result))).toEqual(comparable(runCheck(newest.project, { growthFactor: 10 })));
    expect(session.busy).toBe(false);
    expect(sent).toHaveLength(2);
  });

  it('asks for the next check relative to the last result and rebuilds the whole result, reusing unchanged findings', async () => {
    const { session, heard } = startSession();
    session.request({ project, growthFactor: 10 });
    answer[0]!();
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    const before = value(heard[0]!.result);
    const next = { project: withInstances(project, 7), growthFactor: 10 };
    session.request(next);
    // Only the edited component goes over the wire; the rest are indices into the earlier project.
    expect(sent[1]!.since).toEqual(expect.any(String));
    expect(sent[1]!.project).toBeUndefined();
    expect(sent[1]!.changes!.components.filter((entry) => typeof entry !== 'number')).toEqual([next.project.components[0]]);
    expect(JSON.stringify(sent[1]).length).toBeLessThan(JSON.stringify(project).length / 5);
    answer[1]!();
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    const after = value(heard[1]!.result);
    expect(comparable(after)).toEqual(comparable(runCheck(next.project, { growthFactor: 10 })));
    const unchanged = after.findings.filter((finding) => before.findings.includes(finding));
    expect(unchanged.length).toBeGreaterThan(0);
  });

  it('reports a failed check and keeps checking later edits', async () => {
    const { session, heard } = startSession();
    session.request({ project, growthFactor: 0 });
    answer[0]!();
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]!.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    session.request({ project, growthFactor: 2 });
    answer[1]!();
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(comparable(value(heard[1]!.result))).toEqual(comparable(runCheck(project, { growthFactor: 2 })));
  });

  it('stays quiet after dispose', async () => {
    const { session, heard } = startSession();
    session.request({ project, growthFactor: 10 });
    session.dispose();
    answer[0]!();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([]);
  });

  it('sends the whole project again when the host no longer holds the earlier one', async () => {
    const { session, heard } = startSession();
    session.request({ project, growthFactor: 10 });
    answer[0]!();
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    // Other windows check five times: the host forgets this session's check.
    const other = startSession();
    for (let i = 0; i < 5; i++) {
      other.session.request({ project, growthFactor: 1 + i });
      answer.at(-1)!();
      await vi.waitFor(() => expect(other.heard).toHaveLength(i + 1));
    }
    const next = { project: withInstances(project, 9), growthFactor: 10 };
    const before = sent.length;
    session.request(next);
    answer.at(-1)!();
    await vi.waitFor(() => expect(sent).toHaveLength(before + 2));
    expect(sent[before]!.changes).toBeDefined();
    expect(sent[before + 1]!.project).toBe(next.project);
    answer.at(-1)!();
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(comparable(value(heard[1]!.result))).toEqual(comparable(runCheck(next.project, { growthFactor: 10 })));
  });

  describe('on a project the host opened', () => {
    /** Opens `project` from the real library as an editor does: over JSON, with the host's checkId. */
    async function openedFromLibrary(): Promise<{ opened: CheckRequest & { id: string }; stored: Project }> {
      library.create(project, 'Created');
      const reply = JSON.parse(JSON.stringify(await dispatch(handlers, 'projects:open', { id: project.id }))) as Result<ChannelOutput<'projects:open'>>;
      if (!reply.ok) throw new Error(reply.error.message);
      const { checkId, project: stored } = reply.value;
      if (checkId === undefined) throw new Error('projects:open started no check');
      return { opened: { id: checkId, project: stored, growthFactor: stored.workload.growthFactor }, stored };
    }

    it('asks for the check the host started on opening instead of sending the project', async () => {
      const { opened, stored } = await openedFromLibrary();
      const { session, heard } = startSession(opened);
      session.request({ project: stored, growthFactor: stored.workload.growthFactor });
      expect(sent).toEqual([{ checkId: opened.id }]);
      answer[0]!();
      await vi.waitFor(() => expect(heard).toHaveLength(1));
      expect(comparable(value(heard[0]!.result))).toEqual(comparable(runCheck(stored)));
      // The next edit is relative to that check: the host holds its project.
      const next = { project: withInstances(stored, 5), growthFactor: stored.workload.growthFactor };
      session.request(next);
      expect(sent[1]!.since).toBe(opened.id);
      answer[1]!();
      await vi.waitFor(() => expect(heard).toHaveLength(2));
      expect(comparable(value(heard[1]!.result))).toEqual(comparable(runCheck(next.project)));
    });

    it('sends the whole project when the first request is not the opened project at its own growth factor', async () => {
      const { opened, stored } = await openedFromLibrary();
      const { session } = startSession(opened);
      session.request({ project: stored, growthFactor: stored.workload.growthFactor + 5 });
      expect(sent[0]!.checkId).toBeUndefined();
      expect(sent[0]!.project).toBe(stored);
    });

    it('sends the whole project when the host no longer holds the opened check', async () => {
      const { stored } = await openedFromLibrary();
      const { session, heard } = startSession({ id: 'forgotten', project: stored, growthFactor: stored.workload.growthFactor });
      session.request({ project: stored, growthFactor: stored.workload.growthFactor });
      answer[0]!();
      await vi.waitFor(() => expect(sent).toHaveLength(2));
      expect(sent[1]!.project).toBe(stored);
      answer[1]!();
      await vi.waitFor(() => expect(heard).toHaveLength(1));
      expect(comparable(value(heard[0]!.result))).toEqual(comparable(runCheck(stored)));
    });
  });
});
