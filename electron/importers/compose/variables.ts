/**
 * Compose variables: the `.env` file beside the compose file, and `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?message}`, `${VAR:+alternative}` and `$$` in values. The shell's
 * environment is not read, so the same files always import the same way.
 */

/** KEY=value lines of a `.env` (or `env_file`) file; `export`, quotes and comments allowed. */
export function parseDotEnv(content: string): Map<string, string> {
  const variables = new Map<string, string>();
  for (const rawLine of content.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    variables.set(match[1]!, unquote(match[2]!));
  }
  return variables;
}

function unquote(value: string): string {
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2) {
    const end = value.indexOf(quote, 1);
    if (end > 0) {
      const inner = value.slice(1, end);
      return quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\"/g, '"') : inner;
    }
  }
  // An unquoted value ends at a comment that follows whitespace.
  return value.replace(/\s+#.*$/, '').trim();
}

export interface Interpolation {
  readonly variables: ReadonlyMap<string, string>;
  /** Variables used with no value and no default (reported once each). */
  readonly unset: Set<string>;
}

/** Every string value of compose data with its variables replaced; keys are left alone. */
export function interpolateData(value: unknown, interpolation: Interpolation): unknown {
  if (typeof value === 'string') return value.includes('$') ? interpolate(value, interpolation) : value;
  if (Array.isArray(value)) return value.map((item) => interpolateData(item, interpolation));
  if (value !== null && typeof value === 'object') {
    // No prototype: a key such as "__proto__" in a hostile file stays an ordinary key.
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) out[key] = interpolateData(item, interpolation);
    return out;
  }
  return value;
}

/** One value's variables replaced, defaults nested to any depth (`${A:-${B:-c}}`). */
export function interpolate(text: string, interpolation: Interpolation): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
    } else if (next === '{') {
      const end = closingBrace(text, dollar + 2);
      if (end < 0) {
        out += text.slice(dollar);
        break;
      }
      out += expand(text.slice(dollar + 2, end), interpolation);
      i = end + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(dollar + 1))?.[0];
      if (name === undefined) {
        out += '$';
        i = dollar + 1;
      } else {
        out += lookup(name, interpolation) ?? '';
        i = dollar + 1 + name.length;
      }
    }
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function expand(expression: string, interpolation: Interpolation): string {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(expression);
  if (!match) return '';
  const [, name, operator, rest = ''] = match;
  const value = lookup(name!, interpolation, operator === undefined);
  const emptyCounts = operator?.startsWith(':') ?? false;
  const isSet = value !== undefined && (!emptyCounts || value !== '');
  switch (operator?.replace(':', '')) {
    case '-':
      return isSet ? value : interpolate(rest, interpolation);
    case '+':
      return isSet ? interpolate(rest, interpolation) : '';
    case '?':
      if (!isSet) interpolation.unset.add(name!);
      return value ?? '';
    default:
      return value ?? '';
  }
}

function lookup(name: string, interpolation: Interpolation, reportUnset = true): string | undefined {
  const value = interpolation.variables.get(name);
  if (value === undefined && reportUnset) interpolation.unset.add(name);
  return value;
}
