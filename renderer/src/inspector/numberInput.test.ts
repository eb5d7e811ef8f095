import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Connection } from '../../../shared/model/connection';
import { issueText, numberRange, parseNumberInput, rangeText } from './numberInput';
import { schemaAt } from './componentSections';

const instances = { label: 'Instances', integer: true };
const availability = { label: 'Availability of one instance', scale: 100, suffix: '%' };

describe('number input', () => {
  it('reads the range of a schema, inclusive or not', () => {
    expect(numberRange(schemaAt(['deployment', 'instances']))).toEqual({ min: 0, minInclusive: true, max: 1_000_000, maxInclusive: true, integer: true });
    expect(numberRange(Connection.shape.timeoutMs)).toEqual({ min: 0, minInclusive: false, max: 86_400_000, maxInclusive: true, integer: false });
    expect(numberRange(z.string())).toBeNull();
  });

  it('says the range in the units the field shows', () => {
    expect(rangeText(numberRange(schemaAt(['deployment', 'instances']))!, instances)).toBe('a whole number from 0 to 1,000,000');
    expect(rangeText(numberRange(schemaAt(['capacity', 'availability']))!, availability)).toBe('from 0% to 100%');
    expect(rangeText(numberRange(Connection.shape.timeoutMs)!, { label: 'Timeout', suffix: 'ms' })).toBe('more than 0 ms, up to 86,400,000 ms');
  });

  it('refuses text that is not a number with a message naming the field, and never turns it into a number', () => {
    const parsed = parseNumberInput('abc', instances, schemaAt(['deployment', 'instances']));
    expect(parsed).toEqual({ ok: false, message: 'Instances takes a number, such as 1: “abc” is not one.' });
    expect(parseNumberInput('12abc', instances, schemaAt(['deployment', 'instances'])).ok).toBe(false);
    expect(parseNumberInput('2.5', instances, schemaAt(['deployment', 'instances']))).toEqual({
      ok: false,
      message: 'Instances takes a whole number, such as 3.',
    });
  });

  it('refuses a value out of range with the field and its range, not zod’s wording', () => {
    expect(parseNumberInput('-1', instances, schemaAt(['deployment', 'instances']))).toEqual({
      ok: false,
      message: 'Instances must be a whole number from 0 to 1,000,000.',
    });
    expect(parseNumberInput('150', availability, schemaAt(['capacity', 'availability']))).toEqual({
      ok: false,
      message: 'Availability of one instance must be from 0% to 100%.',
    });
  });

  it('accepts separators and the field’s suffix, stores in model units, and clears on empty', () => {
    expect(parseNumberInput('1,200', instances, schemaAt(['deployment', 'instances']))).toEqual({ ok: true, value: 1200 });
    expect(parseNumberInput('99.9 %', availability, schemaAt(['capacity', 'availability']))).toEqual({ ok: true, value: 0.999 });
    expect(parseNumberInput(' ', instances, schemaAt(['deployment', 'instances']))).toEqual({ ok: true, value: undefined });
    expect(parseNumberInput('0.05', { label: 'Calls per request' }, Connection.shape.callsPerRequest)).toEqual({ ok: true, value: 0.05 });
  });

  it('words range issues of a whole-object check by the field, and keeps a rule’s own message', () => {
    const tooSmall = z.int().min(0).safeParse(-1).error!.issues[0];
    expect(issueText(tooSmall, instances, schemaAt(['deployment', 'instances']))).toBe('Instances must be a whole number from 0 to 1,000,000.');
    const custom = z
      .number()
      .refine(() => false, 'Set the number of retries first')
      .safeParse(1).error!.issues[0];
    expect(issueText(custom, instances, undefined)).toBe('Set the number of retries first');
  });
});
