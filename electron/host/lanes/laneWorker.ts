/**
 * The entry of a web-host lane's thread (lanes.ts): runs its channels on a library connection of
 * its own, parsing each request's JSON and encoding its answer here, off the host's thread. Built
 * as out/main/laneWorker.js; tests start it from the sources (sourceRuntime.mjs).
 */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../../../shared/ipc/result';
import type { RevisionId } from '../../../shared/model/ids';
import { createCheckReplies } from '../../checking/checkReplies';
import { dispatch } from '../../handlers/dispatch';
import { warmUpOnTemplates } from '../../checking/engineWarmUp';
import { createHandlers } from '../../handlers/handlers';
import { openLibrary, type Library } from '../../store/library';
import { envelopeBytes, statusFor } from '../envelope';
import { parseRequestJson } from '../requestJson';
import type { FromLane, LaneEffect, LaneWorkerData, ToLane } from './laneMessages';

const port = parentPort!;
const { lane, dataDir, templatesDir } = workerData as LaneWorkerData;
const post = (message: FromLane, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

let library: Library;
try {
  // The host's own connection checked the file and takes the backups.
  library = openLibrary(dataDir, { backups: false, verify: false });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  throw error;
}

const effects: LaneEffect[] = [];
const checkReplies = createCheckReplies({ repliesAsJson: true });
const services = {
  library,
  templatesDir,
  repliesAsJson: true,
  checkReplies,
  // An opened project's check runs on the check lane: hand out its id now, start it there.
  ...(lane === 'edit'
    ? {
        startOpenedCheck: (projectId: string, revisionId: RevisionId) => {
          const checkId = randomUUID();
          effects.push({ type: 'start-opened', projectId, revisionId, checkId });
          return checkId;
        },
      }
    : {}),
};
const handlers = createHandlers(services);
// A shared review's participants read without writing, not even the recent list.
const readerHandlers = createHandlers({ ...services, marksOpened: false });
// Compile the engine while nobody waits for it (engineWarmUp.ts).
if (lane === 'check') warmUpOnTemplates(templatesDir);

async function runJob(channel: string, body: Uint8Array, readOnly: boolean): Promise<Result<unknown>> {
  const parsed = parseRequestJson(body);
  if (!parsed.ok) return { ok: false, error: { code: 'INVALID_INPUT', message: parsed.message } };
  return dispatch(readOnly ? readerHandlers : handlers, channel, parsed.value);
}

port.on('message', (message: ToLane) => {
  if (message.type === 'start-opened') {
    try {
      const { project } = library.revision(message.projectId, message.revisionId);
      checkReplies.startOpened(project, `${message.projectId}@${message.revisionId}`, message.checkId);
    } catch {
      // Deleted meanwhile: check:opened answers NOT_FOUND and the editor sends the project.
    }
    return;
  }
  const started = performance.now();
  post({ type: 'started', id: message.id });
  void runJob(message.channel, message.body, message.readOnly === true).then((result) => {
    const bytes = envelopeBytes(result);
    // A view of the whole buffer: only then can it be handed over without copying.
    const body = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
    post(
      {
        type: 'done',
        id: message.id,
        status: statusFor(result),
        body,
        retryLater: !result.ok && result.error.code === 'LIBRARY_BUSY',
        dispatchMs: performance.now() - started,
        effects: effects.splice(0),
      },
      [body.buffer as ArrayBuffer],
    );
  });
});
post({ type: 'ready' });
