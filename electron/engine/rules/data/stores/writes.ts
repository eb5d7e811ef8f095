import type { Connection } from '../../../types';

/** A connection that changes the data at its end: a write, or a synchronous call marked mutating. */
export function isWrite(connection: Connection): boolean {
  return connection.kind === 'write' || (connection.kind === 'sync' && connection.mutating === true);
}
