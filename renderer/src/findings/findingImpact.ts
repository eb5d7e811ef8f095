import type { Finding } from '../../../shared/model/finding';

export type ImpactRisk = 'outage' | 'capacity' | 'data-loss' | 'hygiene';

/** What the agenda shows of a finding's impact estimate: the kind of risk and one line for the meeting. */
export interface AgendaImpact {
  readonly risk: ImpactRisk | null;
  readonly summary: string;
}

export const riskLabel: Record<ImpactRisk, string> = {
  outage: 'Outage',
  capacity: 'Capacity',
  'data-loss': 'Data loss',
  hygiene: 'Hygiene',
};

const risks = new Set<string>(Object.keys(riskLabel));

/**
 * The impact estimate the engine attaches to a finding, or null while it attaches none: read
 * defensively, so the panel works against engines with and without impact estimates.
 */
export function impactOf(finding: Finding): AgendaImpact | null {
  const impact: unknown = (finding as Record<string, unknown>)['impact'];
  if (typeof impact !== 'object' || impact === null) return null;
  const { risk, summary } = impact as { risk?: unknown; summary?: unknown };
  if (typeof summary !== 'string' || summary.trim() === '') return null;
  return { risk: typeof risk === 'string' && risks.has(risk) ? (risk as ImpactRisk) : null, summary };
}
