import { randomUUID } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request, type RequestOptions } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkServerIdentity, connect, type PeerCertificate } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChannels } from '../../../shared/ipc/access';
import type { Channel } from '../../../shared/ipc/contract';
import { createHandlers } from '../../handlers/handlers';
import { openLibrary, type Library } from '../../store/library';
import { createLanes, type Lanes } from '../lanes/lanes';
import { findPackageRoot } from '../packageRoot';
import { startHost, type RunningHost } from '../server';
import { prepareShare, type ShareStart } from './shareHost';
import { roleOfToken } from './tokens';

/**
 * A shared review over real HTTPS: the host with its certificate made at start, the real
 * handlers, its lanes (threads) and a real library in a temporary folder, bound to 127.0.0.1 so
 * the test needs no network. Requests trust exactly this certificate (no "ignore TLS errors"), so they also prove
 * the certificate names the address.
 */
let root: string;
let library: Library;
let lanes: Lanes;
let share: ShareStart;
let host: RunningHost;
let projectId: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tenfold-share-'));
  const staticDir = join(root, 'renderer');
  await mkdir(staticDir, { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Tenfold test</title><div id="root"></div>');
  library = openLibrary(join(root, 'library'));
  const templatesDir = join(findPackageRoot(), 'templates');
  lanes = createLanes({ dataDir: join(root, 'library'), templatesDir });
  share = await prepareShare(library, templatesDir, '127.0.0.1');
  host = await startHost({ handlers: createHandlers({ library, templatesDir }), lanes, staticDir, port: 0, host: '127.0.0.1', share: share.setup });
  const created = await api('projects:create', { name: 'Shop', templateId: 'three-tier-web' }, { token: share.setup.tokens.presenter });
  projectId = (created.body.value as { project: { id: string } }).project.id;
}, 60_000);

afterAll(async () => {
  await host?.close();
  await lanes?.close();
  library?.close();
  await rm(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  text: string;
}

interface Call {
  method?: string;
  token?: string;
  headers?: Record<string, string>;
  body?: string;
}

function httpsOptions(path: string, call: Call): RequestOptions {
  const headers: Record<string, string> = { host: `127.0.0.1:${host.port}`, ...call.headers };
  if (call.token !== undefined) headers.cookie = `tenfold_${host.port}=${call.token}`;
  // The certificate is checked against the address connected to, not the Host header a test forges.
  const identity = (_name: string, cert: PeerCertificate) => checkServerIdentity('127.0.0.1', cert);
  return {
    host: '127.0.0.1',
    port: host.port,
    path,
    method: call.method ?? 'GET',
    headers,
    ca: share.setup.tls.cert,
    checkServerIdentity: identity,
    agent: false,
  };
}

function send(path: string, call: Call = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(httpsOptions(path, call), (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Answer['body'] = { ok: false };
        try {
          body = JSON.parse(text) as Answer['body'];
        } catch {
          // Not JSON: static files and redirects; the test reads `text`.
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
      });
    });
    req.on('error', reject);
    req.end(call.body);
  });
}

function api(channel: Channel, input: unknown, call: Call = {}): Promise<Answer> {
  return send(`/api/${channel}`, { method: 'POST', ...call, headers: { 'content-type': 'application/json', ...call.headers }, body: JSON.stringify(input) });
}

