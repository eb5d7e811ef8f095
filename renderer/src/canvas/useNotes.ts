import { useCallback, useMemo, useRef, useState } from 'react';
import type { Project } from '../../../shared/model/project';
import { useEditor, useViewportBridge } from '../project/EditorContext';
import { useCommands, type Command } from '../palette/commands';
import type { FlowNode } from './flowAdapter';
import type { Moves } from './moves';
import { freeSpot } from '../project/edits';
import { addNote, updateNote } from '../project/notes';

interface Size {
  readonly width: number;
  readonly height: number;
}

/** Notes being resized: shown live, stored as one edit when the resize ends. */
export function useNoteSizes(apply: (label: string, change: (p: Project) => Project) => void): {
  live: ReadonlyMap<string, Size>;
  onResize(id: string, size: Size, resizing: boolean): void;
} {
  const [live, setLive] = useState<ReadonlyMap<string, Size>>(new Map());
  const sizes = useRef(live);
  const onResize = useCallback(
    (id: string, size: Size, resizing: boolean) => {
      const next = new Map(sizes.current);
      if (resizing) next.set(id, size);
      else {
        const last = next.get(id) ?? size;
        next.delete(id);
        apply('Resize note', (p) => updateNote(p, id, { width: last.width, height: last.height }));
      }
      sizes.current = next;
      setLive(next);
    },
    [apply],
  );
  return useMemo(() => ({ live, onResize }), [live, onResize]);
}

/** Note nodes where a drag or a resize has them now. */
export function withLiveNotes(nodes: FlowNode[], moves: Moves, sizes: ReadonlyMap<string, Size>): FlowNode[] {
  if (sizes.size === 0 && ![...moves.keys()].some((id) => nodes.some((n) => n.id === id && n.type === 'note'))) return nodes;
  return nodes.map((node) => {
    if (node.type !== 'note') return node;
    const p = moves.get(node.id);
    const size = sizes.get(node.id);
    if (!p && !size) return node;
    return {
      ...node,
      ...(p ? { position: p } : {}),
      ...(size ? { width: size.width, height: size.height, style: { width: size.width, height: size.height } } : {}),
    };
  });
}

/** "Add a note" (palette and command palette): a note in the middle of the view, selected, ready to type in. */
export function useNoteCommands(select: (ids: readonly string[]) => void): () => void {
  const { apply } = useEditor();
  const bridge = useViewportBridge();
  const add = useCallback(() => {
    const at = bridge.center() ?? { x: 0, y: 0 };
    let id = '';
    apply('Add note', (p) => {
      // Beside the component in the middle of the view, not over it.
      const added = addNote(p, freeSpot(p, at));
      id = added.id;
      return added.project;
    });
    if (id) select([id]);
  }, [apply, bridge, select]);
  const commands = useMemo<Command[]>(
    () => [{ id: 'canvas.addNote', label: 'Add a note', group: 'Add component', keywords: ['text', 'comment', 'annotation', 'sticky'], run: add }],
    [add],
  );
  useCommands(commands);
  return add;
}
