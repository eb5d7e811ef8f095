import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './dataDir';

describe('defaultDataDir', () => {
  it('prefers TENFOLD_DATA_DIR', () => {
    expect(defaultDataDir({ TENFOLD_DATA_DIR: '/tmp/tf' }, 'linux', '/home/ana')).toBe('/tmp/tf');
  });
  it('follows each platform convention', () => {
    expect(defaultDataDir({}, 'linux', '/home/ana')).toBe('/home/ana/.config/Tenfold');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ana')).toBe('/cfg/Tenfold');
    expect(defaultDataDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/Tenfold');
    expect(defaultDataDir({ APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'win32', 'C:/Users/ana')).toMatch(/Roaming[\\/]Tenfold$/);
  });
});
