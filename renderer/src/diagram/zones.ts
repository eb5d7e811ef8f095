import type { Project } from '../../../shared/model/project';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, contains, ZONE_LABEL_HEIGHT, ZONE_PADDING, type Box } from './geometry';

/**
 * Zones as a reviewer reads them. A zone's box is drawn around the components that run in that
 * zone alone, and nothing else: it is never stored, so it cannot hold a component that is not a
 * member or keep space for members that left, and a zone without such members takes no room. A
 * component spread over several zones (the usual way to survive losing one) belongs in no single
 * box: it carries a chip for each of its zones instead.
 */

/** The zone a component is drawn in: its only zone, or none when it has several or none. */
export function boxZone(component: { readonly zoneIds?: readonly string[] | undefined }): string | undefined {
  return component.zoneIds?.length === 1 ? component.zoneIds[0] : undefined;
}
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Each zone's box around the components in that zone alone, leaving out those in `excluding`. */
export function zoneBoxes(project: Project, positions: ReadonlyMap<string, Point>, excluding?: ReadonlySet<string>): Map<string, Box> {
  const bounds = new Map<string, { minX: number; minY: number; maxX: number; maxY: number }>();
  for (const component of project.components) {
    const zone = boxZone(component);
    const p = positions.get(component.id);
    if (!zone || !p || excluding?.has(component.id)) continue;
    const b = bounds.get(zone);
    if (!b) bounds.set(zone, { minX: p.x, minY: p.y, maxX: p.x + COMPONENT_WIDTH, maxY: p.y + COMPONENT_HEIGHT });
    else {
      b.minX = Math.min(b.minX, p.x);
      b.minY = Math.min(b.minY, p.y);
      b.maxX = Math.max(b.maxX, p.x + COMPONENT_WIDTH);
      b.maxY = Math.max(b.maxY, p.y + COMPONENT_HEIGHT);
    }
  }
  const boxes = new Map<string, Box>();
  // In the project's zone order, so zones draw and list the same way every time.
  for (const zone of project.zones) {
    const b = bounds.get(zone.id);
    if (!b) continue;
    boxes.set(zone.id, {
      x: b.minX - ZONE_PADDING,
      y: b.minY - ZONE_PADDING - ZONE_LABEL_HEIGHT,
      width: b.maxX - b.minX + 2 * ZONE_PADDING,
      height: b.maxY - b.minY + 2 * ZONE_PADDING + ZONE_LABEL_HEIGHT,
    });
  }
  return boxes;
}

/** Zones with no member: listed apart, they take no room on the canvas. */
export function emptyZones(project: Project): Project['zones'] {
  const used = new Set<string>();
  for (const c of project.components) for (const z of c.zoneIds ?? []) used.add(z);
  return project.zones.filter((z) => !used.has(z.id));
}

/**
 * The chips of each component in two or more zones, in its own order. Zones named alike
 * ("us-east-1a", "us-east-1b") show the first name whole and the rest by what tells them apart
 * ("1b"), so the chips fit on the component.
 */
export function zoneChips(project: Project): Map<string, string[]> {
  const names = new Map(project.zones.map((z) => [z.id as string, z.name]));
  const chips = new Map<string, string[]>();
  for (const c of project.components) {
    if ((c.zoneIds?.length ?? 0) < 2) continue;
    chips.set(c.id, shortNames(c.zoneIds!.map((z) => names.get(z) ?? '?')));
  }
  return chips;
}

function shortNames(names: readonly string[]): string[] {
  // Short names fit as they are.
  if (names.join('').length <= 20) return [...names];
  let prefix = names[0]!;
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // Cut at the last separator or at most one character before the names differ: "us-east-1" of "us-east-1a".
  const cut = Math.max(prefix.lastIndexOf('-') + 1, prefix.lastIndexOf(' ') + 1, prefix.length - 1);
  if (cut < 4 || names.some((n) => n.length <= cut)) return [...names];
  return names.map((n, i) => (i === 0 ? n : n.slice(cut)));
}

/**
 * The zone a component at `position` (absolute, top-left) lies in: the smallest box containing
 * its centre, or null outside every zone.
 */
export function zoneAt(position: Point, boxes: ReadonlyMap<string, Box>): string | null {
  const cx = position.x + COMPONENT_WIDTH / 2;
  const cy = position.y + COMPONENT_HEIGHT / 2;
  let best: { id: string; area: number } | null = null;
  for (const [id, box] of boxes) {
    if (!contains(box, cx, cy)) continue;
    const area = box.width * box.height;
    if (!best || area < best.area) best = { id, area };
  }
  return best?.id ?? null;
}

/**
 * A component's zones after it was dropped at `end`, judged against the zone boxes as they were
 * drawn when the drag began (`boxes`, leaving out zones whose members were all dragged: those
 * follow their members). A component in one zone or none moves into the zone whose box it is
 * dropped in, and out of its zone when dropped outside every box. A component spread over several
 * zones keeps them wherever it goes: its zones are edited in the inspector, never lost to a drag.
 * Null when nothing changes.
 */
export function zonesAfterDrag(current: readonly string[] | undefined, end: Point, boxes: ReadonlyMap<string, Box>): string[] | null {
  const list = current ?? [];
  if (list.length > 1) return null;
  const into = zoneAt(end, boxes);
  if (into !== null) return into === list[0] ? null : [into];
  return list.length === 1 && boxes.has(list[0]!) ? [] : null;
}

/** Zones all of whose boxed members are in `dragged`: their boxes move with them rather than stay. */
export function followingZones(project: Project, dragged: ReadonlySet<string>): Set<string> {
  const stays = new Set<string>();
  const moves = new Set<string>();
  for (const c of project.components) {
    const zone = boxZone(c);
    if (!zone) continue;
    (dragged.has(c.id) ? moves : stays).add(zone);
  }
  return new Set([...moves].filter((z) => !stays.has(z)));
}
