/**
 * Reply values whose JSON was written ahead of the request, in idle time, as UTF-8 bytes: the web
 * host sends these bytes instead of encoding the value while the caller waits. The first check
 * of an opened 1,000-component project is a 2 MB reply: JSON.stringify, then measuring and
 * converting the text to UTF-8, took about 100 ms on the request's path.
 * Only a transport that sends JSON asks for it (Electron's IPC clones objects instead).
 */
const prepared = new WeakMap<object, Buffer>();

export function prepareJson(value: object): void {
  if (!prepared.has(value)) prepared.set(value, Buffer.from(JSON.stringify(value), 'utf8'));
}

/** The JSON bytes written for this very value by prepareJson, if any. */
export function preparedJson(value: unknown): Buffer | undefined {
  return typeof value === 'object' && value !== null ? prepared.get(value) : undefined;
}
