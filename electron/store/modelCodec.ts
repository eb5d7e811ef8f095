import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Project } from '../../shared/model/project';

/**
 * How a revision's model is stored: compact JSON, deflated at the fastest level. A large model's JSON
 * deflates to a small part of its size, and writing (and fsyncing) it whole per save alone would
 * overrun the save budget (docs/performance.md). Key order does not matter here: the deterministic
 * `.tenfold.json` text is produced on export from the stored model.
 */
export function encodeModel(project: Project | object): Buffer {
  return deflateRawSync(modelJson(project), { level: 1 });
}

/** The stored model's JSON text. */
export function decodeModel(blob: Uint8Array): string {
  return inflateRawSync(blob).toString('utf8');
}

/**
 * The UTF-8 JSON of each component, connection, zone and section (workload, review, layout…)
 * already written. Models are immutable: an edit replaces the objects it changes and keeps the
 * others (applyProjectChanges, the editor's reducers), so the autosave after an edit writes out
 * only what the edit touched: stringifying a large model whole overruns the save budget. Bytes, not
 * strings: joining tens of thousands of strings and encoding the result costs more than
 * concatenating their bytes. Weak: an entry lives as long as its object.
 */
const written = new WeakMap<object, Buffer>();

const COMMA = Buffer.from(',');
const LIST_START = Buffer.from('[');
const LIST_END = Buffer.from(']');

/** The UTF-8 JSON of a value, cached per object (see `written`). */
export function jsonBytes(value: unknown): Buffer {
  return json(value);
}

function json(value: unknown): Buffer {
  if (value === null || typeof value !== 'object') return Buffer.from(JSON.stringify(value) ?? 'null');
  let bytes = written.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(value));
    written.set(value, bytes);
  }
  return bytes;
}

/**
 * The objects whose JSON modelJson caches: the project's sections and the elements of its lists.
 * Writing them ahead (rememberJson), in idle time after a project opens, makes its first autosave
 * as cheap as the later ones.
 */
export function modelParts(project: Project): object[] {
  const parts: object[] = [];
  for (const value of Object.values(project)) {
    if (Array.isArray(value)) {
      for (const element of value) if (element !== null && typeof element === 'object') parts.push(element);
    } else if (value !== null && typeof value === 'object') parts.push(value);
  }
  return parts;
}

/** Caches the JSON of these parts (see modelParts). */
export function rememberJson(parts: readonly object[]): void {
  for (const part of parts) json(part);
}

/** How many of the project's parts encodeModel would stringify afresh (none once written ahead). */
export function unwrittenParts(project: Project): number {
  return modelParts(project).filter((part) => !written.has(part)).length;
}

/** Exactly the UTF-8 of `JSON.stringify(project)` (a test holds it to that), from the cached parts. */
export function modelJson(project: Project | object): Buffer {
  const parts: Buffer[] = [];
  for (const [key, value] of Object.entries(project)) {
    if (value === undefined) continue;
    parts.push(Buffer.from(`${parts.length === 0 ? '{' : ','}${JSON.stringify(key)}:`));
    if (!Array.isArray(value)) {
      parts.push(json(value));
      continue;
    }
    parts.push(LIST_START);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(COMMA);
      parts.push(json(value[i]));
    }
    parts.push(LIST_END);
  }
  parts.push(Buffer.from(parts.length === 0 ? '{}' : '}'));
  return Buffer.concat(parts);
}
