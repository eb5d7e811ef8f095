import type { Component, ComponentKind } from '../../../../shared/model/component';
import { kindDefaults } from '../../../../shared/model/defaults';
import type { AnalysisIndex } from '../../analysisIndex';
import { formatRate } from '../../format';
import { listFirst } from './text';

/** "capacity of api: service default 500/s per instance" when the load analysis used a default, else null. */
export function capacityAssumption(component: Component, index: AnalysisIndex): string | null {
  const load = index.load.get(component.id);
  if (!load || !load.capacityAssumed || load.capacityPerInstance === null) return null;
  return assumedCapacityLine(component, formatRate(load.capacityPerInstance));
}

/** The same line with the per-instance rate already formatted (a rule listing hundreds formats each rate once). */
export function assumedCapacityLine(component: Component, rate: string): string {
  return `capacity of ${component.name}: ${kindLabel(component)} default ${rate} per instance`;
}

// Labels per kind, worked out on first use: rules ask for one per component they list.
const labels = new Map<ComponentKind, string>();

/** The kind's label inside a sentence: "service", "external API", "CDN" (acronyms keep their case). */
export function kindLabel(component: Component): string {
  let text = labels.get(component.kind);
  if (text === undefined) {
    const label = kindDefaults[component.kind].label;
    text = /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
    labels.set(component.kind, text);
  }
  return text;
}

/** Names one line of a group's assumptions lists before it counts the rest. */
const NAMED = 3;

/**
 * The assumption lines of a finding that groups many components: one line per default (a kind's
 * capacity, connection limit, pool size), naming the first few components that rest on it and
 * counting the rest, so a finding over fifty services gets one line, not fifty.
 */
export class DefaultFigures {
  private readonly groups = new Map<string, { names: string[]; count: number; line: (names: string) => string }>();

  /** `key` tells defaults apart (what, kind and figure); `line` words it for the names listed. */
  add(key: string, name: string, line: (names: string) => string): void {
    let group = this.groups.get(key);
    if (group === undefined) this.groups.set(key, (group = { names: [], count: 0, line }));
    if (group.names.length < NAMED) group.names.push(name);
    group.count++;
  }

  /** A component's default capacity, when the load analysis used one. */
  addCapacity(component: Component, index: AnalysisIndex): void {
    const load = index.load.get(component.id);
    if (!load || !load.capacityAssumed || load.capacityPerInstance === null) return;
    const perInstance = load.capacityPerInstance;
    this.add(
      `capacity ${component.kind} ${perInstance}`,
      component.name,
      (names) => `capacity of ${names}: ${kindLabel(component)} default ${formatRate(perInstance)} per instance`,
    );
  }

  /** The lines, in the order their defaults were first met; undefined when there are none. */
  lines(): string[] | undefined {
    if (this.groups.size === 0) return undefined;
    const lines: string[] = [];
    for (const group of this.groups.values()) lines.push(group.line(listFirst(group.names, group.count, NAMED)));
    return lines;
  }
}
