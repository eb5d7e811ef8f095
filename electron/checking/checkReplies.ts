import { contract, type ChannelParsedInput, type CheckResult } from '../../shared/ipc/contract';
import { encodeCheckReply, type CheckReply } from '../../shared/ipc/checkReply';
import { AppError } from '../../shared/ipc/errors';
import { applyProjectChanges, projectChanges, type ProjectChanges } from '../../shared/ipc/projectChanges';
import type { Project } from '../../shared/model/project';
import { runCheck } from '../engine/check';
import { prepareJson } from './preparedJson';

/**
 * How many recent checks the host keeps as bases for relative requests and replies: one per
 * editor window or tab checking at the same time, with room to spare. An evicted base only costs
 * one request with the whole project and one whole reply.
 */
const keptChecks = 4;

/**
 * How many checks started on opening a project the host keeps, apart from the checks above: an
 * open (another window, a script polling the library) must not push an editing window's base out.
 */
const keptOpenedChecks = 2;

/**
 * How long the host waits after a whole reply, with no other check meanwhile, before it rehearses
 * the relative path on that project (see `rehearse` below): long enough that the editor has
 * rendered what it got, short next to the seconds before a person's first edit.
 */
const rehearsalDelayMs = 300;

/**
 * How many times it rehearses: one round leaves the first edit noticeably slower than three
 * (figures in docs/performance.md, Start-up and first edit).
 */
const rehearsalRounds = 3;

/** The three check channels' inputs, validated. */
export type WholeCheckInput = ChannelParsedInput<'check:run'>;
export type ChangesCheckInput = ChannelParsedInput<'check:changes'>;

/** The check channels' handlers, and the start of a check of a project being opened. */
export interface CheckReplies {
  /** check:run: a whole project, the reply relative to `since` when the host still holds it. */
  whole(input: WholeCheckInput): CheckReply;
  /** check:changes: the project of check `since` with these changes; NOT_FOUND once `since` is no longer held. */
  changes(input: ChangesCheckInput): CheckReply;
  /** check:opened: the result of a check startOpened began; NOT_FOUND once it is no longer held. */
  opened(checkId: string): CheckReply;
  /**
   * Starts checking a project the host is handing to an editor (at its own growth factor), in
   * the next turn of the event loop: the check runs while the editor loads and renders the
   * project, instead of after it sends the project back. Returns the id the editor asks for it
   * by (check:opened). `revision` names the stored revision opened: opening it again while
   * its check is held starts no second check. `id` is the id to use, when the caller (another
   * thread of the host, see electron/host/lanes) has already handed it out.
   */
  startOpened(project: Project, revision: string, id?: string): string;
}

/**
 * The check channels with relative requests and replies: remembers the last few checks (project and
 * result) by id, so a caller that sends `since` may send only its changes to that project and
 * gets only what changed in the result (shared/ipc/projectChanges.ts, shared/ipc/checkReply.ts).
 */
