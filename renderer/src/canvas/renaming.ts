import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

/**
 * Which component is being renamed in place (double-click, F2 or Enter), outside React Flow's
 * nodes: starting a rename re-renders that one component, not the diagram.
 */
export class RenameStore {
  private renaming: string | null = null;
  private readonly listeners = new Set<() => void>();

  /** `commit` stores the new name as one undoable edit. */
  constructor(readonly commit: (id: string, name: string, before: string) => void) {}

  current(): string | null {
    return this.renaming;
  }

  start(id: string): void {
    this.set(id);
  }

  stop(): void {
    this.set(null);
  }

  private set(id: string | null): void {
    if (id === this.renaming) return;
    this.renaming = id;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const RenameContext = createContext<RenameStore | null>(null);

export function useRenameStore(): RenameStore | null {
  return useContext(RenameContext);
}

/** Whether this component is being renamed. */
export function useRenaming(id: string): boolean {
  const store = useContext(RenameContext);
  const snapshot = useCallback(() => store?.current() === id, [store, id]);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, snapshot);
}

const noSubscribe = () => () => undefined;
