import { formatList } from '../../format';

/**
 * "a, b and c", or with more than `limit` items "a, b, c and 4 more": messages name the first few
 * of a long list (a hub's callers, a fan-out's targets) and count the rest, so they stay readable.
 */
export function listSome(items: readonly string[], limit: number): string {
  return listFirst(items, items.length, limit);
}

/** The same from only the first `limit` (or more) of `total` items, for lists too long to build whole. */
export function listFirst(first: readonly string[], total: number, limit: number): string {
  if (total <= limit) return formatList(first);
  return `${first.slice(0, limit).join(', ')} and ${total - limit} more`;
}
