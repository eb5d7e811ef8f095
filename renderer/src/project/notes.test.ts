import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { Project } from '../../../shared/model/project';
import { removeItems } from './edits';
import { addNote, removeNotes, updateNote } from './notes';

describe('notes', () => {
  it('adds, edits and removes a note in the layout, leaving the domain model alone, and stays a valid project', () => {
    const m = new ModelBuilder();
    m.component('api', 'service');
    const project = m.build();
    const { project: withNote, id } = addNote(project, { x: 10.4, y: 20.6 }, 'Owned by the payments team');
    expect(withNote.layout.notes![id]).toEqual({ x: 10, y: 21, width: 220, height: 96, text: 'Owned by the payments team' });
    expect(withNote.components).toBe(project.components);
    expect(Project.safeParse(withNote).success).toBe(true);
    const edited = updateNote(withNote, id, { text: 'Moves to EU in Q3', width: 300.2 });
    expect(edited.layout.notes![id]).toMatchObject({ text: 'Moves to EU in Q3', width: 300 });
    const removed = removeNotes(edited, new Set([id]));
    expect(removed.layout).not.toHaveProperty('notes');
    expect(removeItems(edited, [id]).layout).not.toHaveProperty('notes');
  });
});
