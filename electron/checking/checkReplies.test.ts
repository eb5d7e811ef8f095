import { describe, expect, it, vi } from 'vitest';
import { decodeCheckReply, type CheckReply, type SentFinding } from '../../shared/ipc/checkReply';
import { contract, type CheckResult } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import { ProjectChanges, projectChanges } from '../../shared/ipc/projectChanges';
import type { ComponentId } from '../../shared/model/ids';
import type { Project } from '../../shared/model/project';
import { runCheck } from '../engine/check';
import { randomModel } from '../engine/testing/randomModel';
import { createCheckReplies, rehearsalInput } from './checkReplies';
import { applyProjectChanges } from '../../shared/ipc/projectChanges';
import { preparedJson } from './preparedJson';

/** What the web host does to a reply: JSON out and back in. */
const overJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** A result as the UI compares it: durationMs is the one figure that differs from run to run. */
const comparable = (result: CheckResult | null): unknown => overJson({ ...result, durationMs: 0 });

/** The same project with one more instance of every tenth component: some findings change, most do not. */
function edited(project: Project): Project {
  return {
    ...project,
    components: project.components.map((component, index) =>
      index % 10 === 0 ? { ...component, deployment: { ...component.deployment, instances: (component.deployment?.instances ?? 1) + 1 } } : component,
    ),
  };
}

const kept = (entries: readonly unknown[]): number => entries.filter((entry) => typeof entry === 'number').length;

describe('check replies', () => {
  it('decodes a whole reply to exactly what the engine found', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const project = randomModel(seed, 40).build();
      const reply = overJson(createCheckReplies().whole({ project }));
      expect(reply.base).toBeUndefined();
      expect(kept(reply.findings)).toBe(0);
      expect(comparable(decodeCheckReply(reply, null))).toEqual(comparable(runCheck(project)));
    }
  });

  it('sends a check relative to the result the caller holds, and decodes it to the full new result', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const checkReply = createCheckReplies();
      const project = randomModel(seed, 60).build();
      const first = overJson(checkReply.whole({ project, growthFactor: 10 }));
      const held = { id: first.id, result: decodeCheckReply(first, null)! };
      const next = edited(project);
      const reply: CheckReply = overJson(checkReply.whole({ project: next, growthFactor: 10, since: first.id }));
      expect(reply.base).toBe(first.id);
      expect(kept(reply.findings)).toBeGreaterThan(0);
      const result = decodeCheckReply(reply, held);
      expect(comparable(result)).toEqual(comparable(runCheck(next, { growthFactor: 10 })));
      // Unchanged entries are the held objects themselves, so the UI can skip them.
      reply.findings.forEach((entry, index) => {
        if (typeof entry === 'number') expect(result!.findings[index]).toBe(held.result.findings[entry]);
      });
    }
  });

  it('sends little when little changed', () => {
    const checkReply = createCheckReplies();
    const project = randomModel(7, 200).build();
    const first = checkReply.whole({ project });
    const same = checkReply.whole({ project, since: first.id });
    expect(kept(same.findings)).toBe(same.findings.length);
    expect(kept(same.analyses.growth.components)).toBe(project.components.length);
    expect(JSON.stringify(same).length).toBeLessThan(JSON.stringify(first).length / 5);
  });

  it('answers a base it does not have (unknown, or forgotten after four newer results) with a whole reply', () => {
    const checkReply = createCheckReplies();
    const project = randomModel(8, 30).build();
    expect(checkReply.whole({ project, since: 'not-a-result' }).base).toBeUndefined();
    const first = checkReply.whole({ project });
    for (let i = 0; i < 3; i++) checkReply.whole({ project });
    expect(checkReply.whole({ project, since: first.id }).base).toBe(first.id);
    for (let i = 0; i < 4; i++) checkReply.whole({ project });
    const late = checkReply.whole({ project, since: first.id });
    expect(late.base).toBeUndefined();
    expect(kept(late.findings)).toBe(0);
  });

  it('ids of another host never match', () => {
    const project = randomModel(9, 10).build();
    const first = createCheckReplies().whole({ project });
    expect(createCheckReplies().whole({ project, since: first.id }).base).toBeUndefined();
  });

  it('refuses to decode against another base, and rejects an index its base lacks', () => {
    const checkReply = createCheckReplies();
    const project = randomModel(10, 30).build();
    const first = checkReply.whole({ project });
    const held = { id: first.id, result: decodeCheckReply(first, null)! };
    const second = checkReply.whole({ project, since: first.id });
    expect(decodeCheckReply(second, null)).toBeNull();
    expect(decodeCheckReply(second, { ...held, id: 'another' })).toBeNull();
    expect(held.result.findings.length).toBeGreaterThan(0);
    const broken = { ...second, findings: [held.result.findings.length] };
    expect(() => decodeCheckReply(broken, held)).toThrow(/does not have/);
  });
});

