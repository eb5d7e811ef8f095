/**
 * The renderer's Content-Security-Policy, one text for the desktop app (app:// responses) and the
 * web host (HTTP responses), so the two can never drift apart.
 *
 * Scripts only from our own origin and never evaluated from strings. Styles allow 'unsafe-inline'
 * because Mantine writes its CSS variables into a <style> element at runtime and React Flow and
 * Mantine position elements with style attributes (a nonce cannot cover style attributes). Images
 * and fonts may be data:/blob: URLs (icons, exported diagrams); the layout worker may come from
 * blob:. `connect-src 'self'` keeps the renderer off the network. Nothing remote, anywhere.
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
