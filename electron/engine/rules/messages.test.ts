import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { createRuleContext } from '../context';
import type { Rule } from '../types';
import { growthRules } from './growth/checklist';
import { statelessRules } from './stateless/checklist';
import { redundancyRules } from './redundancy/checklist';
import { asyncRules } from './async/checklist';
import { cachingRules } from './caching/checklist';

const rules: readonly Rule[] = [...growthRules, ...statelessRules, ...redundancyRules, ...asyncRules, ...cachingRules];

/** A model that trips most of these rules, with awkward corners: a cycle, 0 instances, 0 rps, no zones stated. */
function busyModel() {
  const m = new ModelBuilder();
  const za = m.zone('zone-a');
  m.zone('zone-b');
  const browser = m.component('browser', 'client');
  const partner = m.component('partner', 'client');
  const lb = m.component('edge-lb', 'load-balancer', { deployment: { stickySessions: true } });
  const web = m.component('web', 'service', {
    zoneIds: [za],
    deployment: { instances: 3, maxInstances: 4 },
    api: { servesStaticAssets: true },
    state: { localDiskWrites: true },
  });
  const api = m.component('api', 'service', { heavyWork: ['pdf-report', 'ml-inference'], state: { sessions: 'in-memory', inProcess: ['model'] } });
  const ghost = m.component('ghost', 'service', { deployment: { instances: 0 } });
  const db = m.component('orders-db', 'database', { data: { sizeGb: 900, growthGbPerMonth: 300, backups: { enabled: true } } });
  const redis = m.component('sessions', 'cache', { cache: { treatedAsDurable: true } });
  const jobs = m.component('jobs', 'queue', { messaging: { durable: false, maxRetries: 3 } });
  const worker = m.component('mailer', 'worker', { heavyWork: ['email'] });
  const ledger = m.component('ledger', 'stream', { state: { durableData: true } });
  m.connect(browser, lb);
  m.connect(partner, api);
  m.connect(lb, web);
  m.connect(web, api, 'sync', { callsPerRequest: 6 });
  m.connect(api, web, 'sync', { dependency: 'soft', callsPerRequest: 0.1 });
  m.connect(api, ghost);
  m.connect(api, db, 'read', { callsPerRequest: 3 });
  m.connect(api, redis, 'write');
  m.connect(api, jobs, 'async');
  m.connect(jobs, worker, 'async');
  m.connect(worker, ledger, 'async');
  m.connect(ghost, db, 'write');
  m.entry(browser, 300).entry(partner, 0);
  return m.build();
}

describe('rules of the growth, stateless, redundancy, async and caching checklists', () => {
  it('write plain messages and finite evidence on an awkward model, and name real targets', () => {
    const project = busyModel();
    const context = createRuleContext(project);
    const known = new Set<string>([...project.components.map((c) => c.id), ...project.connections.map((c) => c.id)]);
    const fired = new Set<string>();
    for (const rule of rules) {
      for (const report of rule.check(context)) {
        fired.add(rule.meta.id);
        expect(report.message, rule.meta.id).not.toMatch(/undefined|NaN|Infinity|\[object Object\]|null/);
        for (const [key, value] of Object.entries(report.evidence ?? {})) {
          if (typeof value === 'number') expect(Number.isFinite(value), `${rule.meta.id} ${key}`).toBe(true);
        }
        for (const id of [...(report.components ?? []), ...(report.connections ?? [])]) expect(known.has(id), rule.meta.id).toBe(true);
        for (const text of report.assumed ?? []) expect(text).not.toMatch(/undefined|NaN/);
      }
    }
    // Enough rules fire for the test to mean something.
    expect(fired.size).toBeGreaterThanOrEqual(15);
  });

  it('are deterministic: the same model gives the same reports', () => {
    const run = () => rules.flatMap((rule) => rule.check(createRuleContext(busyModel())));
    expect(run()).toEqual(run());
  });
});
