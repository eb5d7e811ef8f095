import type { CliCommand } from './command';

/** Every subcommand of `tenfold`, in the order `--help` lists them. Add one line per command. */
export const commands: readonly CliCommand[] = [
];
