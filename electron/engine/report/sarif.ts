import type { Project } from '../../../shared/model/project';
import type { Finding, RuleDoc } from '../../../shared/model/finding';
import type { CheckResult } from '../../../shared/ipc/contract';
import { itemAt } from '../../../shared/base/itemAt';

/** SARIF 2.1.0 levels for our severities. */
const level = { error: 'error', warning: 'warning', info: 'note' } as const;

export interface SarifOptions {
  /** The project file as named on the command line (forward slashes), for locations. */
  readonly fileUri: string;
  /** The project file's text, to find the line of each target's id. */
  readonly text: string;
  /** Absolute URI of the docs/rules/ folder, ending with '/'. */
  readonly docsBaseUri: string;
  readonly version: string;
  /** Compared with a baseline (check --baseline): each result's baselineState, and the baseline's findings now gone. */
  readonly baseline?: SarifBaseline;
}

export interface SarifBaseline {
  /** Keys of the findings the baseline does not have; every other result is unchanged. */
  readonly newKeys: ReadonlySet<string>;
  /** Findings of the baseline that no longer occur, reported with baselineState "absent". */
  readonly absent: readonly Finding[];
  /** Component names of the baseline, for the absent results. */
  readonly absentNames: ReadonlyMap<string, string>;
}

/** Line (1-based) of the `"id": "<id>"` declaration of each component or connection in the file. */
function idLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const pattern = /"id"\s*:\s*"([0-9a-fA-F-]{36})"/g;
  let line = 1;
  let from = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    for (let i = from; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    from = match.index;
    if (!lines.has(itemAt(match, 1))) lines.set(itemAt(match, 1), line);
  }
  return lines;
}

/**
 * The check result as a SARIF 2.1.0 log, which code hosts show on pull requests: one rule per
 * rule doc (help from our docs), one result per finding located at its first target's id in the
 * project file, with the finding key as a partial fingerprint so hosts track it across commits.
 * Results keep the check's priority order; each carries its priority (1 = first) and impact in
 * its properties and the impact score as its rank. Accepted risks are reported as suppressed,
 * with their rationale. Against a baseline, each result carries its baselineState (new or
 * unchanged, by finding key), and the baseline's findings that no longer occur follow as
 * "absent", so code hosts annotate only what the change introduced.
 */
export function formatSarif(project: Project, result: CheckResult, docs: readonly RuleDoc[], options: SarifOptions): object {
  const lines = idLines(options.text);
  const ruleIndex = new Map(docs.map((d, i) => [d.id, i]));
  const names = new Map(project.components.map((c) => [c.id as string, c.name]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Tenfold',
            version: options.version,
            rules: docs.map((doc) => ({
              id: doc.id,
              name: doc.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
              shortDescription: { text: doc.title },
              fullDescription: { text: doc.why },
              help: { text: `${doc.fix} (Source: ${doc.source.guide}, ${doc.source.section}.)` },
              helpUri: `${options.docsBaseUri}${doc.id}.md`,
              defaultConfiguration: { level: level[doc.severity] },
              properties: { tags: [doc.checklist] },
            })),
          },
        },
        artifacts: [{ location: { uri: options.fileUri } }],
        results: [
          ...result.findings.map((finding, i) => withState(sarifResult(names, finding, i + 1, ruleIndex, lines, options.fileUri), finding, options.baseline)),
          ...(options.baseline?.absent ?? []).map((finding) => ({
            ...sarifResult(options.baseline!.absentNames, finding, null, ruleIndex, noLines, options.fileUri),
            baselineState: 'absent',
          })),
        ],
      },
    ],
  };
}

const noLines: ReadonlyMap<string, number> = new Map();

function withState(result: object, finding: Finding, baseline: SarifBaseline | undefined): object {
  return baseline === undefined ? result : { ...result, baselineState: baseline.newKeys.has(finding.key) ? 'new' : 'unchanged' };
}

/** One result; priority null for a finding of the baseline that no longer occurs. */
function sarifResult(
  names: ReadonlyMap<string, string>,
  finding: Finding,
  priority: number | null,
  ruleIndex: ReadonlyMap<string, number>,
  lines: ReadonlyMap<string, number>,
  fileUri: string,
): object {
  const target = finding.targets.components[0] ?? finding.targets.connections[0];
  const line = target === undefined ? undefined : lines.get(target);
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: level[finding.severity],
    // SARIF's own "priority or importance" figure, 0–100 like the impact score.
    rank: finding.impact.score,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri, index: 0 },
          ...(line === undefined ? {} : { region: { startLine: line } }),
        },
        logicalLocations: finding.targets.components.map((id) => ({ name: names.get(id) ?? id, fullyQualifiedName: id, kind: 'component' })),
      },
    ],
    partialFingerprints: { 'tenfoldFindingKey/v1': finding.key },
    ...(finding.status === 'accepted-risk'
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.review?.rationale ?? 'accepted risk' }] }
      : {}),
    properties: {
      ...(priority === null ? {} : { priority }),
      impact: finding.impact,
      status: finding.status,
      checklist: finding.checklist,
      evidence: finding.evidence,
    },
  };
}
