import { describe, expect, it } from 'vitest';
import type { Component } from './component';
import { newConnectionKind } from './newConnectionKind';

const c = (id: string, kind: Component['kind']) => ({ id: id as Component['id'], kind });
const api = c('api', 'service');
const primary = c('primary', 'database');
const replica = c('replica', 'database');
const queue = c('queue', 'queue');
const worker = c('worker', 'worker');

describe('new connection kind', () => {
  it('is async into or out of a queue or stream', () => {
    expect(newConnectionKind(api, queue, [])).toBe('async');
    expect(newConnectionKind(queue, worker, [])).toBe('async');
    expect(newConnectionKind(api, c('events', 'stream'), [])).toBe('async');
  });

  it('is replication from one database to another, and a read into a replica', () => {
    expect(newConnectionKind(primary, replica, [])).toBe('replication');
    expect(newConnectionKind(api, replica, [{ from: primary.id, to: replica.id, kind: 'replication' }])).toBe('read');
  });

  it('writes into a database from a service or worker, reads from a CDN', () => {
    expect(newConnectionKind(api, primary, [])).toBe('write');
    expect(newConnectionKind(worker, primary, [])).toBe('write');
    expect(newConnectionKind(c('cdn', 'cdn'), c('assets', 'object-storage'), [])).toBe('read');
  });

  it('reads from a cache or a search index, and is a synchronous request otherwise', () => {
    expect(newConnectionKind(api, c('redis', 'cache'), [])).toBe('read');
    expect(newConnectionKind(api, c('search', 'search'), [])).toBe('read');
    expect(newConnectionKind(c('lb', 'load-balancer'), api, [])).toBe('sync');
    expect(newConnectionKind(api, c('pay', 'external-api'), [])).toBe('sync');
  });
});
