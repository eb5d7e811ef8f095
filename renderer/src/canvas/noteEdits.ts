import { createContext, useContext } from 'react';

/** What a note node asks of the canvas: store its text (as one undoable edit). */
export interface NoteEdits {
  setText(id: string, text: string): void;
}

export const NoteEditsContext = createContext<NoteEdits | null>(null);

export function useNoteEdits(): NoteEdits | null {
  return useContext(NoteEditsContext);
}
