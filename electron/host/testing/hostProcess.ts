/**
 * Child process of the two-host test: runs what `tenfold serve` runs (startTenfoldHost) on the
 * library in <dataDir> with a placeholder app folder, prints "url <address> token <token>" once listening,
 * and stops cleanly on SIGTERM.
 * Run: node --import ./electron/testing/sourceRuntime.mjs electron/host/testing/hostProcess.ts <dataDir> <staticDir> <templatesDir> [budgets JSON]
 * (A script only: nothing imports it.)
 */
import { startTenfoldHost } from '../tenfoldHost';

const [dataDir, staticDir, templatesDir, budgets] = process.argv.slice(2);
if (!dataDir || !staticDir || !templatesDir) {
  process.stderr.write('usage: hostProcess.ts <dataDir> <staticDir> <templatesDir> [budgets JSON]\n');
  process.exit(2);
}
const host = await startTenfoldHost({
  dataDir,
  staticDir,
  templatesDir,
  port: 0,
  ...(budgets ? { budgetsMs: JSON.parse(budgets) as Record<string, number> } : {}),
});
process.stdout.write(`url ${host.url} token ${host.token}\n`);
process.once('SIGTERM', () => {
  void host.stop().then(() => process.exit(0));
});
