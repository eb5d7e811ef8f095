import { describe, expect, it } from 'vitest';
import { rules } from '../rules/registry';
import { ruleRisks } from './ruleRisks';

describe('rule → risk table', () => {
  it('assesses every registered rule, and nothing that is not one', () => {
    const registered = rules.map((r) => r.meta.id);
    const missing = registered.filter((id) => !Object.hasOwn(ruleRisks, id));
    expect(missing, 'rules with no risk in agenda/ruleRisks.ts').toEqual([]);
    const stale = Object.keys(ruleRisks).filter((id) => !registered.includes(id));
    expect(stale, 'risks for rules that are not registered').toEqual([]);
  });

  it('sorts the rules a reviewer raises first into the risks they stand for', () => {
    const riskOf = (id: string) => ruleRisks[id]!.risk;
    for (const id of ['redundancy/single-point-of-failure', 'redundancy/availability-below-target', 'stateless/in-memory-sessions'])
      expect(riskOf(id), id).toBe('outage');
    for (const id of [
      'growth/saturated-now',
      'growth/breaks-at-target',
      'growth/rewrite-required',
      'growth/connection-exhaustion',
      'growth/data-outgrows-node',
    ])
      expect(riskOf(id), id).toBe('capacity');
    for (const id of ['redundancy/no-backup', 'async/non-durable-queue', 'caching/cache-as-database', 'stateless/local-disk'])
      expect(riskOf(id), id).toBe('data-loss');
    for (const id of ['resilience/no-timeout', 'observability/missing-alerts', 'observability/no-tracing', 'api/unversioned', 'testing/no-load-test'])
      expect(riskOf(id), id).toBe('hygiene');
  });
});
