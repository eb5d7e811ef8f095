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

  it('prints a table grouped by checklist and ending with the growth line', () => {
    const { project } = shop();
    const table = formatTable(project, runCheck(project, { today: '2026-01-01' }), 'shop.tenfold.json').split('\n');
    expect(table[0]).toMatch(/^shop\.tenfold\.json: test project: \d+ findings/);
    expect(table).toContain('growth');
    expect(table.at(-1)).toBe('breaks first: orders-db at 3.5×; at 10×: 1 rewrite, 1 scale-out');
  });

  it('locates SARIF results on the line of the target id and marks accepted risks suppressed', () => {
    const { project, db } = shop();
    const text = JSON.stringify(project, null, 2);
    const result = runCheck(project, { today: '2026-01-01' });
    const first = result.findings.find((f) => f.targets.components[0] === db)!;
    const accepted = { ...result, findings: [{ ...first, status: 'accepted-risk' as const, review: { key: first.key, status: 'accepted-risk' as const, rationale: 'until Q3', history: [] } }] };
    const sarif = formatSarif(project, accepted, ruleDocs(), { fileUri: 'shop.tenfold.json', text, docsBaseUri: 'https://example.org/rules/', version: '1.0.0' }) as {
      runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions: { justification: string }[] }[] }[];
    };
    const line = sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine;
    expect(text.split('\n')[line - 1]).toContain(`"id": "${db}"`);
    expect(sarif.runs[0]!.results[0]!.suppressions[0]!.justification).toBe('until Q3');
  });
});
