import { contentSecurityPolicy as sharedPolicy } from '../../shared/security/contentSecurityPolicy';

/**
 * Security policy of the desktop shell, as plain functions so it is unit-tested without Electron.
 * The renderer is served from our own `app://tenfold/` scheme (never file://), every response
 * carries this CSP, navigation away from the app is blocked, and new windows are refused except
 * http(s) links, which go to the system browser.
 */

/** Scheme and origin the renderer is served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tenfold';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The Content-Security-Policy on every response (shared with the web host). */
export function contentSecurityPolicy(): string {
  return sharedPolicy;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Only our own app origin may be shown in a window; everything else is blocked. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * `will-navigate`: the app is a single page and never navigates. Reloading the app itself is
 * allowed (same origin); anything else is prevented.
 */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Origins whose pages the system browser may be asked to open. None: the app links nowhere
 * outside itself, and a renderer that could open any URL could send the user anywhere.
 */
export const externalOrigins: readonly string[] = [];

/** Links the system browser may open: http(s) on an allowed origin, no credentials in the URL. */
export function externalUrlAllowed(url: string, allowed: readonly string[] = externalOrigins): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return false;
  return allowed.includes(parsed.origin);
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/** `setWindowOpenHandler`: never a new Electron window; links to allowed origins open in the system browser. */
export function windowOpenDecision(url: string, allowed: readonly string[] = externalOrigins): WindowOpenDecision {
  return { action: 'deny', openExternally: externalUrlAllowed(url, allowed) ? url : null };
}

/** The only webPreferences a Tenfold window is ever created with. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click would open links in new windows, bypassing the window-open policy's intent.
    disableBlinkFeatures: 'Auxclick',
  } as const;
}

/** Permission requests (camera, notifications, geolocation…): the app needs none. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}
