import type { Project } from '../../../shared/model/project';
import { ModelBuilder } from '../../engine/testing/modelBuilder';

/**
 * A TeaStore-like shop (a web UI in front of auth, image, recommender and persistence services,
 * all registering with one registry; persistence owns one MySQL database), written for exporter
 * tests. One database instance with no backups, so it is a single point of failure.
 */
export function teastoreLikeProject(): { project: Project; ids: Record<string, string> } {
  const m = new ModelBuilder();
  const zone = m.zone('eu-central-1a');
  const users = m.component('Shoppers', 'client');
  const webui = m.component('webui', 'service', {
    technology: 'Java servlets',
    description: 'Renders the shop pages.',
    zoneIds: [zone],
    deployment: { instances: 2 },
  });
  const auth = m.component('auth', 'service', { zoneIds: [zone] });
  const image = m.component('image', 'service', { heavyWork: ['image-video'], zoneIds: [zone] });
  const recommender = m.component('recommender', 'service', { state: { inProcess: ['model'] }, zoneIds: [zone] });
  const persistence = m.component('persistence', 'service', { zoneIds: [zone] });
  const registry = m.component('registry', 'registry', { zoneIds: [zone] });
  const db = m.component('db', 'database', {
    technology: 'MySQL 5.7',
    description: 'Products, orders and users.',
    zoneIds: [zone],
    deployment: { instances: 1 },
    state: { durableData: true },
    data: { sizeGb: 50, growthGbPerMonth: 5, singleNodeLimitGb: 2000, backups: { enabled: false } },
  });
  m.connect(users, webui, 'sync', { protocol: 'HTTPS' });
  for (const service of [auth, image, recommender, persistence]) m.connect(webui, service, 'sync', { protocol: 'HTTP', timeoutMs: 2000 });
  m.connect(auth, persistence, 'sync', { protocol: 'HTTP' });
  m.connect(recommender, persistence, 'sync', { protocol: 'HTTP' });
  m.connect(persistence, db, 'write', { protocol: 'JDBC' });
  for (const service of [webui, auth, image, recommender, persistence]) m.connect(service, registry, 'sync', { protocol: 'HTTP', dependency: 'soft' });
  m.entry(users, 200);
  const project = { ...m.build(), name: 'TeaStore-like shop' };
  return { project, ids: { users, webui, auth, image, recommender, persistence, registry, db } };
}
