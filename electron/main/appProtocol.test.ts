import { describe, expect, it } from 'vitest';
import { posix } from 'node:path';
import { mimeTypeOf, rendererFileFor } from './appProtocol';

const dir = '/app/out/renderer';

describe('app:// protocol file mapping', () => {
  it('serves index.html for the root and files inside the renderer build', () => {
    expect(rendererFileFor('app://tenfold/', dir, posix)).toBe('/app/out/renderer/index.html');
    expect(rendererFileFor('app://tenfold/assets/index-abc.js', dir, posix)).toBe('/app/out/renderer/assets/index-abc.js');
  });

  it('refuses to leave the renderer folder, encoded or not', () => {
    // The URL parser already folds plain `..` (app://tenfold/../x is app://tenfold/x, still inside).
    expect(rendererFileFor('app://tenfold/../main/index.js', dir, posix)).toBe('/app/out/renderer/main/index.js');
    expect(rendererFileFor('app://tenfold/assets/%2e%2e/%2e%2e/secret', dir, posix)).toBe('/app/out/renderer/secret');
    for (const url of [
      'app://tenfold/assets/..%2f..%2f..%2fsecret',
      'app://tenfold/%5c..%5c..%5cwin.ini',
      'app://tenfold/..%2f..%2fetc%2fpasswd',
      'app://tenfold/%00',
      'app://tenfold/%E0%A4%A',
    ]) {
      expect(rendererFileFor(url, dir, posix), url).toBeNull();
    }
  });

  it('types what it serves', () => {
    expect(mimeTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('/x/blob')).toBe('application/octet-stream');
  });
});
