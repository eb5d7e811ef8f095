import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './projectFile';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tenfold-atomic-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates a file and replaces an existing one, leaving no temp files', () => {
    const path = join(folder, 'shop.tenfold.json');
    writeFileAtomic(path, '{"v":1}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"v":1}\n');
    writeFileAtomic(path, '{"v":2, "name":"Zürich"}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"v":2, "name":"Zürich"}\n');
    expect(readdirSync(folder)).toEqual(['shop.tenfold.json']);
  });

  it('writes bytes as they are', () => {
    const path = join(folder, 'report.pdf');
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);
    writeFileAtomic(path, bytes);
    expect([...readFileSync(path)]).toEqual([...bytes]);
  });

  it('keeps the old file and removes the temp file when a step fails', () => {
    const path = join(folder, 'shop.tenfold.json');
    writeFileSync(path, 'old content\n');
    let sawTemp = '';
    expect(() =>
      writeFileAtomic(path, 'new content\n', {
        beforeRename: (temp) => {
          sawTemp = temp;
          expect(readFileSync(temp, 'utf8')).toBe('new content\n');
          throw new Error('disk unplugged');
        },
      }),
    ).toThrow('disk unplugged');
    expect(sawTemp).not.toBe('');
    expect(readFileSync(path, 'utf8')).toBe('old content\n');
    expect(readdirSync(folder)).toEqual(['shop.tenfold.json']);
  });

  it('fails cleanly when the target cannot be replaced (it is a folder)', () => {
    const path = join(folder, 'taken');
    mkdirSync(path);
    writeFileSync(join(path, 'inside'), 'x');
    expect(() => writeFileAtomic(path, 'text')).toThrow();
    expect(readdirSync(folder)).toEqual(['taken']);
    expect(readFileSync(join(path, 'inside'), 'utf8')).toBe('x');
  });

  it('fails when the folder does not exist, creating nothing', () => {
    expect(() => writeFileAtomic(join(folder, 'missing', 'a.json'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });
});
