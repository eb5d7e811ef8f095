import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../command';
import { main } from '../main';
import { serializeProject } from '../../../shared/model/projectFile';
import { teastoreLikeProject } from '../../exporters/testing/teastoreModel';
import { parseMermaid } from '../../exporters/testing/parseMermaid';

let folder: string;
const composeFixtures = resolve(import.meta.dirname, '../../../test/fixtures/compose');

function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), write: (t) => out.push(t), err: (t) => err.push(t), cwd: folder, env: {} };
  return main(args, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tenfold-cli-'));
  writeFileSync(join(folder, 'shop.tenfold.json'), serializeProject(teastoreLikeProject().project));
  for (const name of ['shop-v3.yml', 'legacy-v2.yml', 'common.yml', 'malformed.yml']) copyFileSync(join(composeFixtures, name), join(folder, name));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('tenfold export', () => {
  it('prints valid Mermaid, and Markdown-wrapped Mermaid', async () => {
    const mermaid = await runCli(['export', 'shop.tenfold.json', '--to', 'mermaid', '--highlight']);
    expect(mermaid.code).toBe(0);
    await expect(parseMermaid(mermaid.out)).resolves.toBeTruthy();
    expect(mermaid.out).toContain('classDef sevError');
    const markdown = await runCli(['export', 'shop.tenfold.json', '--to', 'markdown']);
    expect(markdown.out.startsWith('```mermaid\nflowchart LR')).toBe(true);
  });

  it('writes the runbook and the report atomically with -o', async () => {
    expect((await runCli(['export', 'shop.tenfold.json', '--to', 'runbook', '-o', 'runbook.md'])).code).toBe(0);
    expect(readFileSync(join(folder, 'runbook.md'), 'utf8')).toContain('# Runbook: TeaStore-like shop');
    expect((await runCli(['export', 'shop.tenfold.json', '--to', 'report', '--date', '2026-01-31', '-o', 'report.html'])).code).toBe(0);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('<time datetime="2026-01-31">');
  });

  it('uses edited recovery templates from --templates', async () => {
    const templates = join(folder, 'my-templates');
    mkdirSync(templates);
    writeFileSync(join(templates, 'database.md'), 'Call the on-call DBA for {{name}}; restore from the nightly dump.\n');
    const { code, out } = await runCli(['export', 'shop.tenfold.json', '--to', 'runbook', '--templates', 'my-templates']);
    expect(code).toBe(0);
    expect(out).toContain('Call the on-call DBA for db; restore from the nightly dump.');
    expect(out).toContain('If the last deployment caused it, roll back.');
    const missing = await runCli(['export', 'shop.tenfold.json', '--to', 'runbook', '--templates', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read the templates folder nowhere');
  });

  it('round-trips json byte for byte', async () => {
    const { code, out } = await runCli(['export', 'shop.tenfold.json', '--to', 'json']);
    expect(code).toBe(0);
    expect(`${out}\n`).toBe(readFileSync(join(folder, 'shop.tenfold.json'), 'utf8'));
  });

  it('exits 2 with a clear message on bad input', async () => {
    const missing = await runCli(['export', 'nope.tenfold.json', '--to', 'json']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toBe('tenfold export: cannot read nope.tenfold.json: no such file. Check the path and try again.');
    const format = await runCli(['export', 'shop.tenfold.json', '--to', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.err).toContain('--to must be one of mermaid, markdown, runbook, report, json, not "pdf"');
    writeFileSync(join(folder, 'broken.tenfold.json'), '{"schemaVersion": 2, "id": "x", "name": "b", "components": [], "connections": []}\n');
    const invalid = await runCli(['export', 'broken.tenfold.json', '--to', 'runbook']);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/^tenfold export: broken\.tenfold\.json is not a valid Tenfold project/);
    expect(invalid.err).toMatch(/\n {2}id \(line 1, column \d+\): /);
  });
});

describe('tenfold import', () => {
  it('keeps "import compose FILE": writes a project file and prints the report to stderr', async () => {
    const result = await runCli(['import', 'compose', 'legacy-v2.yml', '-o', 'blog.tenfold.json']);
    expect(result.code).toBe(0);
    const text = readFileSync(join(folder, 'blog.tenfold.json'), 'utf8');
    const project = JSON.parse(text) as { name: string; components: { name: string; deployment?: { healthCheck?: boolean } }[] };
    expect(project.name).toBe('legacy-v2');
    // extends: file common.yml was read relative to the compose file.
    expect(project.components.find((c) => c.name === 'api')?.deployment?.healthCheck).toBe(true);
    expect(result.err).toContain('Read:\n  - legacy-v2.yml: compose file');
    expect(result.err).toContain('Guessed:\n');
    expect(result.err).toContain('\n  - "api" is a service: its image "example/blog-api:0.9" is not a product Tenfold knows');
    expect(result.err).toContain('Please confirm:');
    const again = await runCli(['import', 'legacy-v2.yml']);
    expect(`${again.out}\n`).toBe(text);
  });

  it('imports a folder: finds the compose file, its override file and .env', async () => {
    const shop = join(folder, 'corner-shop');
    mkdirSync(join(shop, 'config'), { recursive: true });
    writeFileSync(
      join(shop, 'docker-compose.yml'),
      'services:\n  web:\n    image: acme/web:${TAG}\n    ports: ["80:80"]\n    environment: { DB: "postgres://db/shop" }\n  db:\n    image: postgres:16\n',
    );
    writeFileSync(join(shop, 'docker-compose.override.yml'), 'services:\n  web:\n    deploy: { replicas: 2 }\n');
    writeFileSync(join(shop, '.env'), 'TAG=7\n');
    const result = await runCli(['import', 'corner-shop', '-o', 'corner.tenfold.json']);
    expect(result.code).toBe(0);
    const project = JSON.parse(readFileSync(join(folder, 'corner.tenfold.json'), 'utf8')) as {
      name: string;
      components: { name: string; technology?: string; deployment?: { instances?: number } }[];
    };
    expect(project.name).toBe('corner-shop');
    expect(project.components.find((c) => c.name === 'web')).toMatchObject({ technology: 'acme/web:7', deployment: { instances: 2 } });
  });

  it('exits 2 on malformed YAML with line and column, and writes nothing', async () => {
    const result = await runCli(['import', 'compose', 'malformed.yml', '-o', 'never.tenfold.json']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^tenfold import: malformed\.yml is not valid YAML at line 4, column 12/);
    expect(result.err).toContain('malformed.yml (line 4, column 12):');
    expect(() => readFileSync(join(folder, 'never.tenfold.json'))).toThrow();
  });

  it('exits 2 on a path that does not exist, or on nothing to import', async () => {
    const missing = await runCli(['import', 'kubernetes', 'x.yml']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read kubernetes: no such file or folder');
    const none = await runCli(['import']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('name a docker-compose file, Kubernetes manifests, or the folder');
  });
});
