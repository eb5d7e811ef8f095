import { formatList } from '../../../format';

/**
 * "a, b and c", or with more than `limit` items "a, b, c and 4 more": messages name the first few
 * of a long list (a hub's callers, a fan-out's targets) and count the rest, so they stay readable.
 */
export function listSome(items: readonly string[], limit: number): string {
  if (items.length <= limit) return formatList(items);
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}
