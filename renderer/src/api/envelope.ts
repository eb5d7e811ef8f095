import type { Result } from '../../../shared/ipc/result';
import { noteTokenRefused } from './tokenRefusal';

/**
 * Reading the web host's reply envelope. Kept apart from client.ts, which pulls in the whole
 * contract (zod and every schema), so the earliest request (app/addressOpening.ts) can use it.
 */

export function unreachable(detail: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: `Cannot reach Tenfold at ${location.origin} (${detail}). Check that it is still running.` } };
}

export async function readEnvelope(response: Response): Promise<Result<unknown>> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && 'ok' in body) return body as Result<unknown>;
  } catch {
    // Falls through: a proxy or a crashed host answered with something that is not an envelope.
  }
  return unreachable(`HTTP ${response.status}`);
}

/** POST /api/<channel> with JSON; every failure becomes an envelope, never a throw. */
export async function postChannel(path: string, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? {}) });
    const result = await readEnvelope(response);
    if (!result.ok && result.error.code === 'TOKEN_REQUIRED') noteTokenRefused();
    return result;
  } catch (error) {
    return unreachable(error instanceof Error ? error.message : String(error));
  }
}
