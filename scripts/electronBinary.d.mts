/** The Electron executable if it is installed, else null. */
export function findElectronBinary(root: string, env?: NodeJS.ProcessEnv, platform?: string): string | null;

/** How long `npm start` waits for the download before serving the app instead. */
export const electronFetchTimeoutMs: number;

export type FetchResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Fetches the installed Electron version's binary with Electron's own install-electron; never throws. */
export function fetchElectronBinary(root: string, options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<FetchResult>;
