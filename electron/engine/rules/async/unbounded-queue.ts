import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/** Reports the queues and streams with no maximum length and no depth or age alert, in one finding for the project. */
export const unboundedQueue = defineRule({
  meta: {
    id: 'async/unbounded-queue',
    checklist: 'async',
    severity: 'warning',
    title: "Nothing bounds or watches the queue's backlog",
    why: 'When producers outpace consumers, a queue with no length limit and no alert grows quietly until the broker runs out of memory or disk, or messages are hours old before anyone notices. Growth to 10× makes that imbalance likely at the first peak.',
    fix: 'Alert on queue depth and on the age of the oldest message, and set a maximum length with an overflow policy (reject publishes or dead-letter) so a backlog pushes back on producers instead of taking down the broker; scale consumers on depth.',
    source: { guide: 'Scalability Habits', section: 'Observability' },
  },
  check({ project }) {
    const queues = new ProjectWide();
    for (const queue of project.components) {
      if (queue.kind !== 'queue' && queue.kind !== 'stream') continue;
      const messaging = queue.messaging ?? {};
      // Golden-signal alerts of a queue include its depth, so they count as a depth alert.
      const watched = messaging.depthAlert === true || queue.observability?.alerts === true;
      if (messaging.maxLength !== undefined || watched) continue;
      queues.add(queue.id, queue.name, unboundedQueue.meta.severity);
    }
    if (queues.size === 0) return [];
    const message =
      queues.size === 1
        ? `${queues.names()} has no maximum length and no alert on its depth or message age, so a backlog can grow unnoticed until the broker fails.`
        : `${queues.size} queues have no maximum length and no alert on their depth or message age, so a backlog can grow unnoticed until the broker fails: ${queues.names()}.`;
    return [queues.report(unboundedQueue.meta.severity, message, { queues: queues.size })];
  },
});
