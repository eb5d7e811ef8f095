/**
 * A fast reader for the plain block YAML that deployment files are written in: mappings,
 * sequences, quoted and plain scalars, one-line flow collections, literal block scalars,
 * comments and several documents. Anything else (anchors, aliases, tags, merge keys, multi-line
 * plain or quoted scalars, folded block scalars, duplicate keys, tabs, directives) makes it give
 * up, and the full parser reads the text: it returns the same data as `yaml`, or nothing.
 * It exists for speed: `yaml` builds a syntax tree and a document model before the data, which
 * made a large compose file or a folder of manifests the slowest part of an import.
 */

class GiveUp extends Error {}

/** Deeper nesting than this is left to `yaml`, which bounds its own. */
const MAX_DEPTH = 200;

const giveUp = (): never => {
  throw new GiveUp();
};

interface Line {
  readonly indent: number;
  /** The line without its indentation. */
  readonly text: string;
  readonly raw: string;
}

/** The documents of a YAML text, or undefined when it uses YAML this reader leaves to `yaml`. */
export function parsePlainYaml(text: string): unknown[] | undefined {
  try {
    return new Reader(text).documents();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: Line[];
  private index = 0;

  constructor(text: string) {
    this.lines = text.split('\n').map((raw) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const indent = line.length - line.trimStart().length;
      if (line.slice(0, indent).includes('\t')) giveUp();
      return { indent, text: line.slice(indent), raw: line };
    });
  }

  documents(): unknown[] {
    const documents: unknown[] = [];
    let pending = false;
    for (;;) {
      this.skipBlank();
      const line = this.lines[this.index];
      if (!line) break;
      if (isDocumentMarker(line)) {
        if (
          line.text.startsWith('...') ||
          line.text
            .slice(3)
            .replace(/\s+#.*$/, '')
            .trim() !== ''
        ) {
          if (line.text.startsWith('...')) {
            this.index++;
            continue;
          }
          giveUp();
        }
        if (pending) documents.push(null);
        pending = true;
        this.index++;
        continue;
      }
      if (line.text.startsWith('%')) giveUp();
      documents.push(this.block(0));
      pending = false;
      this.skipBlank();
      const next = this.lines[this.index];
      if (next && !isDocumentMarker(next)) giveUp();
    }
    if (pending) documents.push(null);
    return documents;
  }

  private skipBlank(): void {
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.text !== '' && !line.text.startsWith('#')) return;
      this.index++;
    }
  }

  private peek(): Line | undefined {
    this.skipBlank();
    return this.lines[this.index];
  }

  private depth = 0;

  /** The node whose first line is the next one, at least `minIndent` deep. */
  private block(minIndent: number): unknown {
    if (++this.depth > MAX_DEPTH) giveUp();
    try {
      return this.blockAt(minIndent);
    } finally {
      this.depth--;
    }
  }

  private blockAt(minIndent: number): unknown {
    const line = this.peek();
    if (!line || line.indent < minIndent) return null;
    if (isSequenceItem(line.text)) return this.sequence(line.indent);
    if (mappingKey(line.text) === undefined) return giveUp();
    this.index++;
    return this.mapping(line.indent, line.text);
  }

  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (;;) {
      const line = this.peek();
      if (!line || line.indent !== indent || !isSequenceItem(line.text)) break;
      this.index++;
      const rest = line.text.slice(1).trimStart();
      const restIndent = indent + line.text.length - rest.length;
      if (rest === '' || rest.startsWith('#')) items.push(this.block(indent + 1));
      else if (isSequenceItem(rest)) giveUp();
      else if (mappingKey(rest) !== undefined) items.push(this.mapping(restIndent, rest));
      else items.push(this.value(rest, indent));
    }
    return items;
  }

  /** A mapping at `indent` whose first entry, `first`, has been read from its line already. */
  private mapping(indent: number, first: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let text: string | undefined = first;
    for (;;) {
      if (text === undefined) {
        const line = this.peek();
        if (!line || line.indent !== indent) {
          if (line && line.indent > indent) giveUp();
          break;
        }
        if (isSequenceItem(line.text) || isDocumentMarker(line)) break;
        this.index++;
        text = line.text;
      }
      const entry = mappingKey(text) ?? giveUp();
      if (Object.hasOwn(map, entry.key) || entry.key === '__proto__' || entry.key === '<<') giveUp();
      const rest = entry.rest.replace(/^\s+/, '');
      if (rest === '' || rest.startsWith('#')) {
        const next = this.peek();
        if (next && next.indent > indent) map[entry.key] = this.block(indent + 1);
        else if (next && next.indent === indent && isSequenceItem(next.text)) map[entry.key] = this.sequence(indent);
        else map[entry.key] = null;
      } else map[entry.key] = this.value(rest, indent);
      text = undefined;
    }
    return map;
  }

  /** A value written after "key: " or "- ": a scalar, a one-line flow collection, or a block scalar. */
  private value(text: string, parentIndent: number): unknown {
    const first = text[0];
    if (first === '&' || first === '*' || first === '!' || first === '?' || first === '@' || first === '`' || first === '%') giveUp();
    if (first === '|') return this.literal(text, parentIndent);
    if (first === '>' || isSequenceItem(text)) giveUp();
    if (first === '[' || first === '{') {
      const flow = new FlowReader(text);
      const value = flow.node();
      flow.end();
      return value;
    }
    if (first === '"' || first === "'") {
      const { value, end } = quoted(text, 0);
      const after = text.slice(end).trim();
      if (after !== '' && !after.startsWith('#')) giveUp();
      return value;
    }
    const plain = text.replace(/\s+#.*$/, '').trimEnd();
    if (/:\s|:$|\s#/.test(plain) || this.continues(parentIndent)) giveUp();
    return resolvePlain(plain);
  }

  /** A plain scalar that goes on over more-indented lines is left to the full parser. */
  private continues(parentIndent: number): boolean {
    const next = this.peek();
    return next !== undefined && next.indent > parentIndent && !isSequenceItem(next.text) && mappingKey(next.text) === undefined;
  }

  /** `|`, `|-`, `|+`: the lines deeper than the parent, kept as they are. */
  private literal(header: string, parentIndent: number): string {
    const match = /^\|([+-]?)\s*(#.*)?$/.exec(header) ?? giveUp();
    const chomping = match[1];
    const body: string[] = [];
    let contentIndent = -1;
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.text === '') {
        body.push(line.raw.length > Math.max(contentIndent, 0) && contentIndent >= 0 ? line.raw.slice(contentIndent) : '');
        this.index++;
        continue;
      }
      if (line.indent <= parentIndent) break;
      if (contentIndent < 0) contentIndent = line.indent;
      if (line.indent < contentIndent) giveUp();
      body.push(line.raw.slice(contentIndent));
      this.index++;
    }
    let trailing = 0;
    while (body.length > 0 && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    if (body.length === 0) return '';
    const text = body.join('\n');
    if (chomping === '-') return text;
    if (chomping === '+') return `${text}\n${'\n'.repeat(trailing)}`;
    return `${text}\n`;
  }
}

function isDocumentMarker(line: Line): boolean {
  return line.indent === 0 && /^(---|\.\.\.)(\s|$)/.test(line.text);
}

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ') || text.startsWith('-\t');
}

