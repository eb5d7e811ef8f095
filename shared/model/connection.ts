import { z } from 'zod';
import { ComponentId, ConnectionId } from './ids';

/**
 * sync: request/response call. async: a message (producer → queue, and queue → consumer).
 * read/write: synchronous data access to a store. replication: store → replica copy.
 */
export const ConnectionKind = z.enum(['sync', 'async', 'read', 'write', 'replication']);
export type ConnectionKind = z.infer<typeof ConnectionKind>;

export const Retries = z.strictObject({
  max: z.int().min(0).max(100),
  backoff: z.enum(['none', 'fixed', 'exponential']).optional(),
  jitter: z.boolean().optional(),
});
export type Retries = z.infer<typeof Retries>;

export const Connection = z.strictObject({
  id: ConnectionId,
  from: ComponentId,
  to: ComponentId,
  kind: ConnectionKind,
  protocol: z.string().max(100).optional(),
  description: z.string().max(2000).optional(),
  /**
   * Calls (or messages) made to `to` per request (or message) `from` handles: the fan-out.
   * Default 1. 0: never on a request (a call made at start-up or on a schedule).
   */
  callsPerRequest: z.number().min(0).max(10_000).optional(),
  /**
   * hard: `from` fails when `to` fails. soft: `from` carries on without it. startup: `from` needs
   * it only to start (registration, configuration), so it is on no request path. Default hard
   * for sync/read/write.
   */
  dependency: z.enum(['hard', 'soft', 'startup']).optional(),
  /** Connections from one component sharing a group are alternatives: any one suffices. */
  alternativeGroup: z.string().min(1).max(100).optional(),
  /** `from` degrades gracefully when `to` fails. */
  fallback: z.boolean().optional(),
  timeoutMs: z.number().positive().max(86_400_000).optional(),
  retries: Retries.optional(),
  circuitBreaker: z.boolean().optional(),
  /** The call mutates state (a write, a POST). */
  mutating: z.boolean().optional(),
  /** The call is safe to repeat (idempotency key or naturally idempotent). */
  idempotent: z.boolean().optional(),
  /** A cache that absorbs part of these calls (its hit ratio applies). */
  cachedBy: ComponentId.optional(),
  /**
   * Async connections to or from a queue or stream: the topics (event names, routing keys) the
   * producer publishes, or the consumer subscribes to. Unstated: all of the broker's topics.
   */
  topics: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
});
export type Connection = z.infer<typeof Connection>;
