import { describe, expect, it } from 'vitest';
import { runCheck } from '../engine/check';
import { findingKey } from '../engine/check';
import { ModelBuilder } from '../engine/testing/modelBuilder';
import { exportRunbook, runbookFileName } from './runbook';
import { teastoreLikeProject } from './testing/teastoreModel';
import type { Project } from '../../shared/model/project';
import { parseProjectFile } from '../../shared/model/projectFile';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const today = '2026-11-23';

/** The Markdown section of one component: from its heading to the next component heading. */
function section(runbook: string, heading: string): string {
  const start = runbook.indexOf(`\n### ${heading}\n`);
  expect(start, `no section for ${heading}`).toBeGreaterThan(0);
  const next = runbook.indexOf('\n### ', start + 5);
  return runbook.slice(start, next < 0 ? undefined : next);
}

describe('exportRunbook on a TeaStore-like model', () => {
  const { project } = teastoreLikeProject();
  const runbook = exportRunbook(project, runCheck(project, { today }));

  it('names, for the database, its dependents, its SPOF status and its backup finding', () => {
    const db = section(runbook, 'db');
    expect(db).toContain('**Depends on it (upstream):** persistence (write · JDBC, hard).');
    expect(db).toMatch(/\*\*Fails with it \(hard dependencies\):\*\* .*persistence.*webui/);
    expect(db).toContain('**Single point of failure: yes.** If it fails, Shoppers goes down');
    expect(db).toMatch(/- \*\*error\*\* .*\(`redundancy\/no-backup`\): db holds durable data with no backups/);
    expect(db).toContain('point persistence at the new primary');
    expect(db).toContain('| Replication lag | above 30 seconds |');
  });

  it('has an overview with entry points against the target, growth and SPOFs', () => {
    expect(runbook.startsWith('# Runbook: TeaStore\\-like shop\n')).toBe(false);
    expect(runbook.startsWith('# Runbook: TeaStore-like shop\n')).toBe(true);
    expect(runbook).toMatch(/\| Shoppers \| 200\/s \| 2,000\/s \| [\d.]+% \| 99\.9% \| (yes|\*\*no\*\*) \|/);
    expect(runbook).toContain('### Growth');
    expect(runbook).toMatch(/- \*\*db\*\*: takes down Shoppers \(100% of entry-point traffic, 200\/s\)/);
  });

  it('says when a component is not a single point of failure', () => {
    expect(section(runbook, 'registry')).toContain('**Single point of failure: no.**');
  });

  it('is deterministic: same model, same bytes, whatever the order of its arrays', () => {
    expect(exportRunbook(project, runCheck(project, { today }))).toBe(runbook);
    // The engine's messages follow the project's order; the exporter's own order must not.
    const check = runCheck(project, { today });
    const reordered: Project = { ...project, components: [...project.components].reverse(), connections: [...project.connections].reverse() };
    expect(exportRunbook(reordered, { ...check, findings: [...check.findings].reverse() })).toBe(runbook);
  });
});

describe('exportRunbook on the TeaStore fixture (test/fixtures/teastore.tenfold.json)', () => {
  it('names, for the database, its dependents, its SPOF status and its backup finding', () => {
    const file = resolve(import.meta.dirname, '../../test/fixtures/teastore.tenfold.json');
    const project = parseProjectFile(readFileSync(file, 'utf8'), 'teastore.tenfold.json');
    const db = section(exportRunbook(project, runCheck(project, { today })), 'db');
    expect(db).toContain('- **Depends on it (upstream):** persistence (write · JDBC (MySQL protocol), hard).');
    expect(db).toMatch(/\*\*Fails with it \(hard dependencies\):\*\* auth, browser, persistence, webui\./);
    expect(db).toMatch(/\*\*Single point of failure: yes\.\*\* If it fails, browser goes down: 100% of entry-point traffic \(120\/s\) is lost\./);
    expect(db).toMatch(/- \*\*error\*\* [^\n]*\(`redundancy\/no-backup`\): db /);
  });
});

describe('exportRunbook details', () => {
  it('escapes Markdown in names and shows accepted risks with rationale and owner', () => {
    const m = new ModelBuilder();
    const web = m.component('<script>alert(1)</script> *web* [x](y) | `z`', 'service');
    const db = m.component('# db\nsecond line', 'database', { state: { durableData: true } });
    m.connect(web, db, 'read', { protocol: '<img src=x onerror=alert(2)> *SQL*' });
    m.entry(web, 10);
    let project = m.build();
    const key = findingKey('redundancy/no-backup', [], []);
    project = {
      ...project,
      review: { ...project.review, findings: [{ key, status: 'accepted-risk', rationale: 'Nightly dump *is* enough', owner: 'Dana <ops>', history: [] }] },
    };
    const runbook = exportRunbook(project, runCheck(project, { today }));
    expect(runbook).toContain('### \\<script\\>alert(1)\\</script\\> \\*web\\* \\[x\\](y) \\| \\`z\\`');
    expect(runbook).toContain('### \\# db second line');
    expect(runbook).not.toContain('<script>');
    // A connection's protocol is user text too, in both components' dependency lines.
    expect(runbook).not.toContain('<img src=x onerror=alert(2)>');
    expect(runbook).toContain('read · \\<img src=x onerror=alert(2)\\> \\*SQL\\*, hard');
    expect(runbook).toMatch(/\*Accepted risk\* \(rationale: Nightly dump \\\*is\\\* enough; owner: Dana \\<ops\\>\)/);
  });

  it('uses an edited template for a kind when one is given', () => {
    const { project } = teastoreLikeProject();
    const runbook = exportRunbook(project, runCheck(project, { today }), {
      templates: { database: 'Page the DBA on call for {{name}} ({{technology}}); {{unknown}} stays.' },
    });
    expect(section(runbook, 'db')).toContain('Page the DBA on call for db (MySQL 5.7); {{unknown}} stays.');
    expect(section(runbook, 'webui')).toContain('roll back');
  });

  it('names the file after the project', () => {
    expect(runbookFileName({ ...teastoreLikeProject().project, name: 'Orders & Co / EU' })).toBe('orders-co-eu-runbook.md');
  });
});
