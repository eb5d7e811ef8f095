import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/runCli';

const TEASTORE = 'test/fixtures/teastore.tenfold.json';
let scratch: string;

/** A project whose only finding is the info that its lone component is unconnected. */
const quiet = {
  schemaVersion: 2,
  id: '00000000-0000-4000-8000-000000000000',
  name: 'quiet',
  components: [{ id: '00000000-0000-4000-8000-000000000001', name: 'browser', kind: 'client' }],
  connections: [],
};

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tenfold-check-'));
  writeFileSync(join(scratch, 'quiet.tenfold.json'), JSON.stringify(quiet));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each case starts the built CLI in a child process (seconds on a busy 2-core machine).
describe('tenfold check (the built CLI in a child process)', { timeout: 60_000 }, () => {
  it('prints findings grouped by checklist and the growth summary, and exits 1 on open errors', async () => {
    const run = await runCli(['check', TEASTORE, '--today', '2026-01-01']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^test\/fixtures\/teastore\.tenfold\.json: TeaStore: \d+ findings \(open: \d+ errors, \d+ warnings, \d+ info\), \d+ rules$/);
    // checklists appear as headings in catalog order
    const headings = lines.filter((l) => /^[a-z]+$/.test(l));
    expect(headings.slice(0, 3)).toEqual(['growth', 'stateless', 'redundancy']);
    // the rule's wording may change; the row's shape may not: severity, component, message
    expect(lines.some((l) => /^ {2}error {4}db: db .*port/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('breaks first: image at 1.2×; at 10×: 4 rewrites, 2 scale-outs');
  });

  it('exits 0 when nothing open reaches --fail-on, and 1 when it does', async () => {
    const file = join(scratch, 'quiet.tenfold.json');
    const [errors, warnings, info] = await Promise.all([runCli(['check', file]), runCli(['check', file, '--fail-on', 'warning']), runCli(['check', file, '--fail-on', 'info'])]);
    expect(errors.stdout).toContain('info     browser: browser has no connections');
    expect(errors.code).toBe(0);
    expect(warnings.code).toBe(0);
    expect(info.code).toBe(1);
  });

  it('writes JSON with findings, analyses and stale waivers, at the --growth asked for', async () => {
    const run = await runCli(['check', TEASTORE, '--format', 'json', '--growth', '2']);
    const result = JSON.parse(run.stdout) as { findings: { key: string }[]; analyses: { growth: { growthFactor: number }; spof: { spofs: unknown[] } }; staleWaivers: unknown[]; project: { name: string } };
    expect(result.project.name).toBe('TeaStore');
    expect(result.analyses.growth.growthFactor).toBe(2);
    expect(result.analyses.spof.spofs.length).toBeGreaterThanOrEqual(4);
    expect(result.findings.length).toBeGreaterThan(10);
    expect(result.staleWaivers).toEqual([]);
  });

  it('writes SARIF 2.1.0 with rules, levels, locations on the component line and finding keys', async () => {
    const run = await runCli(['check', TEASTORE, '--format', 'sarif', '--docs-base', 'https://example.org/docs/rules']);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    const driver = sarif.runs[0].tool.driver;
    expect(driver.name).toBe('Tenfold');
    const exposed = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'data/store-exposed');
    expect(exposed.level).toBe('error');
    expect(driver.rules[exposed.ruleIndex].id).toBe('data/store-exposed');
    expect(driver.rules[exposed.ruleIndex].helpUri).toBe('https://example.org/docs/rules/data/store-exposed.md');
    const location = exposed.locations[0].physicalLocation;
    expect(location.artifactLocation.uri).toBe(TEASTORE);
    // the region is the line declaring db's id in the file
    const fileLines = readFileSync(TEASTORE, 'utf8').split('\n');
    expect(fileLines[location.region.startLine - 1]).toContain('"id": "7ea5000c-0000-4000-8000-000000000008"');
    // One finding for the project's exposed stores, keyed by the rule alone.
    expect(exposed.partialFingerprints['tenfoldFindingKey/v1']).toBe('data/store-exposed');
    for (const result of sarif.runs[0].results) expect(['error', 'warning', 'note']).toContain(result.level);
  });

  it('exits 2 on an invalid file, naming the file and every problem', async () => {
    const file = 'test/fixtures/bad/wrong-shape.tenfold.json';
    const run = await runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file} is not a valid Tenfold project: 4 problems`);
    expect(run.stderr).toContain('components[2].colour (line 8, column 82): unknown field "colour"');
    expect(run.stderr).toContain('connections[0].timeoutMs (line 11, column 163)');
  });

  it('exits 2 on a missing file or a bad option', async () => {
    const [missing, growth, format] = await Promise.all([
      runCli(['check', 'nowhere.tenfold.json']),
      runCli(['check', TEASTORE, '--growth', '0']),
      runCli(['check', TEASTORE, '--format', 'xml']),
    ]);
    expect([missing.code, growth.code, format.code]).toEqual([2, 2, 2]);
    expect(missing.stderr).toContain('cannot read nowhere.tenfold.json: no such file');
    expect(growth.stderr).toContain('--growth must be a number from 1 to 1000');
    expect(format.stderr).toContain('--format must be one of table, json, sarif');
  });
});
