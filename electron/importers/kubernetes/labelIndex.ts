import { selects } from './manifests';
import type { Workload } from './workloads';

/** Workloads by namespace and pod label, so a selector looks at the few that carry one of its labels. */
export class LabelIndex {
  private readonly byLabel = new Map<string, Workload[]>();

  constructor(workloads: readonly Workload[]) {
    for (const workload of workloads) {
      for (const [key, value] of Object.entries(workload.podLabels)) {
        const label = `${workload.object.namespace}\u0000${key}=${value}`;
        const list = this.byLabel.get(label);
        if (list) list.push(workload);
        else this.byLabel.set(label, [workload]);
      }
    }
  }

  /** The workloads of the namespace whose pods carry every label of the selector. */
  select(namespace: string, selector: Readonly<Record<string, string>>): Workload[] {
    let fewest: Workload[] | undefined;
    for (const [key, value] of Object.entries(selector)) {
      const list = this.byLabel.get(`${namespace}\u0000${key}=${value}`) ?? [];
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    return (fewest ?? []).filter((w) => selects(selector, w.podLabels));
  }
}
