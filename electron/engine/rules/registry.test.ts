import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from './registry';
import { createRuleContext } from '../context';
import { findingKey } from '../check';
import { parseProjectFile } from '../../../shared/model/projectFile';

/** The rule catalog (docs/rules/README.md is generated from it): every id here must be a registered, tested, documented rule. */
export const catalog = [
  'growth/saturated-now',
  'growth/breaks-at-target',
  'growth/rewrite-required',
  'growth/load-loop',
  'growth/no-autoscaling',
  'growth/connection-exhaustion',
  'growth/data-outgrows-node',
  'growth/assumed-capacity',
  'stateless/in-memory-sessions',
  'stateless/local-disk',
  'stateless/in-process-state',
  'redundancy/single-point-of-failure',
  'redundancy/single-zone',
  'redundancy/no-failover',
  'redundancy/availability-below-target',
  'redundancy/no-health-check',
  'redundancy/no-backup',
  'redundancy/startup-dependency',
  'redundancy/divergent-alternatives',
  'async/heavy-work-in-request',
  'async/deep-sync-chain',
  'async/sync-fan-out',
  'async/sequential-calls',
  'async/no-dead-letter',
  'async/non-durable-queue',
  'async/unbounded-queue',
  'async/non-idempotent-consumer',
  'async/unfiltered-fanout',
  'caching/read-heavy-uncached',
  'caching/no-expiry',
  'caching/cache-as-database',
  'caching/static-without-cdn',
  'resilience/no-timeout',
  'resilience/retry-without-backoff',
  'resilience/retry-amplification',
  'resilience/no-circuit-breaker',
  'resilience/external-without-fallback',
  'resilience/unsafe-retry',
  'observability/unmonitored',
  'observability/no-tracing',
  'observability/missing-alerts',
  'data/shared-database',
  'data/unpaginated-list',
  'data/unreviewed-indexes',
  'data/no-archival',
  'data/sequential-keys',
  'data/hard-deletes',
  'data/store-exposed',
  'api/unversioned',
  'api/no-idempotency-key',
  'testing/no-load-test',
  'testing/no-integration-tests',
  'testing/untested-failover',
  'simplicity/oversized-streaming',
  'simplicity/too-many-services',
  'simplicity/premature-partitioning',
  'modularity/god-component',
  'modularity/cyclic-dependency',
  'modularity/dangling',
] as const;

const rulesDir = import.meta.dirname;

describe('rule registry', () => {
  it('registers every rule of the catalog, once, in catalog order', () => {
    expect(rules.map((r) => r.meta.id)).toEqual([...catalog]);
  });

  it('has a module and a test file for every rule, named after its id', () => {
    for (const id of catalog) {
      expect(existsSync(join(rulesDir, `${id}.ts`)), `${id}.ts`).toBe(true);
      expect(existsSync(join(rulesDir, `${id}.test.ts`)), `${id}.test.ts`).toBe(true);
    }
  });

  it('tests every rule with a case that must not report, named so', () => {
    const mustNot = /\bit\('(does not|do not|says nothing|reports nothing|leaves) /;
    for (const id of catalog) {
      expect(readFileSync(join(rulesDir, `${id}.test.ts`), 'utf8'), `${id}.test.ts`).toMatch(mustNot);
    }
  });

  it('gives every report of a rule its own key on real models, so the engine drops none as a repeat', () => {
    const root = join(rulesDir, '..', '..', '..');
    const files = [
      ...readdirSync(join(root, 'test', 'fixtures'))
        .filter((f) => f.endsWith('.tenfold.json'))
        .map((f) => join(root, 'test', 'fixtures', f)),
      ...readdirSync(join(root, 'templates'))
        .filter((f) => f.endsWith('.tenfold.json'))
        .map((f) => join(root, 'templates', f)),
    ];
    expect(files.length).toBeGreaterThanOrEqual(6);
    let reported = 0;
    for (const file of files) {
      const context = createRuleContext(parseProjectFile(readFileSync(file, 'utf8'), file));
      for (const rule of rules) {
        const keys = rule
          .check(context)
          .map((r) => (r.keyTargets ? findingKey(rule.meta.id, r.keyTargets, []) : findingKey(rule.meta.id, r.components ?? [], r.connections ?? [])));
        expect(new Set(keys).size, `${rule.meta.id} on ${file}`).toBe(keys.length);
        reported += keys.length;
      }
    }
    expect(reported).toBeGreaterThan(50);
  });

  it('has no rule module that is not registered', () => {
    const registered = new Set<string>(catalog);
    // support/ holds helpers several checklists share, not rules.
    for (const checklist of readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'support')) {
      for (const file of readdirSync(join(rulesDir, checklist.name))) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'checklist.ts') continue;
        expect(registered.has(`${checklist.name}/${file.replace(/\.ts$/, '')}`), file).toBe(true);
      }
    }
  });

  it('documents every rule: title, why, fix and a guide section, in whole sentences', () => {
    for (const { meta } of rules) {
      expect(meta.id.startsWith(`${meta.checklist}/`), meta.id).toBe(true);
      for (const field of [meta.title, meta.why, meta.fix, meta.source.guide, meta.source.section]) {
        expect(field.trim().length, `${meta.id}`).toBeGreaterThan(3);
      }
      expect(meta.why.length, `${meta.id} why`).toBeGreaterThan(40);
      expect(meta.fix.length, `${meta.id} fix`).toBeGreaterThan(30);
    }
  });
});
