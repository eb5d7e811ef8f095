import type { Project } from '../../../shared/model/project';
import { moveComponents, updateComponent } from '../project/edits';
import type { Box } from '../diagram/geometry';
import { updateNote } from '../project/notes';
import { boxZone, followingZones, zoneBoxes, zonesAfterDrag, type Point } from '../diagram/zones';

/**
 * What a drag changes, as pure functions of the project: where things are while the pointer
 * moves (live), and the one undoable edit when it is released. A drag moves components and zones
 * (a zone carries its members); components dropped into or dragged out of a zone's box join or
 * leave it (zones.ts). Positions are absolute top-left corners; a zone's is its box's.
 */
export type Moves = ReadonlyMap<string, Point>;

export interface Geometry {
  readonly positions: ReadonlyMap<string, Point>;
  readonly boxes: ReadonlyMap<string, Box>;
}

function zoneDeltas(project: Project, moves: Moves, boxes: ReadonlyMap<string, Box>): Map<string, Point> {
  const deltas = new Map<string, Point>();
  const zoneIds = new Set(project.zones.map((z) => z.id as string));
  for (const [id, p] of moves) {
    const box = boxes.get(id);
    if (zoneIds.has(id) && box) deltas.set(id, { x: p.x - box.x, y: p.y - box.y });
  }
  return deltas;
}

/** Every component's position after the moves: moved components, and members of moved zones by the zone's offset. */
export function movedPositions(project: Project, geometry: Geometry, moves: Moves): Map<string, Point> {
  const positions = new Map(geometry.positions);
  const deltas = zoneDeltas(project, moves, geometry.boxes);
  for (const c of project.components) {
    const own = moves.get(c.id);
    if (own) positions.set(c.id, own);
    else {
      const delta = deltas.get(boxZone(c) ?? '');
      const p = geometry.positions.get(c.id);
      if (delta && p) positions.set(c.id, { x: p.x + delta.x, y: p.y + delta.y });
    }
  }
  return positions;
}

/**
 * What the canvas shows mid-drag: the moved positions; zone boxes stay as drawn when the drag
 * began (a member visibly leaves its zone's box), except dragged zones, which move, and zones whose
 * members are all being dragged, which follow them.
 */
export function liveGeometry(project: Project, geometry: Geometry, moves: Moves): Geometry {
  if (moves.size === 0) return geometry;
  const positions = movedPositions(project, geometry, moves);
  const dragged = new Set([...moves.keys()].filter((id) => geometry.positions.has(id)));
  const deltas = zoneDeltas(project, moves, geometry.boxes);
  const following = followingZones(project, dragged);
  if (deltas.size === 0 && following.size === 0) return { positions, boxes: geometry.boxes };
  const live = zoneBoxes(project, positions);
  const boxes = new Map(geometry.boxes);
  for (const id of [...deltas.keys(), ...following]) {
    const box = live.get(id);
    if (box) boxes.set(id, box);
  }
  return { positions, boxes };
}

/** The undo label of a drag. */
export function moveLabel(project: Project, moves: Moves): string {
  if (moves.size > 1) return `Move ${moves.size} items`;
  const [id] = [...moves.keys()];
  const name =
    project.components.find((c) => c.id === id)?.name ?? project.zones.find((z) => z.id === id)?.name ?? (project.layout.notes?.[id!] ? 'note' : undefined);
  return name ? `Move ${name}` : 'Move';
}

/**
 * The project after a finished drag: new positions, and the zones of each dragged component
 * judged by where it was dropped against the boxes of the components that stayed.
 */
export function applyMoves(project: Project, geometry: Geometry, moves: Moves): Project {
  const positions = movedPositions(project, geometry, moves);
  const changed = new Map<string, Point>();
  for (const [id, p] of positions) {
    const before = geometry.positions.get(id);
    if (!before || before.x !== p.x || before.y !== p.y || !project.layout.components[id]) changed.set(id, p);
  }
  let next = moveComponents(project, changed);
  for (const [id, p] of moves) if (project.layout.notes?.[id]) next = updateNote(next, id, { x: p.x, y: p.y });
  const dragged = new Set([...moves.keys()].filter((id) => geometry.positions.has(id)));
  if (dragged.size === 0) return next;
  const following = followingZones(project, dragged);
  const boxes = new Map([...geometry.boxes].filter(([zone]) => !following.has(zone)));
  for (const id of dragged) {
    const component = project.components.find((c) => c.id === id)!;
    const zones = zonesAfterDrag(component.zoneIds, positions.get(id)!, boxes);
    if (zones === null) continue;
    next = updateComponent(next, id, (c) => {
      if (zones.length > 0) return { ...c, zoneIds: zones as never };
      const { zoneIds: _left, ...rest } = c;
      return rest;
    });
  }
  return next;
}
