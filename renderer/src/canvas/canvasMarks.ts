import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { CheckResult } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import type { CanvasHighlight } from '../project/editorApi';
import { componentRates, findingBadges, growthUtilization, spofIds, utilizationBand, type FindingBadge, type UtilizationBand } from './highlight';

/** What the latest check marks on one component: its badge and the highlight's colouring. */
export interface ComponentMarks {
  readonly badge: FindingBadge | null;
  readonly highlight: CanvasHighlight;
  readonly band: UtilizationBand | null;
  readonly utilization: number | null;
  readonly spof: boolean;
}

export interface CanvasMarks {
  readonly components: ReadonlyMap<string, ComponentMarks>;
  /** Requests per second reaching each component today, for connection tooltips. */
  readonly rates: ReadonlyMap<string, number>;
}

const unmarked: Readonly<Record<CanvasHighlight, ComponentMarks>> = {
  findings: { badge: null, highlight: 'findings', band: null, utilization: null, spof: false },
  utilization: { badge: null, highlight: 'utilization', band: null, utilization: null, spof: false },
  spof: { badge: null, highlight: 'spof', band: null, utilization: null, spof: false },
};

function sameBadge(a: FindingBadge | null, b: FindingBadge | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.severity === b.severity && a.count === b.count && a.ruleIds.length === b.ruleIds.length && a.ruleIds.every((id, i) => id === b.ruleIds[i]);
}

function sameMarks(a: ComponentMarks, b: ComponentMarks): boolean {
  return a.highlight === b.highlight && a.band === b.band && a.utilization === b.utilization && a.spof === b.spof && sameBadge(a.badge, b.badge);
}

/** What canvasMarks reads from one check, computed once per check (edits do not change it). */
interface FromCheck {
  readonly badges: ReadonlyMap<string, FindingBadge>;
  readonly utilization: ReadonlyMap<string, number>;
  readonly spofs: ReadonlySet<string>;
  readonly rates: ReadonlyMap<string, number>;
}

const fromChecks = new WeakMap<CheckResult, FromCheck>();
const noCheck: FromCheck = { badges: new Map(), utilization: new Map(), spofs: new Set(), rates: new Map() };

function fromCheck(check: CheckResult | null): FromCheck {
  if (!check) return noCheck;
  let derived = fromChecks.get(check);
  if (!derived) {
    derived = { badges: findingBadges(check), utilization: growthUtilization(check), spofs: spofIds(check), rates: componentRates(check) };
    fromChecks.set(check, derived);
  }
  return derived;
}

/**
 * Every component's marks for this check and highlight. A component whose marks did not change
 * keeps the previous object, so only the components a check changed re-render; when none did
 * (a property edit, before its check returns), the previous marks are returned as they were.
 */
export function canvasMarks(project: Project, check: CheckResult | null, highlight: CanvasHighlight, previous: CanvasMarks | null): CanvasMarks {
  const { badges, utilization, spofs, rates } = fromCheck(check);
  const target = project.workload.targetUtilization;
  const components = new Map<string, ComponentMarks>();
  let unchanged = previous !== null && previous.rates === rates && previous.components.size === project.components.length;
  for (const component of project.components) {
    const id = component.id as string;
    const u = utilization.get(id) ?? null;
    const badge = badges.get(id) ?? null;
    const spof = spofs.has(id);
    let marks =
      badge === null && u === null && !spof
        ? unmarked[highlight]
        : { badge, highlight, band: u === null ? null : utilizationBand(u, target), utilization: u, spof };
    const before = previous?.components.get(id);
    if (before && sameMarks(before, marks)) marks = before;
    else unchanged = false;
    components.set(id, marks);
  }
  return unchanged && previous ? previous : { components, rates };
}

/**
 * The marks, outside React Flow's nodes: a check result then re-renders the components whose
 * marks changed and nothing else, instead of handing React Flow 1,000 changed nodes (each node
 * wrapper re-rendering with all its hooks) after every check of a large diagram.
 */
export class MarksStore {
  private marks: CanvasMarks = { components: new Map(), rates: new Map() };
  private readonly listeners = new Set<() => void>();

  current(): CanvasMarks {
    return this.marks;
  }

  set(marks: CanvasMarks): void {
    if (marks === this.marks) return;
    this.marks = marks;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const MarksContext = createContext<MarksStore | null>(null);

function useMarksStore(): MarksStore {
  const store = useContext(MarksContext);
  if (!store) throw new Error('canvas marks used outside <MarksContext>');
  return store;
}

/** One component's marks; re-renders only when they change. */
export function useComponentMarks(id: string): ComponentMarks {
  const store = useMarksStore();
  const snapshot = useCallback(() => store.current().components.get(id) ?? unmarked.findings, [store, id]);
  return useSyncExternalStore(store.subscribe, snapshot);
}

/** Requests per second reaching a component today, or null when no check has reached it. */
export function useComponentRate(id: string): number | null {
  const store = useMarksStore();
  const snapshot = useCallback(() => store.current().rates.get(id) ?? null, [store, id]);
  return useSyncExternalStore(store.subscribe, snapshot);
}
