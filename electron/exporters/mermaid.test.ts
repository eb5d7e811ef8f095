import { describe, expect, it } from 'vitest';
import { componentKinds } from '../../shared/model/component';
import { ConnectionKind } from '../../shared/model/connection';
import type { CheckResult } from '../../shared/ipc/contract';
import type { Finding } from '../../shared/model/finding';
import { ModelBuilder } from '../engine/testing/modelBuilder';
import { exportMermaid, kindShapes, connectionArrows } from './mermaid';
import { mermaidLabel } from './mermaidText';
import { parseMermaid } from './testing/parseMermaid';

/** Mermaid's entity decoding, to read back what a label will show. */
function decode(label: string): string {
  return label.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

function labelsOf(text: string): string[] {
  return [...text.matchAll(/label: "([^"]*)"/g)].map((m) => decode(m[1]!));
}

function everyKindProject() {
  const m = new ModelBuilder();
  const zoneA = m.zone('eu-west-1a');
  const zoneB = m.zone('eu-west-1b');
  const ids = componentKinds.map((kind, index) =>
    m.component(`${kind} component`, kind, index % 3 === 0 ? { zoneIds: [zoneA] } : index % 3 === 1 ? { zoneIds: [zoneA, zoneB] } : {}),
  );
  ConnectionKind.options.forEach((kind, index) => m.connect(ids[index]!, ids[index + 1]!, kind, { protocol: 'HTTP', callsPerRequest: index + 1 }));
  m.entry(ids[0]!, 100);
  return m.build();
}

const hostileNames = [
  'say "hello"',
  'list [a] (b) {c}',
  '<script>alert(1)</script>',
  '# heading; semi',
  'a | b || c',
  'line one\nline two',
  'Zürich – 東京 – 🚀',
  'end',
  'graph',
  'subgraph',
  'click c1 call alert()',
  '`markdown` **bold**',
  '#quot; &amp; %% comment',
  'a --> b',
  'style c1 fill:#f00',
  'classDef x fill:#0f0;',
];

describe('exportMermaid', () => {
  it('produces a flowchart Mermaid accepts for every kind and connection kind', async () => {
    const project = everyKindProject();
    const text = exportMermaid(project, null);
    await expect(parseMermaid(text)).resolves.toBeTruthy();
    for (const kind of componentKinds) expect(text).toContain(`shape: ${kindShapes[kind]}, label: "${mermaidLabel(`${kind} component`)}"`);
    for (const kind of ConnectionKind.options) expect(text).toContain(` ${connectionArrows[kind]}`);
    expect(text).toContain('subgraph z1["eu-west-1a"]');
    expect(text).toContain('subgraph z2["eu-west-1a + eu-west-1b"]');
    expect(text).toContain('×3');
  });

  it('gives every component a generated id and shows hostile names verbatim', async () => {
    const m = new ModelBuilder();
    const zone = m.zone('zone "end" [x]');
    const ids = hostileNames.map((name) => m.component(name, 'service', { zoneIds: [zone] }));
    ids.slice(1).forEach((id, index) => m.connect(ids[index]!, id, 'sync', { protocol: hostileNames[index] }));
    const project = m.build();
    const text = exportMermaid(project, null);
    await expect(parseMermaid(text)).resolves.toBeTruthy();
    expect(labelsOf(text).sort()).toEqual([...hostileNames].sort());
    // Each statement stays on its own line: no name can start a new one.
    expect(text.split('\n').filter((line) => line.includes('@{')).length).toBe(hostileNames.length);
    expect(text).not.toContain('<script>');
    // Mermaid's preprocessing strips a ";" from lines with "style …:…#…;": labels must never match.
    for (const line of text.split('\n').filter((l) => l.includes('label:') || l.includes('|"'))) {
      expect(line).not.toMatch(/style.*:\S*#.*;|classDef.*:\S*#.*;/);
    }
    expect([...text.matchAll(/^\s+(c\d+)@/gm)].map((match) => match[1])).toEqual(hostileNames.map((_, i) => `c${i + 1}`));
  });

  it('is rejected by the parser when a label is not escaped (the check can fail)', async () => {
    await expect(parseMermaid('flowchart LR\n  c1@{ shape: cyl, label: "say "hello"" }\n')).rejects.toThrow();
    await expect(parseMermaid('flowchart LR\n  end --> c1\n')).rejects.toThrow();
    await expect(parseMermaid('flowchart LR\n  c1@{ shape: no-such-shape, label: "a" }\n')).rejects.toThrow(/shape/);
  });

  it('is deterministic and independent of component order', () => {
    const project = everyKindProject();
    const reversed = { ...project, components: [...project.components].reverse(), connections: [...project.connections].reverse() };
    expect(exportMermaid(reversed, null)).toBe(exportMermaid(project, null));
  });

  it('wraps in a fenced block for Markdown', async () => {
    const text = exportMermaid(everyKindProject(), null, { markdown: true });
    expect(text.startsWith('```mermaid\nflowchart LR\n')).toBe(true);
    expect(text.endsWith('\n```\n')).toBe(true);
  });

  it('colours components by their worst open finding (open or planned) when asked', async () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'service');
    const db = m.component('db', 'database');
    const cache = m.component('cache', 'cache');
    m.connect(web, db, 'read');
    const project = m.build();
    const finding = (ruleId: string, severity: Finding['severity'], status: Finding['status'], components: string[]): Finding => ({
      key: `${ruleId}|${components.join('|')}`,
      ruleId,
      checklist: 'growth',
      severity,
      title: ruleId,
      message: ruleId,
      targets: { components, connections: [] },
      evidence: {},
      assumed: [],
      status,
      impact: { risk: 'hygiene', summary: ruleId, score: 1, trafficShare: null, rps: null, breaksAt: null, dataAtRisk: null },
    });
    const check = {
      findings: [
        finding('a', 'warning', 'open', [web]),
        finding('b', 'error', 'open', [db]),
        finding('c', 'info', 'open', [db]),
        finding('d', 'error', 'accepted-risk', [cache]),
        finding('e', 'warning', 'planned', [cache]),
        finding('f', 'error', 'fixed', [cache]),
      ],
    } as unknown as CheckResult;
    const text = exportMermaid(project, check, { highlightFindings: true });
    await expect(parseMermaid(text)).resolves.toBeTruthy();
    expect(text).toContain('class c2 sevError');
    expect(text).toContain('class c1,c3 sevWarning');
    expect(exportMermaid(project, check)).not.toContain('classDef');
  });
});
