import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklists } from '../../../shared/model/finding';
import { runCli } from '../testing/runCli';

const TEASTORE = 'test/fixtures/teastore.tenfold.json';
let scratch: string;

/** A project whose only finding is the info that its lone component is unconnected. */
const quiet = {
  schemaVersion: 3,
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
  it('opens with the agenda, then the other findings by checklist and the growth summary, and exits 1 on open errors', async () => {
    const run = await runCli(['check', TEASTORE, '--today', '2026-01-01']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^test\/fixtures\/teastore\.tenfold\.json: TeaStore: \d+ findings \(open: \d+ errors, \d+ warnings, \d+ info\), \d+ rules$/);
    expect(lines[2]).toBe('agenda: the first 10 open findings by priority');
    // each agenda entry: its rank, then what it risks; the first is losing all of the shop's traffic
    expect(lines[3]).toMatch(/^ {3}1  error {4}\S.*: /);
    expect(lines[4]).toMatch(/^ {6}outage: .*takes down 100% of traffic \(120 req\/s\)/);
    expect(lines[21]).toMatch(/^ {2}10  (error|warning|info) +\S.*: /);
    expect(lines[22]).toMatch(/^ {6}(outage|capacity|data-loss|hygiene): \S/);
    expect(lines[24]).toMatch(/^the other \d+, by checklist$/);
    // the other findings: checklists as headings in catalog order, rows of severity, component, message
    const headings = lines.slice(25).filter((l) => /^[a-z]+$/.test(l));
    expect(headings.length).toBeGreaterThan(3);
    expect([...headings].sort((a, b) => checklists.indexOf(a as never) - checklists.indexOf(b as never))).toEqual(headings);
    expect(lines.some((l) => /^ {2}(error|warning|info) +\S.*: /.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('breaks first: image at 1.2×; at 10×: 4 rewrites, 2 scale-outs');
  });

  it('lists findings in priority order with their priority and impact in JSON', async () => {
    const run = await runCli(['check', TEASTORE, '--format', 'json', '--today', '2026-01-01']);
    const result = JSON.parse(run.stdout) as { totalFindings: number; findings: { priority: number; key: string; impact: { risk: string; score: number; summary: string } }[] };
    expect(result.totalFindings).toBe(result.findings.length);
    expect(result.findings.map((f) => f.priority)).toEqual(result.findings.map((_, i) => i + 1));
    expect(Object.keys(result.findings[0]!)[0]).toBe('priority');
    expect(result.findings[0]!.impact.risk).toBe('outage');
    for (let i = 1; i < result.findings.length; i++) expect(result.findings[i]!.impact.score).toBeLessThanOrEqual(result.findings[i - 1]!.impact.score);
    expect(result.findings.every((f) => f.impact.summary.length > 10)).toBe(true);
  });

  it('limits every format to the first N by priority with --top, and still exits by every finding', async () => {
    const quiet = join(scratch, 'quiet.tenfold.json');
    const [full, json, table, short, sarif, quietTop] = await Promise.all([
      runCli(['check', TEASTORE, '--format', 'json', '--today', '2026-01-01']),
      runCli(['check', TEASTORE, '--format', 'json', '--top', '5', '--today', '2026-01-01']),
      runCli(['check', TEASTORE, '--top', '12', '--today', '2026-01-01']),
      runCli(['check', TEASTORE, '--top', '3', '--today', '2026-01-01']),
      runCli(['check', TEASTORE, '--format', 'sarif', '--top', '4', '--today', '2026-01-01']),
      runCli(['check', quiet, '--top', '1', '--fail-on', 'info']),
    ]);
    type Json = { totalFindings: number; findings: { priority: number; key: string; impact: { score: number } }[] };
    const all = JSON.parse(full.stdout) as Json;
    const top = JSON.parse(json.stdout) as Json;
    expect(top.findings.map((f) => f.key)).toEqual(all.findings.slice(0, 5).map((f) => f.key));
    expect(top.findings.map((f) => f.priority)).toEqual([1, 2, 3, 4, 5]);
    expect(top.totalFindings).toBe(all.findings.length);

    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`: ${all.findings.length} findings .*; showing the first 12 by priority$`));
    expect(lines[2]).toBe('agenda: the first 10 open findings by priority');
    expect(lines.filter((l) => /^ {2}(error|warning|info) /.test(l))).toHaveLength(2);
    expect(table.stdout).toContain('the other 2, by checklist');
    const shortLines = short.stdout.trimEnd().split('\n');
    expect(shortLines[2]).toBe('agenda: the first 3 open findings by priority');
    expect(shortLines.filter((l) => /^ {3}\d  /.test(l))).toHaveLength(3);
    expect(short.stdout).not.toContain('by checklist');
    expect(short.code).toBe(1);

    const results = (JSON.parse(sarif.stdout) as { runs: { results: { rank: number; partialFingerprints: Record<string, string>; properties: { priority: number; impact: { score: number } } }[] }[] }).runs[0]!.results;
    expect(results.map((r) => r.properties.priority)).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => r.partialFingerprints['tenfoldFindingKey/v1'])).toEqual(all.findings.slice(0, 4).map((f) => f.key));
    for (const r of results) {
      expect(r.rank).toBe(r.properties.impact.score);
      expect(r.rank).toBeGreaterThanOrEqual(0);
      expect(r.rank).toBeLessThanOrEqual(100);
    }
    expect(quietTop.code).toBe(1);
  });

  it('exits 0 when nothing open reaches --fail-on, and 1 when it does', async () => {
    const file = join(scratch, 'quiet.tenfold.json');
    const [errors, warnings, info] = await Promise.all([runCli(['check', file]), runCli(['check', file, '--fail-on', 'warning']), runCli(['check', file, '--fail-on', 'info'])]);
    expect(errors.stdout).toContain('agenda: the only open finding by priority');
    expect(errors.stdout).toContain('   1  info     browser: browser has no connections');
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
    const [missing, growth, format, ...tops] = await Promise.all([
      runCli(['check', 'nowhere.tenfold.json']),
      runCli(['check', TEASTORE, '--growth', '0']),
      runCli(['check', TEASTORE, '--format', 'xml']),
      ...['0', '2.5', 'ten', '-3'].map((n) => runCli(['check', TEASTORE, `--top=${n}`])),
    ]);
    expect([missing.code, growth.code, format.code]).toEqual([2, 2, 2]);
    for (const top of tops) {
      expect(top.code).toBe(2);
      expect(top.stderr).toMatch(/--top must be a whole number of at least 1, not "(0|2\.5|ten|-3)"/);
    }
    expect(missing.stderr).toContain('cannot read nowhere.tenfold.json: no such file');
    expect(growth.stderr).toContain('--growth must be a number from 1 to 1000');
    expect(format.stderr).toContain('--format must be one of table, json, sarif');
  });
});
