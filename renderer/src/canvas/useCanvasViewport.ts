import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useState, type RefObject } from 'react';
import { useViewportBridge } from '../project/EditorContext';
import type { Box } from '../diagram/geometry';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../diagram/geometry';
import { fittedViewport } from './overview';
import { useCanvasCommands } from './useCanvasCommands';
import type { Point } from '../diagram/zones';

export const MIN_ZOOM = 0.02;
/** Fitting the whole diagram: little padding, so a diagram fills the window at the largest zoom it can. */
export const fitAllOptions = { maxZoom: 1, padding: 0.08 };
const fitItemsOptions = { maxZoom: 1.2, padding: 0.3 };

interface Layout {
  readonly positions: ReadonlyMap<string, Point>;
  readonly boxes: ReadonlyMap<string, Box>;
}

/**
 * The canvas viewport: the opening view (fitted before React Flow first renders), fitting the
 * diagram or some of its items (computed from the layout rather than with React Flow's fitView,
 * which knows only the nodes it holds: in the overview, the zones), and the editor's bridge to it.
 * Returns the opening viewport once known: React Flow mounts then.
 */
export function useCanvasViewport(
  wrapperRef: RefObject<HTMLDivElement | null>,
  layout: Layout,
): { initialViewport: Viewport | null; fit: (ids: readonly string[]) => void } {
  const flowApi = useReactFlow();
  const store = useStoreApi();
  const bridge = useViewportBridge();
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  // Only the layout the project opened with: later changes of the layout must not refit the view.
  const openingView = useEffectEvent(() => {
    const rect = wrapperRef.current?.getBoundingClientRect();
    const viewport = fittedViewport(layout.positions, layout.boxes, rect?.width ?? 0, rect?.height ?? 0, { minZoom: MIN_ZOOM, ...fitAllOptions });
    // The store learns the zoom now, not once React Flow has mounted and applied defaultViewport,
    // so the first render already knows whether it is an overview.
    store.setState({ transform: [viewport.x, viewport.y, viewport.zoom] });
    // React Flow mounts in the next task: the editor around it shows first, and what was requested
    // while rendering that (the project's first check) goes out now rather than after the diagram
    // is built, which takes a large part of a second for 1,000 components.
    return setTimeout(() => setInitialViewport(viewport), 0);
  });
  useLayoutEffect(() => {
    const timer = openingView();
    return () => clearTimeout(timer);
  }, []);

  // No ids, or none on the canvas: everything.
  const fit = useCallback(
    (ids: readonly string[], duration = 250) => {
      const rect = wrapperRef.current?.getBoundingClientRect();
      if (!rect) return;
      const wanted = new Set(ids.filter((id) => layout.positions.has(id) || layout.boxes.has(id)));
      const pick = <T>(items: ReadonlyMap<string, T>): ReadonlyMap<string, T> =>
        wanted.size === 0 ? items : new Map([...items].filter(([id]) => wanted.has(id)));
      const options = wanted.size === 0 ? fitAllOptions : fitItemsOptions;
      void flowApi.setViewport(fittedViewport(pick(layout.positions), pick(layout.boxes), rect.width, rect.height, { minZoom: MIN_ZOOM, ...options }), {
        duration,
      });
    },
    [layout.positions, layout.boxes, flowApi, wrapperRef],
  );
  const fitAll = useCallback(() => fit([]), [fit]);
  useCanvasCommands(fitAll);

  useEffect(
    () =>
      bridge.connect({
        fitTo: (ids) => fit(ids, 300),
        center: () => {
          const rect = wrapperRef.current?.getBoundingClientRect();
          if (!rect) return { x: 0, y: 0 };
          const p = flowApi.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
          return { x: p.x - COMPONENT_WIDTH / 2, y: p.y - COMPONENT_HEIGHT / 2 };
        },
        size: () => {
          const rect = wrapperRef.current?.getBoundingClientRect();
          return rect && rect.height > 0 ? { width: rect.width, height: rect.height } : { width: 1280, height: 800 };
        },
      }),
    [bridge, fit, flowApi, wrapperRef],
  );

  return { initialViewport, fit };
}
