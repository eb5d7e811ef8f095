import { defineRule } from '../../types';
import { nameOf } from '../../graph';
import { formatList } from '../../format';

/** Reports retrying connections whose retries are not spread out by exponential backoff with jitter. */
export const retryWithoutBackoff = defineRule({
  meta: {
    id: 'resilience/retry-without-backoff',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Retries without exponential backoff and jitter',
    why: 'Retries that fire at once, or at a fixed interval, arrive in waves exactly when the callee is already struggling. At 10x traffic those waves multiply the load on a component that is failing because of load, and keep it from recovering. Without jitter, every caller retries in step with the others.',
    fix: 'Retry with exponential backoff (for example 100 ms, 200 ms, 400 ms, capped) and random jitter on each delay, keep the retry count small, and record both on the connection.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const reports = [];
    for (let i = 0; i < ctx.project.connections.length; i++) {
      const connection = ctx.project.connections[i]!;
      const retries = connection.retries;
      if (!retries || retries.max <= 0) continue;
      if (!ctx.graph.components.has(connection.from) || !ctx.graph.components.has(connection.to)) continue;
      const backoff = retries.backoff ?? 'none';
      const missing: string[] = [];
      if (backoff !== 'exponential') missing.push(backoff === 'fixed' ? 'exponential backoff (it waits a fixed delay)' : 'exponential backoff (it retries at once)');
      if (retries.jitter !== true) missing.push('jitter');
      if (missing.length === 0) continue;
      reports.push({
        components: [connection.from],
        connections: [connection.id],
        message: `${nameOf(ctx.graph, connection.from)} retries its calls to ${nameOf(ctx.graph, connection.to)} up to ${retries.max} times without ${formatList(missing)}.`,
        evidence: { retries: retries.max, backoff, jitter: retries.jitter === true },
      });
    }
    return reports;
  },
});
