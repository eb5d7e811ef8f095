import { computeKinds } from '../../../../shared/model/component';
import { formatNumber } from '../../format';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/** Reports the compute tiers that write files to their local disk, in one finding for the project. */
export const localDisk = defineRule({
  meta: {
    id: 'stateless/local-disk',
    checklist: 'stateless',
    severity: 'warning',
    title: 'A compute tier keeps files on its local disk',
    why: "Files written to an instance's own disk are visible only to that instance and vanish when it is replaced. To serve 10× the traffic the tier must run many interchangeable instances, and each new one starts without the files the others wrote.",
    fix: 'In each tier named, write uploads, generated files and exports to object storage (S3, GCS, Azure Blob) and keep only scratch data on local disk; then any instance can serve any file and instances can be replaced freely.',
    source: { guide: 'Scaling Systems the Smart Way', section: '2. Separate Compute from Storage' },
  },
  check({ project, deploymentOf }) {
    const tiers = new ProjectWide();
    let only = '';
    let most = 0;
    let hasObjectStorage: boolean | undefined;
    for (const component of project.components) {
      if (!computeKinds.includes(component.kind) || component.state?.localDiskWrites !== true) continue;
      const instances = deploymentOf(component).instances;
      // Looked up once a tier writes locally: most projects have none.
      hasObjectStorage ??= project.components.some((c) => c.kind === 'object-storage');
      if (tiers.size === 0) {
        const hint = hasObjectStorage ? ' although the project already has object storage' : '';
        only = `${component.name} writes files to its local disk${hint}; ${instances > 1 ? `its ${instances} instances cannot share them` : 'a second instance would not see them'}, and a replaced instance loses them.`;
      }
      most = Math.max(most, instances);
      tiers.add(
        component.id,
        tiers.listing && instances > 1 ? `${component.name} (${formatNumber(instances)} instances)` : component.name,
        localDisk.meta.severity,
      );
    }
    if (tiers.size === 0) return [];
    const hint = hasObjectStorage ? ', although the project already has object storage' : '';
    const message =
      tiers.size === 1
        ? only
        : `${tiers.size} compute tiers write files to their local disk${hint}: ${tiers.names()}. No other instance sees those files, and a replaced instance loses them.`;
    return [tiers.report(localDisk.meta.severity, message, { components: tiers.size, instances: most })];
  },
});
