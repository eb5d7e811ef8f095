/**
 * The native menu as data. Items that act on the open project run the renderer's own commands
 * (the same ones the command palette lists), so the menu, the palette and the shortcuts can
 * never disagree; file dialogs run in main. Built without importing Electron, so it is tested
 * as plain data; main passes the result to Menu.buildFromTemplate.
 */
export interface MenuEntry {
  label?: string;
  role?: string;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuEntry[];
  click?: () => void;
}

export interface RecentProject {
  readonly id: string;
  readonly name: string;
}

export interface MenuActions {
  /** Runs a renderer command by id (see renderer/src/palette/commands.tsx) in the focused window. */
  runCommand(commandId: string): void;
  openProjectFile(): void;
  importProjectFile(): void;
  openRecent(projectId: string): void;
  newWindow(): void;
  showAbout(): void;
}

export interface MenuOptions {
  readonly platform: string;
  readonly appName: string;
  readonly recent: readonly RecentProject[];
  readonly actions: MenuActions;
}

/** Renderer command ids the menu triggers. */
export const menuCommands = {
  newProject: 'library.new',
  undo: 'editor.undo',
  redo: 'editor.redo',
  zoomIn: 'canvas.zoomIn',
  zoomOut: 'canvas.zoomOut',
  fit: 'canvas.fit',
  toggleTheme: 'app.theme.toggle',
  reviewMode: 'review.start',
  shortcuts: 'help.shortcuts',
  ruleDocs: 'help.ruleDocs',
  exportMermaid: 'export.mermaid',
  exportRunbook: 'export.runbook',
  exportReport: 'export.report',
  exportProjectFile: 'export.projectFile',
  selectAll: 'editor.selectAll',
} as const;

const separator: MenuEntry = { type: 'separator' };

export function buildMenuTemplate({ platform, appName, recent, actions }: MenuOptions): MenuEntry[] {
  const mac = platform === 'darwin';
  const run = (id: string) => () => actions.runCommand(id);
  const recentItems: MenuEntry[] =
    recent.length === 0
      ? [{ label: 'No recent projects', enabled: false }]
      : recent.slice(0, 10).map((project) => ({ label: project.name, click: () => actions.openRecent(project.id) }));

  const file: MenuEntry = {
    label: 'File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: run(menuCommands.newProject) },
      { label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWindow() },
      { label: 'Open Project File…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProjectFile() },
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => actions.importProjectFile() },
      {
        label: 'Export',
        submenu: [
          { label: 'Mermaid Diagram…', click: run(menuCommands.exportMermaid) },
          { label: 'Runbook…', click: run(menuCommands.exportRunbook) },
          { label: 'Review Report…', click: run(menuCommands.exportReport) },
          { label: 'Project File…', accelerator: 'CmdOrCtrl+Shift+E', click: run(menuCommands.exportProjectFile) },
        ],
      },
      { label: 'Open Recent', submenu: recentItems },
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Exit' },
    ],
  };

  const edit: MenuEntry = {
    label: 'Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: run(menuCommands.undo) },
      { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: run(menuCommands.redo) },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { label: 'Select All', accelerator: 'CmdOrCtrl+A', click: run(menuCommands.selectAll) },
    ],
  };

  const view: MenuEntry = {
    label: 'View',
    submenu: [
      { label: 'Zoom In', accelerator: 'CmdOrCtrl+=', click: run(menuCommands.zoomIn) },
      { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: run(menuCommands.zoomOut) },
      { label: 'Fit Diagram', accelerator: 'Shift+1', click: run(menuCommands.fit) },
      separator,
      { label: 'Toggle Theme', click: run(menuCommands.toggleTheme) },
      { label: 'Review Mode', accelerator: 'CmdOrCtrl+Shift+R', click: run(menuCommands.reviewMode) },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuEntry = {
    label: 'Help',
    submenu: [
      { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: run(menuCommands.shortcuts) },
      { label: 'Rule Documentation', click: run(menuCommands.ruleDocs) },
      ...(mac ? [] : [separator, { label: `About ${appName}`, click: () => actions.showAbout() }]),
    ],
  };

  const appMenu: MenuEntry = {
    label: appName,
    submenu: [
      { label: `About ${appName}`, click: () => actions.showAbout() },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  return mac ? [appMenu, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help];
}
