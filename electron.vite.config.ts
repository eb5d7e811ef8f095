import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for everything: the Electron main process and the `tenfold` CLI (plain Node) share
// the main build; the preload is CommonJS because sandboxed preloads cannot be ES modules; the
// renderer is one static bundle that both Electron and the web host serve.
export default defineConfig({
  main: {
    build: {
      target: 'node22',
      // zod is bundled: as ~100 separate modules it took about twice the CPU to load, and
      // `tenfold validate` needs it before anything else.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          cli: resolve(import.meta.dirname, 'electron/cli/index.ts'),
          // The web host's lane threads (electron/host/lanes), started by file name.
          laneWorker: resolve(import.meta.dirname, 'electron/host/lanes/laneWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default. Minified, the startup bundle is
      // less than half the size, and the browser parses and compiles it before anything shows.
      // TENFOLD_NO_MINIFY=1 keeps the names, for reading a profile of the app in Chromium.
      minify: process.env.TENFOLD_NO_MINIFY !== '1',
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
