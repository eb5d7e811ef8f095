import type { RevisionId } from '../../../shared/model/ids';
import type { WorkerLaneName } from './laneOf';

/** What a lane's thread is started with. */
export interface LaneWorkerData {
  readonly lane: WorkerLaneName;
  readonly dataDir: string;
  readonly templatesDir: string;
}

/** Host → lane thread. */
export type ToLane =
  /** One request: its channel and its body as sent (JSON, parsed on the lane's thread). */
  | {
      readonly type: 'job';
      readonly id: number;
      readonly channel: string;
      readonly body: Uint8Array;
      /** A shared review's participant: the channel's read-only variant (projects:open without marking it opened). */
      readonly readOnly?: boolean;
    }
  /** The check lane: check this revision now, answering `check:opened { checkId }` later. */
  | { readonly type: 'start-opened'; readonly projectId: string; readonly revisionId: RevisionId; readonly checkId: string };

/** Lane thread → host. */
export type FromLane =
  | { readonly type: 'ready' }
  /** The thread began the job: its time budget counts from here, not from the thread's start. */
  | { readonly type: 'started'; readonly id: number }
  /** A job's envelope, encoded; `effects` are for other lanes. */
  | {
      readonly type: 'done';
      readonly id: number;
      readonly status: number;
      readonly body: Uint8Array;
      readonly retryLater: boolean;
      readonly dispatchMs: number;
      readonly effects: readonly LaneEffect[];
    }
  /** The thread cannot serve (the library did not open): every job gets this error. */
  | { readonly type: 'failed'; readonly message: string };

/** Something a job asks another lane to do: the edit lane starts an opened project's check. */
export type LaneEffect = { readonly type: 'start-opened'; readonly projectId: string; readonly revisionId: RevisionId; readonly checkId: string };
