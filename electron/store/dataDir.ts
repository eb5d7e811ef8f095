import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder holding the library: TENFOLD_DATA_DIR when set, else the folder Electron uses as
 * its user-data folder for an app named Tenfold, so the desktop app, `tenfold serve` and the CLI
 * share one library: %APPDATA%\Tenfold, ~/Library/Application Support/Tenfold, or
 * $XDG_CONFIG_HOME/Tenfold (~/.config/Tenfold).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const override = env.TENFOLD_DATA_DIR?.trim();
  if (override) return override;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Tenfold');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Tenfold');
  return join(env.XDG_CONFIG_HOME?.trim() || join(home, '.config'), 'Tenfold');
}

/** The database file inside a data folder. */
export const LIBRARY_FILE = 'library.sqlite';
