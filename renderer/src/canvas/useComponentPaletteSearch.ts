import { useLatest } from '../react/useLatest';
import { useCallback } from 'react';
import { useEditor } from '../project/EditorContext';
import { useCommandSearch, type Command } from '../palette/commands';
import { searchComponents } from './componentSearch';

const fieldWords = { name: '', kind: 'kind', technology: 'technology', tag: 'tag' } as const;

/** The command palette finds components too: "Go to <name>" selects it and zooms to it. */
export function useComponentPaletteSearch(): void {
  const editor = useEditor();
  // Searched when the palette's query changes, against the project of the latest render.
  const latest = useLatest(editor);
  const search = useCallback(
    (query: string): Command[] => {
      const { project, focus } = latest();
      return searchComponents(project.components, query, 8).map((match) => ({
        id: `canvas.goto.${match.id}`,
        label: `Go to ${match.name}`,
        group: 'Components',
        // Spotlight filters by label and keywords: the query itself keeps a match on kind, technology or tag.
        keywords: [query, match.text, fieldWords[match.field]],
        run: () => focus([match.id]),
      }));
    },
    [latest],
  );
  useCommandSearch(search);
}
