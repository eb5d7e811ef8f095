import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { seededRandom } from '../testing/seededRandom';
import type { Project } from '../../../shared/model/project';
import type { ComponentKind, DeliveryPattern } from '../../../shared/model/component';
import type { ConnectionKind } from '../../../shared/model/connection';
import { runCheck } from '../check';

/**
 * Property tests of the load analysis over random small models with cycles, brokers (every
 * delivery pattern, with and without topics), fan-out, caches, alternatives, start-up
 * dependencies and components that are not deployed.
 */

const kinds: ComponentKind[] = ['service', 'service', 'worker', 'database', 'cache', 'queue', 'stream', 'api-gateway'];
const isBroker = (kind: ComponentKind) => kind === 'queue' || kind === 'stream';

/**
 * A random model. Amplifying: stated calls per request are 1 or more and caches state no hit
 * ratio, so no loop can converge. Damped: no brokers, every component deployed, and every figure
 * stated with calls below 1, so every loop rests on stated figures.
 */
function randomLoopModel(seed: number, lowCalls: boolean): Project {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const m = new ModelBuilder();
  const size = 4 + Math.floor(random() * 6);
  const ids: string[] = [];
  const kindOf: ComponentKind[] = [];
  for (let i = 0; i < size; i++) {
    const kind = lowCalls ? pick(kinds.filter((k) => !isBroker(k))) : pick(kinds);
    const pattern = isBroker(kind) && random() < 0.7 ? pick<DeliveryPattern>(['work-queue', 'pub-sub', 'fanout']) : undefined;
    const instances = !lowCalls && random() < 0.1 ? 0 : 1 + Math.floor(random() * 3);
    ids.push(
      m.component(`c${i}`, kind, {
        deployment: { instances },
        ...(pattern ? { messaging: { pattern } } : {}),
        ...(kind === 'cache' && lowCalls ? { cache: { hitRatio: random() } } : {}),
      }),
    );
    kindOf.push(kind);
  }
  const topics = ['A', 'B', 'C'];
  const connections = 4 + Math.floor(random() * 10);
  for (let k = 0; k < connections; k++) {
    const from = Math.floor(random() * size);
    const to = Math.floor(random() * size);
    const brokerEnd = isBroker(kindOf[to]!) || isBroker(kindOf[from]!);
    const kind: ConnectionKind = brokerEnd ? 'async' : pick<ConnectionKind>(['sync', 'sync', 'read', 'write', 'async', 'replication']);
    const calls = lowCalls ? pick([0.2, 0.5, 0.9]) : pick([undefined, 1, 2, 3]);
    const named = brokerEnd && random() < 0.5 ? topics.filter(() => random() < 0.5) : undefined;
    const caches = ids.filter((_, i) => kindOf[i] === 'cache');
    m.connect(ids[from]!, ids[to]!, kind, {
      ...(calls !== undefined ? { callsPerRequest: calls } : {}),
      ...(named && named.length > 0 ? { topics: named } : {}),
      ...(!lowCalls && random() < 0.1 ? { dependency: 'startup' as const } : {}),
      ...(random() < 0.15 ? { alternativeGroup: 'pair' } : {}),
      ...(caches.length > 0 && !brokerEnd && random() < 0.2 ? { cachedBy: pick(caches) } : {}),
    });
  }
  m.entry(ids[0]!, 1 + Math.floor(random() * 1000));
  if (size > 5 && random() < 0.5) m.entry(ids[1]!, 1 + Math.floor(random() * 1000));
  return m.build();
}

/**
 * An upper bound on every component's rate, built independently of the engine: the sum over
 * simple paths from each entry point of the product of calls per request, on a graph where a
 * broker whose connections name topics has a node per topic (publishers feed the topics they
 * name, every topic node feeds the broker and each consumer that may receive it). Shares, cache
 * hits and dropped connections only lower load, so the bound ignores them.
 */
function simplePathBound(project: Project): Map<string, number> {
  const byId = new Map(project.components.map((c) => [c.id as string, c]));
  const brokerTopics = new Map<string, Set<string>>();
  // A broker is split by topic as the engine splits it: when a connection that carries load names topics.
  const carries = (c: Project['connections'][number]) => c.dependency !== 'startup' && c.callsPerRequest !== 0 && byId.get(c.to)!.deployment?.instances !== 0;
  for (const c of project.connections) {
    if (c.topics === undefined || c.kind !== 'async' || !carries(c)) continue;
    const broker = isBroker(byId.get(c.to)!.kind) ? c.to : isBroker(byId.get(c.from)!.kind) ? c.from : undefined;
    if (broker === undefined) continue;
    const set = brokerTopics.get(broker) ?? new Set<string>();
    for (const t of c.topics) set.add(t);
    brokerTopics.set(broker, set);
  }
  const edges = new Map<string, [string, number][]>();
  const add = (from: string, to: string, factor: number) => edges.set(from, [...(edges.get(from) ?? []), [to, factor]]);
  for (const [broker, set] of brokerTopics) {
    for (const t of ['', ...set]) add(`${broker}#${t}`, broker, 1);
  }
  for (const c of project.connections) {
    if (c.kind === 'replication') continue;
    const calls = c.callsPerRequest ?? 1;
    const topicsTo = brokerTopics.get(c.to);
    const topicsFrom = brokerTopics.get(c.from);
    if (topicsTo && isBroker(byId.get(c.to)!.kind)) {
      for (const t of c.topics ?? ['']) add(c.from, `${c.to}#${t}`, calls);
    } else if (topicsFrom && c.kind === 'async') {
      // A fanout consumer also receives the topics it does not handle: load on it, passed on by nothing.
      const fanout = byId.get(c.from)!.messaging?.pattern === 'fanout';
      for (const t of ['', ...topicsFrom]) {
        const handled = c.topics === undefined || c.topics.includes(t);
        if (handled || fanout) add(`${c.from}#${t}`, handled ? c.to : `${c.to}~ignored`, calls);
      }
    } else {
      add(c.from, c.to, calls);
      if (c.cachedBy !== undefined) add(c.from, c.cachedBy, calls);
    }
  }
  const bound = new Map<string, number>();
  const walk = (node: string, value: number, onPath: Set<string>) => {
    bound.set(node, (bound.get(node) ?? 0) + value);
    for (const [next, factor] of edges.get(node) ?? []) {
      if (onPath.has(next)) continue;
      onPath.add(next);
      walk(next, value * factor, onPath);
      onPath.delete(next);
    }
  };
  // The broker itself counts the messages of its topics; what enters at it goes in unnamed.
  for (const entry of project.workload.entryPoints) {
    const start = brokerTopics.has(entry.componentId) ? `${entry.componentId}#` : entry.componentId;
    walk(start, entry.peakRps, new Set([start]));
  }
  for (const id of byId.keys()) bound.set(id, (bound.get(id) ?? 0) + (bound.get(`${id}~ignored`) ?? 0));
  return bound;
}

