import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/errors';
import { CURRENT_SCHEMA_VERSION, Project } from './project';
import { MAX_PROJECT_FILE_BYTES, parseProjectFile, projectFileName, serializeProject } from './projectFile';
import { sampleProjectInput } from './testing/sampleProject';

const sample = (): Project => Project.parse(sampleProjectInput());

/** The AppError a call throws (fails the test when it does not throw one). */
function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, but nothing was thrown');
}

describe('serializeProject', () => {
  it('writes schemaVersion, id, name first, other keys alphabetically, two-space indent and a trailing newline', () => {
    const text = serializeProject(sample());
    expect(text.startsWith('{\n  "schemaVersion": 4,\n  "id": "10000000-0000-4000-8000-000000000001",\n  "name": "Sample shop",\n  "components": [')).toBe(
      true,
    );
    expect(text.endsWith('}\n')).toBe(true);
    const topKeys = Object.keys(JSON.parse(text) as object);
    expect(topKeys).toEqual([
      'schemaVersion',
      'id',
      'name',
      'components',
      'conflicts',
      'connections',
      'description',
      'layout',
      'review',
      'ruleOverrides',
      'workload',
      'zones',
    ]);
    const component = (JSON.parse(text) as { components: Record<string, unknown>[] }).components[0]!;
    expect(Object.keys(component)).toEqual(['id', 'name', 'kind', 'data', 'technology']);
  });

  it('sorts records by id, reviews by key, entry points by component and overrides by rule then tag', () => {
    const parsed = JSON.parse(serializeProject(sample())) as Project;
    const sortedCopy = (values: string[]) => [...values].sort();
    expect(parsed.components.map((c) => c.id)).toEqual(sortedCopy(parsed.components.map((c) => c.id)));
    expect(parsed.components.map((c) => c.name)).toEqual(['db', 'web', 'users']);
    expect(parsed.connections.map((c) => c.id.slice(-2))).toEqual(['c1', 'c2']);
    expect(parsed.zones.map((z) => z.name)).toEqual(['eu-west-1a', 'eu-west-1b']);
    expect(parsed.review.findings.map((f) => f.key.split('|')[0])).toEqual(['async/no-dead-letter', 'redundancy/single-point-of-failure']);
    expect(parsed.review.decisions.map((d) => d.title)).toEqual(['Use a CDN', 'Keep one database']);
    expect(parsed.ruleOverrides.map((o) => `${o.ruleId}:${o.tag ?? ''}`)).toEqual([
      'growth/assumed-capacity:',
      'growth/assumed-capacity:legacy',
      'simplicity/too-many-services:',
    ]);
    // Lists whose order means something (zones of a component) keep it.
    expect(parsed.components[1]!.zoneIds).toEqual(['00000000-0000-4000-8000-0000000000f2', '00000000-0000-4000-8000-0000000000f1']);
  });

  it('gives identical bytes for the same project built in a different order', () => {
    const a = sample();
    const input = sampleProjectInput();
    const b = Project.parse({ ...input, components: [...input.components].reverse(), zones: [...(input.zones ?? [])].reverse(), layout: input.layout });
    expect(serializeProject(b)).toBe(serializeProject(a));
    expect(serializeProject(a)).toBe(serializeProject(a));
  });

  it('round-trips: serialize(parse(serialize(p))) is serialize(p)', () => {
    const once = serializeProject(sample());
    expect(serializeProject(parseProjectFile(once, 'sample.tenfold.json'))).toBe(once);
  });

  it('keeps odd names verbatim: HTML, quotes, newlines, Markdown and Mermaid syntax', () => {
    const input = sampleProjectInput();
    const odd = '<script>alert("x")</script> "quoted" \'single\'\nline two | **bold** [link](x) A-->B{{x}} %% end';
    input.name = odd;
    input.components[0]!.name = odd;
    input.components[0]!.description = '# heading\n```mermaid\ngraph TD; A-->B\n```';
    const text = serializeProject(Project.parse(input));
    const back = parseProjectFile(text, 'odd.tenfold.json');
    expect(back.name).toBe(odd);
    expect(back.components.find((c) => c.id === input.components[0]!.id)!.name).toBe(odd);
    expect(serializeProject(back)).toBe(text);
  });
});

