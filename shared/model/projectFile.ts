import { AppError, type Problem } from '../ipc/errors';
import { CURRENT_SCHEMA_VERSION, Project } from './project';
import { fileSlug } from './fileSlug';
import { formatPath } from './problems';
import { projectIssueMessage } from './issueMessages';
import { isMisdecodedText, notUtf8Message } from './fileText';
import { lineColumn, locatePaths, scanJson } from './jsonText';
import { migrateProjectData, projectFileMigrations, type MigrationStep, type RawProjectData } from './migrations/index';

/**
 * The `.tenfold.json` project file: deterministic text for sharing in git, and a loader that
 * refuses bad files with every problem located. Works on strings only (no file system), so the
 * CLI, the handlers and the renderer can all use it.
 */

/** Project files above this size are refused before parsing (docs/file-format.md, Validation). */
export const MAX_PROJECT_FILE_BYTES = 50 * 1024 * 1024;
/** More problems than this are summarised: nobody reads the 10,001st. */
const MAX_PROBLEMS = 1000;

const FIRST_KEYS = ['schemaVersion', 'id', 'name', 'kind'];

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: string, b: string): number {
  const ia = FIRST_KEYS.indexOf(a);
  const ib = FIRST_KEYS.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? FIRST_KEYS.length : ia) - (ib < 0 ? FIRST_KEYS.length : ib);
  return compareText(a, b);
}

/**
 * Key orders already worked out, by the object's own key list. Records of one kind share a few
 * shapes, so a 10,000-component project sorts keys a handful of times instead of 100,000 times.
 */
const keyOrders = new Map<string, string[]>();

function canonicalKeys(keys: string[]): string[] {
  // Records keyed by id (layout) are one of a kind: sort them directly rather than cache them.
  if (keys.length > 40) return keys.sort(compareKeys);
  const signature = keys.join('\u0000');
  let order = keyOrders.get(signature);
  if (!order) {
    if (keyOrders.size > 1000) keyOrders.clear();
    order = [...keys].sort(compareKeys);
    keyOrders.set(signature, order);
  }
  return order;
}

/** A copy with object keys in canonical order. Only called on validated projects (bounded depth). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of canonicalKeys(Object.keys(source))) {
    const child = source[key];
    if (child !== undefined) out[key] = canonical(child);
  }
  return out;
}

function sortedBy<T>(items: readonly T[], ...keys: ((item: T) => string | undefined)[]): T[] {
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const order = compareText(key(a) ?? '', key(b) ?? '');
      if (order !== 0) return order;
    }
    return 0;
  });
}

/**
 * The project as `.tenfold.json` text: schemaVersion, id, name, kind first and other keys
 * alphabetically at every level; records sorted by id (review findings by key, entry points by
 * component, rule overrides by rule then tag, merge conflicts by record, id and path); two-space indent; trailing newline. Saving an
 * unchanged project twice yields identical bytes, so git diffs show only real edits.
 */
export function serializeProject(project: Project): string {
  const ordered: Project = {
    ...project,
    components: sortedBy(project.components, (c) => c.id),
    connections: sortedBy(project.connections, (c) => c.id),
    zones: sortedBy(project.zones, (z) => z.id),
    workload: { ...project.workload, entryPoints: sortedBy(project.workload.entryPoints, (e) => e.componentId) },
    review: {
      findings: sortedBy(project.review.findings, (f) => f.key),
      decisions: sortedBy(project.review.decisions, (d) => d.id),
    },
    ruleOverrides: sortedBy(
      project.ruleOverrides,
      (o) => o.ruleId,
      (o) => o.tag,
    ),
    conflicts: sortedBy(
      project.conflicts,
      (c) => c.record,
      (c) => c.id,
      (c) => c.path,
    ),
  };
  return `${JSON.stringify(canonical(ordered), null, 2)}\n`;
}

/** A file name for the project: its name as a lowercase slug, e.g. "Shop & Co" → "shop-co.tenfold.json". */
export function projectFileName(name: string): string {
  return `${fileSlug(name)}.tenfold.json`;
}

