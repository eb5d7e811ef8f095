import type { CheckResult } from '../../shared/ipc/contract';
import { encodeCheckReply, type CheckReply } from '../../shared/ipc/checkReply';
import { AppError } from '../../shared/ipc/errors';
import { applyProjectChanges, type ProjectChanges } from '../../shared/ipc/projectChanges';
import type { Project } from '../../shared/model/project';
import { runCheck } from '../engine/check';

/**
 * How many recent checks the host keeps as bases for relative requests and replies: one per
 * editor window or tab checking at the same time, with room to spare. An evicted base only costs
 * one request with the whole project and one whole reply.
 */
const keptChecks = 4;

/** A validated check:run input: the whole project, or changes to the project of check `since`. */
export interface CheckInput {
  readonly project?: Project;
  readonly changes?: ProjectChanges;
  readonly growthFactor?: number;
  readonly since?: string;
}

/**
 * check:run with relative requests and replies: remembers the last few checks (project and
 * result) by id, so a caller that sends `since` may send only its changes to that project and
 * gets only what changed in the result (shared/ipc/projectChanges.ts, shared/ipc/checkReply.ts).
 */
export function createCheckReplies(): (input: CheckInput) => CheckReply {
  // Ids from an earlier run of the host must never match this one's checks.
  const run = globalThis.crypto.randomUUID();
  let count = 0;
  const recent = new Map<string, { project: Project; result: CheckResult }>();
  return ({ project, changes, growthFactor, since }) => {
    const held = since !== undefined ? recent.get(since) : undefined;
    const checked = project ?? projectFromChanges(changes, held?.project);
    const result = runCheck(checked, growthFactor !== undefined ? { growthFactor } : {});
    const id = `${run}:${++count}`;
    recent.set(id, { project: checked, result });
    // Map order is insertion order: the first key is the oldest check.
    for (const oldest of recent.keys()) {
      if (recent.size <= keptChecks) break;
      recent.delete(oldest);
    }
    return encodeCheckReply(result, id, held && since !== undefined ? { id: since, result: held.result } : undefined);
  };
}

function projectFromChanges(changes: ProjectChanges | undefined, before: Project | undefined): Project {
  if (!changes) throw new AppError('INVALID_INPUT', 'The request to check:run has neither a project nor changes to one.');
  if (!before) throw new AppError('NOT_FOUND', 'The check these changes refer to is no longer held: send the whole project.');
  const applied = applyProjectChanges(changes, before);
  if (!applied.ok) throw new AppError('INVALID_INPUT', 'The request to check:run is not valid.', applied.problems);
  return applied.project;
}
