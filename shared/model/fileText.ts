import { AppError } from '../ipc/errors';

/**
 * How every reader of a user's file turns its bytes into text: the renderer (open, import,
 * drag-and-drop, compare), the desktop app's file open, the CLI and the web host's request
 * bodies. UTF-8 only, a byte-order mark allowed; anything else is refused with one message, so a
 * file is never accepted in one place and refused, or silently garbled, in another.
 */

// Every runtime Tenfold runs on has TextDecoder (browsers, Node, Electron); shared/'s ES-only types do not declare it.
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };

/** The refusal, naming the file and the fix. */
export function notUtf8Message(name: string): string {
  return `${name} is not UTF-8 text (UTF-16 and other encodings are not read): save it as UTF-8 and try again.`;
}

/**
 * The text of a file's bytes, without a UTF-8 byte-order mark, or null when they are not UTF-8.
 * A NUL byte refuses too: text formats never hold one, and UTF-16 without a byte-order mark is
 * valid UTF-8 byte by byte, with a NUL beside every ASCII character.
 */
export function utf8Text(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** A project file's text; throws INVALID_PROJECT_FILE with notUtf8Message when it is not UTF-8. */
export function projectFileText(bytes: Uint8Array, fileName: string): string {
  const text = utf8Text(bytes);
  if (text === null) throw new AppError('INVALID_PROJECT_FILE', notUtf8Message(fileName));
  return text;
}

/**
 * True when text holds a NUL: what a UTF-16 file becomes when a client decodes it as UTF-8 or
 * Latin-1 before sending it (the API receives text, not bytes). Never part of valid JSON or YAML.
 */
export function isMisdecodedText(text: string): boolean {
  return text.includes('\u0000');
}
