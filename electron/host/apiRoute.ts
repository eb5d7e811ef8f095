import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch, type Handlers } from '../handlers/dispatch';
import { sendEnvelope, sendError, sendJsonBytes } from './envelope';
import type { Lanes } from './lanes/lanes';
import { maxBodyBytes, readBody } from './requestBody';
import { isJsonContentType } from './requestGuards';
import { parseRequestJson } from './requestJson';

/** Prefix of every contract channel on the host: POST /api/<channel> (shared/ipc/api.ts httpPath). */
export const apiPrefix = '/api/';

/** What answers the API: the handlers of the host's own thread, and the lanes for the rest (lanes/laneOf.ts). */
export interface ApiServices {
  readonly handlers: Handlers;
  readonly lanes?: Lanes | undefined;
}

/** Who may call what, when the host is shared (share/shareRoutes.ts); absent on the loopback host. */
export interface ApiGate {
  /** Why this caller may not use the channel (answered 403 before the body is read), or null. */
  refusal(channel: string): string | null;
  /** A shared review's participant: lanes run the read-only variant of their channels (projects:open without marking it opened). */
  readonly readOnly?: boolean;
  /** Whether done() wants to hear of a call to this channel: only then is its input parsed here. */
  wants?(channel: string): boolean;
  /** Told of a call done() wanted, once it succeeded and its answer is sent. */
  done?(channel: string, input: unknown, value: unknown): void;
}

/** Handles POST /api/<channel>: body → dispatch (here or on a lane) → envelope. Never throws. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string, services: ApiServices, gate?: ApiGate): Promise<void> {
  if (req.method !== 'POST') {
    sendError(res, 'UNSUPPORTED', `Use POST for ${pathname}; the API does not answer ${req.method ?? 'this method'}.`, 405, { Allow: 'POST' });
    return;
  }
  if (!isJsonContentType(req)) {
    req.resume();
    sendError(res, 'INVALID_INPUT', 'Send the request body as JSON with the header "Content-Type: application/json".', 415);
    return;
  }
  let channel: string;
  try {
    channel = decodeURIComponent(pathname.slice(apiPrefix.length));
  } catch {
    req.resume();
    sendError(res, 'UNKNOWN_CHANNEL', `"${pathname}" is not a channel name.`);
    return;
  }
  const refusal = gate?.refusal(channel) ?? null;
  if (refusal !== null) {
    req.resume();
    sendError(res, 'FORBIDDEN', refusal);
    return;
  }
  const arrived = performance.now();
  const body = await readBody(req);
  if (body.status === 'aborted') return;
  if (body.status === 'too-large') {
    const limitMb = maxBodyBytes / (1024 * 1024);
    // No "Connection: close": closing while the client still uploads resets the connection
    // before it reads the answer. readBody keeps draining the rest instead.
    sendError(res, 'FILE_TOO_LARGE', `The request is larger than ${limitMb} MB, the most the web host accepts.`, 413);
    return;
  }
  const lane = services.lanes?.laneOf(channel) ?? 'main';
  if (lane !== 'main' && services.lanes) {
    // Read before the bytes are handed to the lane's thread, which takes them over.
    const heard = gate?.wants?.(channel) ? parseRequestJson(body.bytes) : null;
    const run = services.lanes.run(lane, channel, body.bytes, gate?.readOnly === true);
    // The client gave up (closed the tab, aborted the fetch): so does the lane.
    const gone = (): void => {
      if (!res.writableFinished) run.cancel();
    };
    res.once('close', gone);
    const answer = await run.answer;
    res.off('close', gone);
    if (answer === null || res.destroyed) return;
    sendJsonBytes(res, answer.body, answer.status, answer.retryLater, {
      'Server-Timing': `read;dur=${(performance.now() - arrived).toFixed(1)}, ${answer.timing}`,
    });
    if (heard?.ok && answer.status === 200)
      gate?.done?.(channel, heard.value, (JSON.parse(Buffer.from(answer.body).toString('utf8')) as { value: unknown }).value);
    return;
  }
  const parsed = parseRequestJson(body.bytes);
  if (!parsed.ok) {
    sendError(res, 'INVALID_INPUT', parsed.message);
    return;
  }
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = await dispatch(services.handlers, channel, parsed.value);
  sendEnvelope(res, result, undefined, { 'Server-Timing': serverTiming(arrived, started, cpuStarted) });
  if (result.ok && gate?.wants?.(channel)) gate.done?.(channel, parsed.value, result.value);
}

/**
 * The host's own time on a request, for the browser's resource timing (bench:ui reads it): from
 * the request's arrival to its body read and parsed, wall time in dispatch, and the process's CPU
 * time during dispatch. Wall well above CPU means the host waited for a core (the browser
 * rendering on the same machine), not that it had more to do.
 */
function serverTiming(arrived: number, started: number, cpuStarted: NodeJS.CpuUsage): string {
  const cpu = process.cpuUsage(cpuStarted);
  return `read;dur=${(started - arrived).toFixed(1)}, dispatch;dur=${(performance.now() - started).toFixed(1)}, cpu;dur=${((cpu.user + cpu.system) / 1000).toFixed(1)}`;
}
