import { useStore, useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useEffectEvent, useMemo, useState, type PointerEvent } from 'react';
import type { Component } from '../../../shared/model/component';
import type { Connection } from '../../../shared/model/connection';
import type { CanvasMarks, ComponentMarks } from './canvasMarks';
import type { Point } from './flowAdapter';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../diagram/geometry';
import { overviewFill, overviewPaths, componentsInside, type OverviewLine } from './overview';
import classes from './canvas.module.css';

interface OverviewProps {
  readonly components: readonly Component[];
  readonly connections: readonly Connection[];
  /** Absolute top-left corner of every component. */
  readonly positions: ReadonlyMap<string, Point>;
  readonly selection: ReadonlySet<string>;
  readonly marks: CanvasMarks;
  /** Selection changes, merged into the current selection (as React Flow reports them). */
  readonly onSelectionChange: (changes: readonly { id: string; selected: boolean }[]) => void;
  /** Replaces the selection. */
  readonly onSelect: (ids: readonly string[]) => void;
  /** A finished drag: these components moved by this much (flow coordinates). */
  readonly onMoved: (ids: readonly string[], by: Point) => void;
}

/** A drag in progress: which components, from where, and how far they have moved so far. */
interface Drag {
  readonly pointerId: number;
  readonly ids: readonly string[];
  readonly startX: number;
  readonly startY: number;
  readonly zoom: number;
  readonly by: Point | null;
}

/** Screen pixels a press must move before it counts as a drag rather than a click. */
const DRAG_THRESHOLD = 3;
const dashes: Readonly<Record<OverviewLine, string | undefined>> = { solid: undefined, dashed: '8 5', dotted: '2 5', selected: undefined };
const userSelectionRect = (s: ReactFlowState) => s.userSelectionRect;
type SelectionRect = NonNullable<ReturnType<typeof userSelectionRect>>;

interface OverviewRectProps {
  readonly component: Component;
  readonly point: Point;
  readonly mark: ComponentMarks | undefined;
  readonly selected: boolean;
}

/**
 * One component's rectangle. Memoised on the same component, place, mark and selection objects,
 * so an edit or a check result re-renders the few rectangles it changed, not all of them.
 */
const OverviewRect = memo(function OverviewRect({ component, point, mark, selected }: OverviewRectProps) {
  const { fill, stroke } = overviewFill(component.kind, mark, selected);
  return (
    <rect
      className={classes.overviewComponent}
      x={point.x}
      y={point.y}
      width={COMPONENT_WIDTH}
      height={COMPONENT_HEIGHT}
      rx={8}
      style={{ fill, stroke }}
      data-id={component.id}
      data-testid="canvas-component"
      data-name={component.name}
      data-selected={selected || undefined}
      data-findings={mark?.badge?.ruleIds.join(' ') ?? ''}
    />
  );
});

/**
 * The overview (see overview.ts): every component and connection of a zoomed-out diagram in one
 * SVG inside the viewport. React Flow gets only the zones then: a thousand of its node wrappers,
 * each with its own drag handler and store subscriptions, cost more to build than the whole
 * overview is worth. So this layer does what React Flow did for components at this zoom: a click
 * selects (Shift, Ctrl or Cmd adds and removes), a drag moves the selection, and React Flow's
 * Shift-drag selection box selects the components it encloses.
 */
function OverviewView({ components, connections, positions, selection, marks, onSelectionChange, onSelect, onMoved }: OverviewProps) {
  const store = useStoreApi();
  const [drag, setDrag] = useState<Drag | null>(null);
  const live = useMemo(() => {
    if (!drag?.by) return positions;
    const moved = new Map(positions);
    for (const id of drag.ids) {
      const p = positions.get(id);
      if (p) moved.set(id, { x: p.x + drag.by.x, y: p.y + drag.by.y });
    }
    return moved;
  }, [positions, drag]);
  const paths = useMemo(() => overviewPaths(connections, live, selection), [connections, live, selection]);

  // React Flow's selection box (Shift-drag on the pane) knows only the nodes it holds: here the
  // zones. The components it encloses are selected from its rectangle, live as it grows.
  const box = useStore(userSelectionRect);
  // Only the box drives this; the selection it produces must not run it again.
  const selectInside = useEffectEvent((box: SelectionRect) => {
    const [x, y, zoom] = store.getState().transform;
    const inside = componentsInside(positions, { x: (box.x - x) / zoom, y: (box.y - y) / zoom, width: box.width / zoom, height: box.height / zoom });
    // Exactly the enclosed components end up selected, as React Flow does for its own nodes.
    const changes: { id: string; selected: boolean }[] = [];
    for (const id of positions.keys()) if (inside.has(id) !== selection.has(id)) changes.push({ id, selected: inside.has(id) });
    onSelectionChange(changes);
  });
  useEffect(() => {
    if (box) selectInside(box);
  }, [box]);

  const rects = components.map((component) => {
    const point = live.get(component.id);
    if (!point) return null;
    return (
      <OverviewRect key={component.id} component={component} point={point} mark={marks.components.get(component.id)} selected={selection.has(component.id)} />
    );
  });

  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    const id = (event.target as SVGElement).dataset.id;
    if (event.button !== 0 || !id) return;
    event.stopPropagation();
    const additive = event.shiftKey || event.metaKey || event.ctrlKey;
    let dragged: readonly string[];
    if (additive) {
      onSelectionChange([{ id, selected: !selection.has(id) }]);
      dragged = selection.has(id) ? [] : [...[...selection].filter((s) => positions.has(s)), id];
    } else if (selection.has(id)) {
      dragged = [...selection].filter((s) => positions.has(s));
    } else {
      onSelect([id]);
      dragged = [id];
    }
    if (dragged.length === 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ pointerId: event.pointerId, ids: dragged, startX: event.clientX, startY: event.clientY, zoom: store.getState().transform[2], by: null });
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.by && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    setDrag({ ...drag, by: { x: dx / drag.zoom, y: dy / drag.zoom } });
  };
  const onPointerEnd = (event: PointerEvent<SVGGElement>) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setDrag(null);
    if (drag.by && event.type === 'pointerup') onMoved(drag.ids, drag.by);
  };

  return (
    <ViewportPortal>
      <svg className={classes.overview} data-testid="overview">
        <g aria-hidden>
          {paths.map((path) => (
            <path
              key={path.key}
              d={path.d}
              className={classes.overviewLine}
              strokeDasharray={dashes[path.line]}
              data-selected={path.line === 'selected' || undefined}
            />
          ))}
        </g>
        <g className="nopan" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerEnd} onPointerCancel={onPointerEnd}>
          {rects}
        </g>
      </svg>
    </ViewportPortal>
  );
}

export const Overview = memo(OverviewView);
