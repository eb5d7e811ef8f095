/** One `tenfold <name>` subcommand. Commands print to the given streams and return an exit code. */
export interface CliCommand {
  /** Full usage text for `tenfold <name> --help`. */
  readonly usage: string;
  /** Runs the command; resolves with the exit code (long-running commands like serve never resolve). */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  /** Prints a line (adds the newline). */
  readonly out: (text: string) => void;
  /** Prints text as it is: a piece of a longer output written in pieces. */
  readonly write: (chunk: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}
