/**
 * Reply values whose JSON was written ahead of the request, in idle time, as UTF-8 bytes: the web
 * host sends these bytes instead of encoding the value while the caller waits. The first check
 * of an opened large project is a reply of megabytes, and writing it as UTF-8 JSON would be the
 * longest step on the request's path (docs/performance.md, Start-up and first edit).
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
