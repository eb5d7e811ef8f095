import { describe, expect, it } from 'vitest';
import { posix } from 'node:path';
import { isProjectFilePath, projectFileFromArgv } from './launchArgs';

const resolve = (cwd: string, p: string) => posix.resolve(cwd, p);

describe('project file from argv', () => {
  it('finds a project file given on the command line or by "Open with"', () => {
    expect(projectFileFromArgv(['/opt/Tenfold/tenfold', '/home/ana/shop.tenfold.json'], '/', resolve)).toBe('/home/ana/shop.tenfold.json');
    expect(projectFileFromArgv(['tenfold', 'shop.TENFOLD.json'], '/home/ana', resolve)).toBe('/home/ana/shop.TENFOLD.json');
  });

  it('skips switches Chromium and Electron add, the dev app path, and other files', () => {
    expect(projectFileFromArgv(['electron', '.', '--allow-file-access-from-files', '--enable-logging', 'notes.txt', 'b.tenfold.json'], '/w', resolve)).toBe(
      '/w/b.tenfold.json',
    );
    expect(projectFileFromArgv(['electron', '.', '--inspect=9229'], '/w', resolve)).toBeNull();
    expect(projectFileFromArgv(['tenfold'], '/w', resolve)).toBeNull();
    expect(projectFileFromArgv(['tenfold', '--x.tenfold.json'], '/w', resolve)).toBeNull();
  });

  it('recognizes project files by suffix only', () => {
    expect(isProjectFilePath('a.tenfold.json')).toBe(true);
    expect(isProjectFilePath('a.json')).toBe(false);
    expect(isProjectFilePath('tenfold.json')).toBe(false);
  });
});