describe('load analysis properties', () => {
  it('keeps every rate within the entry rates times the fan-out of simple paths, on 300 random models with loops', () => {
    let loops = 0;
    let bounded = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const project = randomLoopModel(seed, false);
      const result = runCheck(project, { today: '2026-12-01' });
      loops += result.analyses.load.loops.length;
      for (const growth of result.analyses.growth.components) expect(Number.isFinite(growth.rateAtGrowth)).toBe(true);
      // A work queue shared by two consumers halves each message: a loop through it can damp, and
      // then its geometric sum may pass the simple paths. Such a loop rests on stated figures only.
      const damped = result.analyses.load.loops.filter((loop) => loop.converges);
      for (const loop of damped) {
        expect(loop.gain, `seed ${seed}`).toBeLessThan(1);
        expect(loop.assumedConnectionIds, `seed ${seed}`).toEqual([]);
      }
      if (damped.length > 0) continue;
      bounded++;
      const bound = simplePathBound(project);
      for (const load of result.analyses.load.components) {
        const limit = bound.get(load.componentId) ?? 0;
        expect(load.rate, `seed ${seed} ${load.componentId}`).toBeLessThanOrEqual(limit * (1 + 1e-9) + 1e-9);
      }
    }
    // The generator must exercise loops, not pass on acyclic models.
    expect(loops).toBeGreaterThan(100);
    expect(bounded).toBeGreaterThan(250);
  });

  it('solves loops on stated figures exactly: the geometric sum when the loop damps, else one pass and a named loop', () => {
    let converged = 0;
    let amplifying = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const project = randomLoopModel(seed, true);
      const result = runCheck(project, { today: '2026-12-01' });
      const exact = solveByJacobi(project);
      if (exact === undefined) {
        expect(
          result.analyses.load.loops.some((loop) => !loop.converges),
          `seed ${seed}`,
        ).toBe(true);
        amplifying++;
        continue;
      }
      for (const loop of result.analyses.load.loops) {
        expect(loop.converges, `seed ${seed}`).toBe(true);
        expect(loop.assumedConnectionIds).toEqual([]);
        converged++;
      }
      for (const load of result.analyses.load.components) {
        const expected = exact.get(load.componentId)!;
        expect(Math.abs(load.rate - expected), `seed ${seed}`).toBeLessThanOrEqual(1e-6 * Math.max(1, expected));
      }
    }
    expect(converged).toBeGreaterThan(20);
    expect(amplifying).toBeGreaterThan(5);
  });
});

/**
 * Every component's rate from rate = entry + Σ caller rate × factor, by Jacobi iteration over the
 * whole model (independent of the engine's loop handling); undefined when it does not settle.
 */
function solveByJacobi(project: Project): Map<string, number> | undefined {
  const hit = new Map(project.components.map((c) => [c.id as string, c.cache?.hitRatio ?? 0]));
  const edges: [string, string, number][] = [];
  for (const c of project.connections) {
    if (c.kind === 'replication') continue;
    const calls = c.callsPerRequest ?? 1;
    if (c.cachedBy !== undefined) {
      edges.push([c.from, c.to, calls * (1 - hit.get(c.cachedBy)!)], [c.from, c.cachedBy, calls]);
    } else edges.push([c.from, c.to, calls]);
  }
  const entries = new Map(project.workload.entryPoints.map((e) => [e.componentId as string, e.peakRps]));
  // With load entering everywhere, the iteration settles exactly when every loop damps.
  if (jacobi(project, edges, () => 1) === undefined) return undefined;
  return jacobi(project, edges, (id) => entries.get(id) ?? 0);
}

function jacobi(project: Project, edges: readonly [string, string, number][], entry: (id: string) => number): Map<string, number> | undefined {
  let rate = new Map(project.components.map((c) => [c.id as string, entry(c.id)]));
  for (let round = 0; round < 20_000; round++) {
    const next = new Map(project.components.map((c) => [c.id as string, entry(c.id)]));
    for (const [from, to, factor] of edges) next.set(to, next.get(to)! + rate.get(from)! * factor);
    let change = 0;
    for (const [id, value] of next) change = Math.max(change, Math.abs(value - rate.get(id)!) / Math.max(1, value));
    rate = next;
    if (change < 1e-13) return rate;
    if ([...rate.values()].some((v) => v > 1e12)) return undefined;
  }
  return undefined;
}
