import { Button, Group, Loader, Paper, Text, useComputedColorScheme } from '@mantine/core';
import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection as FlowConnection,
  type EdgeChange,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { IconMaximize } from '@tabler/icons-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { ComponentKind } from '../../../shared/model/component';
import { newConnectionKind } from '../../../shared/model/newConnectionKind';
import type { Project } from '../../../shared/model/project';
import { useCheckState, useEditor, useViewportBridge } from '../project/EditorContext';
import { addComponent, connect, moveComponents, updateComponent } from '../project/edits';
import { canvasMarks, MarksContext, MarksStore } from './canvasMarks';
import { ComponentNode } from './ComponentNode';
import { ConnectionEdge } from './ConnectionEdge';
import { createFlowCache, toAbsolute, toFlow, zoneAt, zonesAfterDrop, type FlowNode, type Point } from './flowAdapter';
import type { Box } from './geometry';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from './geometry';
import { KIND_DRAG_TYPE } from './KindPalette';
import { fittedViewport, inOverview } from './overview';
import { Overview } from './Overview';
import { ZoneNode } from './ZoneNode';
import { useCanvasCommands } from './useCanvasCommands';
import classes from './canvas.module.css';

const nodeTypes = { component: ComponentNode, zone: ZoneNode };
const edgeTypes = { connection: ConnectionEdge };
// Constant props: a new object or array on every render would make React Flow update its store
// (and re-render its subscribers) each time the editor state changes.
const multiSelectionKeys = ['Shift', 'Meta', 'Control'];
const fitViewOptions = { maxZoom: 1, padding: 0.2 };
const fitItemsOptions = { maxZoom: 1.2, padding: 0.3 };
const MIN_ZOOM = 0.02;
const noEdges: never[] = [];
const proOptions = { hideAttribution: true };

/** A node being dragged or a zone being resized: shown live, committed as one edit at the end. */
interface Override {
  position?: Point;
  width?: number;
  height?: number;
}

