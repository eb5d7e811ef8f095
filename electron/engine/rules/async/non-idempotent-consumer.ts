import type { Delivery } from '../../../../shared/model/component';
import { nameOf, outgoingOf } from '../../graph';
import { defineRule, type RuleReport } from '../../types';

/**
 * Delivery when a queue does not state it: the brokers teams reach for (SQS standard queues,
 * RabbitMQ with acknowledgements, Kafka consumers) redeliver on failure, i.e. at least once.
 */
export const DEFAULT_DELIVERY: Delivery = 'at-least-once';

export const nonIdempotentConsumer = defineRule({
  meta: {
    id: 'async/non-idempotent-consumer',
    checklist: 'async',
    severity: 'warning',
    title: 'A consumer may process the same message twice',
    why: 'With at-least-once delivery, a message is redelivered whenever a consumer crashes or times out before acknowledging it. A consumer that is not idempotent then charges, emails or counts twice. At 10× volume, with more consumers and more restarts, duplicates happen daily.',
    fix: 'Make the consumer idempotent: record processed message ids (or a business key) in the same transaction as the effect and skip repeats, or make the operation naturally repeatable (upserts, set-based updates).',
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check({ project, graph }) {
    const reports: RuleReport[] = [];
    for (let k = 0; k < project.components.length; k++) {
      const queue = project.components[k]!;
      if (queue.kind !== 'queue' && queue.kind !== 'stream') continue;
      const stated = queue.messaging?.delivery;
      const delivery = stated ?? DEFAULT_DELIVERY;
      if (delivery !== 'at-least-once') continue;
      for (let j = 0, list = outgoingOf(graph, queue.id); j < list.length; j++) {
        const connection = list[j]!;
        if (connection.kind !== 'async' || connection.idempotent === true) continue;
        reports.push({
          components: [queue.id, connection.to],
          connections: [connection.id],
          message: `${nameOf(graph, connection.to)} consumes ${queue.name} with at-least-once delivery but is not marked idempotent, so a redelivered message is processed twice.`,
          evidence: { deliveryStated: stated !== undefined },
          assumed: stated === undefined ? [`delivery of ${queue.name}: at-least-once (most brokers' default)`] : undefined,
        });
      }
    }
    return reports;
  },
});
