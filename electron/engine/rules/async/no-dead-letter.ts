import { formatList } from '../../format';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/** Reports the queues without a dead-letter queue or a retry limit, in one finding for the project. */
export const noDeadLetter = defineRule({
  meta: {
    id: 'async/no-dead-letter',
    checklist: 'async',
    severity: 'warning',
    title: 'A queue has no dead-letter queue or retry limit',
    why: 'A message that always fails (bad data, a bug) is redelivered forever when nothing limits its retries, burning worker capacity and, on ordered queues, blocking everything behind it. With a limit but nowhere to put the failures, the message is silently dropped. At 10× volume such poison messages stop being rare.',
    fix: 'On each queue named, set a maximum number of delivery attempts and route messages that exceed it to a dead-letter queue; alert on its depth and give the team a way to inspect, fix and replay them.',
    source: { guide: 'Scaling Systems the Smart Way', section: '4. Use Queues and Workers' },
  },
  check({ project }) {
    const queues = new ProjectWide();
    let only = '';
    let withoutDeadLetter = 0;
    let withoutLimit = 0;
    // Queues only: a Kafka-class stream does not redeliver per message; consumers own that policy.
    for (const queue of project.components) {
      if (queue.kind !== 'queue') continue;
      const messaging = queue.messaging ?? {};
      const lacksDeadLetter = messaging.deadLetterQueue !== true;
      const noLimit = messaging.maxRetries === undefined;
      if (!lacksDeadLetter && !noLimit) continue;
      const missing = [...(lacksDeadLetter ? ['no dead-letter queue'] : []), ...(noLimit ? ['no retry limit'] : [])];
      if (queues.size === 0)
        only = `${queue.name} has ${formatList(missing)}, so a message that keeps failing is ${noLimit ? 'redelivered without end' : 'dropped after its last retry'}.`;
      if (lacksDeadLetter) withoutDeadLetter++;
      if (noLimit) withoutLimit++;
      queues.add(queue.id, queues.listing ? `${queue.name} (${formatList(missing)})` : undefined, noDeadLetter.meta.severity);
    }
    if (queues.size === 0) return [];
    const outcomes = [
      ...(withoutLimit > 0 ? ['redelivered without end where nothing limits retries'] : []),
      ...(withoutLimit < queues.size ? ['dropped after its last retry where there is no dead-letter queue'] : []),
    ];
    const message =
      queues.size === 1
        ? only
        : `${queues.size} queues have no dead-letter queue or no retry limit, so a message that keeps failing is ${outcomes.join(', or ')}: ${queues.names()}.`;
    return [
      queues.report(noDeadLetter.meta.severity, message, { queues: queues.size, withoutDeadLetterQueue: withoutDeadLetter, withoutRetryLimit: withoutLimit }),
    ];
  },
});
