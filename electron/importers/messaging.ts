import type { BrokerRole } from './draft';

const publishWords = /(publish|publisher|producer|produce|emitter|emit|sender|outbound|output|writer|dispatcher|notifier)(s)?$/i;
const consumeWords =
  /(consume|consumer|subscriber|subscribe|subscription|listener|listen|handler|inbound|input|reader|receiver|processor|worker|group[-_]?id|consumer[-_]?group)(s)?$/i;

/**
 * The broker role a setting's path shows: "RabbitMQPublisher.Host" and "spring.kafka.producer" publish,
 * "RabbitMQHandler.Host", "spring.kafka.consumer.group-id" and "KAFKA_CONSUMER_GROUP" consume.
 * Each part of the path is read, the nearest first.
 */
export function brokerRoleOf(path: string): BrokerRole | undefined {
  const parts = path.split(/[.:/]|__/).reverse();
  for (const part of parts) {
    for (const word of part.split(/[_-]/).reverse()) {
      if (consumeWords.test(word)) return 'consume';
      if (publishWords.test(word)) return 'publish';
    }
    if (consumeWords.test(part)) return 'consume';
    if (publishWords.test(part)) return 'publish';
  }
  return undefined;
}

/** A command line's flags that say what the process does with a broker ("--consumer", "celery worker"). */
export function commandRoleOf(command: string): BrokerRole | undefined {
  if (/(^|\s)(--?(consume|consumer|subscribe|listen|worker)\b|worker\b|consume\b|subscribe\b)/i.test(command)) return 'consume';
  if (/(^|\s)(--?(publish|producer|produce)\b|publish\b|produce\b)/i.test(command)) return 'publish';
  return undefined;
}

/** The role a component's name suggests ("payment-consumer", "order-events-publisher"), if any. */
export function nameRoleOf(name: string): BrokerRole | undefined {
  const words = name.toLowerCase().split(/[^a-z0-9]+/);
  if (
    words.some(
      (w) =>
        /^(consumer|subscriber|listener|handler|eventhandler|processor|worker|sink|master)$/.test(w) ||
        /(consumer|handler|listener|subscriber|worker)$/.test(w),
    )
  )
    return 'consume';
  if (words.some((w) => /^(publisher|producer|emitter|sender|scheduler)$/.test(w) || /(publisher|producer|emitter)$/.test(w))) return 'publish';
  return undefined;
}

/** Setting names that name topics or routing keys (not queues: a consumer's own queue is not a topic). */
export function isTopicKey(key: string): boolean {
  return /(^|[_.-])(topic|topics|routing[-_]?key|routingkeys|destination|subject|subjects|channel|stream)$/i.test(key);
}
