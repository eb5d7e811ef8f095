import type { Project } from '../model/project';
import type { RevisionId } from '../model/ids';
import type { AppErrorShape } from './errors';
import type { TenfoldApi } from './api';
import { projectChanges } from './projectChanges';

/** The calls an editor saves with (the API's methods for them). */
export type SaveApi = Pick<TenfoldApi, 'projects:save' | 'projects:revisions'>;

export type SaveOutcome =
  | { readonly status: 'saved'; readonly revisionId: RevisionId; readonly savedAt: string }
  /** Another window or process saved the project after `since`; nothing was written. */
  | { readonly status: 'conflict'; readonly message: string }
  | { readonly status: 'failed'; readonly error: AppErrorShape };

function outcome(result: Awaited<ReturnType<SaveApi['projects:save']>>): SaveOutcome {
  if (result.ok) return { status: 'saved', ...result.value };
  if (result.error.code === 'REVISION_CONFLICT') return { status: 'conflict', message: result.error.message };
  return { status: 'failed', error: result.error };
}

/**
 * Autosaves `project`, made by editing `base` (stored as revision `since`), as the changes to it; when
 * the host cannot apply them (that revision is gone, or they do not validate on it), as the whole
 * project based on `since`. Either way a newer revision saved elsewhere refuses the save.
 */
export async function saveEdits(api: SaveApi, project: Project, base: Project, since: RevisionId, summary?: string): Promise<SaveOutcome> {
  const text = { autosave: true, ...(summary !== undefined ? { summary } : {}) };
  const relative = await api['projects:save']({ changes: projectChanges(project, base), since, ...text });
  if (relative.ok || (relative.error.code !== 'NOT_FOUND' && relative.error.code !== 'INVALID_INPUT')) return outcome(relative);
  return outcome(await api['projects:save']({ project, basedOn: since, ...text }));
}

/**
 * Resolves a conflict by keeping this editor's project: saved whole as a new revision on top of
 * the latest one, which stays in the history. Another save arriving meanwhile is a new conflict.
 */
export async function keepAsNewRevision(api: SaveApi, project: Project): Promise<SaveOutcome> {
  const revisions = await api['projects:revisions']({ id: project.id });
  if (!revisions.ok) return { status: 'failed', error: revisions.error };
  const latest = revisions.value[0];
  const basedOn = latest ? { basedOn: latest.id } : {};
  return outcome(await api['projects:save']({ project, ...basedOn, summary: latest ? `Kept this version over revision ${latest.id}` : 'Kept this version' }));
}
