import type { Component } from '../../../../../shared/model/component';
import { kindDefaults } from '../../../../../shared/model/defaults';
import type { AnalysisIndex } from '../../../analysisIndex';
import { formatRate } from '../../../format';

/** "capacity of api: service default 500/s per instance" when the load analysis used a default, else null. */
export function capacityAssumption(component: Component, index: AnalysisIndex): string | null {
  const load = index.load.get(component.id);
  if (!load || !load.capacityAssumed || load.capacityPerInstance === null) return null;
  return `capacity of ${component.name}: ${kindDefaults[component.kind].label.toLowerCase()} default ${formatRate(load.capacityPerInstance)} per instance`;
}
