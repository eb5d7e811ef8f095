import { useLayoutEffect, useMemo } from 'react';
import type { Connection } from '../../../../shared/model/connection';
import type { Project } from '../../../../shared/model/project';
import type { Geometry, Moves } from '../moves';
import { dragRoutes, RouteDrawer, type DrawnRoute } from './drawnRoutes';
import { RoutesStore } from './routesStore';

/**
 * Routes every connection when the components or connections change, and the dragged ones as
 * they move, into a RoutesStore the edges read from. Returns the store (for the context) and the
 * routes (for the picture export).
 */
export function useRoutes(project: Project, geometry: Geometry, live: Geometry, moves: Moves): { store: RoutesStore; routes: ReadonlyMap<string, DrawnRoute> } {
  const store = useMemo(() => new RoutesStore(), []);
  const drawer = useMemo(() => new RouteDrawer(), []);
  const connections: readonly Connection[] = project.connections;
  const settled = useMemo(() => drawer.draw(geometry.positions, connections), [drawer, geometry.positions, connections]);
  const moving = useMemo(() => {
    const ids = new Set<string>();
    if (moves.size === 0) return ids;
    for (const [id, p] of live.positions) {
      const before = geometry.positions.get(id);
      if (before && (before.x !== p.x || before.y !== p.y)) ids.add(id);
    }
    return ids;
  }, [moves, live.positions, geometry.positions]);
  const routes = useMemo(
    () => (moving.size === 0 ? settled : dragRoutes(settled, live.positions, connections, moving)),
    [settled, live.positions, connections, moving],
  );
  useLayoutEffect(() => store.set(routes), [store, routes]);
  return { store, routes };
}
