import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, Project } from '../../shared/model/project';
import { parseProjectFile, serializeProject } from '../../shared/model/projectFile';
import { sampleProjectInput } from '../../shared/model/testing/sampleProject';
import { openLibrary, type Library } from '../store/library';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { dispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';

let dir: string;
let library: Library;
let handlers: Handlers;
const sampleText = () => serializeProject(Project.parse(sampleProjectInput()));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tenfold-bad-input-'));
  mkdirSync(join(dir, 'templates'));
  library = openLibrary(join(dir, 'data'));
  handlers = createHandlers({ library, templatesDir: join(dir, 'templates') });
  // The library already holds the project the bad files claim to be, so 'replace' would change it.
  const result = await dispatch(handlers, 'projects:import', { fileName: 'shop.tenfold.json', content: sampleText() });
  expect(result.ok).toBe(true);
});

afterAll(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Everything a refused import must leave alone, read straight from the database file. */
function librarySnapshot(): unknown {
  const db = new BetterSqlite3(library.file, { readonly: true });
  try {
    return {
      projects: db.prepare('SELECT * FROM projects ORDER BY id').all(),
      revisions: db.prepare('SELECT id, project_id, saved_at, summary, hex(model) AS model FROM revisions ORDER BY id').all(),
      settings: db.prepare('SELECT * FROM settings ORDER BY key').all(),
    };
  } finally {
    db.close();
  }
}

function withSample(change: (input: Record<string, unknown> & ReturnType<typeof sampleProjectInput>) => void): string {
  const input = sampleProjectInput() as Record<string, unknown> & ReturnType<typeof sampleProjectInput>;
  change(input);
  return JSON.stringify(input, null, 2);
}

/** Calls a channel through the real boundary and returns its value, failing on an error envelope. */
async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

const text = sampleText();
const badFiles: { name: string; content: () => string; code: string; expect: RegExp }[] = [
  { name: 'not JSON', content: () => 'This is a shopping list, not a project.', code: 'INVALID_PROJECT_FILE', expect: /not valid JSON/ },
  {
    name: 'JSON of the wrong shape',
    content: () =>
      withSample((p) => {
        (p.components[0] as Record<string, unknown>).kind = 'mainframe';
      }),
    code: 'INVALID_PROJECT_FILE',
    expect: /"mainframe" is not a known component kind/,
  },
  { name: 'a JSON list', content: () => '[]', code: 'INVALID_PROJECT_FILE', expect: /one JSON object/ },
  { name: 'truncated', content: () => text.slice(0, Math.floor(text.length * 0.6)), code: 'INVALID_PROJECT_FILE', expect: /truncated/ },
  {
    name: '60 MB',
    content: () => text.replace('"description": "', `"description": "${'x'.repeat(60 * 1024 * 1024)}`),
    code: 'FILE_TOO_LARGE',
    expect: /up to 50 MB/,
  },
  {
    name: '10,000-deep nesting',
    content: () => `{"schemaVersion":1,"layout":${'{"a":'.repeat(10_000)}0${'}'.repeat(10_000)}}`,
    code: 'INVALID_PROJECT_FILE',
    expect: /nested more than/,
  },
  {
    name: 'duplicate ids',
    content: () =>
      withSample((p) => {
        p.components[1]!.id = p.components[0]!.id;
      }),
    code: 'INVALID_PROJECT_FILE',
    expect: /duplicate component id/,
  },
  {
    name: 'a connection to a missing component',
    content: () =>
      withSample((p) => {
        p.connections[1]!.from = '00000000-0000-4000-8000-0000000000ee';
      }),
    code: 'INVALID_PROJECT_FILE',
    expect: /does not exist in this project/,
  },
  {
    name: 'a newer schema',
    content: () => text.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, '"schemaVersion": 9'),
    code: 'NEWER_SCHEMA',
    expect: /newer Tenfold \(schema 9\)/,
  },
];

describe('bad project files through the import channel', () => {
  for (const bad of badFiles) {
    it(`refuses ${bad.name} with a clear error and leaves the library unchanged`, async () => {
      const content = bad.content();
      const before = librarySnapshot();
      for (const mode of ['new', 'replace', 'copy'] as const) {
        const result = await dispatch(handlers, 'projects:import', { fileName: 'bad.tenfold.json', content, mode });
        if (result.ok) throw new Error(`${bad.name} was imported in mode ${mode}`);
        expect(result.error.code).toBe(bad.code);
        expect(result.error.message).toContain('bad.tenfold.json');
        const reasons = [result.error.message, ...(result.error.problems ?? []).map((p) => `${p.path}: ${p.message}`)].join('\n');
        expect(reasons).toMatch(bad.expect);
      }
      expect(librarySnapshot()).toEqual(before);
    });
  }
});

describe('odd names', () => {
  const odd = [
    '<script>alert("pwned")</script>',
    'Quotes: "double" and \'single\' and `back`',
    'Line one\nLine two\r\nLine three',
    '**bold** _em_ [link](javascript:alert(1)) | table | # heading',
    'A-->B; subgraph X end; click A call evil() %%{init: {}}%% ["label"]',
  ];

  it('stores names with HTML, quotes, newlines, Markdown and Mermaid syntax verbatim and round-trips them', async () => {
    const content = withSample((p) => {
      p.name = odd[0]!;
      p.description = odd.join('\n');
      p.components.forEach((component, index) => (component.name = odd[index + 1]!));
      p.zones![0]!.name = odd[4]!;
    });
    const imported = await call('projects:import', { fileName: 'odd.tenfold.json', content, mode: 'copy' });
    if (imported.status !== 'imported') throw new Error('odd names were refused');
    const id = imported.project.id;
    expect(imported.project.name).toBe(odd[0]);

    const { project } = await call('projects:open', { id });
    expect(project.name).toBe(odd[0]);
    expect(project.description).toBe(odd.join('\n'));
    expect(project.components.map((c) => c.name).sort()).toEqual(odd.slice(1, 4).sort());

    const exported = await call('projects:export', { id });
    expect(exported.fileName).toBe('script-alert-pwned-script.tenfold.json');
    const back = parseProjectFile(exported.content, exported.fileName);
    expect(back.name).toBe(odd[0]);
    expect(serializeProject(back)).toBe(exported.content);
  });
});
