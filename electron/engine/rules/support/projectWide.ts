import type { Severity } from '../../../../shared/model/review';
import type { EvidenceValue, RuleReport } from '../../types';
import { listFirst } from './text';

/** Names a project-wide message lists before it counts the rest ("a, b, … f and 4 more"). */
export const LISTED = 6;

const rank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * The members of one project-wide finding: hygiene a reviewer raises once for the system
 * ("eight components have no alerts: …"), not once per component. Collects every member's id as
 * a target, the labels of the first few for the message, and the highest severity any member
 * would have had on its own. Members are added in one pass; nothing is sorted.
 */
export class ProjectWide {
  readonly ids: string[] = [];
  private readonly labels: string[] = [];
  private highest: Severity | undefined;

  /** Whether the next member is named in the message, so its label is worth building. */
  get listing(): boolean {
    return this.ids.length < LISTED;
  }

  get size(): number {
    return this.ids.length;
  }

  /** `label` is read only while `listing`; pass it then (building it for every member is waste). */
  add(id: string, label: string | undefined, severity: Severity): void {
    if (this.ids.length < LISTED) this.labels.push(label ?? id);
    this.ids.push(id);
    if (this.highest === undefined || rank[severity] > rank[this.highest]) this.highest = severity;
  }

  /** "a, b and c", or "a, b, c, d, e, f and 4 more". */
  names(): string {
    return listFirst(this.labels, this.ids.length, LISTED);
  }

  /**
   * The finding: every member a target, keyed by the rule id alone so its review state survives
   * members being added and removed; a severity only where it differs from the rule's default.
   */
  report(ruleSeverity: Severity, message: string, evidence: Readonly<Record<string, EvidenceValue>>, extra: Partial<RuleReport> = {}): RuleReport {
    const severity = this.highest !== undefined && this.highest !== ruleSeverity ? this.highest : undefined;
    return { components: this.ids, keyTargets: [], message, evidence, ...(severity === undefined ? {} : { severity }), ...extra };
  }
}
