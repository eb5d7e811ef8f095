import { notUtf8Message, utf8Text } from '../../shared/model/fileText';

/**
 * Parses a request body's JSON, reporting where it broke; an empty body means "no input" like an
 * IPC call with {}. The bytes are read as every file is (shared/model/fileText.ts): UTF-8 only, so
 * a body in another encoding is refused rather than stored garbled.
 */
export function parseRequestJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; message: string } {
  const text = utf8Text(bytes);
  if (text === null) return { ok: false, message: notUtf8Message('The request body') };
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The request body is not valid JSON (${reason}).` };
  }
}
