import type { Project } from '../../../shared/model/project';
import type { ProjectComparison } from '../../../shared/changes/comparison';
import { diffProjects } from '../../../shared/changes/projectDiff';
import { runCheck, type CheckOptions } from '../check';
import { analysisChanges, type CheckedProject } from './analysisChanges';

export interface Compared extends ProjectComparison {
  readonly before: CheckedProject;
  readonly after: CheckedProject;
}

/**
 * Compares two versions of a project: what changed in the architecture, by id, and what that
 * does to the analysis (each side checked at its own growth factor unless options set one).
 * Pure: the same two projects give the same comparison.
 */
export function compareProjects(before: Project, after: Project, options: CheckOptions = {}): Compared {
  const old = { project: before, check: runCheck(before, options) };
  const now = { project: after, check: runCheck(after, options) };
  return { architecture: diffProjects(before, after), analysis: analysisChanges(old, now), before: old, after: now };
}
