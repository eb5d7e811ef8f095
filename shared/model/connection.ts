import { z } from 'zod/mini';
import { ComponentId, ConnectionId } from './ids';

/**
 * sync: request/response call. async: a message (producer → queue, and queue → consumer).
 * read/write: synchronous data access to a store. replication: store → replica copy.
 */
export const ConnectionKind = z.enum(['sync', 'async', 'read', 'write', 'replication']);
export type ConnectionKind = z.infer<typeof ConnectionKind>;

export const Retries = z.strictObject({
  max: z.int().check(z.minimum(0), z.maximum(100)),
  backoff: z.optional(z.enum(['none', 'fixed', 'exponential'])),
  jitter: z.optional(z.boolean()),
});
export type Retries = z.infer<typeof Retries>;

export const Connection = z.strictObject({
  id: ConnectionId,
  from: ComponentId,
  to: ComponentId,
  kind: ConnectionKind,
  protocol: z.optional(z.string().check(z.maxLength(100))),
  description: z.optional(z.string().check(z.maxLength(2000))),
  /**
   * Calls (or messages) made to `to` per request (or message) `from` handles: the fan-out.
   * Default 1. 0: never on a request (a call made at start-up or on a schedule).
   */
  callsPerRequest: z.optional(z.number().check(z.minimum(0), z.maximum(10_000))),
  /**
   * hard: `from` fails when `to` fails. soft: `from` carries on without it. startup: `from` needs
   * it only to start (registration, configuration), so it is on no request path. Default hard
   * for sync/read/write.
   */
  dependency: z.optional(z.enum(['hard', 'soft', 'startup'])),
  /** Connections from one component sharing a group are alternatives: any one suffices. */
  alternativeGroup: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** `from` degrades gracefully when `to` fails. */
  fallback: z.optional(z.boolean()),
  timeoutMs: z.optional(z.number().check(z.positive(), z.maximum(86_400_000))),
  retries: z.optional(Retries),
  circuitBreaker: z.optional(z.boolean()),
  /** The call mutates state (a write, a POST). */
  mutating: z.optional(z.boolean()),
  /** The call is safe to repeat (idempotency key or naturally idempotent). */
  idempotent: z.optional(z.boolean()),
  /** A cache that absorbs part of these calls (its hit ratio applies). */
  cachedBy: z.optional(ComponentId),
  /**
   * Async connections to or from a queue or stream: the topics (event names, routing keys) the
   * producer publishes, or the consumer subscribes to. Unstated: all of the broker's topics.
   */
  topics: z.optional(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(200))),
});
export type Connection = z.infer<typeof Connection>;
