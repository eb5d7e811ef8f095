import { useLatest } from '../react/useLatest';
import { useCallback, useRef, useState } from 'react';
import type { Project } from '../../../shared/model/project';
import { applyMoves, moveLabel, type Geometry, type Moves } from './moves';
import type { Point } from '../diagram/zones';

export interface PositionChange {
  readonly id: string;
  readonly position?: Point;
  readonly dragging?: boolean;
}

export interface DragMoves {
  /** Where the dragged items are now (absolute); empty when nothing is being dragged. */
  readonly moves: Moves;
  /** React Flow's position changes of one event. */
  onPositions(changes: readonly PositionChange[]): void;
  /** Commits moves made outside React Flow (the overview, the keyboard) as one edit. */
  commit(moves: Moves): void;
}

/**
 * A drag as React Flow reports it: positions shown live, committed as one undoable edit (moves.ts)
 * when it ends. `adjust` may move the dragged position (snapping) before it is shown.
 */
export function useDragMoves(
  project: Project,
  geometry: Geometry,
  apply: (label: string, change: (p: Project) => Project) => void,
  adjust?: (id: string, position: Point, single: boolean) => Point,
  onEnd?: () => void,
): DragMoves {
  const [moves, setMoves] = useState<Moves>(new Map());
  const live = useRef<Moves>(moves);
  const latest = useLatest({ project, geometry, apply, adjust, onEnd });

  const commit = useCallback(
    (finished: Moves) => {
      if (finished.size === 0) return;
      const { project, geometry, apply } = latest();
      apply(moveLabel(project, finished), (p) => applyMoves(p, geometry, finished));
    },
    [latest],
  );

  const onPositions = useCallback(
    (changes: readonly PositionChange[]) => {
      let next: Map<string, Point> | null = null;
      const ended: string[] = [];
      // Snapping moves one dragged item; a group keeps its own arrangement.
      const single = changes.filter((c) => c.position).length === 1;
      for (const change of changes) {
        if (change.position) {
          next ??= new Map(live.current);
          const adjust = latest().adjust;
          next.set(change.id, adjust ? adjust(change.id, change.position, single) : change.position);
        }
        if (change.dragging === false) ended.push(change.id);
      }
      if (next) live.current = next;
      if (ended.length > 0) {
        const finished = new Map<string, Point>();
        const remaining = new Map(live.current);
        for (const id of ended) {
          const p = remaining.get(id);
          if (p) finished.set(id, p);
          remaining.delete(id);
        }
        live.current = remaining;
        commit(finished);
        latest().onEnd?.();
      }
      if (next || ended.length > 0) setMoves(live.current);
    },
    [commit, latest],
  );

  return { moves, onPositions, commit };
}
