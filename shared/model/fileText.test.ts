import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/errors';
import { notUtf8Message, projectFileText, utf8Text } from './fileText';
import { parseProjectFile, serializeProject } from './projectFile';

// An older schema is migrated on read: the test needs only a valid file, with characters beyond ASCII.
const text = serializeProject(
  parseProjectFile('{"schemaVersion":1,"id":"10000000-0000-4000-8000-000000000009","name":"Café Ω","components":[],"connections":[]}', 'x.json'),
);
const utf8 = new TextEncoder().encode(text);

/** The text as UTF-16 bytes (no Node here: shared/ tests run on plain JavaScript). */
function utf16(value: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (order === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(bytes);
}

/** Each byte as one character, as a Latin-1 reader or writer does. */
const latin1Text = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
const latin1Bytes = (value: string): Uint8Array => new Uint8Array([...value].map((char) => char.charCodeAt(0) & 0xff));

describe("reading a file's bytes as text (every reader: UI, desktop, CLI, web host)", () => {
  it('reads UTF-8, with or without a byte-order mark, to the same text', () => {
    expect(projectFileText(utf8, 'shop.tenfold.json')).toBe(text);
    expect(projectFileText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'shop.tenfold.json')).toBe(text);
    expect(parseProjectFile(projectFileText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'shop.tenfold.json'), 'shop.tenfold.json').name).toBe('Café Ω');
  });

  it.each([
    ['UTF-16 LE with a byte-order mark', utf16(text, 'le', true)],
    ['UTF-16 BE with a byte-order mark', utf16(text, 'be', true)],
    ['UTF-16 LE without one', utf16(text, 'le', false)],
    ['Latin-1 (é as one byte)', latin1Bytes(text)],
    ['a cut multi-byte character', utf8.slice(0, utf8.indexOf(0xce) + 1)],
  ])('refuses %s with one message naming the file and the fix', (_label, bytes) => {
    expect(utf8Text(bytes)).toBeNull();
    const refusal = (() => {
      try {
        projectFileText(bytes, 'shop.tenfold.json');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'INVALID_PROJECT_FILE', message: notUtf8Message('shop.tenfold.json') });
    expect(notUtf8Message('shop.tenfold.json')).toBe(
      'shop.tenfold.json is not UTF-8 text (UTF-16 and other encodings are not read): save it as UTF-8 and try again.',
    );
  });

  it('gives the same refusal for a UTF-16 file a client decoded before sending its text (the API receives text)', () => {
    const decodedAsLatin1 = latin1Text(utf16(text, 'le', true));
    const decodedAsUtf8 = new TextDecoder().decode(utf16(text, 'le', true));
    for (const misread of [decodedAsLatin1, decodedAsUtf8]) {
      expect(() => parseProjectFile(misread, 'shop.tenfold.json')).toThrow(notUtf8Message('shop.tenfold.json'));
    }
  });
});
