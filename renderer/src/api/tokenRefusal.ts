/**
 * Whether the web host has refused this tab for want of its token: `tenfold serve` was restarted
 * (each start makes a new token) or the tab was opened without the printed address. From then on
 * every call fails the same way, so the app shows one screen saying what to open instead of a
 * notification per call.
 */
let refused = false;
const listeners = new Set<() => void>();

/** Records the host's refusal; the first is enough, the rest say the same. */
export function noteTokenRefused(): void {
  if (refused) return;
  refused = true;
  for (const listener of listeners) listener();
}

export function tokenRefused(): boolean {
  return refused;
}

/** For useSyncExternalStore. */
export function subscribeTokenRefusal(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
