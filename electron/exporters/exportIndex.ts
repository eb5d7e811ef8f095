import type { Project } from '../../shared/model/project';
import type { Component } from '../../shared/model/component';
import type { Connection } from '../../shared/model/connection';
import type { CheckResult } from '../../shared/ipc/contract';
import type { ComponentGrowth, ComponentLoad, EntryAvailability, SinglePointOfFailure } from '../../shared/model/analysis';
import type { Finding } from '../../shared/model/finding';
import type { Severity } from '../../shared/model/review';
import { isHardDependency } from '../engine/graph';
import { connectionLabel } from './mermaid';

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Lookups the runbook and the report share: names, connections both ways, and the analyses of a
 * check keyed by component id. Orders are deterministic (names, then ids).
 */
export class ExportIndex {
  readonly growthFactor: number;
  private readonly components: ReadonlyMap<string, Component>;
  private readonly loads: ReadonlyMap<string, ComponentLoad>;
  private readonly growths: ReadonlyMap<string, ComponentGrowth>;
  private readonly spofs: ReadonlyMap<string, SinglePointOfFailure>;
  private readonly availabilities: ReadonlyMap<string, number>;
  private readonly entries: ReadonlyMap<string, EntryAvailability>;
  private readonly findingsByComponent = new Map<string, Finding[]>();
  private readonly incomingById = new Map<string, Connection[]>();
  private readonly outgoingById = new Map<string, Connection[]>();

  constructor(
    readonly project: Project,
    readonly check: CheckResult,
  ) {
    this.growthFactor = check.analyses.growth.growthFactor;
    this.components = new Map(project.components.map((c) => [c.id as string, c]));
    this.loads = new Map(check.analyses.load.components.map((l) => [l.componentId, l]));
    this.growths = new Map(check.analyses.growth.components.map((g) => [g.componentId, g]));
    this.spofs = new Map(check.analyses.spof.spofs.map((s) => [s.componentId, s]));
    this.availabilities = new Map(check.analyses.availability.components.map((a) => [a.componentId, a.availability]));
    this.entries = new Map(check.analyses.availability.entryPoints.map((e) => [e.entryPointId, e]));
    // Adjacency once, so per-component lookups stay linear on large projects.
    for (const connection of project.connections) {
      if (!this.components.has(connection.from) || !this.components.has(connection.to)) continue;
      push(this.incomingById, connection.to, connection);
      push(this.outgoingById, connection.from, connection);
    }
    for (const finding of this.sortedFindings()) {
      for (const id of new Set(finding.targets.components)) {
        const list = this.findingsByComponent.get(id) ?? [];
        list.push(finding);
        this.findingsByComponent.set(id, list);
      }
    }
  }

  name(id: string): string {
    return this.components.get(id)?.name ?? id;
  }

  private readonly sortKeys = new Map<string, string>();

  /** Case-insensitive name order, then exact name, then id: stable whatever the project's order. */
  compareByName = (a: string, b: string): number =>
    compareText(this.sortKey(a), this.sortKey(b)) || compareText(this.name(a), this.name(b)) || compareText(a, b);

  private sortKey(id: string): string {
    let key = this.sortKeys.get(id);
    if (key === undefined) {
      key = this.name(id).toLowerCase();
      this.sortKeys.set(id, key);
    }
    return key;
  }

  componentsByName(): Component[] {
    return [...this.project.components].sort((a, b) => this.compareByName(a.id, b.id));
  }

  /** "web, api and db", each name escaped for the caller's format. */
  namesList(ids: readonly string[], escape: (text: string) => string): string {
    const names = [...ids].sort(this.compareByName).map((id) => escape(this.name(id)));
    if (names.length <= 1) return names[0] ?? '';
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }

  incoming(id: string): Connection[] {
    return [...(this.incomingById.get(id) ?? [])].sort((a, b) => this.compareByName(a.from, b.from) || compareText(a.id, b.id));
  }

  outgoing(id: string): Connection[] {
    return [...(this.outgoingById.get(id) ?? [])].sort((a, b) => this.compareByName(a.to, b.to) || compareText(a.id, b.id));
  }

  /** Components that fail when this one fails, through hard dependencies (transitively). */
  hardDependents(id: string): string[] {
    const found = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const current = queue.pop()!;
      for (const connection of this.incomingById.get(current) ?? []) {
        if (!isHardDependency(connection) || found.has(connection.from) || connection.from === id) continue;
        found.add(connection.from);
        queue.push(connection.from);
      }
    }
    return [...found].sort(this.compareByName);
  }

  /** "sync, hard" / "write · SQL, soft". */
  connectionWords(connection: Connection): string {
    const label = connectionLabel(connection);
    const base =
      label === '' || connection.kind === 'sync' || connection.kind === 'async' ? [connection.kind, label].filter((p) => p !== '').join(' · ') : label;
    return `${base}, ${isHardDependency(connection) ? 'hard' : 'soft'}`;
  }

  load(id: string): ComponentLoad | undefined {
    return this.loads.get(id);
  }

  growth(id: string): ComponentGrowth | undefined {
    return this.growths.get(id);
  }

  spof(id: string): SinglePointOfFailure | undefined {
    return this.spofs.get(id);
  }

  componentAvailability(id: string): number | null {
    return this.availabilities.get(id) ?? null;
  }

  entryAvailability(id: string): EntryAvailability | undefined {
    return this.entries.get(id);
  }

  findingsOf(id: string): Finding[] {
    return this.findingsByComponent.get(id) ?? [];
  }

  /** Findings by severity, then checklist, rule and key. */
  sortedFindings(): Finding[] {
    return [...this.check.findings].sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] ||
        compareText(a.checklist, b.checklist) ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.key, b.key),
    );
  }
}

function push(map: Map<string, Connection[]>, key: string, connection: Connection): void {
  const list = map.get(key);
  if (list) list.push(connection);
  else map.set(key, [connection]);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const redesignText: Readonly<Record<string, string>> = {
  partitioning: 'partition (shard) the data',
  'read-replicas': 'add read replicas',
  cache: 'put a cache in front',
  queue: 'move the work behind a queue',
  'stateless-sessions': 'move state out of the process',
};

/** A redesign of the growth analysis as an instruction ("add read replicas"). */
export function redesignWords(redesign: string): string {
  return redesignText[redesign] ?? redesign;
}
