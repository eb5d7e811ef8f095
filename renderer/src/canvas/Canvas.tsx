import { Button, Group, Loader, Paper, Text, useComputedColorScheme } from '@mantine/core';
import {
  Background,
  ConnectionLineType,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection as FlowConnection,
  type EdgeChange,
  type NodeChange,
  type ReactFlowState,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { IconMaximize } from '@tabler/icons-react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent } from 'react';
import { ComponentKind } from '../../../shared/model/component';
import { newConnectionKind } from '../../../shared/model/newConnectionKind';
import { useCheckState, useEditor } from '../project/EditorContext';
import { addComponent, connect, updateComponent } from '../project/edits';
import { canvasMarks, MarksContext, MarksStore } from './canvasMarks';
import { CanvasSearch } from './CanvasSearch';
import { ComponentNode } from './ComponentNode';
import { ConnectionEdge } from './ConnectionEdge';
import { createFlowCache, toFlow, withLiveGeometry, type FlowNode } from './flowAdapter';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../diagram/geometry';
import { KIND_DRAG_TYPE } from './KindPalette';
import { liveGeometry } from './moves';
import { overviewBelow } from './overview';
import { Overview } from './Overview';
import { RoutesContext } from './routing/routesStore';
import { useRoutes } from './routing/useRoutes';
import { useCanvasAttributes } from './useCanvasAttributes';
import { useCanvasSelection } from './useCanvasSelection';
import { MIN_ZOOM, useCanvasViewport } from './useCanvasViewport';
import { useDragMoves, type PositionChange } from './useDragMoves';
import { ZoneNode } from './ZoneNode';
import { AlignmentGuides } from './AlignmentGuides';
import type { Rect } from './routing/geometry';
import { noGuides, snapBox, type Guides } from './snapping';
import { NoteNode } from './NoteNode';
import { NoteEditsContext, type NoteEdits } from './noteEdits';
import { updateNote } from '../project/notes';
import { RenameContext, RenameStore } from './renaming';
import { useLatest } from '../react/useLatest';
import { useCanvasKeys } from './useCanvasKeys';
import { usePictureExport } from './usePictureExport';
import { useNoteCommands, useNoteSizes, withLiveNotes } from './useNotes';
import { zoneAt, type Point } from '../diagram/zones';
import classes from './canvas.module.css';

const nodeTypes = { component: ComponentNode, zone: ZoneNode, note: NoteNode };
const edgeTypes = { connection: ConnectionEdge };
// Constant props: a new object or array on every render would make React Flow update its store
// (and re-render its subscribers) each time the editor state changes.
const multiSelectionKeys = ['Shift', 'Meta', 'Control'];
const noEdges: never[] = [];
const proOptions = { hideAttribution: true };
/** Screen pixels within which a dragged component lines up with a neighbour. */
const SNAP_PX = 6;

/**
 * The diagram: composes the adapter (flowAdapter.ts), the drag (useDragMoves, moves.ts), the
 * routes (routing/), the viewport (useCanvasViewport) and selection (useCanvasSelection) around
 * React Flow. The change logic lives in those pure modules and hooks; this file wires them.
 */
export function Canvas() {
  const { project, selection, apply, select, setView, view, layoutRunning, cancelLayout } = useEditor();
  const { check, checking } = useCheckState();
  const flowApi = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const colorScheme = useComputedColorScheme('light');
  const canvasSelection = useCanvasSelection(selection, select);

  const cache = useMemo(() => createFlowCache(), []);
  const flow = useMemo(() => toFlow(project, canvasSelection.selected, cache), [project, canvasSelection.selected, cache]);
  const geometry = useMemo(() => ({ positions: flow.positions, boxes: flow.boxes }), [flow.positions, flow.boxes]);
  // Badges and highlight colours reach the components through their own store, not as new nodes.
  const marksStore = useMemo(() => new MarksStore(), []);
  const marks = useMemo(() => canvasMarks(project, check, view.highlight, marksStore.current()), [project, check, view.highlight, marksStore]);
  useLayoutEffect(() => marksStore.set(marks), [marksStore, marks]);

  const below = overviewBelow(project.components.length);
  const overview = useStore(useCallback((s: ReactFlowState) => s.transform[2] < below, [below]));
  const { initialViewport, fit } = useCanvasViewport(wrapper, geometry);
  const fitAll = useCallback(() => fit([]), [fit]);
  useCanvasAttributes(wrapper);
  const [guides, setGuides] = useState<Guides>(noGuides);
  const adjust = useCallback(
    (id: string, position: Point, single: boolean): Point => {
      const note = project.layout.notes?.[id];
      if (!single || (!note && !geometry.positions.has(id))) return position;
      const size = note ?? { width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT };
      const zoom = flowApi.getZoom();
      // Neighbours within a screen or so: aligning with a box far off screen would look like a jump.
      const reach = 1500 / zoom;
      const others: Rect[] = [];
      for (const [other, p] of geometry.positions) {
        if (other !== id && Math.abs(p.x - position.x) < reach && Math.abs(p.y - position.y) < reach)
          others.push({ ...p, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT });
      }
      const snapped = snapBox(position, size, others, SNAP_PX / zoom);
      setGuides(snapped.guides);
      return snapped.position;
    },
    [project.layout.notes, geometry.positions, flowApi],
  );
  const endDrag = useCallback(() => setGuides(noGuides), []);
  const drag = useDragMoves(project, geometry, apply, adjust, endDrag);
  const live = useMemo(() => liveGeometry(project, geometry, drag.moves), [project, geometry, drag.moves]);
  const { store: routesStore } = useRoutes(project, geometry, live, drag.moves);
  usePictureExport(wrapper, project, geometry, routesStore);

  const noteSizes = useNoteSizes(apply);
  const nodes = useMemo(() => {
    const moved = withLiveNotes(withLiveGeometry(flow.nodes, geometry, live), drag.moves, noteSizes.live);
    // Zoomed far out, the overview draws the components; React Flow holds only the zones and notes.
    return overview ? moved.filter((node) => node.type !== 'component') : moved;
  }, [flow.nodes, geometry, live, overview, drag.moves, noteSizes.live]);
  const latestApply = useLatest(apply);
  const renames = useMemo(
    () => new RenameStore((id, name, before) => latestApply()(`Rename ${before} to ${name}`, (p) => updateComponent(p, id, (c) => ({ ...c, name })))),
    [latestApply],
  );
  useCanvasKeys(project, selection, apply, renames);
  useNoteCommands(canvasSelection.only);
  const noteEdits = useMemo<NoteEdits>(() => ({ setText: (id, text) => apply('Edit note', (p) => updateNote(p, id, { text })) }), [apply]);
  const onNodeDoubleClick = useCallback(
    (event: MouseEvent, node: FlowNode) => {
      if (node.type === 'component' && !(event.target as HTMLElement).closest('input')) renames.start(node.id);
    },
    [renames],
  );
  // Enter on a component focused with Tab renames it (Enter with one selected is a command: useCanvasKeys).
  const onKeyDown = useCallback(
    (event: ReactKeyboardEvent) => {
      if (event.key !== 'Enter' || event.defaultPrevented) return;
      const id = (event.target as HTMLElement).closest?.('.react-flow__node-component')?.getAttribute('data-id');
      if (!id || (event.target as HTMLElement).closest('input, textarea, button')) return;
      event.preventDefault();
      canvasSelection.only([id]);
      renames.start(id);
    },
    [canvasSelection, renames],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const positions: PositionChange[] = [];
      const selections: { id: string; selected: boolean }[] = [];
      for (const change of changes) {
        if (change.type === 'position') positions.push(change);
        else if (change.type === 'select') selections.push(change);
        else if (change.type === 'dimensions' && change.resizing !== undefined && change.dimensions)
          noteSizes.onResize(change.id, change.dimensions, change.resizing);
      }
      if (positions.length > 0) drag.onPositions(positions);
      canvasSelection.change(selections);
    },
    [drag, canvasSelection, noteSizes],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => canvasSelection.change(changes.flatMap((change) => (change.type === 'select' ? [change] : []))),
    [canvasSelection],
  );

  // A drag in the overview, committed as React Flow's drags are.
  const onOverviewMoved = useCallback(
    (ids: readonly string[], by: Point) => {
      const finished = new Map<string, Point>();
      for (const id of ids) {
        const p = geometry.positions.get(id);
        if (p) finished.set(id, { x: p.x + by.x, y: p.y + by.y });
      }
      drag.commit(finished);
    },
    [drag, geometry],
  );

  const onConnect = useCallback(
    (connection: FlowConnection) => {
      const from = project.components.find((c) => c.id === connection.source);
      const to = project.components.find((c) => c.id === connection.target);
      if (!from || !to || from.id === to.id) return;
      let id: string | null = null;
      apply(`Connect ${from.name} to ${to.name}`, (current) => {
        const made = connect(current, from.id, to.id, newConnectionKind(from, to, current.connections));
        id = made.id;
        return made.project;
      });
      // Select the new connection and show it in the inspector, so its kind can be changed at once.
      if (id) {
        canvasSelection.only([id]);
        setView({ panel: 'inspector' });
      }
    },
    [apply, project, canvasSelection, setView],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(KIND_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const parsed = ComponentKind.safeParse(event.dataTransfer.getData(KIND_DRAG_TYPE));
      if (!parsed.success) return;
      event.preventDefault();
      const p = flowApi.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const at = { x: Math.round(p.x - COMPONENT_WIDTH / 2), y: Math.round(p.y - COMPONENT_HEIGHT / 2) };
      let id = '';
      apply(`Add ${parsed.data}`, (current) => {
        const added = addComponent(current, parsed.data, at);
        id = added.id;
        const zone = zoneAt(at, geometry.boxes);
        return zone ? updateComponent(added.project, added.id, (c) => ({ ...c, zoneIds: [zone as never] })) : added.project;
      });
      if (id) canvasSelection.only([id]);
    },
    [apply, geometry, flowApi, canvasSelection],
  );

  // While the view pans or zooms, nodes and edges stop taking the pointer (see canvas.module.css),
  // which spares a hit test of thousands of elements per pointer move. Set on the DOM directly:
  // a React state change here would re-render the canvas at the start and end of every gesture.
  const onMoveStart = useCallback(() => wrapper.current?.setAttribute('data-moving', ''), []);
  const onMoveEnd = useCallback(() => wrapper.current?.removeAttribute('data-moving'), []);

  const large = project.components.length > 300;
  return (
    <MarksContext value={marksStore}>
      <RoutesContext value={routesStore}>
        <RenameContext value={renames}>
          <NoteEditsContext value={noteEdits}>
            <div
              ref={wrapper}
              className={classes.canvas}
              onDragOver={onDragOver}
              onDrop={onDrop}
              onKeyDown={onKeyDown}
              data-testid="canvas"
              data-checking={checking}
            >
              {initialViewport && (
                <ReactFlow<FlowNode>
                  nodes={nodes}
                  edges={overview ? noEdges : flow.edges}
                  nodeTypes={nodeTypes}
                  edgeTypes={edgeTypes}
                  onNodesChange={onNodesChange}
                  onEdgesChange={onEdgesChange}
                  onConnect={onConnect}
                  onNodeDoubleClick={onNodeDoubleClick}
                  zoomOnDoubleClick={false}
                  disableKeyboardA11y
                  connectionMode={ConnectionMode.Loose}
                  connectionLineType={ConnectionLineType.SmoothStep}
                  onPaneClick={canvasSelection.clear}
                  onMoveStart={onMoveStart}
                  onMoveEnd={onMoveEnd}
                  deleteKeyCode={null}
                  selectionKeyCode="Shift"
                  multiSelectionKeyCode={multiSelectionKeys}
                  onlyRenderVisibleElements={large && !overview}
                  colorMode={colorScheme}
                  minZoom={MIN_ZOOM}
                  maxZoom={2}
                  defaultViewport={initialViewport}
                  proOptions={proOptions}
                  aria-label="Architecture diagram"
                >
                  <Background gap={24} size={1} />
                  <AlignmentGuides guides={guides} />
                  <FitControls onFit={fitAll} />
                  {/* The minimap redraws every node on each pan frame: on large diagrams it costs more than it
                  helps. Zoomed out into the overview, the diagram is its own map (and React Flow, which
                  draws the minimap, holds no components then). */}
                  {!large && !overview && <MiniMap position="bottom-right" pannable zoomable ariaLabel="Minimap of the diagram" nodeStrokeWidth={3} />}
                  {/* Zoomed far out, one SVG draws every component and connection (see Overview.tsx). */}
                  {overview && (
                    <Overview
                      components={project.components}
                      connections={project.connections}
                      positions={live.positions}
                      selection={canvasSelection.selected}
                      marks={marks}
                      onSelectionChange={canvasSelection.change}
                      onSelect={canvasSelection.only}
                      onMoved={onOverviewMoved}
                    />
                  )}
                </ReactFlow>
              )}
              {project.components.length === 0 && (
                <div className={classes.emptyState}>
                  <Paper withBorder p="lg" radius="md" maw={380}>
                    <Text fw={600}>An empty diagram</Text>
                    <Text size="sm" c="dimmed" mt={4}>
                      Drag a kind from the palette on the left onto the canvas, or focus it and press Enter to add it in the middle. Connect two components by
                      dragging from a dot on any side of one onto the other.
                    </Text>
                  </Paper>
                </div>
              )}
              <CanvasSearch />
              {layoutRunning && (
                <Paper
                  className={classes.layoutProgress}
                  withBorder
                  shadow="md"
                  p="sm"
                  radius="md"
                  role="status"
                  aria-live="polite"
                  data-testid="layout-progress"
                >
                  <Group gap="sm">
                    <Loader size="sm" />
                    <Text size="sm">Laying out {project.components.length} components…</Text>
                    <Button size="xs" variant="default" onClick={cancelLayout}>
                      Cancel
                    </Button>
                  </Group>
                </Paper>
              )}
            </div>
          </NoteEditsContext>
        </RenameContext>
      </RoutesContext>
    </MarksContext>
  );
}

/** Zoom buttons and "fit view", which runs the same command as Shift+1. */
function FitControls({ onFit }: { onFit: () => void }) {
  return (
    <Controls position="bottom-left" showInteractive={false} showFitView={false}>
      <ControlButton onClick={onFit} title="Fit view" aria-label="Fit view">
        <IconMaximize stroke={2} />
      </ControlButton>
    </Controls>
  );
}