export function createCheckReplies({
  repliesAsJson = false,
  rehearsed,
}: { readonly repliesAsJson?: boolean; readonly rehearsed?: (checkId: string) => void } = {}): CheckReplies {
  // Ids from an earlier run of the host must never match this one's checks.
  const run = globalThis.crypto.randomUUID();
  let count = 0;
  const recent = new Map<string, Held>();
  // Checks started on opening, by id, and the id by the revision they check.
  const opens = new Map<string, Held>();
  const openedRevisions = new Map<string, string>();
  const keep = <T>(checks: Map<string, T>, kept: number, evicted: (check: T) => void = () => undefined): void => {
    // Map order is insertion order: the first key is the oldest check.
    for (const [oldest, check] of checks) {
      if (checks.size <= kept) break;
      checks.delete(oldest);
      evicted(check);
    }
  };
  const hold = (project: Project, growthFactor: number | undefined): string => {
    const id = `${run}:${++count}`;
    recent.set(id, new Held(project, growthFactor));
    keep(recent, keptChecks);
    return id;
  };
  const held = (id: string): Held | undefined => recent.get(id) ?? opens.get(id);
  /**
   * After a whole reply, the editor's next check is relative to it (the first edit), and that
   * first relative check runs code V8 has not compiled yet: validating changes, the check on an
   * edited model, the relative encoding (docs/performance.md, Start-up and first edit). So once the
   * host is quiet, it takes that path itself a few times (rehearsalRounds), one step per turn of
   * the event loop, and throws the results away: changes to the project as the editor sends them
   * (one component edited, see rehearsalInput), read from JSON and validated by the contract, the
   * check, and the reply relative to the one just sent, as JSON. Any other check arriving first
   * cancels the steps left: that check warms the same code. A request arriving during a step
   * waits for that one step, as during engineWarmUp.
   */
  const rehearse = (id: string): void => {
    const quietSince = count;
    const later = (step: () => void, ms = 0): void => {
      const timer = setTimeout(() => {
        if (count === quietSince) step();
      }, ms);
      // Never what keeps a process alive: a CLI or a test that is done exits at once.
      timer.unref?.();
    };
    const round = (left: number): void => {
      const base = held(id);
      if (!base) return;
      const edited = rehearsalInput(base.project, base.growthFactor, id, left);
      // A project no edit of this kind applies to (no component) checks nothing more to warm.
      if (!edited) return rehearsed?.(id);
      const again = new Held(projectFromChanges(edited.changes, base.project), edited.growthFactor);
      again.result();
      later(() => {
        const answer = encodeCheckReply(again.result(), id, { id, result: base.result() });
        if (repliesAsJson) JSON.stringify(answer);
        if (left > 1) later(() => round(left - 1));
        else rehearsed?.(id);
      });
    };
    later(() => round(rehearsalRounds), rehearsalDelayMs);
  };
  const answer = (project: Project, growthFactor: number | undefined, since: string | undefined): CheckReply => {
    const base = since !== undefined ? held(since) : undefined;
    const id = hold(project, growthFactor);
    const relative = base && since !== undefined ? { id: since, result: base.result() } : undefined;
    const reply = encodeCheckReply(heldCheck(recent, id).result(), id, relative);
    if (!relative) rehearse(id);
    return reply;
  };
  return {
    whole: ({ project, growthFactor, since }) => answer(project, growthFactor, since),
    changes: ({ changes, growthFactor, since }) => answer(projectFromChanges(changes, held(since)?.project), growthFactor, since),
    opened: (checkId) => {
      const started = opens.get(checkId);
      if (!started) throw new AppError('NOT_FOUND', 'The check started when the project opened is no longer held: send the whole project.');
      const whole = started.wholeReply(checkId);
      // Asked for before the background turns wrote its JSON: write it now, once, not again there.
      if (repliesAsJson) prepareJson(whole);
      rehearse(checkId);
      return whole;
    },
    startOpened(project: Project, revision: string, given?: string): string {
      const known = openedRevisions.get(revision);
      if (given === undefined && known !== undefined && opens.has(known)) return known;
      // Counted even under a given id: a check started means the host is not quiet (rehearse).
      count++;
      const id = given ?? `${run}:${count}`;
      const started = new Held(project, undefined, revision);
      opens.set(id, started);
      openedRevisions.set(revision, id);
      keep(opens, keptOpenedChecks, (check) => check.revision !== undefined && openedRevisions.delete(check.revision));
      // The reply too: encoding 3,000 findings is a noticeable part of answering the editor; and,
      // for a transport that sends JSON text, that text. One step per turn of the event loop, so
      // a request arriving meanwhile waits for one step, not all three.
      setTimeout(() => {
        started.result();
        setTimeout(() => {
          const reply = started.wholeReply(id);
          if (repliesAsJson) setTimeout(() => prepareJson(reply), 0);
        }, 0);
      }, 0);
      return id;
    },
  };
}

/** A check just put in `checks` (hold): present by construction. */
function heldCheck(checks: ReadonlyMap<string, Held>, id: string): Held {
  const check = checks.get(id);
  if (!check) throw new Error(`check ${id} was held a moment ago`);
  return check;
}

/**
 * A check the host holds: its project, and its result once computed (at most once). A check
 * started on opening names the revision it checks.
 */
class Held {
  private computed: CheckResult | null = null;
  private whole: CheckReply | null = null;
  constructor(
    readonly project: Project,
    readonly growthFactor: number | undefined,
    readonly revision?: string,
  ) {}

  result(): CheckResult {
    this.computed ??= runCheck(this.project, this.growthFactor !== undefined ? { growthFactor: this.growthFactor } : {});
    return this.computed;
  }

  /** The reply with every entry sent whole, named `id` (encoded at most once). */
  wholeReply(id: string): CheckReply {
    this.whole ??= encodeCheckReply(this.result(), id);
    return this.whole;
  }
}

/**
 * A check:changes input as the editor sends it after one property edit of `project`: the changes
 * (shared/ipc/projectChanges.ts) through JSON and the contract's validation, as dispatch gets
 * them. The edit sets the instances of one component (which `round` picks) to a count it does
 * not have, which changes that component's load, growth and availability figures and findings.
 * Undefined when the project has no component, or the input does not validate.
 */
export function rehearsalInput(project: Project, growthFactor: number | undefined, since: string, round: number): ChangesCheckInput | undefined {
  if (project.components.length === 0) return undefined;
  // A different component each round (7919 is prime, so successive rounds rarely pick the same one).
  const at = (round * 7919) % project.components.length;
  const components = project.components.slice();
  const component = components[at]!;
  components[at] = { ...component, deployment: { ...component.deployment, instances: (component.deployment?.instances ?? 1) + 1 } };
  const changes = projectChanges({ ...project, components }, project);
  const parsed = contract['check:changes'].input.safeParse(
    JSON.parse(JSON.stringify({ changes, since, ...(growthFactor !== undefined ? { growthFactor } : {}) })),
  );
  return parsed.success ? parsed.data : undefined;
}

function projectFromChanges(changes: ProjectChanges, before: Project | undefined): Project {
  if (!before) throw new AppError('NOT_FOUND', 'The check these changes refer to is no longer held: send the whole project.');
  const applied = applyProjectChanges(changes, before);
  if (!applied.ok) throw new AppError('INVALID_INPUT', 'The changes sent to check:changes are not valid for the project they change.', applied.problems);
  return applied.project;
}
