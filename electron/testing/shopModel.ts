import { ModelBuilder } from '../engine/testing/modelBuilder';
import { newId, type ProjectId } from '../../shared/model/ids';
import type { Project } from '../../shared/model/project';

/**
 * Users call an order service (two instances) that reads a database: a dozen findings in six
 * checklists, one of them on two components. A fresh project id each time, so one library holds many.
 */
export function shopModel(): { project: Project; users: string; orders: string; db: string; call: string; read: string } {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const orders = m.component('orders', 'service', { deployment: { instances: 2 } });
  const db = m.component('orders-db', 'database');
  const call = m.connect(users, orders);
  const read = m.connect(orders, db, 'read');
  m.entry(users, 100);
  return { project: m.with({ id: newId<ProjectId>() }).build(), users, orders, db, call, read };
}
