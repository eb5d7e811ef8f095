import type { Project } from '../../../shared/model/project';
import { componentPositions } from './flowAdapter';

/** The project with these components and notes moved by (dx, dy); zones are left as they are. */
export function nudge(project: Project, ids: readonly string[], dx: number, dy: number): Project {
  const wanted = new Set(ids);
  const positions = componentPositions(project);
  const components = { ...project.layout.components };
  for (const c of project.components) {
    if (!wanted.has(c.id)) continue;
    const p = positions.get(c.id)!;
    components[c.id] = { x: Math.round(p.x + dx), y: Math.round(p.y + dy) };
  }
  const notes = project.layout.notes ? { ...project.layout.notes } : undefined;
  if (notes) for (const id of ids) if (notes[id]) notes[id] = { ...notes[id], x: Math.round(notes[id].x + dx), y: Math.round(notes[id].y + dy) };
  return { ...project, layout: { ...project.layout, components, ...(notes ? { notes } : {}) } };
}