/** An event stream opened with a token, collecting events until closed. */
function openEvents(token: string): Promise<{ events: { name: string; data: unknown }[]; next(name: string): Promise<unknown>; close(): void }> {
  return new Promise((resolve, reject) => {
    const events: { name: string; data: unknown }[] = [];
    const waiting: { name: string; resolve: (data: unknown) => void }[] = [];
    const req = request(httpsOptions('/share/events', { token }), (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events answered ${res.statusCode}`));
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (name === undefined || data === undefined) continue;
          const event = { name, data: JSON.parse(data) as unknown };
          const waiter = waiting.findIndex((w) => w.name === name);
          if (waiter >= 0) waiting.splice(waiter, 1)[0]!.resolve(event.data);
          else events.push(event);
        }
      });
      resolve({
        events,
        next: (name) => {
          const queued = events.findIndex((e) => e.name === name);
          if (queued >= 0) return Promise.resolve(events.splice(queued, 1)[0]!.data);
          return new Promise((resolveEvent) => waiting.push({ name, resolve: resolveEvent }));
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
    req.end();
  });
}

describe('the certificate', () => {
  it('is the one whose fingerprint is printed, and names the address it serves', async () => {
    const peer = await new Promise<PeerCertificate>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: host.port, ca: share.setup.tls.cert }, () => {
        resolve(socket.getPeerCertificate());
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(peer.fingerprint256).toBe(share.fingerprint256);
    expect(peer.subjectaltname).toContain('IP Address:127.0.0.1');
    expect(host.url).toBe(`https://127.0.0.1:${host.port}/`);
  });
});

describe('tokens', () => {
  it('grants the role of the matching token only', () => {
    const { tokens } = share.setup;
    expect(roleOfToken(tokens.presenter, tokens)).toBe('presenter');
    expect(roleOfToken(tokens.participant, tokens)).toBe('participant');
    expect(roleOfToken(tokens.presenter.slice(0, -1), tokens)).toBeNull();
    expect(roleOfToken(`${tokens.participant}x`, tokens)).toBeNull();
    expect(roleOfToken('', tokens)).toBeNull();
    expect(tokens.presenter).not.toBe(tokens.participant);
    expect(Buffer.from(tokens.presenter, 'base64url')).toHaveLength(32);
  });

  it('serves the app to anyone but the library only with a token', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root"></div>');
    for (const token of [undefined, 'guessed', share.setup.tokens.presenter.toUpperCase()]) {
      const list = await api('projects:list', {}, token === undefined ? {} : { token });
      expect(list.status).toBe(403);
      expect(list.body.error?.message).toContain('open the presenter or participant link');
      expect((await send('/share/session', token === undefined ? {} : { token })).status).toBe(403);
      expect((await send('/share/events', token === undefined ? {} : { token })).status).toBe(403);
    }
  });

  it('swaps a link for a cookie scripts cannot read, and refuses a wrong link', async () => {
    const joined = await send(`/share/${share.setup.tokens.participant}`);
    expect(joined.status).toBe(303);
    expect(joined.headers.location).toBe('/');
    expect(joined.headers['set-cookie']).toEqual([`tenfold_${host.port}=${share.setup.tokens.participant}; Path=/; HttpOnly; Secure; SameSite=Strict`]);
    const wrong = await send('/share/not-the-token');
    expect(wrong.status).toBe(403);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(wrong.body.error?.message).toContain('ask the presenter for the current one');
  });

  it('tells each browser its role', async () => {
    expect((await send('/share/session', { token: share.setup.tokens.presenter })).body.value).toEqual({ role: 'presenter' });
    expect((await send('/share/session', { token: share.setup.tokens.participant })).body.value).toEqual({ role: 'participant' });
    // A client without cookies sends its link's token as a bearer, as it would to the loopback host.
    expect((await send('/share/session', { headers: { authorization: `Bearer ${share.setup.tokens.participant}` } })).body.value).toEqual({
      role: 'participant',
    });
  });
});

/** A valid input for every write channel: each would succeed for the presenter. */
function writeInputs(): Record<string, unknown> {
  const project = library.current(projectId).project;
  const revisions = library.listRevisions(projectId);
  const copy = { ...project, id: randomUUID(), components: [], connections: [], zones: [], review: { findings: [], decisions: [] } };
  return {
    'projects:create': { name: 'Sneaky' },
    'projects:save': { project: { ...project, name: 'Renamed by a participant' } },
    'projects:rename': { id: projectId, name: 'Renamed by a participant' },
    'projects:duplicate': { id: projectId },
    'projects:delete': { id: projectId },
    'projects:undelete': { id: projectId },
    'projects:restore': { id: projectId, revisionId: revisions.at(-1)!.id },
    'projects:import': { fileName: 'copy.tenfold.json', content: JSON.stringify(copy), mode: 'new' },
    'review:update': { projectId, key: 'any|key', status: 'fixed' },
    'review:decide': { projectId, decision: { id: randomUUID(), title: 'Sneaky decision', date: '2026-12-07' } },
    'settings:set': { key: 'theme', value: 'dark' },
    'import:preview': { files: [{ path: 'docker-compose.yml', content: 'services:\n  web:\n    image: nginx\n' }] },
    'import:create': { project: copy, source: 'docker-compose.yml' },
  };
}

describe('participants', () => {
  it('are refused every write channel with 403, and the library stays as it was', async () => {
    const inputs = writeInputs();
    expect(Object.keys(inputs).sort()).toEqual([...writeChannels].sort());
    const before = { list: library.list(), revisions: library.listRevisions(projectId), settings: library.settings() };
    for (const channel of writeChannels) {
      const answer = await api(channel, inputs[channel], { token: share.setup.tokens.participant });
      expect({ channel, status: answer.status, code: answer.body.error?.code }).toEqual({ channel, status: 403, code: 'FORBIDDEN' });
      expect(answer.body.error?.message).toBe('You joined this review as a participant: you can look around, but only the presenter can change anything.');
    }
    expect({ list: library.list(), revisions: library.listRevisions(projectId), settings: library.settings() }).toEqual(before);
  });

  it('read and check projects without putting them on the recent list', async () => {
    const token = share.setup.tokens.participant;
    const recentBefore = library.recent();
    const opened = await api('projects:open', { id: projectId }, { token });
    expect(opened.status).toBe(200);
    expect((opened.body.value as { project: { name: string } }).project.name).toBe('Shop');
    const check = await api('check:opened', { checkId: (opened.body.value as { checkId: string }).checkId }, { token });
    expect(check.status).toBe(200);
    expect((await api('projects:list', {}, { token })).body.value).toEqual([expect.objectContaining({ id: projectId })]);
    expect(library.recent()).toEqual(recentBefore);
  });

  it('cannot publish a focus; the presenter can', async () => {
    const focus = JSON.stringify({ projectId, findingKey: null, reviewMode: false, viewport: null });
    const refused = await send('/share/focus', {
      method: 'POST',
      token: share.setup.tokens.participant,
      headers: { 'content-type': 'application/json' },
      body: focus,
    });
    expect(refused.status).toBe(403);
    const accepted = await send('/share/focus', {
      method: 'POST',
      token: share.setup.tokens.presenter,
      headers: { 'content-type': 'application/json' },
      body: focus,
    });
    expect(accepted.status).toBe(200);
    const invalid = await send('/share/focus', {
      method: 'POST',
      token: share.setup.tokens.presenter,
      headers: { 'content-type': 'application/json' },
      body: '{"projectId":"nope"}',
    });
    expect(invalid.status).toBe(400);
  });
});