export function Canvas() {
  const editor = useEditor();
  const { project, view, selection, apply, select, setView } = editor;
  const { check, checking } = useCheckState();
  const flowApi = useReactFlow();
  const bridge = useViewportBridge();
  const wrapper = useRef<HTMLDivElement>(null);
  const colorScheme = useComputedColorScheme('light');

  const selectionSet = useMemo(() => new Set(selection), [selection]);
  // React Flow reports node and edge selection changes in separate calls within one event;
  // each must build on the other's result, not on the selection of the last render.
  const liveSelection = useRef<ReadonlySet<string>>(selectionSet);
  useEffect(() => {
    liveSelection.current = selectionSet;
  }, [selectionSet]);
  const changeSelection = useCallback(
    (changes: readonly { id: string; selected: boolean }[]) => {
      if (changes.length === 0) return;
      const next = new Set(liveSelection.current);
      for (const change of changes) {
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      liveSelection.current = next;
      select([...next]);
    },
    [select],
  );
  const cache = useMemo(createFlowCache, []);
  const flow = useMemo(() => toFlow(project, selectionSet, cache), [project, selectionSet, cache]);
  // Badges and highlight colours reach the components through their own store, not as new nodes.
  const marksStore = useMemo(() => new MarksStore(), []);
  const marks = useMemo(() => canvasMarks(project, check, view.highlight, marksStore.current()), [project, check, view.highlight, marksStore]);
  useLayoutEffect(() => marksStore.set(marks), [marksStore, marks]);
  const overview = useStore(inOverview);
  // The opening view fits the whole diagram, computed from the layout before React Flow first
  // renders (see fittedViewport); later the user's own pan and zoom are kept.
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  const store = useStoreApi();
  useLayoutEffect(() => {
    const rect = wrapper.current?.getBoundingClientRect();
    const viewport = fittedViewport(flow.positions, flow.boxes, rect?.width ?? 0, rect?.height ?? 0, { minZoom: MIN_ZOOM, ...fitViewOptions });
    // The store learns the zoom now, not once React Flow has mounted and applied defaultViewport,
    // so the first render already knows whether it is an overview.
    store.setState({ transform: [viewport.x, viewport.y, viewport.zoom] });
    // React Flow mounts in the next task: the editor around it shows first, and what was requested
    // while rendering that (the project's first check) goes out now rather than after the diagram
    // is built, which takes a large part of a second for 1,000 components.
    const timer = setTimeout(() => setInitialViewport(viewport), 0);
    return () => clearTimeout(timer);
    // Deliberately once, on mount: only the layout the project opened with.
  }, []);
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(new Map());
  const overridesRef = useRef(overrides);
  overridesRef.current = overrides;

  const nodes = useMemo(() => {
    // Zoomed far out, the overview draws the components; React Flow holds only the zones.
    const shown = overview ? flow.nodes.filter((node) => node.type === 'zone') : flow.nodes;
    if (overrides.size === 0) return shown;
    return shown.map((node): FlowNode => {
      const o = overrides.get(node.id);
      if (!o) return node;
      const sized = o.width !== undefined && o.height !== undefined ? { width: o.width, height: o.height, style: { width: o.width, height: o.height } } : {};
      return { ...node, ...(o.position ? { position: o.position } : {}), ...sized } as FlowNode;
    });
  }, [flow.nodes, overrides, overview]);

  // A zone dragged in the overview carries its members along live, as React Flow's child nodes do.
  const overviewPositions = useMemo(() => {
    if (!overview || overrides.size === 0) return flow.positions;
    let moved: Map<string, Point> | null = null;
    for (const [id, o] of overrides) {
      const box = flow.boxes.get(id);
      if (!box || !o.position) continue;
      const dx = o.position.x - box.x;
      const dy = o.position.y - box.y;
      for (const c of project.components) {
        const p = flow.positions.get(c.id);
        if (c.zoneIds?.[0] !== id || !p) continue;
        moved ??= new Map(flow.positions);
        moved.set(c.id, { x: p.x + dx, y: p.y + dy });
      }
    }
    return moved ?? flow.positions;
  }, [overview, overrides, flow, project.components]);

  // Fitting computes the view from the layout rather than with React Flow's fitView, which knows
  // only the nodes it holds (in the overview, the zones). No ids, or none on the canvas: everything.
  const fit = useCallback(
    (ids: readonly string[], options: { maxZoom: number; padding: number }, duration: number) => {
      const rect = wrapper.current?.getBoundingClientRect();
      if (!rect) return;
      const wanted = new Set(ids.filter((id) => flow.positions.has(id) || flow.boxes.has(id)));
      const pick = <T,>(items: ReadonlyMap<string, T>): ReadonlyMap<string, T> => (wanted.size === 0 ? items : new Map([...items].filter(([id]) => wanted.has(id))));
      void flowApi.setViewport(fittedViewport(pick(flow.positions), pick(flow.boxes), rect.width, rect.height, { minZoom: MIN_ZOOM, ...options }), { duration });
    },
    [flow, flowApi],
  );
  const fitAll = useCallback(() => fit([], fitViewOptions, 200), [fit]);
  useCanvasCommands(fitAll);

  useEffect(() => {
    bridge.fitTo = (ids) => fit(ids, fitItemsOptions, 300);
    bridge.center = () => {
      const rect = wrapper.current?.getBoundingClientRect();
      if (!rect) return { x: 0, y: 0 };
      const p = flowApi.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      return { x: p.x - COMPONENT_WIDTH / 2, y: p.y - COMPONENT_HEIGHT / 2 };
    };
    return () => {
      bridge.fitTo = null;
      bridge.center = null;
    };
  }, [bridge, fit, flow, flowApi]);

  // Finished drags and resizes, from React Flow or from the overview, become one undoable edit.
  const commitMoves = useCallback(
    (finished: ReadonlyMap<string, Override>) => {
      if (finished.size > 0) apply(dragLabel(project, finished), (p) => commitOverrides(p, finished, flow.boxes));
    },
    [apply, flow.boxes, project],
  );

  const commitDrag = useCallback(
    (ids: readonly string[]) => {
      const finished = new Map<string, Override>();
      for (const id of ids) {
        const o = overridesRef.current.get(id);
        if (o) finished.set(id, o);
      }
      setOverrides((current) => {
        const next = new Map(current);
        for (const id of ids) next.delete(id);
        return next;
      });
      commitMoves(finished);
    },
    [commitMoves],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const live = new Map<string, Override>();
      const ended: string[] = [];
      const selectionChanges: { id: string; selected: boolean }[] = [];
      for (const change of changes) {
        if (change.type === 'position') {
          if (change.position) live.set(change.id, { ...overridesRef.current.get(change.id), ...live.get(change.id), position: change.position });
          if (change.dragging === false) ended.push(change.id);
        } else if (change.type === 'dimensions' && change.resizing !== undefined && change.dimensions) {
          live.set(change.id, { ...overridesRef.current.get(change.id), ...live.get(change.id), width: change.dimensions.width, height: change.dimensions.height });
          if (change.resizing === false) ended.push(change.id);
        } else if (change.type === 'select') selectionChanges.push(change);
      }
      if (live.size > 0) {
        const merged = new Map(overridesRef.current);
        for (const [id, o] of live) merged.set(id, o);
        overridesRef.current = merged;
        setOverrides(merged);
      }
      if (ended.length > 0) commitDrag(ended);
      changeSelection(selectionChanges);
    },
    [commitDrag, changeSelection],
  );

  // A drag in the overview, committed as React Flow's drags are (positions relative to the zone).
  const onOverviewMoved = useCallback(
    (ids: readonly string[], by: Point) => {
      const byId = new Map(flow.nodes.map((node) => [node.id, node]));
      const finished = new Map<string, Override>();
      for (const id of ids) {
        const node = byId.get(id);
        if (node) finished.set(id, { position: { x: node.position.x + by.x, y: node.position.y + by.y } });
      }
      commitMoves(finished);
    },
    [commitMoves, flow.nodes],
  );

  const clearSelection = useCallback(() => {
    liveSelection.current = new Set();
    select([]);
  }, [select]);
  const selectOnly = useCallback(
    (ids: readonly string[]) => {
      liveSelection.current = new Set(ids);
      select([...ids]);
    },
    [select],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => changeSelection(changes.flatMap((change) => (change.type === 'select' ? [change] : []))),
    [changeSelection],
  );

  const onConnect = useCallback(
    (connection: FlowConnection) => {
      const from = project.components.find((c) => c.id === connection.source);
      const to = project.components.find((c) => c.id === connection.target);
      if (!from || !to) return;
      let id: string | null = null;
      apply(`Connect ${from.name} to ${to.name}`, (current) => {
        const made = connect(current, from.id, to.id, newConnectionKind(from, to, current.connections));
        id = made.id;
        return made.project;
      });
      // Select the new connection and show it in the inspector, so its kind can be changed at once.
      if (id) {
        liveSelection.current = new Set([id]);
        select([id]);
        setView({ panel: 'inspector' });
      }
    },
    [apply, project, select, setView],
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
        const zone = zoneAt(at, flow.boxes);
        return zone ? updateComponent(added.project, added.id, (c) => ({ ...c, zoneIds: [zone as never] })) : added.project;
      });
      if (id) select([id]);
    },
    [apply, flow.boxes, flowApi, select],
  );

  // While the view pans or zooms, nodes and edges stop taking the pointer (see canvas.module.css),
  // which spares a hit test of thousands of elements per pointer move. Set on the DOM directly:
  // a React state change here would re-render the canvas at the start and end of every gesture.
  const onMoveStart = useCallback(() => wrapper.current?.setAttribute('data-moving', ''), []);
  const onMoveEnd = useCallback(() => wrapper.current?.removeAttribute('data-moving'), []);

  const large = project.components.length > 300;
  return (
    <MarksContext value={marksStore}>
      <div ref={wrapper} className={classes.canvas} onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas" data-checking={checking}>
        {initialViewport && <ReactFlow<FlowNode>
          nodes={nodes}
          edges={overview ? noEdges : flow.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onPaneClick={clearSelection}
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
          <Controls position="bottom-left" showInteractive={false} showFitView={false}>
            <ControlButton onClick={fitAll} title="Fit view" aria-label="Fit view">
              <IconMaximize stroke={2} />
            </ControlButton>
          </Controls>
          {/* The minimap redraws every node on each pan frame: on large diagrams it costs more than it
              helps. Zoomed out into the overview, the diagram is its own map (and React Flow, which
              draws the minimap, holds no components then). */}
          {!large && !overview && <MiniMap position="bottom-right" pannable zoomable ariaLabel="Minimap of the diagram" nodeStrokeWidth={3} />}
          {/* Zoomed far out, one SVG draws every component and connection (see Overview.tsx). */}
          {overview && (
            <Overview
              components={project.components}
              connections={project.connections}
              positions={overviewPositions}
              selection={selectionSet}
              marks={marks}
              onSelectionChange={changeSelection}
              onSelect={selectOnly}
              onMoved={onOverviewMoved}
            />
          )}
        </ReactFlow>}
        {project.components.length === 0 && (
          <div className={classes.emptyState}>
            <Paper withBorder p="lg" radius="md" maw={380}>
              <Text fw={600}>An empty diagram</Text>
              <Text size="sm" c="dimmed" mt={4}>
                Drag a kind from the palette on the left onto the canvas, or focus it and press Enter to add it in the middle. Connect two components by dragging from the
                right edge of one to the left edge of the other.
              </Text>
            </Paper>
          </div>
        )}
        {editor.layoutRunning && (
          <Paper className={classes.layoutProgress} withBorder shadow="md" p="sm" radius="md" role="status" aria-live="polite" data-testid="layout-progress">
            <Group gap="sm">
              <Loader size="sm" />
              <Text size="sm">Laying out {project.components.length} components…</Text>
              <Button size="xs" variant="default" onClick={editor.cancelLayout}>
                Cancel
              </Button>
            </Group>
          </Paper>
        )}
      </div>
    </MarksContext>
  );
}

