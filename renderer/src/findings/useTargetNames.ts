import { useMemo, useRef } from 'react';
import type { Project } from '../../../shared/model/project';
import { connectionSources, keepSameNames, targetNames } from './findingsModel';

/**
 * Component and connection names by id (targetNames), as the same Map object for as long as no
 * name changes, so memoized lists of findings and analysis entries skip re-rendering on edits
 * that change only figures.
 */
export function useTargetNames(project: Project): ReadonlyMap<string, string> {
  return useStableMap(project, targetNames);
}

/** Each connection's source component (connectionSources), the same Map while no connection is added, removed or re-sourced. */
export function useConnectionSources(project: Project): ReadonlyMap<string, string> {
  return useStableMap(project, connectionSources);
}

function useStableMap(project: Project, derive: (project: Project) => Map<string, string>): ReadonlyMap<string, string> {
  const previous = useRef<ReadonlyMap<string, string> | null>(null);
  const map = useMemo(() => keepSameNames(previous.current, derive(project)), [project, derive]);
  previous.current = map;
  return map;
}
