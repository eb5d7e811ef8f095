import type { FetchResult } from './electronBinary.mjs';

export interface StartSteps {
  readonly findBinary: () => string | null;
  readonly fetchBinary: () => Promise<FetchResult>;
  /** Resolves false when the build failed. */
  readonly buildIfNeeded: () => Promise<boolean>;
  /** Runs the desktop app until it exits; failedAtStart: it exited with an error as it started. */
  readonly openDesktop: (binary: string) => Promise<{ readonly code: number; readonly failedAtStart: boolean }>;
  readonly serve: () => Promise<number>;
  readonly say: (text: string) => void;
}

export type StartChoice = { readonly mode: 'desktop'; readonly binary: string } | { readonly mode: 'browser'; readonly reason: string };

/** Why no desktop window can open here whatever Electron does, or null. */
export function missingDisplay(env: NodeJS.ProcessEnv, platform: string): string | null;
/** Why the binary must not be downloaded here, or null. */
export function downloadRefused(env: NodeJS.ProcessEnv): string | null;
/** Desktop or browser, and for the browser the reason to print. */
export function chooseStart(steps: StartSteps, env: NodeJS.ProcessEnv, platform: string): Promise<StartChoice>;
/** Runs `npm start`; resolves with the exit code. */
export function startTenfold(steps: StartSteps, env: NodeJS.ProcessEnv, platform: string): Promise<number>;