/** UTF-8 size of the text without encoding it. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function checkSize(text: string, fileName: string): void {
  // Each UTF-16 unit is 1–3 UTF-8 bytes: count exactly only when the length alone cannot decide.
  const over = text.length > MAX_PROJECT_FILE_BYTES || (text.length * 3 > MAX_PROJECT_FILE_BYTES && utf8Bytes(text) > MAX_PROJECT_FILE_BYTES);
  if (!over) return;
  // Past the limit by length alone, the length is a fine (lower-bound) size to report: no second pass.
  const bytes = text.length > MAX_PROJECT_FILE_BYTES ? text.length : utf8Bytes(text);
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  throw new AppError(
    'FILE_TOO_LARGE',
    `${fileName} is ${megabytes} MB; Tenfold opens project files up to 50 MB. Remove unused data from the file or split the project.`,
  );
}

function invalid(fileName: string, problems: Problem[]): AppError {
  const first = problems[0];
  const where = first ? ` First: ${first.path}${first.line !== undefined ? ` (line ${first.line}, column ${first.column})` : ''}: ${first.message}.` : '';
  const count = problems.length === 1 ? 'one problem' : `${problems.length} problems`;
  return new AppError('INVALID_PROJECT_FILE', `${fileName} is not a valid Tenfold project: ${count}.${where} Fix the file and try again.`, problems);
}

function parseJson(text: string, fileName: string): unknown {
  const syntax = scanJson(text);
  if (syntax) {
    const { line, column } = lineColumn(text, syntax.offset);
    throw invalid(fileName, [{ path: '(root)', message: `not valid JSON: ${syntax.message}`, line, column }]);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    // The scanner accepts exactly JSON, so this is a safety net, not an expected path.
    throw invalid(fileName, [{ path: '(root)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }]);
  }
}

function schemaVersionOf(data: RawProjectData, fileName: string): number {
  const version = data.schemaVersion;
  if (version === undefined) {
    throw invalid(fileName, [
      { path: 'schemaVersion', message: `this field is required: add "schemaVersion": ${CURRENT_SCHEMA_VERSION} (is this a Tenfold project file?)` },
    ]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw invalid(fileName, [
      { path: 'schemaVersion', message: `expected a whole number such as ${CURRENT_SCHEMA_VERSION} but found ${JSON.stringify(version)}` },
    ]);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new AppError(
      'NEWER_SCHEMA',
      `${fileName} was made by a newer Tenfold (schema ${version}); this version reads up to ${CURRENT_SCHEMA_VERSION}. Update Tenfold to open it.`,
      [{ path: 'schemaVersion', message: `schema ${version} is newer than ${CURRENT_SCHEMA_VERSION}, the newest this version reads` }],
    );
  }
  return version;
}

/** Every zod issue as a problem; unknown keys become one problem each, located at the key. */
function validationProblems(text: string, issues: readonly { path: PropertyKey[]; message: string; code?: string; keys?: string[] }[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys)
        problems.push({ path: formatPath([...issue.path, key]), message: `unknown field "${key}": remove it or check the spelling` });
    } else {
      problems.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  const shown = problems.slice(0, MAX_PROBLEMS);
  const offsets = locatePaths(text, new Set(shown.map((p) => p.path)));
  const located = shown.map((problem) => {
    const offset = offsets.get(problem.path);
    return offset === undefined ? problem : { ...problem, ...lineColumn(text, offset) };
  });
  if (problems.length > MAX_PROBLEMS) located.push({ path: '(root)', message: `and ${problems.length - MAX_PROBLEMS} more problems not listed` });
  return located;
}

export interface ParseOptions {
  /** Upgrade steps to apply; tests pass their own. Defaults to the real list. */
  readonly migrations?: readonly MigrationStep[];
}

/**
 * Reads a `.tenfold.json` file's text. Throws AppError: FILE_TOO_LARGE (over 50 MB, checked
 * before parsing), NEWER_SCHEMA, or INVALID_PROJECT_FILE with every problem's JSON path, reason
 * and (when known) line and column. Older versions are migrated before validation.
 */
export function parseProjectFile(text: string, fileName: string, options: ParseOptions = {}): Project {
  checkSize(text, fileName);
  if (isMisdecodedText(text)) throw new AppError('INVALID_PROJECT_FILE', notUtf8Message(fileName));
  const data = parseJson(text, fileName);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw invalid(fileName, [
      {
        path: '(root)',
        message: 'a project file holds one JSON object with "schemaVersion", "id", "name", "components" and "connections"',
        line: 1,
        column: 1,
      },
    ]);
  }
  const raw = data as RawProjectData;
  const version = schemaVersionOf(raw, fileName);
  const current =
    version < CURRENT_SCHEMA_VERSION ? migrateProjectData(raw, version, CURRENT_SCHEMA_VERSION, fileName, options.migrations ?? projectFileMigrations) : raw;
  const result = Project.safeParse(current, { error: projectIssueMessage });
  if (!result.success) throw invalid(fileName, validationProblems(text, result.error.issues));
  return result.data;
}
