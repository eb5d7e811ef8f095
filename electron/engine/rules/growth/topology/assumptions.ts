import type { Component, ComponentKind } from '../../../../../shared/model/component';
import { kindDefaults } from '../../../../../shared/model/defaults';
import type { AnalysisIndex } from '../../../analysisIndex';
import { formatRate } from '../../../format';

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
