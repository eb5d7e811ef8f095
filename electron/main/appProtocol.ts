/**
 * Maps an `app://tenfold/<path>` request to a file of the built renderer, refusing anything
 * outside it. Pure: `join`/`normalize` come from node:path in main.
 */
export const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return (dot >= 0 ? mimeTypes[path.slice(dot).toLowerCase()] : undefined) ?? 'application/octet-stream';
}

/**
 * The file under `rendererDir` a URL asks for, or null when it is not ours or escapes the folder
 * (`..`, encoded or not). `/` serves index.html.
 */
export function rendererFileFor(url: string, rendererDir: string, path: { join(...parts: string[]): string; sep: string }): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const segments = pathname.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return null;
  if (segments.length === 0) segments.push('index.html');
  const file = path.join(rendererDir, ...segments);
  return file.startsWith(rendererDir + path.sep) ? file : null;
}
