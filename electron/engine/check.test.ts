import { describe, expect, it } from 'vitest';
import { ModelBuilder } from './testing/modelBuilder';
import { findingKey, ReportedTargets, reconciledStatus, ruleDocs, runCheck } from './check';
import { rules } from './rules/registry';
import type { FindingReview } from '../../shared/model/review';

const TODAY = '2026-06-01';
/** A rule that reports each store on its own, so one project gives two findings with their own keys. */
const HARD_DELETES = 'data/hard-deletes';

/** users → app, which writes web (tagged) and api: two stores that delete audited records outright. */
function model(extra: (m: ModelBuilder) => void = () => {}) {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const app = m.component('app', 'service');
  const web = m.component('web', 'database', { data: { deletes: 'hard', auditTrail: true }, tags: ['legacy'] });
  const api = m.component('api', 'database', { data: { deletes: 'hard', auditTrail: true } });
  m.connect(users, app);
  m.connect(app, web, 'write');
  m.connect(app, api, 'write');
  m.entry(users, 10);
  extra(m);
  return { m, users, web, api };
}

const storeFinding = (result: ReturnType<typeof runCheck>, id: string) =>
  result.findings.find((f) => f.ruleId === HARD_DELETES && f.targets.components.includes(id));

function review(key: string, fields: Partial<FindingReview>): FindingReview {
  return { key, status: 'accepted-risk', history: [], ...fields };
}

describe('finding keys', () => {
  it('is the rule id and the sorted target ids', () => {
    expect(findingKey('a/b', ['z', 'c'], ['y', 'x'])).toBe('a/b|c|z|x|y');
  });

  it('survives unrelated edits: adding and renaming other components keeps the key', () => {
    const before = model();
    const key = storeFinding(runCheck(before.m.build(), { today: TODAY }), before.web)!.key;
    expect(key).toBe(findingKey(HARD_DELETES, [before.web], []));
    before.m.component('reports', 'worker');
    before.m.update(before.api, (c) => ({ ...c, name: 'public-api' }));
    const after = storeFinding(runCheck(before.m.build(), { today: TODAY }), before.web)!;
    expect(after.key).toBe(key);
  });
});

describe('finding keys named by the rule (keyTargets)', () => {
  const NO_TIMEOUT = 'resilience/no-timeout';

  it('keys a finding by its key targets only, so calls can be added without losing its review', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'service');
    m.connect(web, m.component('orders', 'service'));
    const key = findingKey(NO_TIMEOUT, [web], []);
    m.with({ review: { findings: [review(key, { status: 'planned' })], decisions: [] } });
    const before = runCheck(m.build(), { today: TODAY }).findings.find((f) => f.ruleId === NO_TIMEOUT)!;
    expect(before.key).toBe(key);
    expect(before.targets.connections).toHaveLength(1);
    m.connect(web, m.component('carts', 'service'));
    const after = runCheck(m.build(), { today: TODAY });
    const finding = after.findings.find((f) => f.ruleId === NO_TIMEOUT)!;
    expect(finding.key).toBe(key);
    expect(finding.targets.connections).toHaveLength(2);
    expect(finding.status).toBe('planned');
    expect(after.staleWaivers).toEqual([]);
  });

  it('keys a finding with an empty list by the rule id alone', () => {
    const m = new ModelBuilder();
    m.component('orders', 'service', { api: { visibility: 'public' } });
    m.component('carts', 'service', { api: { visibility: 'public' } });
    const findings = runCheck(m.build(), { today: TODAY }).findings.filter((f) => f.ruleId === 'api/unversioned');
    expect(findings.map((f) => f.key)).toEqual(['api/unversioned']);
    expect(findings[0]!.targets.components).toHaveLength(2);
  });

  it('reports one finding per key within a rule, however the key is made', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    const reported = new ReportedTargets(
      new Map([
        [a, 0],
        [b, 1],
      ]),
    );
    const add = (report: Parameters<ReportedTargets['add']>[0]) =>
      reported.add(report, report.keyTargets ? findingKey('r', report.keyTargets, []) : findingKey('r', report.components ?? [], report.connections ?? []));
    reported.nextRule();
    expect(add({ message: '', components: [a], connections: ['c1'], keyTargets: [a] })).toBe(true);
    expect(add({ message: '', components: [a] })).toBe(false);
    expect(add({ message: '', components: [a, b], connections: ['c2'], keyTargets: [a] })).toBe(false);
    expect(add({ message: '', components: [a], connections: ['c1'] })).toBe(true);
    expect(add({ message: '', components: [a, b], keyTargets: [] })).toBe(true);
    expect(add({ message: '', components: [b], keyTargets: [] })).toBe(false);
    expect(add({ message: '' })).toBe(false);
    expect(add({ message: '', keyTargets: ['not-a-component'] })).toBe(true);
    expect(add({ message: '', components: ['not-a-component'] })).toBe(false);
    expect(add({ message: '', components: [a, b], keyTargets: [b, a] })).toBe(true);
    expect(add({ message: '', components: [b, a] })).toBe(false);
    reported.nextRule();
    expect(add({ message: '', components: [a] })).toBe(true);
    expect(add({ message: '', keyTargets: [] })).toBe(true);
  });
});