describe('check requests with changes to an earlier project', () => {
  /** What dispatch does with the changes before the handler sees them: validate with zod. */
  const validated = (changes: unknown): ProjectChanges => ProjectChanges.parse(overJson(changes));

  it('checks the project the changes stand for, sending only what changed', () => {
    for (const seed of [1, 2, 3]) {
      const checkReply = createCheckReplies();
      const project = randomModel(seed, 60).build();
      const first = checkReply.whole({ project, growthFactor: 10 });
      const next = edited(project);
      const changes = projectChanges(next, project);
      expect(kept(changes.components)).toBe(project.components.length - Math.ceil(project.components.length / 10));
      expect(kept(changes.connections)).toBe(project.connections.length);
      expect(changes.workload).toBeUndefined();
      const reply = checkReply.changes({ changes: validated(changes), growthFactor: 10, since: first.id });
      const held = { id: first.id, result: decodeCheckReply(first, null)! };
      expect(comparable(decodeCheckReply(reply, held))).toEqual(comparable(runCheck(next, { growthFactor: 10 })));
    }
  });

  it('sends a changed top-level field whole, and a removed component by leaving it out', () => {
    const checkReply = createCheckReplies();
    const project = randomModel(4, 40).build();
    const first = checkReply.whole({ project });
    const removed = project.components[5]!.id;
    const next = {
      ...project,
      workload: { ...project.workload, growthFactor: 3 },
      components: project.components.filter((c) => c.id !== removed),
      connections: project.connections.filter((c) => c.from !== removed && c.to !== removed && c.cachedBy !== removed),
    };
    next.workload = { ...next.workload, entryPoints: next.workload.entryPoints.filter((e) => e.componentId !== removed) };
    const changes = projectChanges(next, project);
    expect(changes.workload).toBe(next.workload);
    const reply = checkReply.changes({ changes: validated(changes), since: first.id });
    expect(comparable(decodeCheckReply(reply, { id: first.id, result: decodeCheckReply(first, null)! }))).toEqual(comparable(runCheck(next)));
  });

  it('refuses changes that break the graph, or point past the earlier project', () => {
    const checkReply = createCheckReplies();
    const project = randomModel(5, 40).build();
    const first = checkReply.whole({ project });
    expect(project.connections.length).toBeGreaterThan(0);
    const dangling = {
      ...project,
      connections: project.connections.map((c, i) => (i === 0 ? { ...c, to: 'a0000000-0000-4000-8000-00000000dead' as ComponentId } : c)),
    };
    const error = (() => {
      try {
        checkReply.changes({ changes: validated(projectChanges(dangling, project)), since: first.id });
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    expect((error as AppError).problems).toEqual([expect.objectContaining({ path: 'connections[0].to' })]);
    const past = { ...validated(projectChanges(project, project)), components: [project.components.length] };
    expect(() => checkReply.changes({ changes: past, since: first.id })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', problems: [{ path: 'components', message: expect.stringMatching(/earlier project does not have/) }] }),
    );
  });

  it('answers changes to a check it no longer holds with NOT_FOUND, so the caller sends the whole project', () => {
    const project = randomModel(6, 20).build();
    const changes = validated(projectChanges(project, project));
    expect(() => createCheckReplies().changes({ changes, since: 'forgotten' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('takes a whole project on check:run, changes only with their since on check:changes, and an id on check:opened', () => {
    const project = randomModel(7, 5).build();
    const changes = projectChanges(project, project);
    const whole = contract['check:run'].input;
    const relative = contract['check:changes'].input;
    const opened = contract['check:opened'].input;
    expect(whole.safeParse({ project }).success).toBe(true);
    expect(whole.safeParse({ project, since: 'x' }).success).toBe(true);
    expect(whole.safeParse({ since: 'x' }).success).toBe(false);
    expect(whole.safeParse({ project, changes, since: 'x' }).success).toBe(false);
    expect(relative.safeParse({ changes, since: 'x' }).success).toBe(true);
    expect(relative.safeParse({ changes }).success).toBe(false);
    expect(relative.safeParse({ project, changes, since: 'x' }).success).toBe(false);
    expect(opened.safeParse({ checkId: 'x' }).success).toBe(true);
    expect(opened.safeParse({ checkId: 'x', since: 'y' }).success).toBe(false);
    expect(opened.safeParse({}).success).toBe(false);
  });

  it('answers the check started on opening with its whole result, computed once, and holds its project as a base', async () => {
    const project = randomModel(8, 30).build();
    const checkReply = createCheckReplies();
    const id = checkReply.startOpened(project, 'p@r1');
    // Asked for before its turn came: computed on demand.
    const early = checkReply.opened(id);
    expect(early.id).toBe(id);
    expect(early.base).toBeUndefined();
    expect(comparable(decodeCheckReply(overJson(early), null))).toEqual(comparable(runCheck(project)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The scheduled turn found it done: the same result again (its findings' very target
    // arrays), not a second check.
    const again = checkReply.opened(id);
    expect((again.findings[0] as SentFinding).targets).toBe((early.findings[0] as SentFinding).targets);
    const next = edited(project);
    const relative = checkReply.changes({ changes: validated(projectChanges(next, project)), since: id });
    expect(relative.base).toBe(id);
    expect(() => checkReply.opened('forgotten')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('rehearses the relative path once the host is quiet after a whole reply, and not when another check comes first', async () => {
    const quietly = () => new Promise((resolve) => setTimeout(resolve, 450));
    const project = randomModel(9, 30).build();
    const rehearsals: string[] = [];
    const checkReply = createCheckReplies({ rehearsed: (id) => rehearsals.push(id) });
    // A whole reply, then quiet: the host checks that project again and encodes it relative to the reply.
    const whole = checkReply.whole({ project });
    expect(rehearsals).toEqual([]);
    // Timers run late on a loaded machine: wait for the rehearsal rather than for a fixed time.
    await vi.waitFor(() => expect(rehearsals).toEqual([whole.id]), { timeout: 10_000 });
    // An edit's relative reply is itself the relative path: nothing to rehearse after it.
    const relative = checkReply.changes({ changes: validated(projectChanges(edited(project), project)), since: whole.id });
    expect(relative.base).toBe(whole.id);
    await quietly();
    expect(rehearsals).toEqual([whole.id]);
    // Another check before the host is quiet cancels the rehearsal of the first (that check warms the same code).
    const opened = checkReply.startOpened(project, 'p@r9');
    checkReply.opened(opened);
    const next = checkReply.changes({ changes: validated(projectChanges(edited(project), project)), since: opened });
    expect(next.base).toBe(opened);
    await quietly();
    expect(rehearsals).toEqual([whole.id]);
    // The opened check's whole reply is rehearsed like any other once nothing follows it.
    const reopened = checkReply.startOpened(project, 'p@r10');
    checkReply.opened(reopened);
    await vi.waitFor(() => expect(rehearsals).toEqual([whole.id, reopened]), { timeout: 10_000 });
  });

  it("rehearses with what an editor sends after one edit: valid changes that edit one component's instances", () => {
    const project = randomModel(11, 30).build();
    for (const round of [1, 2, 3]) {
      const input = rehearsalInput(project, 2, 'base-id', round);
      expect(input).toMatchObject({ since: 'base-id', growthFactor: 2 });
      const applied = applyProjectChanges(input!.changes, project);
      if (!applied.ok) throw new Error('the rehearsal changes do not apply');
      const changed = applied.project.components.filter((component, index) => component !== project.components[index]);
      expect(changed).toHaveLength(1);
      const before = project.components.find((component) => component.id === changed[0]!.id)!;
      expect(changed[0]!.deployment?.instances).toBe((before.deployment?.instances ?? 1) + 1);
      // Every other component is sent as its index, as the editor sends it.
      expect(input!.changes.components.filter((entry) => typeof entry !== 'number')).toHaveLength(1);
    }
    expect(rehearsalInput({ ...project, components: [], connections: [] }, undefined, 'base-id', 1)).toBeUndefined();
  });

  it("writes the JSON text of the opened check's reply ahead only for a transport that sends JSON", async () => {
    const project = randomModel(10, 25).build();
    const asJson = createCheckReplies({ repliesAsJson: true });
    const cloned = createCheckReplies();
    const jsonId = asJson.startOpened(project, 'p@r1');
    const clonedId = cloned.startOpened(project, 'p@r1');
    // Three turns of the event loop: the check, its reply, the reply's text.
    for (let turn = 0; turn < 4; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    const reply = asJson.opened(jsonId);
    expect(preparedJson(reply)?.toString('utf8')).toBe(JSON.stringify(reply));
    expect(preparedJson(cloned.opened(clonedId))).toBeUndefined();
    // Replies computed on request are not written ahead.
    expect(preparedJson(asJson.whole({ project }))).toBeUndefined();
    // Asked for before the background turns: written as it is answered, and the same bytes after.
    const early = asJson.startOpened(project, 'p@r2');
    const answered = asJson.opened(early);
    const bytes = preparedJson(answered);
    expect(bytes?.toString('utf8')).toBe(JSON.stringify(answered));
    for (let turn = 0; turn < 4; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(preparedJson(answered)).toBe(bytes);
  });

  it("starts no second check when the same revision opens again, and opening never pushes out an editor's base", () => {
    const project = randomModel(9, 20).build();
    const checkReply = createCheckReplies();
    const editing = checkReply.whole({ project });
    const first = checkReply.startOpened(project, 'p@r1');
    expect(checkReply.startOpened(project, 'p@r1')).toBe(first);
    // Many opens (another window, a script polling the library): the editor's base stays.
    const ids = new Set([first]);
    for (let revision = 2; revision < 9; revision++) ids.add(checkReply.startOpened(project, `p@r${revision}`));
    expect(ids.size).toBe(8);
    expect(checkReply.whole({ project, since: editing.id }).base).toBe(editing.id);
    // Only the last opened checks are held: the first is gone, and so is its revision's entry.
    expect(() => checkReply.opened(first)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(checkReply.startOpened(project, 'p@r1')).not.toBe(first);
  });
});
