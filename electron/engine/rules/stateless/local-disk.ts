import { computeKinds } from '../../../../shared/model/component';
import { defineRule, type RuleReport } from '../../types';

export const localDisk = defineRule({
  meta: {
    id: 'stateless/local-disk',
    checklist: 'stateless',
    severity: 'warning',
    title: 'A compute tier keeps files on its local disk',
    why: 'Files written to an instance\'s own disk are visible only to that instance and vanish when it is replaced. To serve 10× the traffic the tier must run many interchangeable instances, and each new one starts without the files the others wrote.',
    fix: 'Write uploads, generated files and exports to object storage (S3, GCS, Azure Blob) and keep only scratch data on local disk; then any instance can serve any file and instances can be replaced freely.',
    source: { guide: 'Scaling Systems the Smart Way', section: '2. Separate Compute from Storage' },
  },
  check({ project, deploymentOf }) {
    const hasObjectStorage = project.components.some((c) => c.kind === 'object-storage');
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const component = project.components[i]!;
      if (!computeKinds.includes(component.kind) || component.state?.localDiskWrites !== true) continue;
      const instances = deploymentOf(component).instances;
      const hint = hasObjectStorage ? ' although the project already has object storage' : '';
      reports.push({
        components: [component.id],
        message: `${component.name} writes files to its local disk${hint}; ${instances > 1 ? `its ${instances} instances cannot share them` : 'a second instance would not see them'}, and a replaced instance loses them.`,
        evidence: { instances },
      });
    }
    return reports;
  },
});
