import { useMemo } from 'react';
import { useLatest } from '../react/useLatest';
import { componentKinds, type ComponentKind } from '../../../shared/model/component';
import { kindDefaults } from '../../../shared/model/defaults';
import type { Project } from '../../../shared/model/project';
import { useCommands, type Command } from '../palette/commands';
import { useEditor, useViewportBridge } from '../project/EditorContext';
import { addComponent, copyFragment, pasteFragment, removeItems, type Fragment } from '../project/edits';

/** Copied components live here for the session, so they paste into another project too. */
let clipboard: Fragment | null = null;
const PASTE_OFFSET = { x: 40, y: 40 };

function describe(project: Project, ids: readonly string[]): string {
  if (ids.length === 1) {
    const id = ids[0];
    return project.components.find((c) => c.id === id)?.name ?? project.zones.find((z) => z.id === id)?.name ?? 'connection';
  }
  return `${ids.length} items`;
}

/** Adds a component of a kind at the middle of the visible canvas, selects it. */
export function useAddComponent(): (kind: ComponentKind) => void {
  const { apply, select } = useEditor();
  const bridge = useViewportBridge();
  return useMemo(
    () => (kind: ComponentKind) => {
      const at = bridge.center() ?? { x: 0, y: 0 };
      let id = '';
      apply(`Add ${kindDefaults[kind].label.toLowerCase()}`, (p) => {
        const added = addComponent(p, kind, { x: Math.round(at.x), y: Math.round(at.y) });
        id = added.id;
        return added.project;
      });
      if (id) select([id]);
    },
    [apply, bridge, select],
  );
}

/** Every editing action as a command (palette, shortcuts help, hotkeys). */
export function useEditorCommands(): void {
  const editor = useEditor();
  const add = useAddComponent();
  // Commands run against the editor of the latest render. The list itself changes only with a
  // label or an enabled state, so typing does not re-register every command on each keystroke
  // (which re-renders the command palette and rebinds every hotkey).
  const latest = useLatest(editor);
  const { project, selection, undoLabel, redoLabel, canUndo, canRedo, layoutRunning } = editor;
  const hasSelection = selection.length > 0;
  const hasSelectedComponents = selectedComponentIds(project, selection).length > 0;
  const allPlaced = project.components.every((c) => project.layout.components[c.id]);
  const hasClipboard = clipboard !== null;

  const commands = useMemo<Command[]>(() => {
    const paste = (fragment: Fragment, label: string) => {
      const { apply, select } = latest();
      let ids: string[] = [];
      apply(label, (p) => {
        const pasted = pasteFragment(p, fragment, PASTE_OFFSET);
        ids = pasted.ids;
        return pasted.project;
      });
      select(ids);
    };
    const list: Command[] = [
      { id: 'editor.undo', label: undoLabel ? `Undo ${undoLabel}` : 'Undo', group: 'Edit', shortcut: 'mod+z', disabled: !canUndo, run: () => latest().undo() },
      {
        id: 'editor.redo',
        label: redoLabel ? `Redo ${redoLabel}` : 'Redo',
        group: 'Edit',
        shortcut: 'mod+shift+z',
        disabled: !canRedo,
        run: () => latest().redo(),
      },
      {
        id: 'editor.delete',
        label: 'Delete selection',
        group: 'Edit',
        shortcut: 'delete',
        keywords: ['remove', 'backspace'],
        disabled: !hasSelection,
        run: () => {
          const { project, selection, apply, select } = latest();
          apply(`Delete ${describe(project, selection)}`, (p) => removeItems(p, selection));
          select([]);
        },
      },
      {
        id: 'editor.duplicate',
        label: 'Duplicate selection',
        group: 'Edit',
        shortcut: 'mod+d',
        disabled: !hasSelectedComponents,
        run: () => {
          const { project, selection } = latest();
          const selectedComponents = selectedComponentIds(project, selection);
          paste(copyFragment(project, selectedComponents), `Duplicate ${describe(project, selectedComponents)}`);
        },
      },
      {
        id: 'editor.copy',
        label: 'Copy',
        group: 'Edit',
        shortcut: 'mod+c',
        disabled: !hasSelectedComponents,
        run: () => {
          const { project, selection } = latest();
          clipboard = copyFragment(project, selectedComponentIds(project, selection));
        },
      },
      {
        id: 'editor.paste',
        label: 'Paste',
        group: 'Edit',
        shortcut: 'mod+v',
        disabled: !hasClipboard,
        run: () => {
          if (clipboard)
            paste(clipboard, `Paste ${clipboard.components.length === 1 ? clipboard.components[0]!.name : `${clipboard.components.length} components`}`);
        },
      },
      {
        id: 'editor.selectAll',
        label: 'Select all',
        group: 'Edit',
        shortcut: 'mod+a',
        run: () => {
          const { project, select } = latest();
          select([...project.components.map((c) => c.id), ...project.connections.map((c) => c.id)]);
        },
      },
      {
        id: 'editor.layout',
        label: 'Auto-layout the whole diagram',
        group: 'View',
        shortcut: 'mod+shift+l',
        keywords: ['arrange', 'elk'],
        disabled: layoutRunning,
        run: () => latest().autoLayout('full'),
      },
      {
        id: 'editor.layoutNew',
        label: 'Place components that have no position',
        group: 'View',
        keywords: ['arrange', 'auto-layout', 'new'],
        disabled: layoutRunning || allPlaced,
        run: () => latest().autoLayout('new'),
      },
      { id: 'editor.saveNow', label: 'Save now', group: 'Project', shortcut: 'mod+s', run: () => void latest().flush() },
      { id: 'editor.back', label: 'Back to the library', group: 'Project', keywords: ['close'], run: () => latest().close() },
      { id: 'editor.panel.inspector', label: 'Show the inspector', group: 'View', shortcut: 'alt+1', run: () => latest().setView({ panel: 'inspector' }) },
      { id: 'editor.panel.findings', label: 'Show findings', group: 'View', shortcut: 'alt+2', run: () => latest().setView({ panel: 'findings' }) },
      { id: 'editor.panel.growth', label: 'Show growth', group: 'View', shortcut: 'alt+3', run: () => latest().setView({ panel: 'growth' }) },
      { id: 'editor.panel.availability', label: 'Show availability', group: 'View', shortcut: 'alt+4', run: () => latest().setView({ panel: 'availability' }) },
      {
        id: 'editor.panel.project',
        label: 'Show project settings',
        group: 'View',
        shortcut: 'alt+5',
        keywords: ['workload'],
        run: () => latest().setView({ panel: 'project' }),
      },
    ];
    for (const kind of componentKinds) {
      const label = kindDefaults[kind].label;
      list.push({
        id: `editor.add.${kind}`,
        label: `Add ${label.toLowerCase()}`,
        group: 'Add component',
        keywords: [kind, 'new', 'component'],
        run: () => add(kind),
      });
    }
    return list;
  }, [add, undoLabel, redoLabel, canUndo, canRedo, hasSelection, hasSelectedComponents, hasClipboard, layoutRunning, allPlaced, latest]);

  useCommands(commands);
}

function selectedComponentIds(project: Project, selection: readonly string[]): string[] {
  return selection.filter((id) => project.components.some((c) => c.id === id));
}
