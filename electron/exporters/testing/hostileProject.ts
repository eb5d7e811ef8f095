import { z } from 'zod';
import { componentKinds } from '../../../shared/model/component';
import { ConnectionKind } from '../../../shared/model/connection';
import { Project } from '../../../shared/model/project';
import { runCheck } from '../../engine/check';
import { ModelBuilder } from '../../engine/testing/modelBuilder';

/** Text that means something to Markdown, HTML, Mermaid or a Markdown table, put where users type. */
export const hostileTexts: readonly string[] = [
  '<script>alert(1)</script>',
  '"]]; click A call evil()',
  '*em* _em_ **bold** [link](https://evil.example)',
  '![img](https://evil.example/x.png) <https://evil.example>',
  'a | b || c',
  '`code` ``` fenced ~~~',
  '%%{init: {"theme":"dark"}}%%',
  'line one\nline two\n# heading\n- item',
  'end --> evil',
  'say "hi" & \'bye\' &amp; &#60;',
  '<img src=x onerror=alert(1)><a href="javascript:evil()">x</a>',
  '" onmouseover="evil()',
  '<!-- open comment',
  'x; style c1 fill:#f00; classDef evil',
  '\\ back\\slash \\* <details>',
  'mail ops@evil.example, see www.evil.example or ftp://evil.example',
];

/** The same length and word breaks with letters only: what the exports look like for harmless text. */
export function harmlessTwin(text: string): string {
  return text.replace(/\s/g, ' ').replace(/[^A-Za-z0-9 ]/g, 'x');
}

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  maxLength?: number;
};

/** A string a person types: no enum, constant, format (ids, dates) or pattern. */
function isFreeText(schema: JsonSchema): boolean {
  return schema.type === 'string' && schema.enum === undefined && schema.const === undefined && schema.format === undefined && schema.pattern === undefined;
}

function childSchemas(schema: JsonSchema): [string, JsonSchema][] {
  const children: [string, JsonSchema][] = Object.entries(schema.properties ?? {}).map(([key, child]) => [`.${key}`, child]);
  if (schema.items) children.push(['[]', schema.items]);
  if (typeof schema.additionalProperties === 'object') children.push(['{}', schema.additionalProperties]);
  return children;
}

/** Every free-text field of the project file, from its schema: `components[].name`, `layout.notes{}.text`, ... */
export function freeTextPaths(schema: JsonSchema = projectSchema()): string[] {
  const paths: string[] = [];
  const walk = (node: JsonSchema, path: string): void => {
    if (isFreeText(node)) paths.push(path);
    for (const [step, child] of childSchemas(node)) walk(child, `${path}${step}`);
  };
  walk(schema, '');
  return paths.map((path) => path.replace(/^\./, ''));
}

function projectSchema(): JsonSchema {
  return z.toJSONSchema(Project, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

function holdsFreeText(schema: JsonSchema): boolean {
  return isFreeText(schema) || childSchemas(schema).some(([, child]) => holdsFreeText(child));
}

/** A missing field worth adding: text, a section holding text, or a list of texts (records need their required fields). */
function canCreate(schema: JsonSchema): boolean {
  return (
    isFreeText(schema) ||
    (schema.type === 'object' && holdsFreeText(schema)) ||
    (schema.type === 'array' && schema.items !== undefined && isFreeText(schema.items))
  );
}

/**
 * The project with `text` in every free-text field of every record (cut to the field's maximum
 * length), creating optional sections and string lists to hold it. Lists of records are filled
 * where the project has records. `keep` names paths left as they are (references such as finding
 * keys, which must still match for the review to show). Returns the paths that were filled.
 */
export function fillFreeText(project: Project, text: string, keep: ReadonlySet<string> = new Set()): { project: Project; filled: Set<string> } {
  const filled = new Set<string>();
  let counter = 0;
  const fill = (node: JsonSchema, value: unknown, path: string): unknown => {
    if (keep.has(path)) return value;
    if (isFreeText(node)) {
      filled.add(path);
      // Numbered, as ids and finding keys must be unique; the same numbers for every text.
      const suffix = ` ${filled.size}.${(counter += 1)}`;
      return `${text.slice(0, (node.maxLength ?? Infinity) - suffix.length)}${suffix}`;
    }
    if (node.type === 'array' && node.items) {
      const items = Array.isArray(value) ? value : value === undefined && isFreeText(node.items) ? [''] : null;
      return items === null ? value : items.map((item) => fill(node.items!, item, `${path}[]`));
    }
    if (node.type !== 'object') return value;
    const record = value !== null && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : {};
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key in record || canCreate(child)) record[key] = fill(child, record[key], path === '' ? key : `${path}.${key}`);
    }
    if (typeof node.additionalProperties === 'object') {
      for (const [key, item] of Object.entries(record)) if (!(key in (node.properties ?? {}))) record[key] = fill(node.additionalProperties, item, `${path}{}`);
    }
    return record;
  };
  return { project: Project.parse(fill(projectSchema(), project, '')), filled };
}

/**
 * A project with a record of every kind that holds user text: every component kind (in zones),
 * every connection kind, an entry point, a review of every finding with its history, decisions,
 * a rule override, a canvas note and a merge conflict.
 */
export function everyRecordProject(): Project {
  const m = new ModelBuilder();
  const zoneA = m.zone('zone a', { region: 'region' });
  const zoneB = m.zone('zone b');
  const ids = componentKinds.map((kind, index) => m.component(`${kind} component`, kind, { zoneIds: index % 2 ? [zoneA, zoneB] : [zoneA], tags: ['tag'] }));
  const kinds = ConnectionKind.options;
  ids
    .slice(1)
    .forEach((to, index) =>
      m.connect(ids[index]!, to, kinds[index % kinds.length], { protocol: 'HTTP', topics: ['orders'], alternativeGroup: index === 3 ? 'group' : undefined }),
    );
  m.entry(ids[0]!, 100);
  const base = m.build();
  const findings = runCheck(base, { today: '2026-11-23' }).findings;
  const statuses = ['accepted-risk', 'planned', 'fixed', 'open'] as const;
  return Project.parse({
    ...base,
    review: {
      findings: findings.map((finding, index) => ({
        key: finding.key,
        status: statuses[index % statuses.length],
        rationale: 'why',
        owner: 'who',
        ...(index % 4 === 0 ? { expiresOn: '2027-06-30' } : index % 4 === 1 ? { dueOn: '2027-01-31' } : {}),
        history: [{ at: '2026-11-20T10:00:00Z', status: statuses[index % statuses.length], by: 'who', note: 'note' }],
      })),
      decisions: [
        { id: m.nextId(), title: 'title', context: 'context', decision: 'decision', date: '2026-11-20', findingKeys: findings.slice(0, 2).map((f) => f.key) },
        { id: m.nextId(), title: 'second', date: '2026-11-21' },
      ],
    },
    ruleOverrides: [{ ruleId: findings[0]!.ruleId, severity: 'info', tag: 'tag' }],
    layout: { components: {}, zones: {}, notes: { [m.nextId()]: { x: 0, y: 0, width: 100, height: 50, text: 'note' } } },
    conflicts: [{ record: 'component', id: ids[0]!, name: 'name', path: 'description', reason: 'both-changed', ours: 'a', theirs: 'b', message: 'message' }],
  });
}
