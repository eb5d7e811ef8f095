import type { Connection } from '../../../shared/model/connection';

const small = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });
const large = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** Calls per request as a reader expects it: 0.05 stays 0.05 (not 0.1), 2.5 is 2.5, 1200 is 1,200. */
export function formatCalls(calls: number): string {
  return (calls < 1 ? small : large).format(calls);
}

export function formatFanOut(calls: number): string {
  return `×${formatCalls(calls)}`;
}

/** The text on a connection: read or write, and its fan-out when it is not one call per request. */
export function connectionLabel(connection: Pick<Connection, 'kind' | 'callsPerRequest'>): string {
  const fanOut = connection.callsPerRequest ?? 1;
  return [connection.kind === 'read' || connection.kind === 'write' ? connection.kind : null, fanOut !== 1 ? formatFanOut(fanOut) : null]
    .filter(Boolean)
    .join(' ');
}
