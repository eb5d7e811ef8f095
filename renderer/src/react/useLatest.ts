import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function, the same one on every render, that returns `value` as of the latest committed
 * render. For callbacks that must keep their identity across renders (commands, window
 * listeners, memoized forms) yet act on current state. The value is taken in a layout effect,
 * not during render, so a render React discards never reaches a callback.
 */
export function useLatest<T>(value: T): () => T {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return useCallback(() => latest.current, []);
}