describe('reconciliation with the review state', () => {
  it('attaches each status to its finding and keeps open what has no review', () => {
    const { m, web, api } = model();
    const webKey = findingKey(HARD_DELETES, [web], []);
    m.with({ review: { findings: [review(webKey, { status: 'planned', owner: 'ana' })], decisions: [] } });
    const result = runCheck(m.build(), { today: TODAY });
    expect(storeFinding(result, web)!.status).toBe('planned');
    expect(storeFinding(result, web)!.review?.owner).toBe('ana');
    expect(storeFinding(result, api)!.status).toBe('open');
    expect(storeFinding(result, api)!.review).toBeUndefined();
  });

  it('keeps an accepted risk until its expiry date, then re-opens it', () => {
    const accepted = review('k', { rationale: 'one instance for now', expiresOn: '2026-05-31' });
    expect(reconciledStatus(accepted, '2026-05-31')).toBe('accepted-risk');
    expect(reconciledStatus(accepted, '2026-06-01')).toBe('open');
    expect(reconciledStatus(review('k', {}), '2099-01-01')).toBe('accepted-risk');

    const { m, web } = model();
    m.with({ review: { findings: [review(findingKey(HARD_DELETES, [web], []), { expiresOn: '2026-05-31' })], decisions: [] } });
    const finding = storeFinding(runCheck(m.build(), { today: TODAY }), web)!;
    expect(finding.status).toBe('open');
    // The review is still attached, so the UI can show that the acceptance expired.
    expect(finding.review?.status).toBe('accepted-risk');
  });

  it('reports a waiver whose finding no longer occurs as stale, but not a fixed one', () => {
    const { m, web } = model();
    const gone = findingKey(HARD_DELETES, ['00000000-0000-4000-8000-00000000ffff'], []);
    const fixedGone = findingKey('data/sequential-keys', [web], []);
    const live = findingKey(HARD_DELETES, [web], []);
    m.with({ review: { findings: [review(gone, {}), review(fixedGone, { status: 'fixed' }), review(live, {})], decisions: [] } });
    const result = runCheck(m.build(), { today: TODAY });
    expect(result.staleWaivers.map((r) => r.key)).toEqual([gone]);
  });
});

describe('rule overrides', () => {
  it('turns a rule off or changes its severity for the whole project', () => {
    const off = model((m) => m.with({ ruleOverrides: [{ ruleId: HARD_DELETES, severity: 'off' }] }));
    expect(runCheck(off.m.build(), { today: TODAY }).findings.some((f) => f.ruleId === HARD_DELETES)).toBe(false);
    const info = model((m) => m.with({ ruleOverrides: [{ ruleId: HARD_DELETES, severity: 'info' }] }));
    const result = runCheck(info.m.build(), { today: TODAY });
    expect(storeFinding(result, info.web)!.severity).toBe('info');
    expect(storeFinding(result, info.api)!.severity).toBe('info');
  });

  it('applies a tag override only to findings on components with the tag, over the project-wide one', () => {
    const { m, web, api } = model((b) =>
      b.with({
        ruleOverrides: [
          { ruleId: HARD_DELETES, severity: 'off', tag: 'legacy' },
          { ruleId: HARD_DELETES, severity: 'error' },
        ],
      }),
    );
    const result = runCheck(m.build(), { today: TODAY });
    expect(storeFinding(result, web)).toBeUndefined();
    expect(storeFinding(result, api)!.severity).toBe('error');
  });

  it('does not let a tag on one member turn off a finding that groups several components', () => {
    const m = new ModelBuilder();
    const legacy = m.component('legacy-db', 'database', { tags: ['legacy'] });
    const orders = m.component('orders-db', 'database');
    m.with({ ruleOverrides: [{ ruleId: 'redundancy/no-backup', severity: 'off', tag: 'legacy' }] });
    const grouped = runCheck(m.build(), { today: TODAY }).findings.find((f) => f.ruleId === 'redundancy/no-backup');
    expect(grouped?.targets.components).toEqual([legacy, orders]);
    const alone = new ModelBuilder();
    alone.component('legacy-db', 'database', { tags: ['legacy'] });
    alone.with({ ruleOverrides: [{ ruleId: 'redundancy/no-backup', severity: 'off', tag: 'legacy' }] });
    expect(runCheck(alone.build(), { today: TODAY }).findings.find((f) => f.ruleId === 'redundancy/no-backup')).toBeUndefined();
  });
});

describe('runCheck', () => {
  it('is deterministic: the same project gives the same result, in the same order', () => {
    const { m } = model((b) => {
      const db = b.component('db', 'database');
      b.connect(b.component('jobs', 'worker'), db, 'write');
    });
    const project = m.build();
    const strip = (r: ReturnType<typeof runCheck>) => JSON.stringify({ ...r, durationMs: 0 });
    const first = runCheck(project, { today: TODAY });
    expect(first.findings.length).toBeGreaterThan(3);
    expect(strip(runCheck(project, { today: TODAY }))).toBe(strip(first));
    expect(first.ruleCount).toBe(rules.length);
  });

  it('uses the growth factor of the options over the project', () => {
    const { m } = model();
    const project = m.build();
    expect(runCheck(project, { today: TODAY }).analyses.growth.growthFactor).toBe(10);
    expect(runCheck(project, { today: TODAY, growthFactor: 3 }).analyses.growth.growthFactor).toBe(3);
  });

  it('documents every registered rule for the UI and the docs', () => {
    const docs = ruleDocs();
    expect(docs.map((d) => d.id)).toEqual(rules.map((r) => r.meta.id));
    for (const doc of docs) expect(doc.why.length).toBeGreaterThan(20);
  });
});