/** "key: rest" → { key, rest }; undefined when the line is not a mapping entry. */
function mappingKey(text: string): { key: string; rest: string } | undefined {
  const first = text[0];
  if (first === '"' || first === "'") {
    const { value, end } = quoted(text, 0);
    if (text[end] !== ':' || (end + 1 < text.length && text[end + 1] !== ' ')) return undefined;
    return { key: String(value), rest: text.slice(end + 1) };
  }
  if (first === undefined || ('[{&*!|>%@`#?-'.includes(first) && !(first === '-' && text[1] !== undefined && text[1] !== ' '))) return undefined;
  const colon = text.search(/:(\s|$)/);
  if (colon <= 0) return undefined;
  const key = text.slice(0, colon).trimEnd();
  if (key.includes(' #') || /[[\]{},]/.test(key)) giveUp();
  const resolved = resolvePlain(key);
  // A key like 1.0 or true would be written differently by `yaml`: leave those to it.
  if (typeof resolved !== 'string' && String(resolved) !== key) giveUp();
  return { key, rest: text.slice(colon + 1) };
}

/** A quoted scalar starting at `start`, on one line: its value and where it ends. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const char = text[i]!;
    if (quote === "'") {
      if (char === "'") {
        if (text[i + 1] === "'") {
          value += "'";
          i += 2;
          continue;
        }
        return { value, end: i + 1 };
      }
      value += char;
      i++;
      continue;
    }
    if (char === '"') return { value, end: i + 1 };
    if (char === '\\') {
      const escape = text[i + 1];
      const simple: Record<string, string> = {
        '\\': '\\',
        '"': '"',
        '/': '/',
        n: '\n',
        t: '\t',
        r: '\r',
        '0': '\0',
        ' ': ' ',
        b: '\b',
        f: '\f',
        e: '\x1b',
        a: '\x07',
        v: '\v',
      };
      if (escape !== undefined && Object.hasOwn(simple, escape)) {
        value += simple[escape];
        i += 2;
        continue;
      }
      const hex = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
      const digits = text.slice(i + 2, i + 2 + hex);
      if (hex === 0 || !/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) giveUp();
      value += String.fromCodePoint(parseInt(digits, 16));
      i += 2 + hex;
      continue;
    }
    value += char;
    i++;
  }
  return giveUp();
}

/** YAML 1.2 core schema: null, booleans, integers and floats; everything else is a string. */
function resolvePlain(text: string): unknown {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  const first = text.charCodeAt(0);
  const numeric = (first >= 48 && first <= 57) || text[0] === '-' || text[0] === '+' || text[0] === '.';
  if (!numeric) return text;
  if (/^[-+]?[0-9]+$/.test(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : giveUp();
  }
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

/** A flow collection on one line: `[a, "b", {c: 1}]`. */
class FlowReader {
  private position = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  node(): unknown {
    if (++this.depth > MAX_DEPTH) giveUp();
    try {
      return this.nodeAt();
    } finally {
      this.depth--;
    }
  }

  private nodeAt(): unknown {
    this.space();
    const char = this.text[this.position];
    if (char === '[') return this.sequence();
    if (char === '{') return this.mapping();
    if (char === '"' || char === "'") {
      const { value, end } = quoted(this.text, this.position);
      this.position = end;
      return value;
    }
    if (char === undefined || '&*!|>%@`?'.includes(char)) giveUp();
    return resolvePlain(this.plain(false));
  }

  end(): void {
    this.space();
    const rest = this.text.slice(this.position);
    if (rest !== '' && !rest.startsWith('#')) giveUp();
  }

  private sequence(): unknown[] {
    const items: unknown[] = [];
    this.position++;
    for (;;) {
      this.space();
      if (this.text[this.position] === ']') {
        this.position++;
        return items;
      }
      const value = this.node();
      this.space();
      if (this.text[this.position] === ':') giveUp();
      items.push(value);
      this.separator(']');
    }
  }

  private mapping(): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.position++;
    for (;;) {
      this.space();
      if (this.text[this.position] === '}') {
        this.position++;
        return map;
      }
      const char = this.text[this.position];
      let key: string;
      if (char === '"' || char === "'") {
        const { value, end } = quoted(this.text, this.position);
        this.position = end;
        key = value;
      } else {
        key = this.plain(true);
        if (typeof resolvePlain(key) !== 'string' && String(resolvePlain(key)) !== key) giveUp();
      }
      if (Object.hasOwn(map, key) || key === '__proto__' || key === '<<' || key === '') giveUp();
      this.space();
      if (this.text[this.position] !== ':') giveUp();
      this.position++;
      this.space();
      const next = this.text[this.position];
      map[key] = next === ',' || next === '}' ? null : this.node();
      this.separator('}');
    }
  }

  private separator(close: string): void {
    this.space();
    const char = this.text[this.position];
    if (char === ',') this.position++;
    else if (char !== close) giveUp();
  }

  /** A plain scalar inside a flow collection: up to ",", "]", "}" (and ": " for a key). */
  private plain(isKey: boolean): string {
    const start = this.position;
    while (this.position < this.text.length) {
      const char = this.text[this.position]!;
      if (char === ',' || char === ']' || char === '}' || char === '[' || char === '{') break;
      if (char === ':' && (isKey || /[\s,\]}]/.test(this.text[this.position + 1] ?? ' '))) break;
      if (char === '#' && /\s/.test(this.text[this.position - 1] ?? '')) giveUp();
      this.position++;
    }
    const value = this.text.slice(start, this.position).trim();
    if (value === '') giveUp();
    return value;
  }

  private space(): void {
    while (this.text[this.position] === ' ') this.position++;
  }
}
