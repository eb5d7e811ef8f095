import type { Component } from '../../../../../shared/model/component';
import { kindDefaults } from '../../../../../shared/model/defaults';
import type { AnalysisIndex } from '../../../analysisIndex';
import { formatRate } from '../../../format';

/** "capacity of api: service default 500/s per instance" when the load analysis used a default, else null. */
export function capacityAssumption(component: Component, index: AnalysisIndex): string | null {
  const load = index.load.get(component.id);
  if (!load || !load.capacityAssumed || load.capacityPerInstance === null) return null;
  return `capacity of ${component.name}: ${kindLabel(component)} default ${formatRate(load.capacityPerInstance)} per instance`;
}

/** The kind's label inside a sentence: "service", "external API", "CDN" (acronyms keep their case). */
export function kindLabel(component: Component): string {
  const label = kindDefaults[component.kind].label;
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