function dragLabel(project: Project, finished: ReadonlyMap<string, Override>): string {
  if (finished.size > 1) return `Move ${finished.size} items`;
  const [id, o] = [...finished][0]!;
  const name = project.components.find((c) => c.id === id)?.name ?? project.zones.find((z) => z.id === id)?.name ?? 'item';
  return o.width !== undefined ? `Resize zone ${name}` : `Move ${name}`;
}

/**
 * Turns finished drags and resizes into layout changes: component positions (and zone
 * membership by where they were dropped), zone boxes, and the members that moved with a zone.
 */
function commitOverrides(project: Project, finished: ReadonlyMap<string, Override>, boxes: ReadonlyMap<string, Box>): Project {
  const zoneIds = new Set(project.zones.map((z) => z.id as string));
  const byId = new Map(project.components.map((c) => [c.id as string, c]));
  const moved = new Map<string, Point>();
  const zoneBoxes = { ...project.layout.zones };
  const membership = new Map<string, string[] | null>();
  for (const [id, o] of finished) {
    if (zoneIds.has(id)) {
      const old = boxes.get(id);
      if (!old) continue;
      const position = o.position ?? { x: old.x, y: old.y };
      zoneBoxes[id] = { x: Math.round(position.x), y: Math.round(position.y), width: Math.round(o.width ?? old.width), height: Math.round(o.height ?? old.height) };
      const dx = position.x - old.x;
      const dy = position.y - old.y;
      if (dx === 0 && dy === 0) continue;
      for (const c of project.components) {
        if (c.zoneIds?.[0] !== id || finished.has(c.id)) continue;
        const p = project.layout.components[c.id];
        if (p) moved.set(c.id, { x: p.x + dx, y: p.y + dy });
      }
      continue;
    }
    const component = byId.get(id);
    if (!component || !o.position) continue;
    const absolute = toAbsolute(o.position, component.zoneIds?.[0] && boxes.has(component.zoneIds[0]) ? component.zoneIds[0] : undefined, boxes);
    moved.set(id, absolute);
    membership.set(id, zonesAfterDrop(component.zoneIds, zoneAt(absolute, boxes)));
  }
  let next = moveComponents({ ...project, layout: { ...project.layout, zones: zoneBoxes } }, moved);
  for (const [id, zones] of membership) {
    if (zones === null) continue;
    next = updateComponent(next, id, (c) => {
      if (zones.length > 0) return { ...c, zoneIds: zones as never };
      const { zoneIds: _removed, ...rest } = c;
      return rest;
    });
  }
  return next;
}
