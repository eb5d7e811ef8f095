import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { DrawnRoute } from './drawnRoutes';

/**
 * The drawn routes, outside React Flow's edges: when a drag or a layout changes routes, only the
 * edges whose route changed re-render, and React Flow's edge list (and its lookups) stays as it is.
 */
export class RoutesStore {
  private routes: ReadonlyMap<string, DrawnRoute> = new Map();
  private readonly listeners = new Set<() => void>();

  current(): ReadonlyMap<string, DrawnRoute> {
    return this.routes;
  }

  set(routes: ReadonlyMap<string, DrawnRoute>): void {
    if (routes === this.routes) return;
    this.routes = routes;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const RoutesContext = createContext<RoutesStore | null>(null);

/** One connection's drawn route; re-renders only when it changes. Null before routes are known. */
export function useRoute(id: string): DrawnRoute | null {
  const store = useContext(RoutesContext);
  const snapshot = useCallback(() => store?.current().get(id) ?? null, [store, id]);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, snapshot);
}

const noSubscribe = () => () => undefined;
