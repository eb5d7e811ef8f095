import { useEffect, useMemo, useRef, useState } from 'react';
import type { Project } from '../../../shared/model/project';
import type { ProjectComparison } from '../../../shared/changes/comparison';
import { call, CallFailed } from '../api/client';

/** A side of a comparison: the open project as it is now, a stored revision, or a project file. */
export type CompareSource =
  | { readonly kind: 'live' }
  | { readonly kind: 'revision'; readonly revisionId: number }
  | { readonly kind: 'file'; readonly name: string; readonly project: Project };

export interface Comparison {
  readonly before: Project;
  readonly after: Project;
  readonly comparison: ProjectComparison;
}

/**
 * Loads both sides (revisions from the library, once each) and compares them on the host, again
 * whenever the open project changes (a change was taken into it).
 */
export function useComparison(
  projectId: string,
  live: Project,
  before: CompareSource | null,
  after: CompareSource,
): { result: Comparison | null; loading: boolean } {
  // The comparison last received and the request it answered: loading until it answers this one.
  const request = useMemo(() => (before === null ? null : { before, after, live }), [before, after, live]);
  const [answered, setAnswered] = useState<{ readonly request: object; readonly result: Comparison | null } | null>(null);
  const revisions = useRef(new Map<number, Project>());

  useEffect(() => {
    if (request === null) return;
    const { before, after, live } = request;
    let current = true;
    const load = async (source: CompareSource): Promise<Project> => {
      if (source.kind === 'live') return live;
      if (source.kind === 'file') return source.project;
      const cached = revisions.current.get(source.revisionId);
      if (cached) return cached;
      const opened = await call('projects:revision', { id: projectId, revisionId: source.revisionId });
      revisions.current.set(source.revisionId, opened.project);
      return opened.project;
    };
    void (async () => {
      try {
        const [older, newer] = await Promise.all([load(before), load(after)]);
        const comparison = await call('projects:compare', { before: older, after: newer });
        if (current) setAnswered({ request, result: { before: older, after: newer, comparison } });
      } catch (error) {
        if (!(error instanceof CallFailed)) throw error;
        // The previous comparison stays on screen; call() has told the user what failed.
        if (current) setAnswered((previous) => ({ request, result: previous?.result ?? null }));
      }
    })();
    return () => {
      current = false;
    };
  }, [projectId, request]);

  return { result: answered?.result ?? null, loading: request !== null && answered?.request !== request };
}
