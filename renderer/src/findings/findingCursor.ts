import { useSyncExternalStore } from 'react';

/**
 * The finding the user is looking at (set by clicking one, by "next finding", or in review mode),
 * shared by the findings panel and the commands without threading props through the app shell.
 */
let current: string | null = null;
const listeners = new Set<() => void>();

export function setCurrentFinding(key: string | null): void {
  if (key === current) return;
  current = key;
  for (const listener of listeners) listener();
}

export function getCurrentFinding(): string | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCurrentFinding(): string | null {
  return useSyncExternalStore(subscribe, getCurrentFinding);
}
