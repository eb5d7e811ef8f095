/**
 * The name of a copy: "Shop (copy)", then "Shop (copy 2)" when that is taken, so a duplicate or
 * an imported copy never sits in the library under the same name as its original. A copy of a
 * copy counts on from the original's name ("Shop (copy)" copied is "Shop (copy 2)").
 */
export function copyName(name: string, taken: Iterable<string>, maxLength = 200): string {
  const names = new Set(taken);
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${base.slice(0, maxLength - suffix.length)}${suffix}`;
    if (!names.has(candidate)) return candidate;
  }
}