describe('parseProjectFile', () => {
  it('fills defaults on a minimal file', () => {
    const project = parseProjectFile(
      '{"schemaVersion":1,"id":"10000000-0000-4000-8000-000000000009","name":"Empty","components":[],"connections":[]}',
      'empty.tenfold.json',
    );
    expect(project.workload.growthFactor).toBe(10);
    expect(project.zones).toEqual([]);
  });

  it('refuses text that is not JSON, naming the file, line and column', () => {
    const error = errorOf(() => parseProjectFile('{\n  "schemaVersion": 4,\n  name: "x"\n}\n', 'notes.tenfold.json'));
    expect(error.code).toBe('INVALID_PROJECT_FILE');
    expect(error.message).toContain('notes.tenfold.json');
    expect(error.problems).toEqual([{ path: '(root)', line: 3, column: 3, message: expect.stringContaining('property name in double quotes') }]);
  });

  it('refuses plain prose and a trailing comma with their positions', () => {
    expect(errorOf(() => parseProjectFile('hello', 'a.json')).problems![0]).toMatchObject({ line: 1, column: 1 });
    expect(errorOf(() => parseProjectFile('{"a": [1, 2,]}', 'a.json')).problems![0]).toMatchObject({ line: 1, column: 13 });
    expect(errorOf(() => parseProjectFile('', 'a.json')).problems![0]!.message).toContain('empty');
  });

  it('says a truncated file looks truncated', () => {
    const text = serializeProject(sample());
    const cut = text.slice(0, Math.floor(text.length / 2));
    const error = errorOf(() => parseProjectFile(cut, 'cut.tenfold.json'));
    expect(error.code).toBe('INVALID_PROJECT_FILE');
    expect(error.problems![0]!.message).toMatch(/truncated/);
    expect(error.problems![0]!.line).toBe(cut.split('\n').length);
  });

  it('refuses a non-object file', () => {
    const error = errorOf(() => parseProjectFile('[1, 2]', 'list.json'));
    expect(error.problems![0]!.message).toContain('one JSON object');
  });

  it('reports every shape problem with its JSON path, reason, line and column', () => {
    const input = sampleProjectInput() as unknown as { components: Record<string, unknown>[] };
    input.components[1]!.kind = 'microservice';
    input.components[2]!.name = 42;
    input.components[0]!.colour = 'blue';
    const text = JSON.stringify(input, null, 2);
    const error = errorOf(() => parseProjectFile(text, 'shape.tenfold.json'));
    expect(error.code).toBe('INVALID_PROJECT_FILE');
    const byPath = new Map(error.problems!.map((p) => [p.path, p]));
    expect(byPath.get('components[1].kind')!.message).toMatch(/^"microservice" is not a known component kind; use one of "client"/);
    expect(byPath.get('components[2].name')!.message).toBe('expected a text value but found 42');
    expect(byPath.get('components[0].colour')!.message).toBe('unknown field "colour": remove it or check the spelling');
    const kindLine = text.split('\n').findIndex((line) => line.includes('"microservice"')) + 1;
    expect(byPath.get('components[1].kind')!.line).toBe(kindLine);
    expect(error.message).toMatch(/^shape\.tenfold\.json is not a valid Tenfold project: 3 problems\./);
  });

  it('names a missing required field and a bad id', () => {
    const input = sampleProjectInput() as unknown as Record<string, unknown>;
    delete input.name;
    input.id = 'not-a-uuid';
    const error = errorOf(() => parseProjectFile(JSON.stringify(input), 'x.tenfold.json'));
    const messages = Object.fromEntries(error.problems!.map((p) => [p.path, p.message]));
    expect(messages.name).toBe('this field is required: add a text value');
    expect(messages.id).toContain('is not a valid id');
  });

  it('lists every value a rule override severity may take', () => {
    const input = sampleProjectInput() as unknown as Record<string, unknown>;
    input.ruleOverrides = [{ ruleId: 'redundancy/single-point-of-failure', severity: 'critical' }];
    const error = errorOf(() => parseProjectFile(JSON.stringify(input), 'x.tenfold.json'));
    const messages = Object.fromEntries(error.problems!.map((p) => [p.path, p.message]));
    expect(messages['ruleOverrides[0].severity']).toBe('"critical" is not a known value; use one of "error", "warning", "info", "off"');
  });

  it('reports duplicate ids and connections to missing components at their location', () => {
    const input = sampleProjectInput();
    input.components[2]!.id = input.components[1]!.id;
    const dup = errorOf(() => parseProjectFile(JSON.stringify(input, null, 2), 'dup.tenfold.json'));
    expect(dup.problems!.map((p) => p.path)).toContain('components[2].id');
    expect(dup.problems!.find((p) => p.path === 'components[2].id')!.message).toContain('duplicate component id');

    const dangling = sampleProjectInput();
    dangling.connections[0]!.to = '00000000-0000-4000-8000-0000000000ee';
    const error = errorOf(() => parseProjectFile(JSON.stringify(dangling, null, 2), 'dangling.tenfold.json'));
    expect(error.problems).toEqual([
      expect.objectContaining({ path: 'connections[0].to', message: expect.stringContaining('does not exist'), line: expect.any(Number) }),
    ]);
  });

  it('reports shape problems and broken references together, in one round', () => {
    const input = sampleProjectInput() as unknown as { components: Record<string, unknown>[]; connections: Record<string, unknown>[] };
    input.components[0]!.kind = 'mainframe';
    input.connections[0]!.to = '00000000-0000-4000-8000-0000000000ee';
    const error = errorOf(() => parseProjectFile(JSON.stringify(input, null, 2), 'both.tenfold.json'));
    expect(error.problems!.map((p) => p.path).sort()).toEqual(['components[0].kind', 'connections[0].to']);
  });

  it('refuses a file from a newer Tenfold with a message saying so', () => {
    const text = serializeProject(sample()).replace('"schemaVersion": 4', '"schemaVersion": 7');
    const error = errorOf(() => parseProjectFile(text, 'future.tenfold.json'));
    expect(error.code).toBe('NEWER_SCHEMA');
    expect(error.message).toBe(
      `future.tenfold.json was made by a newer Tenfold (schema 7); this version reads up to ${CURRENT_SCHEMA_VERSION}. Update Tenfold to open it.`,
    );
  });

  it('refuses a 60 MB file before parsing it', () => {
    // Not JSON at all: if the size check came after parsing, the error would be INVALID_PROJECT_FILE.
    const huge = 'x'.repeat(60 * 1024 * 1024);
    const error = errorOf(() => parseProjectFile(huge, 'huge.tenfold.json'));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe('huge.tenfold.json is 60.0 MB; Tenfold opens project files up to 50 MB. Remove unused data from the file or split the project.');
  });

  it('counts bytes, not characters: 30 million two-byte characters are 60 MB', () => {
    const text = 'é'.repeat(30 * 1024 * 1024);
    expect(text.length).toBeLessThan(MAX_PROJECT_FILE_BYTES);
    expect(errorOf(() => parseProjectFile(text, 'accents.json')).code).toBe('FILE_TOO_LARGE');
  });

  it('gives a clean error for 10,000-deep nesting, at the top or inside a field', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const top = errorOf(() => parseProjectFile(deep, 'deep.json'));
    expect(top.code).toBe('INVALID_PROJECT_FILE');
    expect(top.problems![0]!.message).toContain('nested more than 64 levels');
    const inside = `{"schemaVersion":1,"description":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const nested = errorOf(() => parseProjectFile(inside, 'deep2.json'));
    expect(nested.problems![0]).toMatchObject({ path: '(root)', line: 1 });
  });
});

describe('projectFileName', () => {
  it('slugs the project name', () => {
    expect(projectFileName('Shop & Co — Payments')).toBe('shop-co-payments.tenfold.json');
    expect(projectFileName('Café <script>')).toBe('cafe-script.tenfold.json');
    expect(projectFileName('!!!')).toBe('project.tenfold.json');
  });
});
