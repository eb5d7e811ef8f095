import { describe, expect, it } from 'vitest';
import { runCheck, findingKey } from '../engine/check';
import { ModelBuilder } from '../engine/testing/modelBuilder';
import { exportReport, reportFileName } from './report';
import { teastoreLikeProject } from './testing/teastoreModel';
import type { Project } from '../../shared/model/project';

const date = '2026-11-23';

/** Accepts the project's backup risk: one finding for every store, keyed by the rule alone. */
function reviewed(project: Project): Project {
  return {
    ...project,
    review: {
      findings: [
        {
          key: findingKey('redundancy/no-backup', [], []),
          status: 'accepted-risk',
          rationale: 'Nightly dump <until> Q3',
          owner: 'Dana & ops',
          expiresOn: '2027-06-30',
          history: [],
        },
      ],
      decisions: [
        {
          id: '00000000-0000-4000-8000-0000000000d1' as Project['review']['decisions'][number]['id'],
          title: 'Keep one MySQL primary for now',
          context: 'Team of 4.',
          decision: 'Add a standby in Q2.',
          date: '2026-11-20',
        },
      ],
    },
  };
}

describe('exportReport', () => {
  const { project: base } = teastoreLikeProject();
  const project = reviewed(base);

  it('is one self-contained page: no scripts, no external URLs, a restrictive CSP', async () => {
    const html = await exportReport(project, runCheck(project, { today: date }), { date });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|<img/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toMatch(/@page \{[^}]*margin/);
    expect(html).toContain('break-inside: avoid');
  });

  it('has every section, with review state and the decisions log', async () => {
    const html = await exportReport(project, runCheck(project, { today: date }), { date });
    for (const id of ['summary', 'diagram', 'growth', 'availability', 'spofs', 'findings', 'decisions']) expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('<h1>Architecture review: TeaStore-like shop</h1>');
    expect(html).toContain('<time datetime="2026-11-23">');
    expect(html).toContain('Accepted risk until 2027-06-30');
    expect(html).toContain('<dd>Nightly dump &lt;until&gt; Q3</dd>');
    expect(html).toContain('<dd>Dana &amp; ops</dd>');
    expect(html).toContain('<strong>Keep one MySQL primary for now</strong>');
    expect(html).toMatch(/<th scope="row">db<\/th><td>Shoppers<\/td><td class="num">100%<\/td>/);
    expect(html).toContain('<th scope="col">Rate at 10×</th>');
  });

  it('counts open findings as the app does: open or planned, and says what it leaves out', async () => {
    const plain = runCheck(base, { today: date }).findings;
    const planned = plain.find((f) => f.severity === 'error')!;
    const withPlan: Project = {
      ...project,
      review: { ...project.review, findings: [...project.review.findings, { key: planned.key, status: 'planned', history: [] }] },
    };
    const check = runCheck(withPlan, { today: date });
    const open = check.findings.filter((f) => f.status === 'open' || f.status === 'planned');
    expect(check.findings.length - open.length).toBe(1);
    const html = await exportReport(withPlan, check, { date });
    expect(html).toContain(
      `<p class="counted">${open.length} open findings: open or planned (1 planned), the count the app shows. Not counted: 1 accepted, 0 fixed.</p>`,
    );
    const errors = open.filter((f) => f.severity === 'error').length;
    expect(html).toContain(`<div class="card error"><span class="count">${errors}</span> open errors`);
  });

  it('is deterministic for the same model and date', async () => {
    const check = runCheck(project, { today: date });
    expect(await exportReport(project, check, { date })).toBe(await exportReport(project, runCheck(project, { today: date }), { date }));
  });

  it('escapes hostile names everywhere, including the diagram', async () => {
    const m = new ModelBuilder();
    const evil = '<script>alert("x")</script> & \'co\'';
    const web = m.component(evil, 'service');
    const db = m.component('<img src=x onerror=alert(1)>', 'database', { state: { durableData: true } });
    m.connect(web, db, 'write');
    m.entry(web, 50);
    const hostile = { ...m.build(), name: '</title><script>bad()</script>' };
    const html = await exportReport(hostile, runCheck(hostile, { today: date }), { date });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    expect(html).toContain('<title>Architecture review: &lt;/title&gt;&lt;script&gt;bad()&lt;/script&gt;</title>');
  });

  it('lists review entries whose finding no longer occurs', async () => {
    const withStale: Project = {
      ...project,
      review: {
        ...project.review,
        findings: [
          ...project.review.findings,
          { key: 'redundancy/no-backup|00000000-0000-4000-8000-00000000ffff', status: 'accepted-risk', owner: 'Sam <ops>', history: [] },
        ],
      },
    };
    const html = await exportReport(withStale, runCheck(withStale, { today: date }), { date });
    expect(html).toContain('<h3>Review entries whose finding no longer occurs (1)</h3>');
    expect(html).toContain('<span class="rule">redundancy/no-backup</span> · Accepted risk · owner Sam &lt;ops&gt;');
  });

  it('reports an empty project with every section and no diagram', async () => {
    const empty = new ModelBuilder().build();
    const html = await exportReport(empty, runCheck(empty, { today: date }), { date });
    for (const id of ['summary', 'diagram', 'growth', 'availability', 'spofs', 'findings', 'decisions']) expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain('The model has no components yet.');
    expect(html).not.toContain('<svg');
  });

  it('names the file after the project', () => {
    expect(reportFileName(project)).toBe('teastore-like-shop-review.html');
  });
});