describe('following the presenter', () => {
  it('streams the presenter focus and saves to participants as they happen', async () => {
    const presenter = share.setup.tokens.presenter;
    const events = await openEvents(share.setup.tokens.participant);
    try {
      // The stream opens with where the presenter is now.
      expect(await events.next('focus')).toEqual(expect.objectContaining({ reviewMode: expect.any(Boolean) }));
      const focus = { projectId, findingKey: 'spof|db', reviewMode: true, viewport: { x: -120, y: 40, zoom: 0.8 } };
      await send('/share/focus', { method: 'POST', token: presenter, headers: { 'content-type': 'application/json' }, body: JSON.stringify(focus) });
      expect(await events.next('focus')).toEqual(focus);

      const decided = await api(
        'review:update',
        { projectId, key: 'spof|db', status: 'accepted-risk', rationale: 'Nightly restore tested', owner: 'Ops' },
        { token: presenter },
      );
      expect(decided.status).toBe(200);
      const latest = library.listRevisions(projectId).at(0)!;
      expect(await events.next('changed')).toEqual({ projectId, revisionId: null });
      expect(library.current(projectId).project.review.findings).toEqual([expect.objectContaining({ key: 'spof|db', status: 'accepted-risk' })]);

      const saved = await api(
        'projects:save',
        { project: { ...library.current(projectId).project, name: 'Shop v2' }, basedOn: library.current(projectId).revisionId },
        { token: presenter },
      );
      expect(saved.status).toBe(200);
      expect(await events.next('changed')).toEqual({ projectId, revisionId: (saved.body.value as { revisionId: number }).revisionId });
      expect(latest.id).toBeLessThan((saved.body.value as { revisionId: number }).revisionId);
    } finally {
      events.close();
    }
  });
});

describe('who is in the room', () => {
  it('tells every stream how many participants are in, as they join and leave; the presenter hears nothing else', async () => {
    const presenter = await openEvents(share.setup.tokens.presenter);
    try {
      expect(await presenter.next('room')).toEqual({ participants: 0 });
      const first = await openEvents(share.setup.tokens.participant);
      expect(await presenter.next('room')).toEqual({ participants: 1 });
      expect(await first.next('room')).toEqual({ participants: 1 });
      const second = await openEvents(share.setup.tokens.participant);
      expect(await presenter.next('room')).toEqual({ participants: 2 });
      first.close();
      expect(await presenter.next('room')).toEqual({ participants: 1 });
      second.close();
      expect(await presenter.next('room')).toEqual({ participants: 0 });
      expect(presenter.events.filter((e) => e.name !== 'room')).toEqual([]);
    } finally {
      presenter.close();
    }
  });
});

describe('host and origin checks still bite when shared', () => {
  it('refuses another host name even with the presenter token (DNS rebinding)', async () => {
    const answer = await api('projects:list', {}, { token: share.setup.tokens.presenter, headers: { host: `evil.example:${host.port}` } });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.message).toContain(`Open Tenfold as https://127.0.0.1:${host.port}/`);
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['plain http', 'http://127.0.0.1:PORT'],
    ['another port', 'https://127.0.0.1:1'],
  ])('refuses a POST whose Origin is %s', async (_label, origin) => {
    const answer = await api(
      'settings:set',
      { key: 'theme', value: 'dark' },
      { token: share.setup.tokens.presenter, headers: { origin: origin.replace('PORT', String(host.port)) } },
    );
    expect(answer.status).toBe(403);
    expect(answer.body.error?.message).toBe('Requests from other sites are refused.');
  });

  it('accepts the page own origin', async () => {
    const answer = await api(
      'settings:get',
      {},
      { token: share.setup.tokens.presenter, headers: { origin: `https://localhost:${host.port}`, host: `localhost:${host.port}` } },
    );
    expect(answer.status).toBe(200);
  });
});
