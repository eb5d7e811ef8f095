import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, menuCommands, type MenuEntry } from './menu';

function recorder() {
  const calls: string[] = [];
  const actions = {
    runCommand: (id: string) => calls.push(`command:${id}`),
    openProjectFile: () => calls.push('open'),
    importProjectFile: () => calls.push('import'),
    openRecent: (id: string) => calls.push(`recent:${id}`),
    newWindow: () => calls.push('new-window'),
    showAbout: () => calls.push('about'),
  };
  return { calls, actions };
}

function find(entries: readonly MenuEntry[], path: string[]): MenuEntry {
  const [head, ...rest] = path;
  const entry = entries.find((e) => e.label === head);
  if (!entry) throw new Error(`no menu item ${head} in ${entries.map((e) => e.label ?? e.role).join(', ')}`);
  return rest.length === 0 ? entry : find(entry.submenu ?? [], rest);
}

describe('native menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, plus the app and Window menus on macOS', () => {
    const { actions } = recorder();
    expect(buildMenuTemplate({ platform: 'linux', appName: 'Tenfold', recent: [], actions }).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const mac = buildMenuTemplate({ platform: 'darwin', appName: 'Tenfold', recent: [], actions });
    expect(mac.map((m) => m.label ?? m.role)).toEqual(['Tenfold', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
  });

  it('runs the same renderer commands the palette lists', () => {
    const { calls, actions } = recorder();
    const menu = buildMenuTemplate({ platform: 'win32', appName: 'Tenfold', recent: [], actions });
    find(menu, ['File', 'New Project…']).click!();
    find(menu, ['File', 'Export', 'Mermaid Diagram…']).click!();
    find(menu, ['File', 'Export', 'Runbook…']).click!();
    find(menu, ['File', 'Export', 'Review Report…']).click!();
    find(menu, ['File', 'Export', 'Project File…']).click!();
    find(menu, ['Edit', 'Undo']).click!();
    find(menu, ['Edit', 'Redo']).click!();
    find(menu, ['View', 'Fit Diagram']).click!();
    find(menu, ['View', 'Review Mode']).click!();
    find(menu, ['Help', 'Keyboard Shortcuts']).click!();
    find(menu, ['Help', 'Rule Documentation']).click!();
    expect(calls).toEqual(
      [
        menuCommands.newProject,
        menuCommands.exportMermaid,
        menuCommands.exportRunbook,
        menuCommands.exportReport,
        menuCommands.exportProjectFile,
        menuCommands.undo,
        menuCommands.redo,
        menuCommands.fit,
        menuCommands.reviewMode,
        menuCommands.shortcuts,
        menuCommands.ruleDocs,
      ].map((id) => `command:${id}`),
    );
  });

  it('opens files through main and lists recent projects', () => {
    const { calls, actions } = recorder();
    const menu = buildMenuTemplate({ platform: 'linux', appName: 'Tenfold', recent: [{ id: 'p1', name: 'Shop' }], actions });
    find(menu, ['File', 'Open Project File…']).click!();
    find(menu, ['File', 'Import…']).click!();
    find(menu, ['File', 'Open Recent', 'Shop']).click!();
    find(menu, ['Help', 'About Tenfold']).click!();
    expect(calls).toEqual(['open', 'import', 'recent:p1', 'about']);
    const empty = buildMenuTemplate({ platform: 'linux', appName: 'Tenfold', recent: [], actions });
    expect(find(empty, ['File', 'Open Recent', 'No recent projects']).enabled).toBe(false);
  });

  it('uses native roles for clipboard editing and standard accelerators for undo/redo', () => {
    const { actions } = recorder();
    const edit = find(buildMenuTemplate({ platform: 'linux', appName: 'Tenfold', recent: [], actions }), ['Edit']);
    expect(edit.submenu!.filter((e) => e.role).map((e) => e.role)).toEqual(['cut', 'copy', 'paste']);
    expect(find(edit.submenu!, ['Undo']).accelerator).toBe('CmdOrCtrl+Z');
    expect(find(edit.submenu!, ['Redo']).accelerator).toBe('Shift+CmdOrCtrl+Z');
  });
});

describe('menu commands exist in the renderer', () => {
  it('names only command ids that the renderer registers (so a menu item never does nothing)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const rendererDir = join(import.meta.dirname, '..', '..', 'renderer', 'src');
    const sources = (readdirSync(rendererDir, { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f))
      .map((f) => readFileSync(join(rendererDir, f), 'utf8'))
      .join('\n');
    const registered = new Set([...sources.matchAll(/id: '([a-zA-Z.]+)'/g)].map((m) => m[1]));
    for (const id of Object.values(menuCommands)) expect(registered.has(id), `renderer command ${id}`).toBe(true);
  });
});
