/**
 * Reads and writes a nested optional property ("deployment.instances", "data.backups.enabled")
 * without mutating. Clearing a property removes it, and a section left empty is removed too, so
 * a cleared form leaves the model exactly as if the property had never been stated.
 */
export type Path = readonly string[];

export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function setIn<T extends object>(value: T, path: Path, next: unknown): T {
  return setAt(value as Record<string, unknown>, path, 0, next) as T;
}

function setAt(value: Record<string, unknown> | undefined, path: Path, index: number, next: unknown): Record<string, unknown> | undefined {
  const key = path[index]!;
  const copy: Record<string, unknown> = { ...(value ?? {}) };
  const child = index === path.length - 1 ? next : setAt(copy[key] as Record<string, unknown> | undefined, path, index + 1, next);
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  // Nested sections left empty disappear; the top-level object always stays.
  return index > 0 && Object.keys(copy).length === 0 ? undefined : copy;
}
