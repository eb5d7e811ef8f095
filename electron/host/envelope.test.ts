import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareJson } from '../checking/preparedJson';
import type { Result } from '../../shared/ipc/result';
import { sendEnvelope } from './envelope';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The body a real HTTP client receives for this envelope. */
async function sent(result: Result<unknown>): Promise<{ text: string; length: string | null }> {
  server = createServer((_, res) => sendEnvelope(res, result));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return { text: await response.text(), length: response.headers.get('content-length') };
}

describe('sendEnvelope', () => {
  it("sends a value's JSON text written ahead, as the same bytes JSON.stringify gives", async () => {
    const value = { id: 'c1', findings: [{ message: 'orders-db — «one instance»', count: 3 }] };
    prepareJson(value);
    const body = await sent({ ok: true, value });
    expect(body.text).toBe(JSON.stringify({ ok: true, value }));
    expect(Number(body.length)).toBe(Buffer.byteLength(body.text));
  });

  it('uses the text written ahead rather than encoding the value again', async () => {
    const value = { state: 'as prepared' };
    prepareJson(value);
    // Only to tell the two paths apart: replies are never changed after they are prepared.
    value.state = 'changed later';
    expect(JSON.parse((await sent({ ok: true, value })).text)).toEqual({ ok: true, value: { state: 'as prepared' } });
  });

  it('encodes an envelope with no text written ahead as it stands', async () => {
    const body = await sent({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
    expect(JSON.parse(body.text)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
  });
});
