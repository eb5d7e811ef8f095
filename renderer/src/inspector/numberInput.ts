import type { z } from 'zod';
import { accepts, unwrapField, type FieldSchema } from './fieldSchema';

/**
 * What a number field accepts, read from its zod schema, and the messages a user reads when an
 * entry is refused: the field's name and its allowed range in the units the field shows
 * ("Availability of one instance must be from 0 to 100%"), never zod's own wording.
 */
export interface NumberRange {
  readonly min: number | null;
  readonly minInclusive: boolean;
  readonly max: number | null;
  readonly maxInclusive: boolean;
  readonly integer: boolean;
}

export interface NumberFormat {
  readonly label: string;
  /** Shown ×scale (100 for a ratio shown as a percentage). */
  readonly scale?: number;
  readonly suffix?: string;
  readonly integer?: boolean;
}

interface CheckDef {
  readonly check?: string;
  readonly value?: unknown;
  readonly inclusive?: boolean;
}

/** The bounds of a number schema, or null when it is not one. */
export function numberRange(schema: FieldSchema | undefined): NumberRange | null {
  const number = unwrapField(schema);
  if (number?._zod.def.type !== 'number') return null;
  let min: number | null = null;
  let max: number | null = null;
  let minInclusive = true;
  let maxInclusive = true;
  const checks = (number._zod.def.checks ?? []) as { _zod: { def: CheckDef } }[];
  for (const { _zod } of checks) {
    const def = _zod.def;
    if (typeof def.value !== 'number' && typeof def.value !== 'bigint') continue;
    const value = Number(def.value);
    if (def.check === 'greater_than' && (min === null || value >= min)) {
      min = value;
      minInclusive = def.inclusive !== false;
    } else if (def.check === 'less_than' && (max === null || value <= max)) {
      max = value;
      maxInclusive = def.inclusive !== false;
    }
  }
  // z.int() is a number with an integer format ("safeint", "int32").
  const integer = (number._zod.def as { format?: string }).format?.includes('int') === true;
  return { min, minInclusive, max, maxInclusive, integer };
}

const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

function shown(value: number, format: NumberFormat): string {
  const suffix = format.suffix
    ? format.suffix.startsWith('%') || format.suffix.startsWith('/') || format.suffix.startsWith('×')
      ? format.suffix
      : ` ${format.suffix}`
    : '';
  return `${plain.format(value * (format.scale ?? 1))}${suffix}`;
}

/** "a whole number from 0 to 1,000,000", "more than 0 ms, up to 86,400,000 ms", "from 0 to 100%". */
export function rangeText(range: NumberRange, format: NumberFormat): string {
  const kind = range.integer || format.integer ? 'a whole number ' : '';
  const low = range.min === null ? null : range.minInclusive ? `from ${shown(range.min, format)}` : `more than ${shown(range.min, format)}`;
  const high = range.max === null ? null : range.maxInclusive ? shown(range.max, format) : `under ${shown(range.max, format)}`;
  if (low && high) return range.minInclusive ? `${kind}${low} to ${high}` : `${kind}${low}, up to ${high}`;
  if (low) return `${kind}${low} up`;
  if (high) return `${kind}up to ${high}`;
  return kind ? kind.trim() : 'a number';
}

export type ParsedNumber = { readonly ok: true; readonly value: number | undefined } | { readonly ok: false; readonly message: string };

const numeric = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads what the user typed: empty clears the field; thousands separators and the field's own
 * suffix ("50%", "200 ms") are allowed; anything else is refused with a message, never silently
 * dropped or replaced. The value comes back in stored units (÷scale).
 */
export function parseNumberInput(text: string, format: NumberFormat, schema: FieldSchema | undefined): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  let clean = trimmed.replace(/[,_\s]/g, '');
  const suffix = format.suffix?.replace(/\s/g, '');
  if (suffix && clean.toLowerCase().endsWith(suffix.toLowerCase())) clean = clean.slice(0, -suffix.length);
  const range = numberRange(schema);
  if (!numeric.test(clean)) {
    const example = range?.min !== null && range?.min !== undefined ? Math.max(1, range.min * (format.scale ?? 1)) : 1;
    return { ok: false, message: `${format.label} takes a number, such as ${plain.format(example)}: “${trimmed}” is not one.` };
  }
  const typed = Number(clean);
  const integer = format.integer || range?.integer;
  if (integer && !Number.isInteger(typed))
    return { ok: false, message: `${format.label} takes a whole number, such as ${plain.format(Math.max(1, Math.round(typed)))}.` };
  // 99.9 / 100 is 0.9990000000000001 in floating point: keep the digits the user typed.
  const value = Number((typed / (format.scale ?? 1)).toPrecision(12));
  if (schema && !accepts(schema, value)) return { ok: false, message: outOfRange(format, range) };
  return { ok: true, value };
}

function outOfRange(format: NumberFormat, range: NumberRange | null): string {
  const label = format.label.charAt(0).toUpperCase() + format.label.slice(1);
  return range ? `${label} must be ${rangeText(range, format)}.` : `${label} is not a valid value.`;
}

/**
 * A zod issue from validating a whole component or connection, in words naming the field: range
 * issues become the field's range, other issues (a rule across fields) keep their own message.
 */
export function issueText(issue: z.core.$ZodIssue | undefined, format: NumberFormat, schema: FieldSchema | undefined): string {
  if (!issue) return `${format.label} is not a valid value.`;
  if (issue.code === 'too_small' || issue.code === 'too_big' || (issue.code === 'invalid_type' && (issue.expected === 'int' || issue.expected === 'number'))) {
    return outOfRange(format, numberRange(schema));
  }
  return issue.message;
}
