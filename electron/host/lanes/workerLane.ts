import { Worker } from 'node:worker_threads';
import type { AppErrorShape, ErrorCode } from '../../../shared/ipc/errors';
import { envelopeBytes, statusFor } from '../envelope';
import type { FromLane, LaneEffect, LaneWorkerData, ToLane } from './laneMessages';

/** A request's answer from a lane: the envelope as JSON bytes and what the host needs to send it. */
export interface LaneAnswer {
  readonly status: number;
  readonly body: Uint8Array;
  readonly retryLater: boolean;
  /** Server-Timing: how long it waited in the lane's queue, and ran. */
  readonly timing: string;
}

/** A request handed to a lane: its answer, and a way to call it off (the client went away). */
export interface LaneRun {
  readonly answer: Promise<LaneAnswer | null>;
  cancel(): void;
}

export interface WorkerScript {
  readonly file: string | URL;
  readonly execArgv: string[];
}

interface Job {
  readonly id: number;
  readonly channel: string;
  readonly body: Uint8Array;
  readonly readOnly: boolean;
  readonly queuedAt: number;
  readonly settle: (answer: LaneAnswer | null) => void;
  startedAt?: number;
}

function failure(code: ErrorCode, message: string): { status: number; body: Uint8Array } {
  const error: AppErrorShape = { code, message };
  const result = { ok: false as const, error };
  return { status: statusFor(result), body: envelopeBytes(result) };
}

/**
 * One lane of the web host: a worker thread running jobs one at a time from a queue of its own.
 * A job that runs past the lane's budget, or whose client went away while it ran, stops the
 * thread (the only way to stop JavaScript that is busy) and a new one takes the queue over; the
 * job is answered TIMED_OUT, or not at all. A thread that dies answers its job INTERNAL.
 */
export class WorkerLane {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;
  private closed = false;
  /** Why the thread cannot serve, once it said so: every job gets it until the host restarts. */
  private fatal: string | null = null;

  constructor(
    private readonly data: LaneWorkerData,
    private readonly script: WorkerScript,
    private readonly budgetMs: number,
    private readonly work: string,
    private readonly onEffects: (effects: readonly LaneEffect[]) => void,
  ) {}

  /** Queues a request; its answer resolves null when it was cancelled. */
  run(channel: string, body: Uint8Array, readOnly = false): LaneRun {
    let settle!: (answer: LaneAnswer | null) => void;
    const answer = new Promise<LaneAnswer | null>((resolve) => (settle = resolve));
    const job: Job = { id: this.nextId++, channel, body, readOnly, queuedAt: performance.now(), settle };
    this.queue.push(job);
    this.pump();
    return { answer, cancel: () => this.cancel(job) };
  }

  /** A message for the thread that is not a job (the check lane's opened checks), in order with the jobs. */
  post(message: ToLane): void {
    this.ensureWorker().postMessage(message);
  }

  /** Starts the thread now rather than at the first job. */
  start(): void {
    this.ensureWorker();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.settle(null);
    this.running?.settle(null);
    this.running = null;
    this.clearTimer();
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script.file, { workerData: this.data, execArgv: this.script.execArgv, name: `tenfold-${this.data.lane}` });
    worker.on('message', (message: FromLane) => this.received(worker, message));
    worker.on('error', (error) => this.died(worker, error.message));
    worker.on('exit', (code) => this.died(worker, `its thread exited (code ${code})`));
    // The host's process may end while a lane idles.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.closed || this.running || this.queue.length === 0) return;
    if (this.fatal !== null) {
      for (const job of this.queue.splice(0)) this.answer(job, failure('INTERNAL', this.fatal));
      return;
    }
    const job = this.queue.shift()!;
    this.running = job;
    job.startedAt = performance.now();
    const worker = this.ensureWorker();
    // Handed over, not copied: the host has no further use for the body.
    const transfer = job.body.byteOffset === 0 && job.body.byteLength === job.body.buffer.byteLength ? [job.body.buffer as ArrayBuffer] : [];
    worker.postMessage(
      { type: 'job', id: job.id, channel: job.channel, body: job.body, ...(job.readOnly ? { readOnly: true } : {}) } satisfies ToLane,
      transfer,
    );
  }

  private received(worker: Worker, message: FromLane): void {
    if (worker !== this.worker) return;
    if (message.type === 'failed') {
      this.fatal = message.message;
      return;
    }
    if (message.type === 'started') {
      const job = this.running;
      if (job && job.id === message.id) this.timer = setTimeout(() => this.overBudget(job), this.budgetMs);
      return;
    }
    if (message.type !== 'done') return;
    const job = this.running;
    if (!job || job.id !== message.id) return;
    this.clearTimer();
    this.running = null;
    if (message.effects.length > 0) this.onEffects(message.effects);
    job.settle({ status: message.status, body: message.body, retryLater: message.retryLater, timing: this.timing(job, message.dispatchMs) });
    this.pump();
  }

  private timing(job: Job, dispatchMs: number): string {
    return `queue;dur=${((job.startedAt ?? job.queuedAt) - job.queuedAt).toFixed(1)}, dispatch;dur=${dispatchMs.toFixed(1)}`;
  }

  private answer(job: Job, { status, body }: { status: number; body: Uint8Array }): void {
    job.settle({ status, body, retryLater: false, timing: this.timing(job, performance.now() - (job.startedAt ?? job.queuedAt)) });
  }

  /** Stops the thread under the running job; the queue goes on with a new thread, started at once. */
  private restart(): void {
    this.clearTimer();
    const worker = this.worker;
    this.worker = null;
    this.running = null;
    void worker?.terminate();
    if (!this.closed) this.ensureWorker();
    this.pump();
  }

  private overBudget(job: Job): void {
    if (this.running !== job) return;
    this.answer(
      job,
      failure(
        'TIMED_OUT',
        `Tenfold stopped ${this.work} (${job.channel}) after ${this.budgetMs / 1000} seconds, the most one request may take. The project is too large or too connected for it; nothing was changed.`,
      ),
    );
    this.restart();
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.settle(null);
    } else if (this.running === job) {
      job.settle(null);
      this.restart();
    }
  }

  private died(worker: Worker, why: string): void {
    if (worker !== this.worker || this.closed) return;
    const job = this.running;
    this.worker = null;
    this.running = null;
    this.clearTimer();
    if (job)
      this.answer(job, failure('INTERNAL', this.fatal ?? `Tenfold's thread for ${this.work} stopped unexpectedly (${why}); it was restarted. Try again.`));
    if (this.fatal === null) this.ensureWorker();
    this.pump();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
