import type { ServerResponse } from 'node:http';

/**
 * Content-Security-Policy for the built renderer. Scripts only from our own origin and never
 * evaluated from strings. Styles allow 'unsafe-inline' because Mantine writes its CSS variables
 * into a <style> element at runtime and React Flow and Mantine position elements with style
 * attributes; a nonce cannot cover style attributes. Images and fonts may be data:/blob: URLs
 * (icons, exported diagrams); workers may come from blob: (the layout worker). Nothing remote.
 * Kept in step with the desktop app's policy in electron/main/policy.ts.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every response of the web host, static files and API alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
}
