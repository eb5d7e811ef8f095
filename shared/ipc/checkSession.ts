import type { Project } from '../model/project';
import { decodeCheckReply, type CheckReply, type HeldResult } from './checkReply';
import { projectChanges } from './projectChanges';
import type { ChannelInput, CheckResult } from './contract';
import type { Result } from './result';

/** What to check: the project as edited and the growth factor the UI shows. */
export interface CheckRequest {
  readonly project: Project;
  readonly growthFactor: number;
}

/** The check channels as the session calls them (the API's methods for them). */
export interface CheckChannels {
  readonly whole: (input: ChannelInput<'check:run'>) => Promise<Result<CheckReply>>;
  readonly changes: (input: ChannelInput<'check:changes'>) => Promise<Result<CheckReply>>;
  readonly opened: (input: ChannelInput<'check:opened'>) => Promise<Result<CheckReply>>;
}

/** One request of the session: which channel, with what. */
type CheckCall =
  | { readonly channel: 'whole'; readonly input: ChannelInput<'check:run'> }
  | { readonly channel: 'changes'; readonly input: ChannelInput<'check:changes'> }
  | { readonly channel: 'opened'; readonly input: ChannelInput<'check:opened'> };

/** Called with the result of a check of the latest request (never of one superseded since). */
export type CheckListener = (request: CheckRequest, result: Result<CheckResult>) => void;

/**
 * The client side of the check channels for one editor. A request starts a check at once when none is
 * running; requests made while one runs are coalesced into one check of the newest, started
 * when the running one ends. So at most one check is in flight, results arrive in the order of
 * the edits, and a burst of edits costs at most two checks, without waiting out a debounce.
 * Only a result for the latest request is reported: a reply to an older edit never overwrites the
 * findings of a newer one. It keeps the last check, reported or not, as the base the next one is
 * relative to: the request sends only the changes to its project (shared/ipc/projectChanges.ts)
 * and the reply only what changed in its result (shared/ipc/checkReply.ts).
 */
export class CheckSession {
  private running = false;
  private disposed = false;
  private next: CheckRequest | null = null;
  private latest: CheckRequest | null = null;
  private base: (HeldResult & { readonly project: Project }) | null = null;

  /**
   * @param opened the check the host started as it opened the project (OpenedProject.checkId),
   * with the project and growth factor it checks: the first request for exactly those asks for
   * that check's result instead of sending the project and checking it again.
   */
  constructor(
    private readonly channels: CheckChannels,
    private readonly listener: CheckListener,
    private opened: (CheckRequest & { readonly id: string }) | null = null,
  ) {}

  /**
   * Checks this request as soon as no other check is running; replaces a request still waiting.
   * The same project and growth factor as the latest request is not checked twice.
   */
  request(request: CheckRequest): void {
    if (this.latest && this.latest.project === request.project && this.latest.growthFactor === request.growthFactor) return;
    this.latest = request;
    this.next = request;
    if (!this.running) void this.drain();
  }

  /** True while a check runs or waits to run. */
  get busy(): boolean {
    return this.running || this.next !== null;
  }

  /** Stops reporting; a check in flight finishes unheard. */
  dispose(): void {
    this.disposed = true;
    this.next = null;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.next !== null && !this.disposed) {
        const request = this.next;
        this.next = null;
        const result = await this.check(request);
        if (!this.disposed && request === this.latest) this.listener(request, result);
      }
    } finally {
      this.running = false;
    }
  }

  private async check(request: CheckRequest): Promise<Result<CheckResult>> {
    const whole: CheckCall = { channel: 'whole', input: { project: request.project, growthFactor: request.growthFactor } };
    const base = this.base;
    const opened = !base && this.opened?.project === request.project && this.opened.growthFactor === request.growthFactor ? this.opened : null;
    this.opened = null;
    let outcome = base
      ? await this.attempt(
          { channel: 'changes', input: { changes: projectChanges(request.project, base.project), growthFactor: request.growthFactor, since: base.id } },
          base,
        )
      : await this.attempt(opened ? { channel: 'opened', input: { checkId: opened.id } } : whole, null);
    // The host no longer holds the check it started on opening: send the whole project.
    if (opened && outcome !== 'other-base' && !outcome.ok && outcome.error.code === 'NOT_FOUND') outcome = await this.attempt(whole, null);
    // The host no longer holds the base (restarted, or other windows checked meanwhile), or the
    // reply is relative to a result this session does not hold: ask again with the whole project.
    if (base && (outcome === 'other-base' || (!outcome.ok && outcome.error.code === 'NOT_FOUND'))) outcome = await this.attempt(whole, null);
    if (outcome === 'other-base') return { ok: false, error: { code: 'INTERNAL', message: 'The check reply refers to a result this window does not have.' } };
    if (!outcome.ok) return outcome;
    this.base = { ...outcome.value, project: request.project };
    return { ok: true, value: outcome.value.result };
  }

  private async attempt(call: CheckCall, base: HeldResult | null): Promise<Result<HeldResult> | 'other-base'> {
    try {
      const reply = await this.send(call);
      if (!reply.ok) return reply;
      const result = decodeCheckReply(reply.value, base);
      return result === null ? 'other-base' : { ok: true, value: { id: reply.value.id, result } };
    } catch (error) {
      // A transport that throws or a reply that does not decode must not stop later checks.
      return { ok: false, error: { code: 'INTERNAL', message: `The check failed: ${error instanceof Error ? error.message : String(error)}` } };
    }
  }

  private send(call: CheckCall): Promise<Result<CheckReply>> {
    switch (call.channel) {
      case 'whole':
        return this.channels.whole(call.input);
      case 'changes':
        return this.channels.changes(call.input);
      case 'opened':
        return this.channels.opened(call.input);
    }
  }
}
