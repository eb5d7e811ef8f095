import type { Project } from '../../shared/model/project';
import type { Component } from '../../shared/model/component';
import type { Connection } from '../../shared/model/connection';
import type { Checklist, GuideReference } from '../../shared/model/finding';
import type { Severity } from '../../shared/model/review';
import type { Analyses } from '../../shared/model/analysis';
import type { ProjectGraph } from './graph';
import type { AnalysisIndex } from './analysisIndex';
import type { SynchronousGraph } from './synchronousGraph';
import type { effectiveCapacity, effectiveDeployment } from '../../shared/model/defaults';

/** A rule's metadata: the single source of its docs in the app, the CLI and docs/rules/. */
export interface RuleMeta {
  /** `<checklist>/<name>`, matching the file name. */
  readonly id: string;
  readonly checklist: Checklist;
  readonly severity: Severity;
  readonly title: string;
  /** Why it matters, in our own words. */
  readonly why: string;
  /** How to fix it, in our own words. */
  readonly fix: string;
  /** The guide and section the advice comes from (cited, never quoted). */
  readonly source: GuideReference;
}

/** What a rule's check sees. Everything is precomputed once per check and shared by all rules. */
export interface RuleContext {
  readonly project: Project;
  readonly graph: ProjectGraph;
  readonly analyses: Analyses;
  /** Analyses keyed by component id for O(1) look-ups. */
  readonly index: AnalysisIndex;
  readonly growthFactor: number;
  /**
   * Per project connection (same order), the numbers of its `from` and `to` components in
   * graph.indexOf, -1 when missing: walks over the whole graph need no id look-ups.
   */
  readonly connectionEnds: { readonly from: Int32Array; readonly to: Int32Array };
  /** Synchronous and hard-dependency adjacency, filtered once and shared by the rules that walk it. */
  readonly sync: SynchronousGraph;
  /** effectiveCapacity of a component, as the analyses resolved it (kind defaults applied once per check). */
  readonly capacityOf: (component: Component) => ReturnType<typeof effectiveCapacity>;
  /** effectiveDeployment of a component, as the analyses resolved it. */
  readonly deploymentOf: (component: Component) => ReturnType<typeof effectiveDeployment>;
  /** The primary a replica copies (see analyses/replicas.ts), else undefined. */
  readonly replicaOf: (componentId: string) => string | undefined;
  /** Read replicas of a store: stated in data.readReplicas plus those drawn as components. */
  readonly readReplicasOf: (componentId: string) => number;
}

export type EvidenceValue = number | string | boolean | null;

/**
 * What a rule reports; the engine adds key, severity, status and metadata. The finding keeps the
 * report's arrays and evidence object as they are, so build them fresh for each report and do
 * not change them after returning.
 */
export interface RuleReport {
  readonly components?: readonly string[];
  readonly connections?: readonly string[];
  /**
   * The ids that make up the finding's key, when not all of its targets: a finding that groups
   * many targets (every call of one component, every store of the project) keeps its key, and so
   * its review state, while members come and go. An empty list keys it by the rule id alone.
   */
  readonly keyTargets?: readonly string[];
  /** Names the components involved; plain text. */
  readonly message: string;
  readonly evidence?: Readonly<Record<string, EvidenceValue>>;
  /** Figures taken from kind defaults, e.g. "orders-db capacity (database default 2,000/s)". */
  readonly assumed?: readonly string[];
  /** A severity other than the rule's default for this report (e.g. error past a threshold). */
  readonly severity?: Severity;
}

export interface Rule {
  readonly meta: RuleMeta;
  readonly check: (context: RuleContext) => readonly RuleReport[];
}

/**
 * Declares a rule; exists so every rule module has the same shape (ESLint's createRule).
 * Rules walk the project's components and connections with indexed loops rather than for-of: a
 * check calls each rule once, so for its first few dozen checks V8 runs a rule in its lower tiers,
 * where for-of allocates an iterator result per element (40 KB per loop at 1,000 components).
 */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { Component, Connection };
