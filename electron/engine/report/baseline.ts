import type { Finding } from '../../../shared/model/finding';
import type { CheckResult } from '../../../shared/ipc/contract';

/** A check set against the check of a baseline (check --baseline), by finding key. */
export interface BaselineComparison {
  /** Findings the baseline does not have, in priority order. */
  readonly newFindings: Finding[];
  readonly newKeys: ReadonlySet<string>;
  /** How many findings the baseline has too. */
  readonly unchanged: number;
  /** The baseline's findings that no longer occur, in the baseline's priority order. */
  readonly absent: Finding[];
}

/**
 * Which findings are new relative to a baseline. Matched by key (rule id + target ids), the key
 * review state attaches to: a finding whose figures or severity moved is the same finding, so
 * CI fails only on what a change introduced.
 */
export function compareWithBaseline(current: CheckResult, baseline: CheckResult): BaselineComparison {
  const before = new Set(baseline.findings.map((f) => f.key));
  const now = new Set(current.findings.map((f) => f.key));
  const newFindings = current.findings.filter((f) => !before.has(f.key));
  return {
    newFindings,
    newKeys: new Set(newFindings.map((f) => f.key)),
    unchanged: current.findings.length - newFindings.length,
    absent: baseline.findings.filter((f) => !now.has(f.key)),
  };
}
