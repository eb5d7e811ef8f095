import { defineRule } from '../../types';
import { formatNumber, formatRate } from '../../format';

/** Below this a partitioned log is more machinery than the traffic needs. */
const STREAM_THRESHOLD_PER_DAY = 100_000;
const SECONDS_PER_DAY = 86_400;

/**
 * Reports Kafka-class streams that carry fewer than ~100,000 events a day: the stated
 * messaging.eventsPerDay, else today's load on the stream × 86,400. A stream with neither
 * figure (or no traffic reaching it) is not judged.
 */
export const oversizedStreaming = defineRule({
  meta: {
    id: 'simplicity/oversized-streaming',
    checklist: 'simplicity',
    severity: 'info',
    title: 'Event stream far larger than its traffic needs',
    why: 'A partitioned log such as Kafka is built for very high event rates and long replay windows, and it costs a cluster to run, upgrade and understand. For a few thousand events a day, even ten times that is well within a plain queue or a table, so the stream adds operational load and failure modes without buying any headroom the team needs.',
    fix: "Use a simpler managed queue (or an outbox table polled by a worker) until traffic approaches the stream's range; keep the producer and consumer behind a small interface so the transport can be swapped for a stream when the volume calls for it.",
    source: { guide: 'Scalability Habits', section: 'Simplicity and the 10x Question' },
  },
  check(ctx) {
    const reports = [];
    for (const stream of ctx.project.components) {
      if (stream.kind !== 'stream') continue;
      const stated = stream.messaging?.eventsPerDay;
      const rate = ctx.index.load.get(stream.id)?.rate ?? 0;
      const perDay = stated ?? (rate > 0 ? rate * SECONDS_PER_DAY : null);
      if (perDay === null || perDay >= STREAM_THRESHOLD_PER_DAY) continue;
      const basis = stated === undefined ? ` (today's load of ${formatRate(rate)})` : '';
      reports.push({
        components: [stream.id],
        message: `${stream.name} is a Kafka-class stream for about ${formatNumber(perDay)} events a day${basis}, well below the ~${formatNumber(STREAM_THRESHOLD_PER_DAY)} a day where a partitioned log starts to pay off.`,
        evidence: { eventsPerDay: Math.round(perDay), threshold: STREAM_THRESHOLD_PER_DAY, fromLoad: stated === undefined },
      });
    }
    return reports;
  },
});
