/**
 * `items[index]` where the caller's construction keeps `index` in range: a loop bounded by the
 * array's length, an index the same graph or analysis handed out, or arrays built side by side
 * with one length. The type system cannot see those invariants (noUncheckedIndexedAccess); this
 * states them in one place and fails at the read, with the index, if one ever breaks, instead of
 * carrying `undefined` into a figure. The engine's graph kernels (electron/engine/analyses and the
 * graph walks) are the exception, each saying so at its top: their inner loops read typed arrays
 * millions of times per check, and a call per read there slows the whole check.
 */
export function itemAt<T>(items: ArrayLike<T | undefined>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No element at index ${index} of ${items.length}: an index is out of step with the array it reads`);
  return item;
}
