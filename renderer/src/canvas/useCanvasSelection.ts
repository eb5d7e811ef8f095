import { useCallback, useEffect, useMemo, useRef } from 'react';

export interface CanvasSelection {
  readonly selected: ReadonlySet<string>;
  /** Adds and removes ids, as React Flow reports selection changes. */
  change(changes: readonly { id: string; selected: boolean }[]): void;
  /** Replaces the selection. */
  only(ids: readonly string[]): void;
  clear(): void;
}

/**
 * The editor's selection as the canvas changes it. React Flow reports node and edge selection
 * changes in separate calls within one event; each must build on the other's result, not on the
 * selection of the last render, so the latest selection is kept in a ref between renders.
 */
export function useCanvasSelection(selection: readonly string[], select: (ids: readonly string[]) => void): CanvasSelection {
  const selected = useMemo(() => new Set(selection), [selection]);
  const live = useRef<ReadonlySet<string>>(selected);
  useEffect(() => {
    live.current = selected;
  }, [selected]);
  const change = useCallback(
    (changes: readonly { id: string; selected: boolean }[]) => {
      if (changes.length === 0) return;
      const next = new Set(live.current);
      for (const c of changes) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      live.current = next;
      select([...next]);
    },
    [select],
  );
  const only = useCallback(
    (ids: readonly string[]) => {
      live.current = new Set(ids);
      select([...ids]);
    },
    [select],
  );
  const clear = useCallback(() => only([]), [only]);
  return useMemo(() => ({ selected, change, only, clear }), [selected, change, only, clear]);
}
