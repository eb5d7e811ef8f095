import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notUtf8Message } from '../../shared/model/fileText';
import { createHandlers } from '../handlers/handlers';
import { openLibrary, type Library } from '../store/library';
import { findPackageRoot } from './packageRoot';
import { startHost, type RunningHost } from './server';

/**
 * The web host over the real handlers, a real SQLite library in a temporary folder and the real
 * templates: what `tenfold serve` runs, without the child process. Bad input over HTTP gets its
 * envelope and leaves the library as it was.
 */
let dataDir: string;
let library: Library;
let host: RunningHost;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tenfold-host-real-'));
  library = openLibrary(dataDir);
  const root = findPackageRoot();
  // Static files are not under test here; the templates folder stands in as a harmless root.
  host = await startHost({ handlers: createHandlers({ library, templatesDir: join(root, 'templates') }), staticDir: join(root, 'templates'), port: 0 });
});

afterAll(async () => {
  await host?.close();
  library?.close();
  await rm(dataDir, { recursive: true, force: true });
});

interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string; problems?: { path: string; message: string }[] };
}

async function call(channel: string, input: unknown): Promise<{ status: number; body: Envelope }> {
  const res = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as Envelope };
}

describe('web host over the real library', () => {
  it('creates a project from a template and lists it', async () => {
    const templates = await call('templates:list', {});
    const first = (templates.body.value as { id: string }[])[0];
    expect(first).toBeDefined();
    const created = await call('projects:create', { name: 'Shop <script>alert(1)</script>', templateId: first!.id });
    expect(created.status).toBe(200);
    const list = await call('projects:list', {});
    expect(list.body.value).toEqual([expect.objectContaining({ name: 'Shop <script>alert(1)</script>' })]);
  });

  it.each([
    ['not JSON', '{ "schemaVersion": 2,'],
    ['the wrong shape', JSON.stringify({ hello: 'world' })],
    [
      'a dangling connection',
      JSON.stringify({
        schemaVersion: 3,
        id: '2c1b6f0e-5a8e-4b8e-9a57-0f3d8c1d9e11',
        name: 'x',
        components: [],
        connections: [
          {
            id: '7f1c2e3d-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
            from: '11111111-1111-4111-8111-111111111111',
            to: '22222222-2222-4222-8222-222222222222',
            kind: 'sync',
          },
        ],
      }),
    ],
  ])('refuses an import that is %s with 400 and changes nothing', async (_label, content) => {
    const before = library.list();
    const res = await call('projects:import', { fileName: 'bad.tenfold.json', content });
    expect(res.status).toBe(400);
    expect(res.body.ok).toBe(false);
    expect(res.body.error?.code).toBe('INVALID_PROJECT_FILE');
    expect(res.body.error?.problems?.length).toBeGreaterThan(0);
    expect(library.list()).toEqual(before);
  });

  it('reads request bodies and project files as UTF-8 only, refusing others with the message the UI and the CLI give', async () => {
    const before = library.list();
    const body = JSON.stringify({
      fileName: 'café.tenfold.json',
      content: readFileSync(join(findPackageRoot(), 'templates', 'three-tier-web.tenfold.json'), 'utf8'),
    });
    const send = async (bytes: Buffer) => {
      const res = await fetch(`${host.url}api/projects:import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
        body: bytes,
      });
      return { status: res.status, body: (await res.json()) as Envelope };
    };
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]), Buffer.from(body, 'latin1')]) {
      const res = await send(bytes);
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ code: 'INVALID_INPUT', message: notUtf8Message('The request body') });
    }
    // A client that read a UTF-16 file as UTF-8 or Latin-1 sends garbled text: refused the same way, naming the file.
    const utf16File = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"schemaVersion": 4}', 'utf16le')]);
    for (const content of [utf16File.toString('utf8'), utf16File.toString('latin1')]) {
      const res = await call('projects:import', { fileName: 'shop.tenfold.json', content });
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ code: 'INVALID_PROJECT_FILE', message: notUtf8Message('shop.tenfold.json') });
    }
    expect(library.list()).toEqual(before);
    // The same body in UTF-8, with a byte-order mark, is read.
    expect((await send(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]))).status).toBe(200);
  });

  it('answers a missing project with 404', async () => {
    const res = await call('projects:open', { id: '0b6f4a7e-8f0e-4f51-9a51-6f1f1f3f2c11' });
    expect(res.status).toBe(404);
    expect(res.body.error?.code).toBe('NOT_FOUND');
  });
});
