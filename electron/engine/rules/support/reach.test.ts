import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { buildGraph, isSynchronous } from '../../graph';
import { backwardPath, callersOf, entryPointIds, forwardPath, reachBackward, reachForward, startOf } from './reach';

function shop() {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const web = m.component('web', 'service');
  const queue = m.component('jobs', 'queue');
  const worker = m.component('mailer', 'worker');
  const db = m.component('db', 'database');
  m.connect(users, web);
  m.connect(web, db, 'write');
  m.connect(web, queue, 'async');
  m.connect(queue, worker, 'async');
  return { m, users, web, queue, worker, db };
}

describe('graph walks', () => {
  it('uses workload entry points, or clients when the workload states none', () => {
    const { m, users, web } = shop();
    expect(entryPointIds(buildGraph(m.build()))).toEqual([users]);
    m.entry(web, 10);
    expect(entryPointIds(buildGraph(m.build()))).toEqual([web]);
  });

  it('walks forward along accepted connections only and records a shortest path', () => {
    const { m, users, web, worker, db } = shop();
    const graph = buildGraph(m.build());
    const sync = reachForward(graph, [users], isSynchronous);
    expect([...sync.keys()]).toEqual([users, web, db]);
    expect(forwardPath(sync, db)).toEqual([users, web, db]);
    expect(startOf(sync, db)).toBe(users);
    expect(startOf(sync, users)).toBe(users);
    const all = reachForward(graph, [users], () => true);
    expect(all.has(worker)).toBe(true);
  });

  it('walks backward and lists direct callers', () => {
    const { m, users, web, db } = shop();
    const graph = buildGraph(m.build());
    const back = reachBackward(graph, [db], () => true);
    expect(backwardPath(back, users)).toEqual([users, web, db]);
    expect(callersOf(graph, db)).toEqual([web]);
  });
});
