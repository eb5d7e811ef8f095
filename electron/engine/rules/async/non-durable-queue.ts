import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/**
 * Reports the queues and streams whose messages may not survive a broker restart, in one finding
 * for the project: an error when any is explicitly kept only in memory.
 */
export const nonDurableQueue = defineRule({
  meta: {
    id: 'async/non-durable-queue',
    checklist: 'async',
    severity: 'warning',
    title: 'Messages are lost when the broker restarts',
    why: "A queue kept only in the broker's memory loses every waiting message on a restart, a crash or an upgrade. The more traffic it carries, the more work disappears each time, and at 10× the backlog during a slow consumer can be large.",
    fix: 'Declare each queue and its messages durable (persistent delivery, replicated or quorum queues), or use a managed queue that stores messages redundantly; confirm publishes so producers know a message was stored.',
    source: { guide: 'Scaling Systems the Smart Way', section: '4. Use Queues and Workers' },
  },
  check({ project }) {
    const queues = new ProjectWide();
    let only = '';
    let inMemory = 0;
    for (const queue of project.components) {
      if (queue.kind !== 'queue' && queue.kind !== 'stream') continue;
      const durable = queue.messaging?.durable;
      if (durable === true) continue;
      if (queues.size === 0) {
        only =
          durable === false
            ? `${queue.name} keeps its messages only in memory; a broker restart loses everything waiting in it.`
            : `${queue.name} does not state that its messages survive a broker restart; unless they are persisted, a restart loses everything waiting in it.`;
      }
      if (durable === false) inMemory++;
      const label = queues.listing ? `${queue.name} (${durable === false ? 'kept only in memory' : 'durability not stated'})` : undefined;
      // Explicitly non-durable is a known loss; unstated is a question to answer.
      queues.add(queue.id, label, durable === false ? 'error' : 'warning');
    }
    if (queues.size === 0) return [];
    const message = queues.size === 1 ? only : `${queues.size} queues may lose everything waiting in them when the broker restarts: ${queues.names()}.`;
    return [queues.report(nonDurableQueue.meta.severity, message, { queues: queues.size, inMemory, durabilityUnstated: queues.size - inMemory })];
  },
});
