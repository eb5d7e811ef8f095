import { CURRENT_SCHEMA_VERSION, Project, type ProjectInput } from '../../../shared/model/project';
import type { Component, ComponentKind } from '../../../shared/model/component';
import type { Connection, ConnectionKind } from '../../../shared/model/connection';
import type { Zone } from '../../../shared/model/zone';
import type { Workload } from '../../../shared/model/workload';
import { itemAt } from '../../../shared/base/itemAt';

// Ids the builder hands out are plain strings; accept them where the schema brands ids.
type ComponentFields = Omit<Partial<Component>, 'id' | 'name' | 'kind' | 'zoneIds'> & { zoneIds?: string[] };
type ConnectionFields = Omit<Partial<Connection>, 'id' | 'from' | 'to' | 'kind' | 'cachedBy'> & { cachedBy?: string };

/**
 * Builds small, schema-valid projects for tests. Ids are deterministic UUIDs derived from a
 * counter, so keys and ordering are stable across runs. Returns names → ids for assertions.
 *
 *   const m = new ModelBuilder();
 *   const web = m.component('web', 'service', { deployment: { instances: 2 } });
 *   const db = m.component('db', 'database');
 *   m.connect(web, db, 'read');
 *   m.entry(m.component('users', 'client'), 100);
 *   const project = m.build();
 */
export class ModelBuilder {
  private counter = 0;
  private readonly components: Component[] = [];
  private readonly connections: Connection[] = [];
  private readonly zones: Zone[] = [];
  private readonly entries: { componentId: string; peakRps: number }[] = [];
  private workload: Partial<Omit<Workload, 'entryPoints'>> = {};
  private extra: Partial<ProjectInput> = {};

  /** A deterministic UUID (version 4 layout) from a counter. */
  nextId(): string {
    this.counter += 1;
    const hex = this.counter.toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  }

  component(name: string, kind: ComponentKind, fields: ComponentFields = {}): string {
    const id = this.nextId();
    this.components.push({ ...fields, id, name, kind } as Component);
    return id;
  }

  connect(from: string, to: string, kind: ConnectionKind = 'sync', fields: ConnectionFields = {}): string {
    const id = this.nextId();
    this.connections.push({ ...fields, id, from, to, kind } as Connection);
    return id;
  }

  zone(name: string, fields: Omit<Partial<Zone>, 'id' | 'name'> = {}): string {
    const id = this.nextId();
    this.zones.push({ ...fields, id, name } as Zone);
    return id;
  }

  entry(componentId: string, peakRps: number): this {
    this.entries.push({ componentId, peakRps });
    return this;
  }

  withWorkload(workload: Partial<Omit<Workload, 'entryPoints'>>): this {
    this.workload = { ...this.workload, ...workload };
    return this;
  }

  with(extra: Partial<ProjectInput>): this {
    this.extra = { ...this.extra, ...extra };
    return this;
  }

  /** Change a component already added (e.g. between two checks in one test). */
  update(componentId: string, change: (component: Component) => Component): this {
    const index = this.components.findIndex((c) => c.id === componentId);
    if (index < 0) throw new Error(`no component ${componentId}`);
    this.components[index] = change(itemAt(this.components, index));
    return this;
  }

  /** A parsed, validated project: throws with zod's message if the test built something invalid. */
  build(): Project {
    return Project.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: '00000000-0000-4000-8000-000000000000',
      name: 'test project',
      components: this.components,
      connections: this.connections,
      zones: this.zones,
      workload: { ...this.workload, entryPoints: this.entries },
      ...this.extra,
    });
  }
}
