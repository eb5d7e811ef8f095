import type { Project } from '../../../shared/model/project';
import { randomModel } from '../../engine/testing/randomModel';

/** A project of `size` components with every optional field sometimes set, and a position for each. */
export function projectWithLayout(size: number): Project {
  const project = randomModel(7, size).build();
  const points = Object.fromEntries(project.components.map((c, i) => [c.id, { x: (i % 40) * 220, y: Math.floor(i / 40) * 140 }]));
  return { ...project, name: 'Autosaved', layout: { ...project.layout, components: points } };
}

/**
 * The project after one more edit in the editor, as its reducers make it: one component replaced
 * by a changed copy (every other component the same object), and every fifth edit a drag that
 * moves one component (a new layout, the other positions the same).
 */
export function editedOnce(project: Project, round: number): Project {
  const at = (round * 7919) % project.components.length;
  const components = project.components.slice();
  const edited = components[at]!;
  components[at] = { ...edited, description: `edited in round ${round}` };
  if (round % 5 !== 0) return { ...project, components };
  const points = { ...project.layout.components, [edited.id]: { x: round, y: round * 2 } };
  return { ...project, components, layout: { ...project.layout, components: points } };
}
