import type { IncomingMessage, ServerResponse } from 'node:http';
import { channelAccess } from '../../../shared/ipc/access';
import { isChannel } from '../../../shared/ipc/contract';
import { Focus, sharePaths, type ShareRole } from '../../../shared/share/meeting';
import type { Handlers } from '../../handlers/dispatch';
import type { ApiGate } from '../apiRoute';
import { sendEnvelope, sendError } from '../envelope';
import { readBody } from '../requestBody';
import { isJsonContentType } from '../requestGuards';
import { parseRequestJson } from '../requestJson';
import type { Meeting } from './meeting';
import { requestToken, tokenCookieHeader } from '../tokens';
import { roleOfToken, type ShareTokens } from './tokens';

/** What a host needs to serve a shared review (see electron/host/share/shareHost.ts). */
export interface ShareSetup {
  readonly tls: { readonly key: string; readonly cert: string };
  readonly tokens: ShareTokens;
  /** The names the host answers to (Host header, without the port). */
  readonly names: readonly string[];
  /** The host name the printed links use. */
  readonly linkHost: string;
  /** The handlers participants are served: projects:open without marking the project opened. */
  readonly participantHandlers: Handlers;
}

/** A focus is a few hundred bytes; anything much larger is not one. */
const maxFocusBytes = 16 * 1024;

export const noRoleMessage = 'This Tenfold is shared with a link: open the presenter or participant link that "tenfold serve --share" printed.';
export const participantWriteMessage = 'You joined this review as a participant: you can look around, but only the presenter can change anything.';

/** The role of a request's token (cookie or bearer), or null. */
export function roleOf(req: IncomingMessage, share: ShareSetup, port: number): ShareRole | null {
  return roleOfToken(requestToken(req, port), share.tokens);
}

/** Which API calls a role may make, and what the room hears of the presenter's saves. */
export function apiGate(role: ShareRole, meeting: Meeting): ApiGate {
  if (role === 'participant') {
    return { refusal: (channel) => (isChannel(channel) && channelAccess[channel] === 'write' ? participantWriteMessage : null), readOnly: true };
  }
  return {
    refusal: () => null,
    // Only while someone listens: hearing of a write means parsing its input on the host's thread.
    wants: (channel) => meeting.listeners > 0 && isChannel(channel) && channelAccess[channel] === 'write',
    done(_channel, input, value) {
      const projectId = projectIdOf(input);
      if (projectId !== null) meeting.projectChanged({ projectId: projectId as never, revisionId: revisionOf(value) });
    },
  };
}

/** The project a write is about: every write channel's input names it in one of these places. */
function projectIdOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const fields = input as { id?: unknown; projectId?: unknown; project?: { id?: unknown }; changes?: { id?: unknown } };
  const id = fields.id ?? fields.projectId ?? fields.project?.id ?? fields.changes?.id;
  return typeof id === 'string' ? id : null;
}

function revisionOf(value: unknown): number | null {
  const revisionId = typeof value === 'object' && value !== null ? (value as { revisionId?: unknown }).revisionId : undefined;
  return typeof revisionId === 'number' ? revisionId : null;
}

/** GET /share/<token>, /share/session, /share/events and POST /share/focus. Never throws. */
export async function handleShare(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  share: ShareSetup,
  meeting: Meeting,
  port: number,
): Promise<void> {
  const role = roleOf(req, share, port);
  if (pathname === sharePaths.focus) return publishFocus(req, res, role, meeting);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    req.resume();
    sendError(res, 'UNSUPPORTED', `Use GET for ${pathname}.`, 405, { Allow: 'GET, HEAD' });
    return;
  }
  if (pathname === sharePaths.session) {
    if (role === null) sendError(res, 'TOKEN_REQUIRED', noRoleMessage);
    else sendEnvelope(res, { ok: true, value: { role } });
    return;
  }
  if (pathname === sharePaths.events) {
    if (role === null) sendError(res, 'TOKEN_REQUIRED', noRoleMessage);
    else if (req.method === 'HEAD') sendError(res, 'UNSUPPORTED', `Use GET for ${pathname}: it is an event stream.`, 405, { Allow: 'GET' });
    else meeting.openStream(res, role);
    return;
  }
  join(res, pathname.slice(sharePaths.join.length), share, port);
}

/** A link: its token becomes the page's cookie, and the browser goes on to the app without the token in its address. */
function join(res: ServerResponse, token: string, share: ShareSetup, port: number): void {
  if (roleOfToken(token, share.tokens) === null) {
    sendError(
      res,
      'FORBIDDEN',
      'This link is not valid for this meeting. Each start of "tenfold serve --share" makes new links: ask the presenter for the current one.',
    );
    return;
  }
  res.writeHead(303, { Location: '/', 'Set-Cookie': tokenCookieHeader(port, token, true), 'Cache-Control': 'no-store' });
  res.end();
}

async function publishFocus(req: IncomingMessage, res: ServerResponse, role: ShareRole | null, meeting: Meeting): Promise<void> {
  if (req.method !== 'POST') {
    req.resume();
    sendError(res, 'UNSUPPORTED', `Use POST for ${sharePaths.focus}.`, 405, { Allow: 'POST' });
    return;
  }
  if (role !== 'presenter') {
    req.resume();
    sendError(res, role === null ? 'TOKEN_REQUIRED' : 'FORBIDDEN', role === null ? noRoleMessage : participantWriteMessage);
    return;
  }
  if (!isJsonContentType(req)) {
    req.resume();
    sendError(res, 'INVALID_INPUT', 'Send the focus as JSON with the header "Content-Type: application/json".', 415);
    return;
  }
  const body = await readBody(req, maxFocusBytes);
  if (body.status === 'aborted') return;
  if (body.status === 'too-large') {
    sendError(res, 'FILE_TOO_LARGE', 'A focus is a few hundred bytes; this request is far larger.', 413);
    return;
  }
  const json = parseRequestJson(body.bytes);
  if (!json.ok) {
    sendError(res, 'INVALID_INPUT', json.message);
    return;
  }
  const parsed = Focus.safeParse(json.value);
  if (!parsed.success) {
    sendError(res, 'INVALID_INPUT', 'The focus is not valid: it needs projectId, findingKey, reviewMode and viewport.');
    return;
  }
  meeting.publishFocus(parsed.data);
  sendEnvelope(res, { ok: true, value: null });
}
