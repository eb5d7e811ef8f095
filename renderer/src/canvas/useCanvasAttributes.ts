import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

/**
 * Zoom at which the canvas shows every detail of a component (kind, technology, instances, connection
 * labels); below it, only names, drawn larger so they stay legible (semantic zoom).
 */
export const DETAIL_ZOOM = 0.75;
/** The smallest size, in screen pixels, a component's name is drawn at. */
export const MIN_NAME_PX = 10;
const NAME_PX = 14;
const ZONE_LABEL_PX = 12;

/** The name's font size in flow units at a zoom: 14 px, or larger so it shows at MIN_NAME_PX at least, in 2 px steps. */
export function nameSize(zoom: number): number {
  if (zoom <= 0) return NAME_PX;
  return Math.max(NAME_PX, Math.ceil(MIN_NAME_PX / zoom / 2) * 2);
}

/**
 * Writes what the canvas's CSS needs from React Flow's store onto the wrapper element: whether a
 * connection is being drawn (component bodies then accept the drop), and the zoom's level of
 * detail and name size. Set on the DOM, not through React: a zoom gesture must not re-render a
 * thousand components, and the attributes change only when a step is crossed.
 */
export function useCanvasAttributes(wrapper: RefObject<HTMLDivElement | null>): void {
  const store = useStoreApi();
  useEffect(() => {
    let connecting: boolean | null = null;
    let size = -1;
    const update = (state: ReactFlowState) => {
      const element = wrapper.current;
      if (!element) return;
      if (state.connection.inProgress !== connecting) {
        connecting = state.connection.inProgress;
        element.toggleAttribute('data-connecting', connecting);
      }
      const zoom = state.transform[2];
      const next = nameSize(zoom);
      if (next !== size) {
        size = next;
        element.setAttribute('data-detail', zoom >= DETAIL_ZOOM ? 'full' : 'names');
        element.style.setProperty('--tf-name-size', `${next}px`);
        element.style.setProperty('--tf-zone-label-size', `${Math.max(ZONE_LABEL_PX, Math.round((next * ZONE_LABEL_PX) / NAME_PX))}px`);
      }
    };
    update(store.getState());
    return store.subscribe(update);
  }, [store, wrapper]);
}
