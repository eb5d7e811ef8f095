import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import type { Handlers } from '../handlers/dispatch';
import { HostStartError, startHost, type RunningHost } from './server';

/**
 * A handler table whose channels behave in known ways, so each outcome of the boundary can be
 * produced on demand. Channels not listed report UNSUPPORTED, as a real host would for a missing feature.
 */
function testHandlers(): Handlers {
  const table: Record<string, (input: unknown) => unknown> = {};
  for (const channel of channels) {
    table[channel] = () => {
      throw new AppError('UNSUPPORTED', `${channel} is not part of this test`);
    };
  }
  table['templates:list'] = () => [{ id: 'three-tier', name: 'Three-tier web app', description: 'LB, app, DB', componentCount: 4 }];
  table['settings:set'] = (input) => {
    const { key, value } = input as { key: string; value: string };
    return { [key]: value };
  };
  table['projects:open'] = () => {
    throw new AppError('NOT_FOUND', 'There is no project with this id.');
  };
  table['projects:list'] = () => {
    throw new TypeError('disk on fire');
  };
  return table as unknown as Handlers;
}

let root: string;
let staticDir: string;
let host: RunningHost;
/** The run's token; every request below sends it as a bearer unless it says `anonymous`. */
const token = 'a-token-for-this-run_0123456789abcdef0123456';
const bearer = { authorization: `Bearer ${token}` };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tenfold-host-'));
  staticDir = join(root, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Tenfold test</title>');
  await writeFile(join(staticDir, 'assets', 'app-1a2b.js'), 'console.log("app")');
  await writeFile(join(staticDir, 'assets', 'app-1a2b.css'), 'body{}');
  await writeFile(join(staticDir, 'assets', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // A file beside the served folder that traversal attempts try to reach.
  await writeFile(join(root, 'secret.txt'), 'library password');
  host = await startHost({ handlers: testHandlers(), staticDir, port: 0, token });
});

afterAll(async () => {
  await host?.close();
  await rm(root, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so the test controls the exact path bytes and headers (fetch normalizes both). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; anonymous?: boolean } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      // agent: false: one connection per request, so a test that leaves a body half-sent cannot
      // poison the next request through a pooled keep-alive socket.
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: { ...(options.anonymous ? {} : bearer), ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = { 'content-type': 'application/json' };
const post = (channel: string, body: string, headers: Record<string, string> = json) => raw(`/api/${channel}`, { method: 'POST', headers, body });

describe('contract over HTTP', () => {
  it('answers a valid call with 200 and the ok envelope', async () => {
    const res = await fetch(`${host.url}api/templates:list`, { method: 'POST', headers: { ...json, ...bearer }, body: '{}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ ok: true, value: [expect.objectContaining({ id: 'three-tier' })] });
  });

  it('passes the parsed input to the handler', async () => {
    const res = await post('settings:set', JSON.stringify({ key: 'theme', value: 'dark' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { theme: 'dark' } });
  });

  it('treats an empty body as no input', async () => {
    const res = await post('templates:list', '');
    expect(res.status).toBe(200);
  });

  it('refuses invalid JSON with 400 INVALID_INPUT', async () => {
    const res = await post('templates:list', '{"truncated": ');
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.message).toMatch(/not valid JSON/);
  });

  it('refuses an unknown channel with 400 UNKNOWN_CHANNEL', async () => {
    const res = await post('projects:explode', '{}');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'UNKNOWN_CHANNEL', message: expect.stringContaining('projects:explode') });
  });

  it('refuses a schema violation with 400 and the located problem', async () => {
    const res = await post('settings:set', JSON.stringify({ key: '', value: 7 }));
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.problems.map((p: { path: string }) => p.path)).toEqual(expect.arrayContaining(['key', 'value']));
  });

  it('maps a NOT_FOUND domain error to 404 with the envelope', async () => {
    const res = await post('projects:open', JSON.stringify({ id: '0b6f4a7e-8f0e-4f51-9a51-6f1f1f3f2c11' }));
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no project with this id.' } });
  });

  it('turns a handler that throws into 500 INTERNAL and keeps serving', async () => {
    const res = await post('projects:list', '{}');
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('disk on fire') });
    expect((await post('templates:list', '{}')).status).toBe(200);
  });

  it('answers other methods on /api with 405 and the envelope', async () => {
    const res = await raw('/api/templates:list');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(JSON.parse(res.body).ok).toBe(false);
  });

  it('requires a JSON content type', async () => {
    const res = await post('templates:list', '{}', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body).error.code).toBe('INVALID_INPUT');
  });

  it('refuses a body over 60 MB with 413 and the envelope', async () => {
    // A fresh connection (raw, not fetch): a pooled one may hit the server's keep-alive timeout.
    const res = await raw('/api/templates:list', { method: 'POST', headers: json, body: Buffer.alloc(61 * 1024 * 1024, 0x20) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('FILE_TOO_LARGE');
    expect((await post('templates:list', '{}')).status).toBe(200);
  });

  it('refuses a declared Content-Length over 60 MB before reading it', async () => {
    // The client declares 70 MB but sends nothing, so only the headers can trigger the answer.
    const res = await raw('/api/templates:list', { method: 'POST', headers: { ...json, 'content-length': String(70 * 1024 * 1024) }, body: '' });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('FILE_TOO_LARGE');
  });
});

describe('request guards', () => {
  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const res = await post('templates:list', '{}', { ...json, host: `attacker.example:${host.port}` });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN');
    expect((await raw('/', { headers: { host: 'attacker.example' } })).status).toBe(403);
  });

  it('accepts localhost as the host name', async () => {
    expect((await raw('/', { headers: { host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('refuses a cross-origin POST with 403', async () => {
    const res = await post('templates:list', '{}', { ...json, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN');
    expect((await post('templates:list', '{}', { ...json, origin: 'null' })).status).toBe(403);
  });

  it('accepts a same-origin POST', async () => {
    const res = await post('templates:list', '{}', { ...json, origin: `http://127.0.0.1:${host.port}` });
    expect(res.status).toBe(200);
  });
});

describe('static renderer', () => {
  it('serves index.html for / with security headers', async () => {
    const res = await fetch(host.url, { headers: bearer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Tenfold test');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('sets security headers on API answers too', async () => {
    const res = await post('templates:list', '{}');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it.each([
    ['/assets/app-1a2b.js', 'text/javascript; charset=utf-8'],
    ['/assets/app-1a2b.css', 'text/css; charset=utf-8'],
    ['/assets/icon.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (path, type) => {
    const res = await raw(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('answers HEAD without a body', async () => {
    const res = await raw('/assets/app-1a2b.js', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String('console.log("app")'.length));
    expect(res.body).toBe('');
  });

  it('falls back to index.html for an in-app route but 404s a missing file', async () => {
    expect((await raw('/projects/abc')).body).toContain('Tenfold test');
    expect((await raw('/assets/missing.js')).status).toBe(404);
  });

  it('refuses other methods with 405', async () => {
    const res = await raw('/', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses traversal or a malformed path: %s', async (path) => {
    const res = await raw(path);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain('library password');
  });
});

describe('binding', () => {
  it('refuses any address other than loopback with a clear message', async () => {
    const attempt = startHost({ handlers: testHandlers(), staticDir, port: 0, host: '0.0.0.0' });
    await expect(attempt).rejects.toBeInstanceOf(HostStartError);
    await expect(attempt).rejects.toThrow(
      'Tenfold serves on 127.0.0.1 only; to let other machines in, add --share (HTTPS with a presenter and a participant link). Refused: 0.0.0.0.',
    );
  });

  it('has no meeting without --share: the session says so, the other routes are not found and do not fall back to the app', async () => {
    const session = await raw('/share/session', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(session.status).toBe(200);
    expect(JSON.parse(session.body)).toEqual({ ok: true, value: null });
    for (const path of ['/share/events', '/share/focus', '/share/some-token']) {
      const answer = await raw(path, { headers: { host: `127.0.0.1:${host.port}` } });
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('tenfold serve --share') } });
    }
  });

  it('reports a port in use as port-in-use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const attempt = startHost({ handlers: testHandlers(), staticDir, port });
      await expect(attempt).rejects.toMatchObject({ reason: 'port-in-use', message: expect.stringContaining(`Port ${port}`) });
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('binds 127.0.0.1 and reports the real port when asked for port 0', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.openUrl).toBe(`http://127.0.0.1:${host.port}/?token=${token}`);
  });
});

describe('the per-run token', () => {
  const list = (headers: Record<string, string>) =>
    raw('/api/templates:list', { method: 'POST', headers: { ...json, ...headers }, body: '{}', anonymous: true });
  const refusedCall = { ok: false, error: { code: 'TOKEN_REQUIRED', message: expect.stringContaining('open the address') } };

  it('refuses the API and the meeting routes without it or with a wrong one, even from 127.0.0.1', async () => {
    const wrong: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: `Bearer ${token.slice(1)}` },
      { cookie: `tenfold_${host.port}=${token}x` },
    ];
    for (const headers of wrong) {
      const res = await list(headers);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toEqual(refusedCall);
    }
    // The right token in another port's cookie belongs to another host.
    expect((await list({ cookie: `tenfold_1=${token}` })).status).toBe(403);
    const session = await raw('/share/session', { anonymous: true });
    expect(session.status).toBe(403);
    expect(JSON.parse(session.body)).toEqual(refusedCall);
  });

  it('answers a page or a file without it with a page saying to open the address tenfold serve printed, not the app', async () => {
    for (const path of ['/', '/projects/abc', '/assets/app-1a2b.js', `/?token=${token.slice(0, -1)}`]) {
      const res = await raw(path, { anonymous: true });
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.body).toContain('Open the address <code>tenfold serve</code> printed');
      expect(res.body).toContain(`http://127.0.0.1:${host.port}/?token=…`);
      expect(res.body).not.toContain('Tenfold test');
      expect(res.body).not.toContain('console.log');
    }
    // A stale cookie (an earlier start on this port) is told why.
    expect((await raw('/', { anonymous: true, headers: { cookie: `tenfold_${host.port}=old` } })).body).toContain("is not this run's");
  });

  it('trades the printed address for a cookie of this port, then serves the page and the API with it', async () => {
    const opened = await raw(`/?token=${token}&keep=1`, { anonymous: true });
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/?keep=1');
    expect(opened.headers['set-cookie']).toEqual([`tenfold_${host.port}=${token}; Path=/; HttpOnly; SameSite=Strict`]);
    const cookie = { cookie: `other=1; ${opened.headers['set-cookie']![0]!.split(';')[0]!}` };
    expect((await raw('/', { anonymous: true, headers: cookie })).body).toContain('Tenfold test');
    expect((await list(cookie)).status).toBe(200);
    // The redirect stays on this host whatever the path looks like.
    expect((await raw(`//other.example/?token=${token}`, { anonymous: true })).headers.location).toBe('/');
  });

  it('accepts it as a bearer, for clients other than a browser', async () => {
    const res = await list(bearer);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: [expect.objectContaining({ id: 'three-tier' })] });
  });

  it('is new and random at every start when none is given', async () => {
    const hosts = [await startHost({ handlers: testHandlers(), staticDir, port: 0 }), await startHost({ handlers: testHandlers(), staticDir, port: 0 })];
    try {
      const [a, b] = hosts.map((running) => running.token!);
      expect(Buffer.from(a!, 'base64url')).toHaveLength(32);
      expect(a).not.toBe(b);
      expect(hosts[0]!.openUrl).toBe(`${hosts[0]!.url}?token=${a}`);
    } finally {
      await Promise.all(hosts.map((running) => running.close()));
    }
  });
});
