/** Parses a request body's JSON, reporting where it broke; an empty body means "no input" like an IPC call with {}. */
export function parseRequestJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The request body is not valid JSON (${reason}).` };
  }
}
