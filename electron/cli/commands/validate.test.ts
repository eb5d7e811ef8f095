import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../testing/runCli';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/project';
import { notUtf8Message } from '../../../shared/model/fileText';

const bad = (name: string) => join('test', 'fixtures', 'bad', name);
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tenfold-validate-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each case starts the built CLI (a few seconds each on a busy 2-core machine), hence the timeout.
describe('tenfold validate (the built CLI in a child process)', { timeout: 60_000 }, () => {
  it('accepts a valid project and says what it holds', async () => {
    const run = await runCli(['validate', 'templates/three-tier-web.tenfold.json']);
    expect(run.stdout.trim()).toBe('✓ templates/three-tier-web.tenfold.json is a valid Tenfold project (8 components, 8 connections)');
    expect(run.code).toBe(0);
  });

  it('prints every problem with file, line, column, JSON path and reason, and exits 1', async () => {
    const file = bad('wrong-shape.tenfold.json');
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      `${file}:7:67: components[1].kind: "microservice" is not a known component kind; use one of "client", "cdn", "dns", "load-balancer", "api-gateway", "service", "worker", "function", "database", "cache", "queue", "stream", "object-storage", "search", "external-api", "identity", "registry", "monitoring"`,
      `${file}:8:53: components[2].name: expected a text value but found 42`,
      `${file}:8:82: components[2].colour: unknown field "colour": remove it or check the spelling`,
      `${file}:11:163: connections[0].timeoutMs: must be greater than 0`,
      `✗ ${file} is not a valid Tenfold project (4 problems)`,
    ]);
  });

  it('locates JSON syntax errors and truncation', async () => {
    const [syntax, truncated] = await Promise.all([runCli(['validate', bad('not-json.tenfold.json')]), runCli(['validate', bad('truncated.tenfold.json')])]);
    expect(syntax.code).toBe(1);
    expect(syntax.stdout).toContain(`${bad('not-json.tenfold.json')}:4:3: (root): not valid JSON: expected a property name in double quotes but found "n"`);
    expect(truncated.code).toBe(1);
    expect(truncated.stdout).toMatch(/truncated\.tenfold\.json:6:\d+: \(root\): not valid JSON: the file ends inside a text value: it looks truncated/);
  });

  it('reports duplicate ids and dangling connections where they are', async () => {
    const file = bad('dangling.tenfold.json');
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}:7:7: components[1].id: duplicate component id 50000000-0000-4000-8000-00000000000a: another component already uses it; give each component its own UUID`,
    );
    expect(run.stdout).toMatch(
      /dangling\.tenfold\.json:10:\d+: connections\[0\]\.to: the connection's "to" refers to component 50000000-0000-4000-8000-0000000000ff, which does not exist in this project: add that component or correct the id/,
    );
  });

  it('refuses a newer schema and a file over 50 MB, exit 1', async () => {
    const huge = join(scratch, 'huge.tenfold.json');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 0x20));
    const [newer, large] = await Promise.all([runCli(['validate', bad('newer-schema.tenfold.json')]), runCli(['validate', huge])]);
    expect(newer.code).toBe(1);
    expect(newer.stdout).toContain(
      `newer-schema.tenfold.json: test/fixtures/bad/newer-schema.tenfold.json was made by a newer Tenfold (schema 7); this version reads up to ${CURRENT_SCHEMA_VERSION}. Update Tenfold to open it.`,
    );
    expect(large.code).toBe(1);
    expect(large.stdout).toContain('the file is 51.0 MB; Tenfold opens project files up to 50 MB');
  });

  it('reads UTF-8 only: a UTF-16 file is refused by validate and check with the message the UI and the API give', async () => {
    const file = join(scratch, 'utf16.tenfold.json');
    const template = readFileSync(join(repoRoot, 'templates', 'three-tier-web.tenfold.json'), 'utf8');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(template, 'utf16le')]));
    const [validated, checked] = await Promise.all([runCli(['validate', file]), runCli(['check', file])]);
    expect(validated.code).toBe(1);
    expect(validated.stdout.split('\n').filter(Boolean)).toEqual([`${file}: ${notUtf8Message(file)}`, `✗ ${file} is not a valid Tenfold project (see above)`]);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain(notUtf8Message(file));
  });

  it('exits 2 for a missing file or no file, and says so in its usage', async () => {
    const [missing, none, help] = await Promise.all([runCli(['validate', 'no/such/file.tenfold.json']), runCli(['validate']), runCli(['validate', '--help'])]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('tenfold validate: cannot read no/such/file.tenfold.json: no such file. Check the path and try again.');
    expect(none.code).toBe(2);
    expect(help.stdout).toContain('2  a file is missing or unreadable');
  });

  it('validates several files and exits 1 when one is invalid', async () => {
    const run = await runCli(['validate', 'templates/single-node-sqlite.tenfold.json', bad('newer-schema.tenfold.json')], { cwd: repoRoot });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✓ templates/single-node-sqlite.tenfold.json');
  });
});
