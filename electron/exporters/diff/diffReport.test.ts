import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../engine/testing/modelBuilder';
import { compareProjects } from '../../engine/diff/compare';
import { parseMermaid } from '../testing/parseMermaid';
import type { DiffReport } from './changeWords';
import { formatDiffText } from './diffText';
import { formatDiffMarkdown } from './diffMarkdown';
import { changeDiagram } from './changeDiagram';

const hostile = 'pay|ments <script>alert(1)</script> "end" #1';

/**
 * A shop, and the same shop after a pull request: orders-db gets a standby, web is renamed
 * storefront, the legacy cron worker goes with its connection, and a payment provider with a
 * hostile name arrives, called synchronously from the storefront.
 */
function pullRequest(): DiffReport {
  const build = (after: boolean) => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const web = m.component(after ? 'storefront' : 'web', 'service', { deployment: { instances: 3 }, capacity: { ratePerInstance: 100 } });
    const db = m.component('orders-db', 'database', {
      deployment: { instances: 1, scalingMode: 'vertical-only', ...(after ? { failover: 'standby' as const } : {}) },
      capacity: { ratePerInstance: 500 },
    });
    const cron = after ? m.nextId() : m.component('legacy-cron', 'worker');
    m.connect(users, web, 'sync', { timeoutMs: 1000 });
    m.connect(web, db, 'read', { timeoutMs: after ? 300 : 200 });
    if (after) m.nextId();
    else m.connect(cron, db, 'write', { timeoutMs: 1000 });
    if (after) m.connect(web, m.component(hostile, 'external-api'), 'sync');
    m.entry(users, 100);
    return m.build();
  };
  const before = build(false);
  const after = build(true);
  return {
    beforeName: 'git:main:./shop.tenfold.json',
    afterName: 'shop.tenfold.json',
    before,
    after,
    comparison: compareProjects(before, after, { today: '2026-01-01' }),
  };
}

describe('tenfold diff reports', () => {
  it('writes the text report: each change by name, from → to, then the analysis before → after', () => {
    const text = formatDiffText(pullRequest());
    const lines = text.split('\n');
    expect(lines[0]).toBe('git:main:./shop.tenfold.json → shop.tenfold.json: test project');
    expect(lines).toContain('  components: 1 added, 1 removed, 2 changed (1 renamed)');
    expect(lines).toContain(`    + ${hostile} (external-api)`);
    expect(lines).toContain('    - legacy-cron (worker), with its connection');
    expect(lines).toContain('    ~ orders-db: deployment.failover (unset) → standby');
    expect(lines).toContain('    ~ storefront (renamed from web)');
    // the removed worker's connection is told with it; the changed timeout by the connection's names
    expect(lines).toContain('  connections: 1 added, 0 removed, 1 changed (and 1 with removed components)');
    expect(lines).toContain('    ~ storefront → orders-db: timeoutMs 200 → 300');
    expect(lines).toContain('  single points of failure: 0 added, 1 removed');
    expect(lines).toContain('    - orders-db: took down 100% of traffic');
    expect(text).toMatch(/\n {2}findings: \d+ introduced, \d+ resolved, \d+ changed; open: \d+ errors?, \d+ warnings?, \d+ info → /);
    expect(text).toContain('  growth: breaks first: orders-db at 3.5× (unchanged); at 10×: ');
    expect(text).toMatch(/\n {4}users: 99\.\d+% → 99\.\d+% \((now meets|still below) the target of 99\.9%\)/);
  });

  it('says so when nothing changed', () => {
    const { before } = pullRequest();
    const text = formatDiffText({
      beforeName: 'a',
      afterName: 'b',
      before,
      after: before,
      comparison: compareProjects(before, before, { today: '2026-01-01' }),
    });
    expect(text.split('\n').slice(0, 4)).toEqual(['a → b: test project', '', 'architecture', '  no changes']);
    expect(text).toContain('findings: 0 introduced, 0 resolved, 0 changed');
  });

  it('writes a pull-request comment whose tables and lists a hostile name cannot break', () => {
    const markdown = formatDiffMarkdown(pullRequest());
    expect(markdown.startsWith('### Architecture changes: test project\n')).toBe(true);
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('| added | pay\\|ments \\<script\\>alert(1)\\</script\\> "end" \\#1 (external-api) |  |');
    expect(markdown).toContain('| renamed | storefront (was web) |  |');
    expect(markdown).toContain('| removed | legacy-cron (worker) | with its connection |');
    // every table row has as many cells as its table's header (escaped pipes are not cells)
    let columns = 0;
    for (const line of markdown.split('\n')) {
      if (!line.startsWith('| ')) {
        columns = 0;
        continue;
      }
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      if (columns === 0) columns = cells;
      expect(cells, line).toBe(columns);
    }
    expect(markdown).toContain('| single points of failure | removed orders-db (took down 100% of traffic) |');
    expect(markdown).toContain('### What it does to the analysis');
  });

  it('draws the changed neighbourhood as a Mermaid diagram that Mermaid parses, marked by change', async () => {
    const report = pullRequest();
    const diagram = changeDiagram(report);
    expect(diagram.omitted).toBe(0);
    await expect(parseMermaid(diagram.text)).resolves.toBeTruthy();
    const text = diagram.text;
    expect(text).toContain('["storefront (renamed from web)"]');
    expect(text).toContain('[("orders-db (changed)")]');
    expect(text).toContain('["legacy-cron (removed)"]');
    expect(text).not.toContain('<script>');
    // users is drawn as the storefront's neighbour, unmarked
    expect(text).toContain('(["users"])');
    expect(text).toMatch(/class n\d+ added/);
    expect(text).toMatch(/linkStyle \d+ stroke:#c92a2a/);
    const markdown = formatDiffMarkdown(report);
    expect(markdown).toContain(`\`\`\`mermaid\n${text}\`\`\``);
  });

  it('keeps the diagram small when many components changed, and says how many it left out', async () => {
    const build = (count: number) => {
      const m = new ModelBuilder();
      const hub = m.component('hub', 'service');
      for (let i = 0; i < count; i++) m.connect(hub, m.component(`svc-${i}`, 'service'), 'sync', { timeoutMs: 100 });
      return m.build();
    };
    const before = build(0);
    const after = build(60);
    const diagram = changeDiagram({ beforeName: 'a', afterName: 'b', before, after, comparison: compareProjects(before, after, { today: '2026-01-01' }) });
    expect(diagram.omitted).toBeGreaterThan(30);
    expect(diagram.text.split('\n').filter((l) => /^ {2}n\d+[[(]/.test(l)).length).toBeLessThanOrEqual(40);
    await expect(parseMermaid(diagram.text)).resolves.toBeTruthy();
  });
});
