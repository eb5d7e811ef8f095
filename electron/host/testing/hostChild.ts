import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const script = join(import.meta.dirname, 'hostProcess.ts');
const sourceRuntime = pathToFileURL(join(import.meta.dirname, '..', '..', 'testing', 'sourceRuntime.mjs')).href;
const repo = join(import.meta.dirname, '..', '..', '..');

/** A web host in a process of its own (hostProcess.ts), as `tenfold serve` runs, from the sources. */
export interface HostChild {
  readonly url: string;
  /** What every request needs: the run's token as a bearer. */
  readonly headers: Readonly<Record<string, string>>;
  readonly child: ChildProcess;
  /** SIGTERM, and resolves once it has exited. */
  stop(): Promise<void>;
}

export function startHostChild(dataDir: string, staticDir: string, templatesDir: string, budgetsMs?: Record<string, number>): Promise<HostChild> {
  return new Promise((resolve, reject) => {
    const args = ['--import', sourceRuntime, script, dataDir, staticDir, templatesDir, ...(budgetsMs ? [JSON.stringify(budgetsMs)] : [])];
    const child = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const [, url, token] = /^url (\S+) token (\S+)$/m.exec(output) ?? [];
      if (url && token)
        resolve({ url, headers: { authorization: `Bearer ${token}` }, child, stop: () => (child.exitCode === null && child.kill('SIGTERM'), exited) });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the host exited (${code}): ${output}`)));
  });
}
