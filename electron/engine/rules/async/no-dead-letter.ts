import { formatList } from '../../format';
import { defineRule, type RuleReport } from '../../types';

export const noDeadLetter = defineRule({
  meta: {
    id: 'async/no-dead-letter',
    checklist: 'async',
    severity: 'warning',
    title: 'A queue has no dead-letter queue or retry limit',
    why: 'A message that always fails (bad data, a bug) is redelivered forever when nothing limits its retries, burning worker capacity and, on ordered queues, blocking everything behind it. With a limit but nowhere to put the failures, the message is silently dropped. At 10× volume such poison messages stop being rare.',
    fix: 'Set a maximum number of delivery attempts and route messages that exceed it to a dead-letter queue; alert on its depth and give the team a way to inspect, fix and replay them.',
    source: { guide: 'Scaling Systems the Smart Way', section: '4. Use Queues and Workers' },
  },
  check({ project }) {
    const reports: RuleReport[] = [];
    // Queues only: a Kafka-class stream does not redeliver per message; consumers own that policy.
    for (const queue of project.components.filter((c) => c.kind === 'queue')) {
      const messaging = queue.messaging ?? {};
      const missing = [
        ...(messaging.deadLetterQueue === true ? [] : ['no dead-letter queue']),
        ...(messaging.maxRetries === undefined ? ['no retry limit'] : []),
      ];
      if (missing.length === 0) continue;
      const outcome = messaging.maxRetries === undefined ? 'redelivered without end' : 'dropped after its last retry';
      reports.push({
        components: [queue.id],
        message: `${queue.name} has ${formatList(missing)}, so a message that keeps failing is ${outcome}.`,
        evidence: { deadLetterQueue: messaging.deadLetterQueue === true, maxRetries: messaging.maxRetries ?? null },
      });
    }
    return reports;
  },
});
