import type { Note } from '../../../shared/model/layout';
import { newId, type NoteId } from '../../../shared/model/ids';
import type { Project } from '../../../shared/model/project';

/**
 * Free-text notes on the canvas: annotations for the people reading the diagram ("owned by the
 * payments team", "moving to EU in Q3"). They live in the layout, beside the positions, and never
 * in the domain model: no rule or analysis reads them.
 */
export const NOTE_SIZE = { width: 220, height: 96 } as const;

export function notesOf(project: Project): Readonly<Record<string, Note>> {
  return project.layout.notes ?? {};
}

export function addNote(project: Project, at: { x: number; y: number }, text = ''): { project: Project; id: string } {
  const id: string = newId<NoteId>();
  const note: Note = { x: Math.round(at.x), y: Math.round(at.y), ...NOTE_SIZE, text };
  return { id, project: { ...project, layout: { ...project.layout, notes: { ...notesOf(project), [id]: note } } } };
}

export function updateNote(project: Project, id: string, change: Partial<Note>): Project {
  const note = notesOf(project)[id];
  if (!note) return project;
  const next: Note = { ...note, ...change };
  for (const key of ['x', 'y', 'width', 'height'] as const) next[key] = Math.round(next[key]);
  return { ...project, layout: { ...project.layout, notes: { ...notesOf(project), [id]: next } } };
}

/** The project without these notes; the layout keeps no empty notes record. */
export function removeNotes(project: Project, ids: ReadonlySet<string>): Project {
  const notes = notesOf(project);
  if (![...ids].some((id) => notes[id])) return project;
  const kept = Object.fromEntries(Object.entries(notes).filter(([id]) => !ids.has(id)));
  const { notes: _old, ...layout } = project.layout;
  return { ...project, layout: Object.keys(kept).length > 0 ? { ...layout, notes: kept } : layout };
}
