import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { runCheck } from '../check';
import { growthSummary, openAtOrAbove } from './summary';
import { formatTable } from './table';
import { formatSarif } from './sarif';
import { ruleDocs } from '../check';
import type { Finding } from '../../../shared/model/finding';

function shop() {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const api = m.component('api', 'service', { capacity: { ratePerInstance: 100 }, deployment: { instances: 2 } });
  const db = m.component('orders-db', 'database', { capacity: { ratePerInstance: 500 } });
  m.connect(users, api);
  m.connect(api, db, 'read');
  m.entry(users, 100);
  return { project: m.build(), db };
}

describe('report summary', () => {
  it('names what breaks first and counts rewrites and scale-outs', () => {
    const { project } = shop();
    const result = runCheck(project, { today: '2026-01-01' });
    // orders-db: headroom 1 × 500 × 0.7 / 100 = 3.5; api scales out, orders-db needs a rewrite
    expect(growthSummary(project, result.analyses.growth)).toBe('breaks first: orders-db at 3.5×; at 10×: 1 rewrite, 1 scale-out');
  });

  it('counts only open findings at or above the threshold', () => {
    const finding = (severity: Finding['severity'], status: Finding['status']) => ({ severity, status }) as Finding;
    const findings = [finding('error', 'accepted-risk'), finding('warning', 'open'), finding('info', 'open'), finding('error', 'planned')];
    expect(openAtOrAbove(findings, 'error')).toHaveLength(0);
    expect(openAtOrAbove(findings, 'warning')).toHaveLength(1);
    expect(openAtOrAbove(findings, 'info')).toHaveLength(2);
  });

  it('prints the agenda, then the other findings grouped by checklist, and ends with the growth line', () => {
    const { project } = shop();
    const result = runCheck(project, { today: '2026-01-01' });
    const table = formatTable(project, result, 'shop.tenfold.json').split('\n');
    expect(table[0]).toMatch(/^shop\.tenfold\.json: test project: \d+ findings/);
    expect(result.findings.length).toBeGreaterThan(10);
    expect(table[2]).toBe('agenda: the first 10 open findings by priority');
    expect(table[3]).toBe(`   1  ${result.findings[0]!.severity.padEnd(7)}  orders-db: ${result.findings[0]!.message}`);
    expect(table[4]).toBe(`      ${result.findings[0]!.impact.risk}: ${result.findings[0]!.impact.summary}`);
    expect(table).toContain(`the other ${result.findings.length - 10}, by checklist`);
    expect(table.at(-1)).toBe('breaks first: orders-db at 3.5×; at 10×: 1 rewrite, 1 scale-out');
  });

  it('leaves settled findings out of the agenda but keeps their priority numbers and lists them after it', () => {
    const { project } = shop();
    const [first, second] = runCheck(project, { today: '2026-01-01' }).findings;
    const reviewed = {
      ...project,
      review: {
        findings: [
          { key: first!.key, status: 'accepted-risk' as const, history: [] },
          { key: second!.key, status: 'planned' as const, history: [] },
        ],
        decisions: [],
      },
    };
    const table = formatTable(reviewed, runCheck(reviewed, { today: '2026-01-01' }), 'shop.tenfold.json').split('\n');
    const ranks = table.filter((l) => /^ {2}[ \d]\d {2}/.test(l)).map((l) => Number(l.slice(0, 4)));
    expect(ranks).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(table.find((l) => l.startsWith('   2  '))).toMatch(/ {2}\[planned\]$/);
    expect(table.some((l) => /^ {2}(error|warning|info) .* {2}\[accepted-risk\]$/.test(l))).toBe(true);
  });

  it('shows only the first N by priority with top, counting every finding in the header', () => {
    const { project } = shop();
    const result = runCheck(project, { today: '2026-01-01' });
    const table = formatTable(project, result, 'shop.tenfold.json', { top: 2 }).split('\n');
    expect(table[0]).toMatch(new RegExp(`: ${result.findings.length} findings .*; showing the first 2 by priority$`));
    expect(table[2]).toBe('agenda: the first 2 open findings by priority');
    expect(table.filter((l) => /^ {3}\d {2}/.test(l))).toHaveLength(2);
    expect(table.join('\n')).not.toContain('by checklist');
  });

  it('locates SARIF results on the line of the target id and marks accepted risks suppressed', () => {
    const { project, db } = shop();
    const text = JSON.stringify(project, null, 2);
    const result = runCheck(project, { today: '2026-01-01' });
    const first = result.findings.find((f) => f.targets.components[0] === db)!;
    const accepted = {
      ...result,
      findings: [
        { ...first, status: 'accepted-risk' as const, review: { key: first.key, status: 'accepted-risk' as const, rationale: 'until Q3', history: [] } },
      ],
    };
    const sarif = formatSarif(project, accepted, ruleDocs(), {
      fileUri: 'shop.tenfold.json',
      text,
      docsBaseUri: 'https://example.org/rules/',
      version: '1.0.0',
    }) as {
      runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions: { justification: string }[] }[] }[];
    };
    const line = sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine;
    expect(text.split('\n')[line - 1]).toContain(`"id": "${db}"`);
    expect(sarif.runs[0]!.results[0]!.suppressions[0]!.justification).toBe('until Q3');
  });
});
