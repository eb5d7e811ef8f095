import { describe, expect, it } from 'vitest';
import type { FetchResult } from './electronBinary.mjs';
import { startTenfold, type StartSteps } from './startPlan.mjs';

const withDisplay = { DISPLAY: ':0' };

/** Steps that record what ran; `installed` is where the binary is, `fetched` what a fetch installs. */
function recordingSteps(options: {
  installed?: string | null;
  fetch?: FetchResult & { installs?: string };
  buildOk?: boolean;
  desktopExit?: { code: number; failedAtStart: boolean };
}) {
  const ran: string[] = [];
  const said: string[] = [];
  let binary = options.installed ?? null;
  const steps: StartSteps = {
    findBinary: () => binary,
    fetchBinary: async () => {
      ran.push('fetch');
      const result = options.fetch ?? { ok: false, reason: 'no fetch configured' };
      if (result.ok && result.installs) binary = result.installs;
      return result;
    },
    buildIfNeeded: async () => {
      ran.push('build');
      return options.buildOk ?? true;
    },
    openDesktop: async (path) => {
      ran.push(`desktop ${path}`);
      return options.desktopExit ?? { code: 0, failedAtStart: false };
    },
    serve: async () => {
      ran.push('serve');
      return 0;
    },
    say: (text) => said.push(text),
  };
  return { steps, ran, said: () => said.join('\n') };
}

describe('npm start: desktop app or the browser', () => {
  it('opens the desktop app with an installed binary, without fetching', async () => {
    const { steps, ran } = recordingSteps({ installed: '/e/electron' });
    expect(await startTenfold(steps, withDisplay, 'linux')).toBe(0);
    expect(ran).toEqual(['build', 'desktop /e/electron']);
  });

  it('fetches a missing binary and opens the desktop app with it', async () => {
    const { steps, ran } = recordingSteps({ fetch: { ok: true, installs: '/e/electron' } });
    await startTenfold(steps, withDisplay, 'linux');
    expect(ran).toEqual(['fetch', 'build', 'desktop /e/electron']);
  });

  it('serves the app and says why when the fetch fails', async () => {
    const { steps, ran, said } = recordingSteps({ fetch: { ok: false, reason: 'TypeError: fetch failed' } });
    await startTenfold(steps, withDisplay, 'linux');
    expect(ran).toEqual(['fetch', 'build', 'serve']);
    expect(said()).toContain('the desktop app did not open: the Electron binary is not installed, and fetching it failed (TypeError: fetch failed)');
    expect(said()).toContain('npx install-electron');
  });

  it('serves the app when install-electron succeeds but the binary is still not where Electron looks', async () => {
    const { steps, ran, said } = recordingSteps({ fetch: { ok: true } });
    await startTenfold(steps, withDisplay, 'darwin');
    expect(ran).toEqual(['fetch', 'build', 'serve']);
    expect(said()).toContain('no Electron executable');
  });

  it.each([
    [{ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, 'ELECTRON_SKIP_BINARY_DOWNLOAD is set'],
    [{ CI: 'true' }, 'this is a CI run'],
  ])('does not download where %o says not to, and serves the app', async (env, reason) => {
    const { steps, ran, said } = recordingSteps({ fetch: { ok: true, installs: '/e/electron' } });
    await startTenfold(steps, { ...withDisplay, ...env }, 'linux');
    expect(ran).toEqual(['build', 'serve']);
    expect(said()).toContain(reason);
  });

  it('downloads when CI or ELECTRON_SKIP_BINARY_DOWNLOAD is set to false', async () => {
    const { steps, ran } = recordingSteps({ fetch: { ok: true, installs: '/e/electron' } });
    await startTenfold(steps, { ...withDisplay, CI: 'false', ELECTRON_SKIP_BINARY_DOWNLOAD: '0' }, 'linux');
    expect(ran).toEqual(['fetch', 'build', 'desktop /e/electron']);
  });

  it('serves the app on Linux without a display even with the binary installed, and fetches nothing', async () => {
    const { steps, ran, said } = recordingSteps({ installed: '/e/electron' });
    await startTenfold(steps, {}, 'linux');
    expect(ran).toEqual(['build', 'serve']);
    expect(said()).toContain('no graphical display');
  });

  it('needs no DISPLAY on macOS or Windows', async () => {
    for (const platform of ['darwin', 'win32']) {
      const { steps, ran } = recordingSteps({ installed: '/e/electron' });
      await startTenfold(steps, {}, platform);
      expect(ran).toEqual(['build', 'desktop /e/electron']);
    }
  });

  it('serves the app when Electron exits with an error as it starts', async () => {
    const { steps, ran, said } = recordingSteps({ installed: '/e/electron', desktopExit: { code: 1, failedAtStart: true } });
    expect(await startTenfold(steps, withDisplay, 'linux')).toBe(0);
    expect(ran).toEqual(['build', 'desktop /e/electron', 'serve']);
    expect(said()).toContain('the desktop app did not open: Electron exited with code 1 as it started');
  });

  it('passes on the exit code of a desktop app that ran', async () => {
    const { steps, ran } = recordingSteps({ installed: '/e/electron', desktopExit: { code: 3, failedAtStart: false } });
    expect(await startTenfold(steps, withDisplay, 'linux')).toBe(3);
    expect(ran).toEqual(['build', 'desktop /e/electron']);
  });

  it('starts nothing when the build fails', async () => {
    const { steps, ran, said } = recordingSteps({ installed: '/e/electron', buildOk: false });
    expect(await startTenfold(steps, withDisplay, 'linux')).toBe(1);
    expect(ran).toEqual(['build']);
    expect(said()).toContain('the build failed');
  });
});
