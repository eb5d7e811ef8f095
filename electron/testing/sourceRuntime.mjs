// Runs Tenfold's TypeScript sources under plain Node, as the build would run them: tsx for the
// TypeScript, and Vite's `?raw` imports (the runbook templates) as modules exporting the file's
// text. For child processes and worker threads that tests start on the sources:
//   node --import ./electron/testing/sourceRuntime.mjs some/script.ts
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
// Registered after tsx, so it runs before it: tsx does not know the `?raw` suffix.
register('./rawImports.mjs', import.meta.url);
