import type { Delivery } from '../../../../shared/model/component';
import { nameOf, outgoingOf } from '../../graph';
import { formatList } from '../../format';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { itemAt } from '../../../../shared/base/itemAt';

/**
 * Delivery when a queue does not state it: the brokers teams reach for (SQS standard queues,
 * RabbitMQ with acknowledgements, Kafka consumers) redeliver on failure, i.e. at least once.
 */
export const DEFAULT_DELIVERY: Delivery = 'at-least-once';

/**
 * Reports the consumers that take at-least-once deliveries and are not marked idempotent, in one
 * finding for the project with each queue and consuming connection as a target.
 */
export const nonIdempotentConsumer = defineRule({
  meta: {
    id: 'async/non-idempotent-consumer',
    checklist: 'async',
    severity: 'warning',
    title: 'A consumer may process the same message twice',
    why: 'With at-least-once delivery, a message is redelivered whenever a consumer crashes or times out before acknowledging it. A consumer that is not idempotent then charges, emails or counts twice. At 10× volume, with more consumers and more restarts, duplicates happen daily.',
    fix: 'Make each consumer named idempotent: record processed message ids (or a business key) in the same transaction as the effect and skip repeats, or make the operation naturally repeatable (upserts, set-based updates).',
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check({ project, graph }) {
    // Each consumer once, with the queues it takes at-least-once deliveries from, in the order met.
    const queuesOf = new Map<string, string[]>();
    const queueIds: string[] = [];
    const connections: string[] = [];
    const assumed: string[] = [];
    for (const queue of project.components) {
      if (queue.kind !== 'queue' && queue.kind !== 'stream') continue;
      const stated = queue.messaging?.delivery;
      const delivery = stated ?? DEFAULT_DELIVERY;
      if (delivery !== 'at-least-once') continue;
      let reported = false;
      for (const connection of outgoingOf(graph, queue.id)) {
        if (connection.kind !== 'async' || connection.idempotent === true) continue;
        if (!reported) {
          reported = true;
          queueIds.push(queue.id);
          if (stated === undefined) assumed.push(`delivery of ${queue.name}: at-least-once (most brokers' default)`);
        }
        connections.push(connection.id);
        const queues = queuesOf.get(connection.to);
        if (queues === undefined) queuesOf.set(connection.to, [queue.name]);
        else if (queues[queues.length - 1] !== queue.name) queues.push(queue.name);
      }
    }
    if (queuesOf.size === 0) return [];
    const consumers = new ProjectWide();
    const oneQueue = queueIds.length === 1;
    for (const [id, queues] of queuesOf) {
      consumers.add(
        id,
        consumers.listing ? (oneQueue ? nameOf(graph, id) : `${nameOf(graph, id)} (from ${formatList(queues)})`) : undefined,
        nonIdempotentConsumer.meta.severity,
      );
    }
    let message: string;
    const [only] = queuesOf;
    if (consumers.size === 1 && only) {
      const [id, queues] = only;
      message = `${nameOf(graph, id)} consumes ${formatList(queues)} with at-least-once delivery but is not marked idempotent, so a redelivered message is processed twice.`;
    } else if (oneQueue) {
      message = `${consumers.size} consumers of ${nameOf(graph, itemAt(queueIds, 0))} are not marked idempotent, although it delivers at least once, so a redelivered message is processed twice: ${consumers.names()}.`;
    } else {
      message = `${consumers.size} consumers are not marked idempotent, although their queues deliver at least once, so a redelivered message is processed twice: ${consumers.names()}.`;
    }
    const evidence = { consumers: consumers.size, queues: queueIds.length, connections: connections.length };
    return [
      consumers.report(nonIdempotentConsumer.meta.severity, message, evidence, {
        components: [...consumers.ids, ...queueIds],
        connections,
        ...(assumed.length > 0 ? { assumed } : {}),
      }),
    ];
  },
});
