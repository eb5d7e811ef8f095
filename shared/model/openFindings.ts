import type { FindingStatus } from './review';

/**
 * What every count of "open findings" counts (the editor's tab badge, the panel's severity
 * counts, the canvas badges, review mode, the report): findings whose status is open or planned.
 * A planned finding is still true of the design — the fix is only scheduled — so it stays in
 * the count; fixed findings and accepted risks are settled and are counted apart. Severity does
 * not matter (info notes count), and review entries whose finding no longer occurs (stale
 * waivers) are not findings at all.
 */
export const openStatuses: readonly FindingStatus[] = ['open', 'planned'];

export function isOpenFinding(finding: { readonly status: FindingStatus }): boolean {
  return finding.status === 'open' || finding.status === 'planned';
}
