/**
 * Writes exactly what `JSON.stringify(value, null, 2)` returns, in pieces of about `chunkSize`
 * characters. The check of a 100,000-component project is longer as JSON than the longest string
 * V8 can hold (about 512 MB, "Invalid string length"), so it cannot be built whole first.
 */
export function writeJson(value: unknown, write: (chunk: string) => void, chunkSize = 1 << 20): void {
  const parts: string[] = [];
  let size = 0;
  const emit = (text: string): void => {
    parts.push(text);
    size += text.length;
    if (size >= chunkSize) flush();
  };
  const flush = (): void => {
    if (parts.length === 0) return;
    write(parts.join(''));
    parts.length = 0;
    size = 0;
  };

  /** Writes `v` (its toJSON already applied) at its place; false when JSON.stringify leaves it out. */
  const walk = (v: unknown, indent: string): boolean => {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return false;
    if (v === null || typeof v !== 'object' || v instanceof Number || v instanceof String || v instanceof Boolean) {
      emit(JSON.stringify(v));
      return true;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) {
        emit('[]');
        return true;
      }
      for (let i = 0; i < v.length; i++) {
        emit(i === 0 ? `[\n${inner}` : `,\n${inner}`);
        if (!walk(resolved(v[i], String(i)), inner)) emit('null');
      }
      emit(`\n${indent}]`);
      return true;
    }
    let members = 0;
    for (const name of Object.keys(v)) {
      const member = resolved((v as Record<string, unknown>)[name], name);
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      emit(`${members === 0 ? '{' : ','}\n${inner}${JSON.stringify(name)}: `);
      walk(member, inner);
      members++;
    }
    emit(members === 0 ? '{}' : `\n${indent}}`);
    return true;
  };

  walk(resolved(value, ''), '');
  flush();
}

function resolved(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function'
    ? (v as { toJSON(key: string): unknown }).toJSON(key)
    : v;
}
