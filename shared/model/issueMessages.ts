import type { z } from 'zod';

/**
 * Plain-English reasons for zod's issues, phrased for someone fixing a project file by hand:
 * what is wrong and what to write instead. Passed as the per-parse error map, so it sees the
 * offending input; explicit messages in the schemas (e.g. "a project needs a name") still win.
 */
export function projectIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `this field is required: add ${article(issue.expected)}`;
      return `expected ${article(issue.expected)} but found ${describe(issue.input)}`;
    case 'invalid_value':
      return invalidValue(issue.values, issue.input, issue.path);
    case 'invalid_format':
      return invalidFormat(issue.format, issue.input);
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
    case 'invalid_key':
      return `the key ${describe(issue.input)} is not valid here: layout keys must be the UUIDs of components or zones`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return invalidUnion(issue.errors, issue.input, issue.path);
    default:
      return undefined;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'a text value',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    record: 'an object',
  };
  return names[expected] ?? expected;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return JSON.stringify(input.length > 60 ? `${input.slice(0, 60)}…` : input);
  if (typeof input === 'number') return Number.isInteger(input) ? String(input) : `the number ${input}`;
  if (typeof input === 'object') return 'an object';
  return String(input);
}

function invalidValue(values: readonly unknown[], input: unknown, path: readonly PropertyKey[] | undefined): string {
  const allowed = values.map((v) => JSON.stringify(v));
  if (allowed.length === 1) return `must be ${allowed[0]} but found ${describe(input)}`;
  const field = path?.[path.length - 1];
  const what = field === 'kind' && path?.[0] === 'components' ? 'component kind' : field === 'kind' ? 'connection kind' : 'value';
  return `${describe(input)} is not a known ${what}; use one of ${allowed.join(', ')}`;
}

/** A union of fixed values (a severity or "off") reads as one list of them; any other union as a mismatch. */
function invalidUnion(options: readonly (readonly z.core.$ZodIssue[])[], input: unknown, path: readonly PropertyKey[] | undefined): string {
  const fixed = options.map((issues) => (issues.length === 1 && issues[0]?.code === 'invalid_value' ? issues[0].values : null));
  if (fixed.length > 0 && fixed.every((values) => values !== null)) return invalidValue(fixed.flat(), input, path);
  return `${describe(input)} does not match any form this field allows`;
}

function invalidFormat(format: string, input: unknown): string {
  switch (format) {
    case 'uuid':
    case 'guid':
      return `${describe(input)} is not a valid id: ids are UUIDs such as "3f2b9c1e-8d4a-4b6f-9e21-0c5d7a1b2e3f"`;
    case 'date':
      return `${describe(input)} is not a date: write it as YYYY-MM-DD`;
    case 'datetime':
      return `${describe(input)} is not a date and time: write it as ISO 8601 with a zone, e.g. "2026-01-31T12:00:00Z"`;
    default:
      return `${describe(input)} is not a valid ${format}`;
  }
}

function tooSmall(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === 'string') return minimum <= 1 ? 'must not be empty' : `must be at least ${minimum} characters long`;
  if (origin === 'array') return `must have at least ${minimum} item${minimum === 1 ? '' : 's'}`;
  return inclusive ? `must be at least ${minimum}` : `must be greater than ${minimum}`;
}

function tooBig(origin: string, maximum: number, inclusive: boolean): string {
  if (origin === 'string') return `is longer than ${maximum} characters: shorten it`;
  if (origin === 'array') return `has more than ${maximum} items`;
  return inclusive ? `must be at most ${maximum}` : `must be less than ${maximum}`;
}