describe("the executive summary's agenda", () => {
  const { project: base } = teastoreLikeProject();
  const decode = (text: string) =>
    text
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const riskWords = { outage: 'Outage', capacity: 'Capacity', 'data-loss': 'Data loss', hygiene: 'Hygiene' } as const;

  /** The agenda table's rows as [priority, finding, components, impact] text. */
  function agendaRows(html: string): string[][] {
    const summary = html.slice(html.indexOf('<section id="summary"'), html.indexOf('<section id="diagram"'));
    const start = summary.indexOf('<table class="agenda"');
    const table = start < 0 ? '' : summary.slice(start, summary.indexOf('</table>', start));
    return [...table.matchAll(/<tr><td class="num">(\d+)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => m.slice(1, 5).map(decode));
  }

  it('lists the first 10 open findings in priority order, with rank, title, components and impact', async () => {
    const check = runCheck(base, { today: date });
    expect(check.findings.length).toBeGreaterThan(10);
    const rows = agendaRows(await exportReport(base, check, { date }));
    expect(rows.map((r) => Number(r[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const names = new Map(base.components.map((c) => [c.id as string, c.name]));
    rows.forEach(([, title, components, impact], i) => {
      const finding = check.findings[i]!;
      expect(title).toBe(finding.title);
      expect(impact).toBe(`${riskWords[finding.impact.risk]}: ${finding.impact.summary}`);
      const named = finding.targets.components.map((id) => names.get(id)!);
      for (const name of components!.replace(/ and \d+ more$/, '').split(/, | and /)) expect(named).toContain(name);
    });
    // The shop's one database and its services are single points of failure for all traffic.
    expect(rows[0]![3]).toMatch(/^Outage: .*takes down 100% of traffic \(200 req\/s\) until it is recovered$/);
  });

  it('leaves out accepted risks and keeps planned fixes, marked', async () => {
    const [first, second] = runCheck(base, { today: date }).findings;
    const decided: Project = {
      ...base,
      review: {
        findings: [
          { key: first!.key, status: 'accepted-risk', rationale: 'known', history: [] },
          { key: second!.key, status: 'planned', history: [] },
        ],
        decisions: [],
      },
    };
    const rows = agendaRows(await exportReport(decided, runCheck(decided, { today: date }), { date }));
    expect(rows.map((r) => Number(r[0]))).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows[0]![1]).toBe(`${second!.title} (fix planned)`);
    expect(rows[1]![1]).not.toContain('planned');
  });

  it('links a decision and the findings it settles both ways, and prints a planned fix with its owner and due date', async () => {
    const check = runCheck(base, { today: date });
    const [first, second] = check.findings;
    const decisionId = '00000000-0000-4000-8000-0000000000d2' as Project['review']['decisions'][number]['id'];
    const decided: Project = {
      ...base,
      review: {
        findings: [{ key: first!.key, status: 'planned', owner: 'Data team', dueOn: '2027-03-31', history: [] }],
        decisions: [{ id: decisionId, title: 'Add a standby', context: '', decision: '', date: '2026-11-20', findingKeys: [first!.key, second!.key] }],
      },
    };
    const html = await exportReport(decided, runCheck(decided, { today: date }), { date });
    expect(html).toContain(`<li class="decision" id="decision-${decisionId}">`);
    const escaped = (text: string) => text.replaceAll("'", '&#39;');
    expect(html).toContain(`Settles: <a href="#finding-1">1. ${escaped(first!.title)}</a>, <a href="#finding-2">2. ${escaped(second!.title)}</a>`);
    expect(html).toContain(`<dt>Decided in</dt><dd><a href="#decision-${decisionId}">Add a standby</a> (2026-11-20)</dd>`);
    expect(html).toContain('Planned, due 2027-03-31</dd>');
    expect(html).toContain('<dt>Owner</dt><dd>Data team</dd>');
    expect(agendaRows(html)[0]![1]).toBe(`${first!.title} (fix planned, Data team, due 2027-03-31)`);
    // An open finding has no owner yet: no empty "Owner —" line for it.
    const open = html.slice(html.indexOf('id="finding-3"'), html.indexOf('id="finding-4"'));
    expect(open).not.toContain('<dt>Owner</dt>');
  });

  it('numbers the findings list by the same priority', async () => {
    const check = runCheck(base, { today: date });
    const html = await exportReport(base, check, { date });
    expect(html).toContain(`<h2 id="findings-heading">Findings (${check.findings.length})</h2>`);
    const items = [...html.matchAll(/<li class="finding \w+" value="(\d+)" id="finding-\d+"><p class="finding-title"><span class="rank">(\d+)\.<\/span>/g)];
    expect(items.map((m) => Number(m[1]))).toEqual(check.findings.map((_, i) => i + 1));
    expect(items.map((m) => Number(m[2]))).toEqual(check.findings.map((_, i) => i + 1));
  });

  it('says so when nothing is open', async () => {
    const quiet = new ModelBuilder();
    quiet.component('browser', 'client');
    const empty = quiet.build();
    const check = runCheck(empty, { today: date });
    expect(check.findings.length).toBeGreaterThan(0);
    const settled: Project = {
      ...empty,
      review: { findings: check.findings.map((f) => ({ key: f.key, status: 'fixed' as const, history: [] })), decisions: [] },
    };
    const html = await exportReport(settled, runCheck(settled, { today: date }), { date });
    expect(agendaRows(html)).toEqual([]);
    expect(html).toContain('<h3 id="agenda-heading">Agenda: the open findings to discuss first</h3>\n<p>No open findings.</p>');
  });
});
