import { commands } from './commands';
import type { CliIo } from './command';
import { version } from '../../package.json';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  return [
    'tenfold — find what breaks when traffic or data grows tenfold',
    '',
    'Usage: tenfold <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help     show help (also: tenfold <command> --help)',
    '  --version  print the version',
  ].join('\n');
}

/** Entry point of the `tenfold` command; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(`tenfold: unknown command "${name}". Run "tenfold --help" to see the commands.`);
    return 2;
  }
  // Only commands that run checks load node:v8 for it; `validate` and `--version` start without it.
  if (entry.runsEngine) (await import('../checking/engineTiering')).skipTopTierCompiler();
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  return command.run(rest, io);
}
