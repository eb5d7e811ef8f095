import { randomUUID } from 'node:crypto';
import type { ProjectInput } from '../../shared/model/project';
import { tokenHeaders } from './support/tenfold';

/**
 * A small shop the analysis e2e specs open: users → load balancer → web (2 instances) → one
 * orders database (single writer, one instance) and a cache. At 200 requests per second today the
 * database reaches its target utilization first (at 3.5×), and it is a single point of failure,
 * so the specs have a known first-to-break component and an error finding to review. The plan
 * is 2×, where nothing needs a rewrite yet; at 10× the database does.
 */
export function shopProject(id: string, name: string): ProjectInput {
  const ids = { users: randomUUID(), lb: randomUUID(), web: randomUUID(), db: randomUUID(), cache: randomUUID(), zoneA: randomUUID(), zoneB: randomUUID() };
  return {
    schemaVersion: 4,
    id,
    name,
    zones: [
      { id: ids.zoneA, name: 'zone-a' },
      { id: ids.zoneB, name: 'zone-b' },
    ],
    components: [
      { id: ids.users, name: 'users', kind: 'client' },
      { id: ids.lb, name: 'edge-lb', kind: 'load-balancer', deployment: { instances: 2, healthCheck: true }, zoneIds: [ids.zoneA, ids.zoneB] },
      {
        id: ids.web,
        name: 'web',
        kind: 'service',
        deployment: { instances: 2, autoscaling: true },
        zoneIds: [ids.zoneA, ids.zoneB],
        capacity: { ratePerInstance: 400 },
      },
      {
        id: ids.db,
        name: 'orders-db',
        kind: 'database',
        deployment: { instances: 1, scalingMode: 'single-writer' },
        capacity: { ratePerInstance: 1000 },
        data: { sizeGb: 300, growthGbPerMonth: 20 },
      },
      { id: ids.cache, name: 'session-cache', kind: 'cache', deployment: { instances: 2 }, zoneIds: [ids.zoneA, ids.zoneB] },
    ],
    connections: [
      { id: randomUUID(), from: ids.users, to: ids.lb, kind: 'sync' },
      { id: randomUUID(), from: ids.lb, to: ids.web, kind: 'sync' },
      { id: randomUUID(), from: ids.web, to: ids.db, kind: 'read', callsPerRequest: 1 },
      { id: randomUUID(), from: ids.web, to: ids.cache, kind: 'read' },
    ],
    workload: { growthFactor: 2, entryPoints: [{ componentId: ids.users, peakRps: 200 }] },
    layout: {
      components: {
        [ids.users]: { x: 0, y: 120 },
        [ids.lb]: { x: 220, y: 120 },
        [ids.web]: { x: 440, y: 120 },
        [ids.db]: { x: 680, y: 40 },
        [ids.cache]: { x: 680, y: 220 },
      },
    },
  };
}

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { message: string };
}

/** Calls the running host's contract over HTTP, as the browser does. */
export async function callHost<T>(baseUrl: string, channel: string, input: unknown): Promise<T> {
  const response = await fetch(new URL(`api/${channel}`, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...tokenHeaders(baseUrl) },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as Envelope<T>;
  if (!body.ok) throw new Error(`${channel} failed: ${body.error?.message ?? response.status}`);
  return body.value as T;
}

/** Creates the shop project in the library of a running host and returns its id. */
export async function createShopProject(baseUrl: string, name: string): Promise<string> {
  const created = await callHost<{ project: { id: string } }>(baseUrl, 'projects:create', { name });
  await callHost(baseUrl, 'projects:save', { project: shopProject(created.project.id, name), summary: 'Shop model for the e2e specs' });
  return created.project.id;
}
