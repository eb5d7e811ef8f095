import { createHash } from 'node:crypto';
import type { Component, ComponentKind } from '../../../shared/model/component';
import type { Connection, ConnectionKind } from '../../../shared/model/connection';
import type { Zone } from '../../../shared/model/zone';
import type { Workload } from '../../../shared/model/workload';
import { CURRENT_SCHEMA_VERSION, Project } from '../../../shared/model/project';
import type { ComponentId, ZoneId } from '../../../shared/model/ids';

type ComponentFields = Omit<Partial<Component>, 'id' | 'name' | 'kind'>;
type ConnectionFields = Omit<Partial<Connection>, 'id' | 'from' | 'to' | 'kind'>;

/**
 * Builds a starter project with stable ids: each id is derived from the template id and the
 * record's name, so regenerating a template changes only what its source changed.
 */
export class TemplateBuilder {
  private readonly components: Component[] = [];
  private readonly connections: Connection[] = [];
  private readonly zones: Zone[] = [];
  private readonly positions: Record<string, { x: number; y: number }> = {};
  private readonly entries: { componentId: string; peakRps: number }[] = [];

  constructor(readonly templateId: string) {}

  /** A UUID (version 5 layout) from a name: deterministic, and unique within the template. */
  id(name: string): string {
    const hex = createHash('sha1').update(`tenfold-template/${this.templateId}/${name}`).digest('hex');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  zone(name: string, region: string): ZoneId {
    const id = this.id(`zone/${name}`) as ZoneId;
    this.zones.push({ id, name, region });
    return id;
  }

  /** A component placed at (x, y) on the canvas. */
  component(name: string, kind: ComponentKind, at: [number, number], fields: ComponentFields = {}): ComponentId {
    const id = this.id(`component/${name}`) as ComponentId;
    this.components.push({ ...fields, id, name, kind });
    this.positions[id] = { x: at[0], y: at[1] };
    return id;
  }

  connect(from: string, to: string, kind: ConnectionKind, fields: ConnectionFields = {}): string {
    const id = this.id(`connection/${from}/${to}/${kind}`);
    this.connections.push({ ...fields, id, from, to, kind } as Connection);
    return id;
  }

  entry(componentId: string, peakRps: number): this {
    this.entries.push({ componentId, peakRps });
    return this;
  }

  build(name: string, description: string, workload: Omit<Partial<Workload>, 'entryPoints'>): Project {
    return Project.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: this.id('project'),
      name,
      description,
      components: this.components,
      connections: this.connections,
      zones: this.zones,
      workload: { ...workload, entryPoints: this.entries },
      layout: { components: this.positions },
    });
  }
}
