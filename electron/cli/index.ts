import { main } from './main';
import { terminalText } from './terminalText';
import type { CliIo } from './command';

// `tenfold check … | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Every line goes through terminalText: output shows names from project files, which may hold escape sequences.
const io: CliIo = {
  out: (text) => process.stdout.write(`${terminalText(text)}\n`),
  write: (chunk) => process.stdout.write(terminalText(chunk)),
  err: (text) => process.stderr.write(`${terminalText(text)}\n`),
  cwd: process.cwd(),
  env: process.env,
};

main(process.argv.slice(2), io).then(
  (code) => {
    // serve keeps the process alive by its open server; everything else exits with its code.
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(`tenfold: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
