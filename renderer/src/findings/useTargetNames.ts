import { useState } from 'react';
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

/**
 * The map for the project as state, replaced in the render that brings a new project (React's
 * pattern for state derived from the previous render): only this hook's caller runs again, before
 * its children render, and keeps the previous map when no name changed.
 */
function useStableMap(project: Project, derive: (project: Project) => Map<string, string>): ReadonlyMap<string, string> {
  const [held, setHeld] = useState<{ readonly project: Project; readonly map: ReadonlyMap<string, string> }>(() => ({ project, map: derive(project) }));
  if (held.project === project) return held.map;
  const map = keepSameNames(held.map, derive(project));
  setHeld({ project, map });
  return map;
}
