import { itemAt } from '../../shared/base/itemAt';
/**
 * Number formatting for finding messages and evidence text. Deterministic (no locale from the
 * machine) and never "NaN"/"Infinity": callers get "unbounded" or "n/a" instead.
 */
const grouping = (n: number, digits: number): string => {
  const fixed = n.toFixed(digits);
  const point = fixed.indexOf('.');
  return point < 0 ? groupThousands(fixed) : `${groupThousands(fixed.slice(0, point))}${fixed.slice(point)}`;
};

/**
 * "-1234567" → "-1,234,567". A loop rather than a look-ahead regex: messages format numbers for
 * tens of thousands of findings per check at 10,000 components.
 */
function groupThousands(whole: string): string {
  const start = whole.startsWith('-') ? 1 : 0;
  const length = whole.length - start;
  if (length <= 3) return whole;
  // toFixed writes numbers from 1e21 up in exponent form ("1e+21"): leave those as they are.
  for (let at = start; at < whole.length; at++) {
    const code = whole.charCodeAt(at);
    if (code < 48 || code > 57) return whole;
  }
  const head = length % 3 || 3;
  let grouped = whole.slice(0, start + head);
  for (let at = start + head; at < whole.length; at += 3) grouped += `,${whole.slice(at, at + 3)}`;
  return grouped;
}

/** 1234.5 → "1,235"; 12.34 → "12.3"; 0.5 → "0.5". */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return 'n/a';
  if (!Number.isFinite(n)) return 'unbounded';
  const abs = Math.abs(n);
  if (abs >= 100) return grouping(n, 0);
  // Below 100 the whole part has at most three digits, so there is nothing to group, and the
  // trailing zeros are trimmed by hand: no regular expression per number.
  if (abs >= 10) {
    const fixed = n.toFixed(1);
    return fixed.endsWith('.0') ? fixed.slice(0, -2) : fixed;
  }
  // toFixed(2) always writes two decimals: "x.00" → "x", "x.y0" → "x.y".
  const fixed = n.toFixed(2);
  if (fixed.endsWith('00')) return fixed.slice(0, -3) || '0';
  return fixed.endsWith('0') ? fixed.slice(0, -1) : fixed;
}

/** Requests per second: 1234.5 → "1,235/s". */
export function formatRate(n: number | null | undefined): string {
  return `${formatNumber(n)}/s`;
}

/** 0.99970003 → "99.97%"; 0.7 → "70%". Keeps enough digits to tell nines apart. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return 'n/a';
  const pct = share * 100;
  const digits = pct >= 99 && pct < 100 ? 3 : pct >= 10 ? 1 : 2;
  return `${trimZeros(pct.toFixed(digits))}%`;
}

/**
 * "99.950" → "99.95", "70.0" → "70": trailing zeros of the decimals and a bare point, as
 * /\.?0+$/ would, without a regular expression per number (toFixed above always writes a point
 * unless the number is written in exponent form, which has none to trim).
 */
function trimZeros(fixed: string): string {
  const point = fixed.indexOf('.');
  if (point < 0 || fixed.indexOf('e') >= 0) return fixed.replace(/\.?0+$/, '');
  let end = fixed.length;
  while (end > point + 1 && fixed.charCodeAt(end - 1) === 48) end--;
  if (end === point + 1) end = point;
  return end === fixed.length ? fixed : fixed.slice(0, end);
}

/** 3.24 → "3.2×". */
export function formatMultiple(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'unbounded';
  return `${n >= 10 ? formatNumber(Math.round(n * 10) / 10) : n.toFixed(1)}×`;
}

/** ["a","b","c"] → "a, b and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** formatList that stays readable for huge groups: ["a".."z"], 3 → "a, b, c and 23 more". */
export function formatShortList(items: readonly string[], max: number): string {
  if (items.length <= max) return formatList(items);
  return `${items.slice(0, max).join(', ')} and ${formatNumber(items.length - max)} more`;
}

/** A path of names joined by arrows; a very long one keeps its first and last steps: "a → b → … → z". */
export function formatPath(names: readonly string[], max = 12): string {
  if (names.length <= max) return names.join(' → ');
  return [...names.slice(0, max - 2), '…', itemAt(names, names.length - 1)].join(' → ');
}
