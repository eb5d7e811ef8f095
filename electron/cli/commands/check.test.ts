import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklists } from '../../../shared/model/finding';
import { runCli, repoRoot } from '../testing/runCli';
import { tempGitRepo } from '../testing/gitRepo';

const TEASTORE = 'test/fixtures/teastore.tenfold.json';
let scratch: string;

/** A project whose only finding is the info that its lone component is unconnected. */
const quiet = {
  schemaVersion: 4,
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
    expect(lines[3]).toMatch(/^ {3}1 {2}error {4}\S.*: /);
    expect(lines[4]).toMatch(/^ {6}outage: .*takes down 100% of traffic \(120 req\/s\)/);
    expect(lines[21]).toMatch(/^ {2}10 {2}(error|warning|info) +\S.*: /);
    expect(lines[22]).toMatch(/^ {6}(outage|capacity|data-loss|hygiene): \S/);
    expect(lines[24]).toMatch(/^the other \d+, by checklist$/);
    // the other findings: checklists as headings in catalog order, rows of severity, component, message
    const headings = lines.slice(25).filter((l) => /^[a-z]+$/.test(l));
    expect(headings.length).toBeGreaterThan(3);
    expect([...headings].sort((a, b) => checklists.indexOf(a as never) - checklists.indexOf(b as never))).toEqual(headings);
    expect(lines.some((l) => /^ {2}(error|warning|info) +\S.*: /.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('breaks first: image at 1.2×; at 10×: 4 rewrites, 2 scale-outs');
  });

  it('shows escape sequences and bidirectional overrides in names as text, never passing them to the terminal', async () => {
    const hostile = '\u001b]0;owned\u0007db\r\u001b[2K\u202egnp.exe';
    const file = join(scratch, 'hostile.tenfold.json');
    writeFileSync(file, JSON.stringify({ ...quiet, name: hostile, components: [{ ...quiet.components[0], name: hostile }] }));
    const table = await runCli(['check', file]);
    expect(table.stdout).toContain('\\u001b]0;owned\\u0007db\\u000d\\u001b[2K\\u202egnp.exe');
    for (const acting of ['\u001b', '\u0007', '\r', '\u202e']) expect(table.stdout).not.toContain(acting);
    // In JSON the same escapes are JSON's own: the name reads back exactly.
    const json = await runCli(['check', file, '--format', 'json']);
    for (const acting of ['\u001b', '\u0007', '\r', '\u202e']) expect(json.stdout).not.toContain(acting);
    expect((JSON.parse(json.stdout) as { project: { name: string } }).project.name).toBe(hostile);
  });

  it('lists findings in priority order with their priority and impact in JSON', async () => {
    const run = await runCli(['check', TEASTORE, '--format', 'json', '--today', '2026-01-01']);
    const result = JSON.parse(run.stdout) as {
      totalFindings: number;
      findings: { priority: number; key: string; impact: { risk: string; score: number; summary: string } }[];
    };
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
    expect(shortLines.filter((l) => /^ {3}\d {2}/.test(l))).toHaveLength(3);
    expect(short.stdout).not.toContain('by checklist');
    expect(short.code).toBe(1);

    const results = (
      JSON.parse(sarif.stdout) as {
        runs: { results: { rank: number; partialFingerprints: Record<string, string>; properties: { priority: number; impact: { score: number } } }[] }[];
      }
    ).runs[0]!.results;
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
    const [errors, warnings, info] = await Promise.all([
      runCli(['check', file]),
      runCli(['check', file, '--fail-on', 'warning']),
      runCli(['check', file, '--fail-on', 'info']),
    ]);
    expect(errors.stdout).toContain('agenda: the only open finding by priority');
    expect(errors.stdout).toContain('   1  info     browser: browser has no connections');
    expect(errors.code).toBe(0);
    expect(warnings.code).toBe(0);
    expect(info.code).toBe(1);
  });

  it('writes JSON with findings, analyses and stale waivers, at the --growth asked for', async () => {
    const run = await runCli(['check', TEASTORE, '--format', 'json', '--growth', '2']);
    const result = JSON.parse(run.stdout) as {
      findings: { key: string }[];
      analyses: { growth: { growthFactor: number }; spof: { spofs: unknown[] } };
      staleWaivers: unknown[];
      project: { name: string };
    };
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

describe('tenfold check --baseline (the built CLI in a child process)', { timeout: 60_000 }, () => {
  let repo: ReturnType<typeof tempGitRepo>;
  const FILE = 'shop.tenfold.json';
  const BASELINE = `git:HEAD:./${FILE}`;

  /** TeaStore after a change: a payment provider called synchronously from webui, and image no longer renders images itself. */
  function changedTeaStore(): string {
    const project = JSON.parse(readFileSync(TEASTORE, 'utf8')) as { components: { id: string; name: string; heavyWork?: string[] }[]; connections: object[] };
    const webui = project.components.find((c) => c.name === 'webui')!;
    delete project.components.find((c) => c.name === 'image')!.heavyWork;
    project.components.push({ id: '7ea5000c-0000-4000-8000-0000000000aa', name: 'payments', kind: 'external-api' } as never);
    project.connections.push({
      id: '7ea5000c-0000-4000-8000-0000000000ab',
      from: webui.id,
      to: '7ea5000c-0000-4000-8000-0000000000aa',
      kind: 'sync',
      timeoutMs: 2000,
    });
    return `${JSON.stringify(project, null, 2)}\n`;
  }

  beforeAll(() => {
    repo = tempGitRepo('tenfold-baseline-');
    writeFileSync(join(repo.dir, FILE), readFileSync(TEASTORE, 'utf8'));
    repo.git('add', FILE);
    repo.git('commit', '--quiet', '-m', 'TeaStore');
    writeFileSync(join(repo.dir, FILE), changedTeaStore());
  });
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('reports and fails only on findings the baseline does not have', async () => {
    const cwd = repo.dir;
    const [table, json, plain, strict, unchanged] = await Promise.all([
      runCli(['check', FILE, '--baseline', BASELINE, '--today', '2026-01-01'], { cwd }),
      runCli(['check', FILE, '--baseline', BASELINE, '--format', 'json', '--today', '2026-01-01'], { cwd }),
      runCli(['check', FILE, '--format', 'json', '--today', '2026-01-01'], { cwd }),
      runCli(['check', FILE, '--baseline', BASELINE, '--fail-on', 'warning', '--today', '2026-01-01'], { cwd }),
      // the committed file against itself: its errors are all old, so nothing fails
      runCli(['check', join(repoRoot, TEASTORE), '--baseline', BASELINE, '--today', '2026-01-01'], { cwd }),
    ]);
    type Json = {
      totalFindings: number;
      baseline: { newFindings: number; unchanged: number; absent: { key: string }[] };
      findings: { key: string; priority: number; baselineState: string; ruleId: string }[];
    };
    const all = JSON.parse(plain.stdout) as Json;
    const result = JSON.parse(json.stdout) as Json;
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual([
      'growth/assumed-capacity',
      'resilience/external-without-fallback',
      'resilience/no-circuit-breaker',
    ]);
    expect(result.findings.every((f) => f.baselineState === 'new')).toBe(true);
    // each keeps its priority in the whole check
    expect(result.findings.map((f) => f.priority)).toEqual(result.findings.map((f) => all.findings.findIndex((a) => a.key === f.key) + 1));
    expect(result.baseline).toMatchObject({ newFindings: 3, unchanged: all.findings.length - 3 });
    expect(result.baseline.absent.map((f) => f.key)).toEqual(['async/heavy-work-in-request|7ea5000c-0000-4000-8000-000000000005']);
    expect(table.stdout.split('\n')[0]).toBe(
      `compared with the baseline ${BASELINE}: 3 new findings (listed below), ${all.findings.length - 3} unchanged (not listed), 1 no longer found`,
    );
    expect(table.stdout).toContain('agenda: all 3 open findings by priority');
    // the new findings are warnings and info: the default --fail-on error passes, warning fails
    expect([table.code, strict.code]).toEqual([0, 1]);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout.split('\n')[0]).toMatch(/: 0 new findings, \d+ unchanged \(not listed\), 0 no longer found$/);
    expect((await runCli(['check', join(repoRoot, TEASTORE)], { cwd })).code).toBe(1);
  });

  it('gives every SARIF result its baseline state, with the findings that are gone as absent', async () => {
    const run = await runCli(['check', FILE, '--baseline', BASELINE, '--format', 'sarif', '--today', '2026-01-01'], { cwd: repo.dir });
    const results = (
      JSON.parse(run.stdout) as { runs: { results: { ruleId: string; baselineState: string; partialFingerprints: Record<string, string> }[] }[] }
    ).runs[0]!.results;
    const byState = (state: string) =>
      results
        .filter((r) => r.baselineState === state)
        .map((r) => r.ruleId)
        .sort();
    expect(byState('new')).toEqual(['growth/assumed-capacity', 'resilience/external-without-fallback', 'resilience/no-circuit-breaker']);
    expect(byState('absent')).toEqual(['async/heavy-work-in-request']);
    expect(byState('unchanged').length).toBeGreaterThan(10);
    expect(results.every((r) => ['new', 'unchanged', 'absent'].includes(r.baselineState))).toBe(true);
  });

  it('refuses an invalid baseline with the lines validate prints', async () => {
    const bad = join(repoRoot, 'test/fixtures/bad/wrong-shape.tenfold.json');
    const [check, validate] = await Promise.all([runCli(['check', TEASTORE, '--baseline', bad]), runCli(['validate', bad])]);
    expect(check.code).toBe(2);
    expect(check.stderr.trimEnd()).toBe(validate.stdout.trimEnd());
  });
});
