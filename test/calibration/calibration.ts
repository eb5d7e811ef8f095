import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProjectFile } from '../../shared/model/projectFile';
import { runCheck } from '../../electron/engine/check';
import type { Finding } from '../../shared/model/finding';
import type { CheckResult } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';

/**
 * Calibration against real systems: each of test/fixtures/<system>.tenfold.json is our model of a
 * system in ../shared/fixtures, and <system>.review.json lists, in our words, what an experienced
 * reviewer flags on it and which findings would raise each point. docs/agenda.md (Calibration) sets the bar: most
 * flags near the top of the agenda, few findings per flag, no figure a real system cannot reach.
 */
export const calibrationSystems = ['sock-shop', 'teastore', 'pitstop', 'bank-of-anthos', 'bookinfo', 'train-ticket'] as const;

export interface ReviewMatch {
  readonly rules: readonly string[];
  /** Component names; a finding must target one of them. Empty: any finding of the rule. */
  readonly components: readonly string[];
}

export interface ReviewFlag {
  readonly id: string;
  readonly summary: string;
  readonly expressible: boolean;
  readonly matches: readonly ReviewMatch[];
}

export interface SystemCalibration {
  readonly system: string;
  readonly flags: number;
  readonly expressible: number;
  /** Expressible flags some finding raises, with the best (lowest) agenda position, 1-based. */
  readonly found: readonly { id: string; rank: number }[];
  readonly missed: readonly string[];
  readonly inTop25: number;
  readonly findings: number;
  /** Figures in findings' evidence and in the load and growth analyses above 10,000,000. */
  readonly absurd: readonly string[];
  readonly result: CheckResult;
  readonly project: Project;
}

/** The largest figure a real system could reach in a finding or an analysis. */
export const FIGURE_LIMIT = 10_000_000;

const folder = join(import.meta.dirname, '..', 'fixtures');

export function calibrate(system: string): SystemCalibration {
  const review = JSON.parse(readFileSync(join(folder, `${system}.review.json`), 'utf8')) as { model: string; flags: ReviewFlag[] };
  const project = parseProjectFile(readFileSync(join(folder, review.model), 'utf8'), review.model);
  const result = runCheck(project, { today: '2026-12-01' });
  const nameOf = new Map(project.components.map((c) => [c.id as string, c.name]));
  const raises = (finding: Finding, match: ReviewMatch) =>
    match.rules.includes(finding.ruleId) &&
    (match.components.length === 0 || finding.targets.components.some((id) => match.components.includes(nameOf.get(id) ?? '')));
  const found: { id: string; rank: number }[] = [];
  const missed: string[] = [];
  const expressible = review.flags.filter((flag) => flag.expressible);
  for (const flag of expressible) {
    const rank = result.findings.findIndex((finding) => flag.matches.some((match) => raises(finding, match)));
    if (rank < 0) missed.push(flag.id);
    else found.push({ id: flag.id, rank: rank + 1 });
  }
  return {
    system,
    flags: review.flags.length,
    expressible: expressible.length,
    found,
    missed,
    inTop25: found.filter((flag) => flag.rank <= 25).length,
    findings: result.findings.length,
    absurd: absurdFigures(result, nameOf),
    result,
    project,
  };
}

function absurdFigures(result: CheckResult, nameOf: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const check = (where: string, value: number | null) => {
    if (value !== null && Math.abs(value) > FIGURE_LIMIT) out.push(`${where} = ${value}`);
  };
  for (const finding of result.findings) {
    for (const [name, value] of Object.entries(finding.evidence)) if (typeof value === 'number') check(`${finding.key} ${name}`, value);
  }
  for (const load of result.analyses.load.components) {
    check(`${nameOf.get(load.componentId)} rate`, load.rate);
    check(`${nameOf.get(load.componentId)} utilization`, load.utilization);
  }
  for (const growth of result.analyses.growth.components) {
    check(`${nameOf.get(growth.componentId)} rate at growth`, growth.rateAtGrowth);
    check(`${nameOf.get(growth.componentId)} instances needed`, growth.instancesNeeded);
  }
  return out;
}
