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
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { IconMaximize } from '@tabler/icons-react';
import { useCallback, useLayoutEffect, useMemo, useRef, type DragEvent } from 'react';
import { ComponentKind } from '../../../shared/model/component';
import { newConnectionKind } from '../../../shared/model/newConnectionKind';
import { useCheckState, useEditor } from '../editor/EditorContext';
import { addComponent, connect, updateComponent } from '../editor/edits';
import { canvasMarks, MarksContext, MarksStore } from './canvasMarks';
import { ComponentNode } from './ComponentNode';
import { ConnectionEdge } from './ConnectionEdge';
import { createFlowCache, toFlow, withLiveGeometry, type FlowNode } from './flowAdapter';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from './geometry';
import { KIND_DRAG_TYPE } from './KindPalette';
import { liveGeometry } from './moves';
import { inOverview } from './overview';
import { Overview } from './Overview';
import { RoutesContext } from './routing/routesStore';
import { useRoutes } from './routing/useRoutes';
import { useCanvasAttributes } from './useCanvasAttributes';
import { useCanvasSelection } from './useCanvasSelection';
import { MIN_ZOOM, useCanvasViewport } from './useCanvasViewport';
import { useDragMoves, type PositionChange } from './useDragMoves';
import { ZoneNode } from './ZoneNode';
import { zoneAt, type Point } from './zones';
import classes from './canvas.module.css';

const nodeTypes = { component: ComponentNode, zone: ZoneNode };
const edgeTypes = { connection: ConnectionEdge };
// Constant props: a new object or array on every render would make React Flow update its store
// (and re-render its subscribers) each time the editor state changes.
const multiSelectionKeys = ['Shift', 'Meta', 'Control'];
const noEdges: never[] = [];
const proOptions = { hideAttribution: true };

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

  const cache = useMemo(createFlowCache, []);
  const flow = useMemo(() => toFlow(project, canvasSelection.selected, cache), [project, canvasSelection.selected, cache]);
  const geometry = useMemo(() => ({ positions: flow.positions, boxes: flow.boxes }), [flow.positions, flow.boxes]);
  // Badges and highlight colours reach the components through their own store, not as new nodes.
  const marksStore = useMemo(() => new MarksStore(), []);
  const marks = useMemo(() => canvasMarks(project, check, view.highlight, marksStore.current()), [project, check, view.highlight, marksStore]);
  useLayoutEffect(() => marksStore.set(marks), [marksStore, marks]);

  const overview = useStore(inOverview);
  const { initialViewport, fit } = useCanvasViewport(wrapper, geometry);
  const fitAll = useCallback(() => fit([]), [fit]);
  useCanvasAttributes(wrapper);
  const drag = useDragMoves(project, geometry, apply);
  const live = useMemo(() => liveGeometry(project, geometry, drag.moves), [project, geometry, drag.moves]);
  const { store: routesStore } = useRoutes(project, geometry, live, drag.moves);

  const nodes = useMemo(() => {
    const moved = withLiveGeometry(flow.nodes, geometry, live);
    // Zoomed far out, the overview draws the components; React Flow holds only the zones.
    return overview ? moved.filter((node) => node.type === 'zone') : moved;
  }, [flow.nodes, geometry, live, overview]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const positions: PositionChange[] = [];
      const selections: { id: string; selected: boolean }[] = [];
      for (const change of changes) {
        if (change.type === 'position') positions.push(change);
        else if (change.type === 'select') selections.push(change);
      }
      if (positions.length > 0) drag.onPositions(positions);
      canvasSelection.change(selections);
    },
    [drag, canvasSelection],
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
        <div ref={wrapper} className={classes.canvas} onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas" data-checking={checking}>
          {initialViewport && (
            <ReactFlow<FlowNode>
              nodes={nodes}
              edges={overview ? noEdges : flow.edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
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
                  Drag a kind from the palette on the left onto the canvas, or focus it and press Enter to add it in the middle. Connect two components by dragging from a dot on
                  any side of one onto the other.
                </Text>
              </Paper>
            </div>
          )}
          {layoutRunning && (
            <Paper className={classes.layoutProgress} withBorder shadow="md" p="sm" radius="md" role="status" aria-live="polite" data-testid="layout-progress">
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
