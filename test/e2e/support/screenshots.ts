import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** test-results/ at the repository root (ignored by git; CI keeps it as an artifact). */
export const resultsDir = resolve(import.meta.dirname, '../../../test-results');

/**
 * The path for a screenshot named `name` (letters, digits, dashes) under test-results/, creating
 * the folder. Use it with `page.screenshot({ path: screenshotPath('library-after-reload') })`.
 */
export function screenshotPath(name: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(name)) throw new Error(`Screenshot name "${name}" must be letters, digits and dashes.`);
  mkdirSync(resultsDir, { recursive: true });
  return join(resultsDir, `${name}.png`);
}
