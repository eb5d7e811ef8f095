import { useSyncExternalStore } from 'react';
import { groupings, type FindingGrouping } from './findingGroups';

/**
 * The findings panel's grouping, kept for the session: across tab switches (the panel unmounts),
 * projects, and a reload of the browser tab (sessionStorage). A new session opens on the agenda.
 */
const storageKey = 'tenfold.findings.grouping';

let current: FindingGrouping = readStored();
const listeners = new Set<() => void>();

function readStored(): FindingGrouping {
  try {
    const stored = globalThis.sessionStorage?.getItem(storageKey);
    return groupings.find((g) => g === stored) ?? 'agenda';
  } catch {
    // Storage can be unavailable (privacy settings); the choice then lasts until the page closes.
    return 'agenda';
  }
}

export function setFindingGrouping(grouping: FindingGrouping): void {
  if (grouping === current) return;
  current = grouping;
  try {
    globalThis.sessionStorage?.setItem(storageKey, grouping);
  } catch {
    // See readStored.
  }
  for (const listener of listeners) listener();
}

function getFindingGrouping(): FindingGrouping {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFindingGrouping(): FindingGrouping {
  return useSyncExternalStore(subscribe, getFindingGrouping);
}
