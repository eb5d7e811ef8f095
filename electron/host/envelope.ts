import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/ipc/errors';
import type { Result } from '../../shared/ipc/result';
import { preparedJson } from '../checking/preparedJson';

/** HTTP status for an error envelope; the body always carries the full envelope regardless. */
const statusByCode: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNKNOWN_CHANNEL: 400,
  NOT_FOUND: 404,
  INVALID_PROJECT_FILE: 400,
  NEWER_SCHEMA: 400,
  FILE_TOO_LARGE: 413,
  CONFLICT: 409,
  REVISION_CONFLICT: 409,
  CANCELLED: 400,
  UNSUPPORTED: 501,
  FORBIDDEN: 403,
  INTERNAL: 500,
};

export function statusFor(result: Result<unknown>): number {
  return result.ok ? 200 : (statusByCode[result.error.code] ?? 500);
}

const okOpening = Buffer.from('{"ok":true,"value":');
const closing = Buffer.from('}');

/** Writes an envelope as JSON. `status` overrides the code's default (405, 415). */
export function sendEnvelope(res: ServerResponse, result: Result<unknown>, status = statusFor(result), extraHeaders: Record<string, string> = {}): void {
  // Exactly JSON.stringify(result) as UTF-8, with the value's JSON taken as written ahead if it
  // was. Encoded to bytes once: measuring the text's length and then writing it encodes twice.
  const ahead = result.ok ? preparedJson(result.value) : undefined;
  const body = ahead !== undefined ? Buffer.concat([okOpening, ahead, closing]) : Buffer.from(JSON.stringify(result), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(body);
}

/** Shorthand for an error envelope. */
export function sendError(res: ServerResponse, code: ErrorCode, message: string, status?: number, extraHeaders?: Record<string, string>): void {
  sendEnvelope(res, { ok: false, error: { code, message } }, status, extraHeaders);
}
