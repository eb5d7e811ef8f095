import type { HeavyWork } from '../../../../shared/model/component';
import { formatList } from '../../format';
import { isRequestCall, nameOf } from '../../graph';
import { defineRule, type RuleReport } from '../../types';
import { entryPointIds, forwardPath, reachForward } from '../support/reach';

const described: Record<HeavyWork, string> = {
  email: 'sends email',
  'image-video': 'processes images or video',
  'pdf-report': 'renders PDF reports',
  'ml-inference': 'runs ML inference',
  'batch-export': 'runs batch exports',
};

export const heavyWorkInRequest = defineRule({
  meta: {
    id: 'async/heavy-work-in-request',
    checklist: 'async',
    severity: 'warning',
    title: 'Heavy work runs while the user waits',
    why: "Sending email, processing media, rendering reports or running inference inside a request holds a thread, a connection and the user for seconds. At 10× traffic these slow requests exhaust the tier's workers and pools, and a slow third party (a mail provider) makes the whole request path fail.",
    fix: 'Accept the request, put a job on a queue and return at once; let a separate worker pool do the heavy work at its own pace and report the result by callback, polling or notification. Scale the workers on queue depth.',
    source: { guide: 'Scaling Systems the Smart Way', section: '4. Use Queues and Workers' },
  },
  check({ project, graph }) {
    // Synchronous connections only: an async hop (a queue) is exactly the fix this rule asks for.
    const reach = reachForward(graph, entryPointIds(graph), isRequestCall);
    const reports: RuleReport[] = [];
    for (const component of project.components) {
      // Checked before de-duplicating: most components declare no heavy work.
      if (!component.heavyWork?.length || !reach.has(component.id)) continue;
      const work = [...new Set(component.heavyWork)];
      const path = forwardPath(reach, component.id);
      const route = path.length > 1 ? ` on the request path ${path.map((id) => nameOf(graph, id)).join(' → ')}` : ' as it answers requests';
      reports.push({
        components: [component.id],
        message: `${component.name} ${formatList(work.map((w) => described[w]))} synchronously${route}, with no queue in between.`,
        evidence: { heavyTasks: work.length, hopsFromEntry: path.length - 1 },
      });
    }
    return reports;
  },
});
