import { useMemo, useRef } from 'react';
import type { Project } from '../../../shared/model/project';
import { keepSameNames, targetNames } from './findingsModel';

/**
 * Component and connection names by id (targetNames), as the same Map object for as long as no
 * name changes, so memoized lists of findings and analysis entries skip re-rendering on edits
 * that change only figures.
 */
export function useTargetNames(project: Project): ReadonlyMap<string, string> {
  const previous = useRef<ReadonlyMap<string, string> | null>(null);
  const names = useMemo(() => keepSameNames(previous.current, targetNames(project)), [project]);
  previous.current = names;
  return names;
}
