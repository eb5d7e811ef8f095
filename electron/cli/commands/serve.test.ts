import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenfold, tokenHeaders } from '../../../test/e2e/support/tenfold';
import { repoRoot, runCli } from '../testing/runCli';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tenfold-serve-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('tenfold serve (the built CLI in a child process)', () => {
  it('serves the app and the contract, then stops cleanly on SIGTERM', async () => {
    const dataDir = join(scratch, 'library');
    const tenfold = await startTenfold({ dataDir });
    try {
      expect(tenfold.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
      expect(tenfold.output()).toContain(`(library: ${dataDir}) — press Ctrl+C to stop`);

      // The printed address trades its token for a cookie and leads to the app.
      const opened = await fetch(tenfold.url, { redirect: 'manual' });
      expect(opened.status).toBe(303);
      const cookie = opened.headers.get('set-cookie')!.split(';')[0]!;
      const page = await fetch(new URL('/', tenfold.url), { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"></div>');
      const bare = await fetch(new URL('/', tenfold.url));
      expect(bare.status).toBe(403);
      expect(await bare.text()).toContain('Open the address <code>tenfold serve</code> printed');

      const api = new URL('api/projects:list', tenfold.url);
      const call = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', ...tokenHeaders(tenfold.url) }, body: '{}' });
      expect(await call.json()).toEqual({ ok: true, value: [] });
      const without = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(without.status).toBe(403);
    } finally {
      const code = await tenfold.stop();
      expect(code).toBe(0);
    }
    expect(tenfold.output()).toContain('Tenfold stopped.');
    expect(existsSync(join(dataDir, 'library.sqlite'))).toBe(true);
  });

  it('stops cleanly on SIGINT (Ctrl+C) too', async () => {
    const dataDir = join(scratch, 'interrupted');
    const tenfold = await startTenfold({ dataDir });
    expect(await tenfold.stop('SIGINT')).toBe(0);
    expect(tenfold.output()).toContain('Tenfold stopped.');
    expect(existsSync(join(dataDir, 'library.sqlite'))).toBe(true);
  });

  it('exits 2 with a clear message when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await runCli(['serve', '--port', String(port), '--data-dir', join(scratch, 'busy')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('refuses to bind another address without --share', async () => {
    const run = await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--data-dir', join(scratch, 'host')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('to let other machines in, add --share');
  });

  it('shares a review with --share: HTTPS, the fingerprint, two links and a QR code of the participant link', async () => {
    const tenfold = await startTenfold({ dataDir: join(scratch, 'shared'), share: true });
    try {
      const out = tenfold.output();
      expect(tenfold.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      expect(out).toMatch(/Certificate SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}\n/);
      expect(tenfold.share!.presenter).toMatch(new RegExp(`^${tenfold.url}share/[A-Za-z0-9_-]{43}$`));
      expect(tenfold.share!.participant).toMatch(new RegExp(`^${tenfold.url}share/[A-Za-z0-9_-]{43}$`));
      expect(tenfold.share!.presenter).not.toBe(tenfold.share!.participant);
      // The QR code is drawn with half blocks after the participant link.
      expect(out.slice(out.indexOf(tenfold.share!.participant))).toMatch(/[▀▄█]{7}/);
      // The token is printed once per link and nowhere else.
      const token = tenfold.share!.participant.split('/share/')[1]!;
      expect(out.split(token)).toHaveLength(2);
    } finally {
      expect(await tenfold.stop()).toBe(0);
    }
  });

  it('says which address is wrong when --share names one the machine does not have', async () => {
    const run = await runCli(['serve', '--share', '--host', '203.0.113.77', '--port', '0', '--data-dir', join(scratch, 'wrong-address')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('This machine has no address 203.0.113.77');
  });

  it.each([
    ['--port', 'eighty'],
    ['--port', '70000'],
    ['--colour', 'red'],
  ])('refuses bad options: %s %s', async (flag, value) => {
    const run = await runCli(['serve', flag, value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^tenfold serve: /);
  });

  it('says to run npm run build when the renderer build is missing', async () => {
    // A copy of the installed package without out/renderer, so the real build stays untouched.
    const pkg = join(scratch, 'package');
    await mkdir(join(pkg, 'out'), { recursive: true });
    await cp(join(repoRoot, 'package.json'), join(pkg, 'package.json'));
    await cp(join(repoRoot, 'bin'), join(pkg, 'bin'), { recursive: true });
    await cp(join(repoRoot, 'out', 'main'), join(pkg, 'out', 'main'), { recursive: true });
    await symlink(join(repoRoot, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    const run = await runCli(['serve', '--port', '0', '--data-dir', join(scratch, 'unbuilt')], { root: pkg });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Run "npm run build"');
    expect(existsSync(join(scratch, 'unbuilt'))).toBe(false);
  });
});
