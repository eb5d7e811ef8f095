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
  TOKEN_REQUIRED: 403,
  LIBRARY_DAMAGED: 500,
  DISK_FULL: 507,
  LIBRARY_READ_ONLY: 423,
  LIBRARY_BUSY: 503,
  TIMED_OUT: 504,
  INTERNAL: 500,
};

export function statusFor(result: Result<unknown>): number {
  return result.ok ? 200 : (statusByCode[result.error.code] ?? 500);
}

const okOpening = Buffer.from('{"ok":true,"value":');
const closing = Buffer.from('}');

/**
 * Exactly JSON.stringify(result) as UTF-8, with the value's JSON taken as written ahead if it
 * was. Encoded to bytes once: measuring the text's length and then writing it encodes twice.
 */
export function envelopeBytes(result: Result<unknown>): Buffer {
  const ahead = result.ok ? preparedJson(result.value) : undefined;
  return ahead !== undefined ? Buffer.concat([okOpening, ahead, closing]) : Buffer.from(JSON.stringify(result), 'utf8');
}

/** Writes an envelope as JSON. `status` overrides the code's default (405, 415). */
export function sendEnvelope(res: ServerResponse, result: Result<unknown>, status = statusFor(result), extraHeaders: Record<string, string> = {}): void {
  sendJsonBytes(res, envelopeBytes(result), status, !result.ok && result.error.code === 'LIBRARY_BUSY', extraHeaders);
}

/** Writes an envelope already encoded (by a lane's thread). */
export function sendJsonBytes(res: ServerResponse, body: Uint8Array, status: number, retryLater: boolean, extraHeaders: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    // A lock held by another program is let go within seconds: a client may simply ask again.
    ...(retryLater ? { 'Retry-After': '2' } : {}),
    ...extraHeaders,
  });
  res.end(body);
}

/** Shorthand for an error envelope. */
export function sendError(res: ServerResponse, code: ErrorCode, message: string, status?: number, extraHeaders?: Record<string, string>): void {
  sendEnvelope(res, { ok: false, error: { code, message } }, status, extraHeaders);
}
