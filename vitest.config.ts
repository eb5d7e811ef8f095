import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'electron/**/*.test.ts',
            'shared/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'test/layers/**/*.test.ts',
            'test/fixtures/**/*.test.ts',
            'test/calibration/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A real browser on a shared 2-core machine: one more try for a spec whose timing
          // (e.g. "no main-thread task over 100 ms") was disturbed by another process. A spec that
          // fails twice still fails the run.
          retry: 1,
        },
      },
    ],
  },
});
