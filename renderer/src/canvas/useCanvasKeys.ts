import { useLatest } from '../react/useLatest';
import { useMemo } from 'react';
import type { Project } from '../../../shared/model/project';
import type { ApplyOptions } from '../project/editorApi';
import { useCommands, type Command } from '../palette/commands';
import { nudge } from './nudge';
import type { RenameStore } from './renaming';

/** Grid step of a nudge (and of snapping); Shift nudges five steps. */
export const NUDGE = 8;

/**
 * Canvas keys act when pressed on the canvas or on nothing in particular (the page, after a click
 * on a component): a focused tab, slider or button keeps its own arrow keys and Enter.
 */
export function onCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  if (target === document.body || target === document.documentElement) return true;
  return target.closest('[data-testid="canvas"]') !== null && target.closest('button, a, input, textarea, select, [role="button"], [contenteditable]') === null;
}

/**
 * The canvas's keyboard commands: F2 (or Enter) renames the selected component in place, arrow keys nudge
 * the selected components (and notes) by a grid step, Shift+arrow by five. Each run of nudges of
 * one selection is one undo step.
 */
export function useCanvasKeys(
  project: Project,
  selection: readonly string[],
  apply: (label: string, change: (p: Project) => Project, options?: ApplyOptions) => void,
  renames: RenameStore,
): void {
  const latest = useLatest({ project, selection, apply });
  const components = new Set(project.components.map((c) => c.id as string));
  const movable = selection.filter((id) => components.has(id) || project.layout.notes?.[id] !== undefined);
  const single = selection.length === 1 && components.has(selection[0]!) ? selection[0]! : null;
  const canMove = movable.length > 0;

  const commands = useMemo<Command[]>(() => {
    const move = (dx: number, dy: number) => () => {
      const { project, selection, apply } = latest();
      const ids = selection.filter((id) => project.components.some((c) => c.id === id) || project.layout.notes?.[id] !== undefined);
      if (ids.length === 0) return;
      const name = ids.length === 1 ? (project.components.find((c) => c.id === ids[0])?.name ?? 'note') : `${ids.length} items`;
      apply(`Move ${name}`, (p) => nudge(p, ids, dx, dy), { coalesce: `nudge:${ids.join(',')}` });
    };
    const group = 'Edit';
    const arrows: [string, string, number, number][] = [
      ['left', 'arrowleft', -1, 0],
      ['right', 'arrowright', 1, 0],
      ['up', 'arrowup', 0, -1],
      ['down', 'arrowdown', 0, 1],
    ];
    return [
      {
        id: 'canvas.rename',
        label: 'Rename the selected component',
        group,
        shortcut: 'f2',
        disabled: single === null,
        run: () => single && renames.start(single),
      },
      // Enter renames too, as in a file manager; the palette lists it once, under F2.
      {
        id: 'canvas.renameEnter',
        label: 'Rename the selected component (Enter)',
        group,
        shortcut: 'enter',
        disabled: single === null,
        hidden: true,
        keyTarget: onCanvas,
        run: () => single && renames.start(single),
      },
      ...arrows.map(([name, key, dx, dy]): Command => ({
        id: `canvas.nudge.${name}`,
        label: `Nudge the selection ${name}`,
        group,
        shortcut: key,
        disabled: !canMove,
        keyTarget: onCanvas,
        run: move(dx * NUDGE, dy * NUDGE),
      })),
      ...arrows.map(([name, key, dx, dy]): Command => ({
        id: `canvas.nudgeFar.${name}`,
        label: `Nudge the selection ${name}, five steps`,
        group,
        shortcut: `shift+${key}`,
        disabled: !canMove,
        keyTarget: onCanvas,
        run: move(dx * NUDGE * 5, dy * NUDGE * 5),
      })),
    ];
  }, [single, canMove, renames, latest]);
  useCommands(commands);
}
