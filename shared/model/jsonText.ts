import { itemAt } from '../base/itemAt';
/**
 * A small, iterative JSON scanner for project files. JSON.parse says little about where a file is
 * broken and nothing about nesting depth; this scanner finds the first syntax error with its
 * offset, refuses absurd nesting before anything recursive touches the data, and can report where
 * each value sits so validation problems get a line and column. It never recurses, so a
 * 10,000-deep file cannot overflow the stack.
 */

/** Deepest nesting a project file may have. A real project nests about 7 levels. */
export const MAX_JSON_DEPTH = 64;

export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
}

/** 1-based line and column of a UTF-16 offset in the text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

type Mode = 'value' | 'firstValueOrClose' | 'afterValue' | 'key' | 'firstKeyOrClose' | 'colon';

/** Receives the JSON path ("components[3].kind", root "(root)") and offset of each member or element. */
export type ValueVisitor = (path: string, offset: number) => void;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function describeChar(text: string, offset: number): string {
  const char = text[offset] ?? '';
  return /[\x20-\x7e]/.test(char) ? `"${char}"` : `character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Reads a string starting at its opening quote; returns the offset after the closing quote or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1;
    if (code < 0x20) return { offset: i, message: 'a text value contains a raw line break or control character; write it as \\n or remove it' };
    if (code === 92) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: 'an escape \\u must be followed by four hexadecimal digits' };
        i += 6;
        continue;
      }
      if (next === undefined) break;
      if (!'"\\/bfnrt'.includes(next)) return { offset: i, message: `"\\${next}" is not a valid escape in JSON text` };
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: text.length, message: 'the file ends inside a text value: it looks truncated' };
}

/** Path of the child `segment` (a key or an index) below `parent`. */
function childPath(parent: string, segment: string | number): string {
  if (typeof segment === 'number') return `${parent === '(root)' ? '' : parent}[${segment}]`;
  return parent === '(root)' ? segment : `${parent}.${segment}`;
}

interface Frame {
  readonly kind: '{' | '[';
  readonly path: string;
  index: number;
}

/**
 * Checks the text is one JSON value nested at most `maxDepth` deep. Returns the first problem,
 * or null. With a visitor, reports the path and offset of every object member (at its key) and
 * every array element, which is how validation problems are located.
 */
export function scanJson(text: string, visit?: ValueVisitor, maxDepth = MAX_JSON_DEPTH): JsonSyntaxError | null {
  const stack: Frame[] = [];
  let mode: Mode = 'value';
  let pendingPath = '(root)';
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark is harmless
  for (;;) {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
    if (i >= n) {
      if (mode === 'afterValue' && stack.length === 0) return null;
      return { offset: n, message: n === 0 || text.trim() === '' ? 'the file is empty' : 'the file ends too early: it looks truncated' };
    }
    const c = itemAt(text, i);
    const top = stack[stack.length - 1];
    switch (mode) {
      case 'firstValueOrClose':
      case 'value': {
        if (mode === 'firstValueOrClose' && c === ']') {
          stack.pop();
          mode = 'afterValue';
          i++;
          break;
        }
        if (top?.kind === '[') pendingPath = childPath(top.path, top.index);
        if (visit && top?.kind !== '{') visit(pendingPath, i);
        if (c === '{' || c === '[') {
          if (stack.length >= maxDepth) return { offset: i, message: `the data is nested more than ${maxDepth} levels deep, which no Tenfold project needs` };
          stack.push({ kind: c, path: pendingPath, index: 0 });
          mode = c === '{' ? 'firstKeyOrClose' : 'firstValueOrClose';
          i++;
          break;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          mode = 'afterValue';
          break;
        }
        NUMBER.lastIndex = i;
        if (NUMBER.test(text)) {
          i = NUMBER.lastIndex;
          mode = 'afterValue';
          break;
        }
        const literal = LITERALS.find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          mode = 'afterValue';
          break;
        }
        return {
          offset: i,
          message: `unexpected ${describeChar(text, i)} where a value was expected (text needs double quotes; no trailing commas or comments)`,
        };
      }
      case 'afterValue': {
        if (!top) return { offset: i, message: `unexpected ${describeChar(text, i)} after the end of the data` };
        const close = top.kind === '{' ? '}' : ']';
        if (c === ',') {
          top.index++;
          mode = top.kind === '{' ? 'key' : 'value';
          i++;
        } else if (c === close) {
          stack.pop();
          i++;
        } else {
          return { offset: i, message: `expected "," or "${close}" but found ${describeChar(text, i)}` };
        }
        break;
      }
      case 'firstKeyOrClose':
      case 'key': {
        if (mode === 'firstKeyOrClose' && c === '}') {
          stack.pop();
          mode = 'afterValue';
          i++;
          break;
        }
        if (c !== '"') return { offset: i, message: `expected a property name in double quotes but found ${describeChar(text, i)}` };
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        if (visit && top) {
          let key: string;
          try {
            key = JSON.parse(text.slice(i, end)) as string;
          } catch {
            key = text.slice(i + 1, end - 1);
          }
          pendingPath = childPath(top.path, key);
          visit(pendingPath, i);
        }
        i = end;
        mode = 'colon';
        break;
      }
      case 'colon': {
        if (c !== ':') return { offset: i, message: `expected ":" after the property name but found ${describeChar(text, i)}` };
        mode = 'value';
        i++;
        break;
      }
    }
  }
}

/** Offsets of the given JSON paths in the text (those found). One pass, only used on invalid files. */
export function locatePaths(text: string, paths: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (paths.size === 0) return found;
  scanJson(text, (path, offset) => {
    if (paths.has(path) && !found.has(path)) found.set(path, offset);
  });
  return found;
}
