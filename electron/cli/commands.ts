import type { CliCommand } from './command';
import { serveCommand } from './commands/serve';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { validateCommand } from './commands/validate';
import { checkCommand } from './commands/check';
import { libraryCommand } from './commands/library';
import { diffCommand } from './commands/diff';
import { mergeCommand } from './commands/merge';

/** Every subcommand of `tenfold`, in the order `--help` lists them. Add one line per command. */
export const commands: readonly CliCommand[] = [
  serveCommand,
  exportCommand,
  importCommand,
  validateCommand,
  checkCommand,
  libraryCommand,
  diffCommand,
  mergeCommand,
];
