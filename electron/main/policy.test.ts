import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  contentSecurityPolicy,
  externalUrlAllowed,
  isAppUrl,
  navigationAllowed,
  permissionAllowed,
  secureWebPreferences,
  windowOpenDecision,
} from './policy';

describe('content security policy', () => {
  const csp = contentSecurityPolicy();
  const directives = new Map(
    csp.split('; ').map((d) => {
      const [name, ...values] = d.split(' ');
      return [name!, values];
    }),
  );

  it('allows only our own origin for scripts, with no eval and no inline script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('names no remote origin anywhere', () => {
    expect(csp).not.toMatch(/https?:/);
    expect(csp).not.toMatch(/\*/);
  });

  it('forbids plugins, framing and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});

describe('navigation and new windows', () => {
  it('lets the app reload itself and blocks everything else', () => {
    expect(navigationAllowed(APP_ENTRY_URL)).toBe(true);
    expect(navigationAllowed('app://tenfold/index.html#/project/1')).toBe(true);
    expect(navigationAllowed('https://example.com/')).toBe(false);
    expect(navigationAllowed('file:///etc/passwd')).toBe(false);
    expect(navigationAllowed('app://evil/index.html')).toBe(false);
    expect(navigationAllowed('javascript:alert(1)')).toBe(false);
    expect(navigationAllowed('not a url')).toBe(false);
  });

  it('denies every new window and opens nothing outside by default', () => {
    for (const url of ['https://github.com/x', 'http://localhost:3000/', 'https://example.com/']) {
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny', openExternally: null });
    }
  });

  it('sends only http(s) links on an allowed origin to the system browser', () => {
    const allowed = ['https://github.com'];
    expect(windowOpenDecision('https://github.com/x', allowed)).toEqual({ action: 'deny', openExternally: 'https://github.com/x' });
    for (const url of [
      'https://github.com.evil.example/',
      'http://github.com/x',
      'https://gist.github.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'app://tenfold/index.html',
      'data:text/html,hi',
      'https://user:pw@github.com/',
    ]) {
      expect(windowOpenDecision(url, allowed), url).toEqual({ action: 'deny', openExternally: null });
    }
  });

  it('recognizes our own origin only', () => {
    expect(isAppUrl('app://tenfold/assets/index.js')).toBe(true);
    expect(isAppUrl('app://tenfold.evil/')).toBe(false);
    expect(externalUrlAllowed('https://')).toBe(false);
    expect(externalUrlAllowed('mailto:a@b.c')).toBe(false);
  });
});

describe('web preferences', () => {
  it('isolates, sandboxes and never integrates Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('grants no permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(permissionAllowed(p)).toBe(false);
  });
});
