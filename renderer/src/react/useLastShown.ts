import { useState } from 'react';

/**
 * The value a dialog shows: `value` while it is open (not null), and the last one it showed while
 * it closes, so its title and form stay in place during the closing fade instead of going blank.
 * Mantine's Modal unmounts its content once that fade ends, so the next opening mounts a fresh
 * form from its new value.
 */
export function useLastShown<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  // Derived state, stored during render as React recommends (no effect, no extra paint).
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
