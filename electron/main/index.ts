import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openLibrary, type Library } from '../store/library';
import { DamagedLibrary } from '../store/libraryFile';
import { restoreBackup } from '../store/backups';
import { createHandlers } from '../handlers/handlers';
import { warmUpOnTemplates } from '../checking/engineWarmUp';
import { skipTopTierCompiler } from '../checking/engineTiering';
import { AppError } from '../../shared/ipc/errors';
import { projectFileText } from '../../shared/model/fileText';
import { APP_HOST, APP_SCHEME, contentSecurityPolicy, permissionAllowed } from './policy';
import { rendererFileFor, mimeTypeOf } from './appProtocol';
import { projectFileFromArgv } from './launchArgs';
import { buildMenuTemplate } from './menu';
import { registerContract } from './ipc';
import { createDesktopHandlers } from './desktopHandlers';
import { createAppWindow, hardenContents } from './windows';
import { renderExport } from './exportFiles';
import { writeFileAtomic } from '../exporters/projectFile';

/**
 * Tenfold's Electron main process: wiring only. Everything with logic lives in plain Node modules
 * (store, handlers, engine, exporters) or in the pure policy modules beside this file.
 */
skipTopTierCompiler();
const MAX_PROJECT_FILE_BYTES = 50 * 1024 * 1024;
const appRoot = app.getAppPath();
const rendererDir = join(appRoot, 'out', 'renderer');
const preloadPath = join(appRoot, 'out', 'preload', 'index.cjs');

// The renderer is served from app://tenfold/, a standard secure origin of our own (not file://).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// The same folder `tenfold serve` uses by default (electron/store/dataDir.ts): one library per user.
app.setName('Tenfold');
// No network of any kind: no auto-update, no crash upload, no background fetches.
app.commandLine.appendSwitch('disable-background-networking');

/** Project files asked for before the app was ready (macOS open-file, argv). */
const pendingFiles: string[] = [];
let library: Library | null = null;
/** Stops the engine warm-up if it is still running when the app quits. */
let stopWarmUp: () => void = () => undefined;

if (!app.requestSingleInstanceLock()) {
  // Another Tenfold is running: it receives our argv through `second-instance` and opens the file.
  app.quit();
} else {
  const firstFile = projectFileFromArgv(process.argv, process.cwd(), resolve);
  if (firstFile) pendingFiles.push(firstFile);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (library) void openProjectFile(path);
    else pendingFiles.push(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = projectFileFromArgv(argv, workingDirectory, resolve);
    if (file) void openProjectFile(file);
    else focusOrCreateWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Tenfold could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

/**
 * Opens the library; a damaged one offers its newest good backup (the damaged file is kept
 * aside), and any other failure is shown with its cause before the app quits.
 */
function openLibraryOrOffer(dataDir: string): Library | null {
  try {
    return openLibrary(dataDir);
  } catch (error) {
    if (error instanceof DamagedLibrary && error.backup) {
      const choice = dialog.showMessageBoxSync({
        type: 'error',
        title: 'Tenfold',
        message: 'The project library is damaged.',
        detail: `${error.message}\n\nRestore the backup taken ${error.backup.takenAt}? The damaged file is kept beside it.`,
        buttons: ['Restore the Backup', 'Quit'],
        defaultId: 0,
        cancelId: 1,
      });
      if (choice !== 0) return null;
      restoreBackup(dataDir, error.backup, new Date());
      return openLibrary(dataDir);
    }
    dialog.showErrorBox('Tenfold cannot open its library', error instanceof Error ? error.message : String(error));
    return null;
  }
}

function start(): void {
  const dataDir = process.env.TENFOLD_DATA_DIR?.trim() || app.getPath('userData');
  library = openLibraryOrOffer(dataDir);
  if (!library) {
    app.exit(1);
    return;
  }
  const lib = library;
  const handlers = createHandlers({ library: lib, templatesDir: join(appRoot, 'templates') });

  protocol.handle(APP_SCHEME, async (request) => {
    const file = new URL(request.url).host === APP_HOST ? rendererFileFor(request.url, rendererDir, { join, sep }) : null;
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    if (!response || !response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      status: 200,
      headers: { 'Content-Type': mimeTypeOf(file), 'Content-Security-Policy': contentSecurityPolicy(), 'X-Content-Type-Options': 'nosniff' },
    });
  });
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));

  const desktopHandlers = createDesktopHandlers({
    handlers,
    chooseProjectFile: async () => {
      const result = await dialog.showOpenDialog({
        title: 'Open a Tenfold project file',
        properties: ['openFile'],
        filters: [{ name: 'Tenfold project', extensions: ['json'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseSavePath: async (suggestedName) => {
      const result = await dialog.showSaveDialog({ title: 'Export', defaultPath: join(app.getPath('documents'), suggestedName) });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    readText: readProjectFileText,
    writeAtomic: async (path, content) => writeFileAtomic(path, content),
    renderExport: (projectId, format) => renderExport(lib, projectId, format),
  });
  registerContract(ipcMain, handlers, desktopHandlers);
  refreshMenu();

  const window = createAppWindow(preloadPath, settingsOf(lib));
  // Compile the engine while the user looks at the library (engineWarmUp.ts); not before the
  // window has loaded, so it does not slow the window's own start.
  window.webContents.once('did-finish-load', () => {
    stopWarmUp = warmUpOnTemplates(join(appRoot, 'templates'));
  });
  for (const file of pendingFiles.splice(0)) void openProjectFile(file);

  app.on('activate', () => focusOrCreateWindow());
}

function settingsOf(lib: Library) {
  return { get: (key: string) => lib.settings()[key], set: (key: string, value: string) => void lib.setSetting(key, value) };
}

async function readProjectFileText(path: string): Promise<string> {
  const info = await stat(path);
  if (info.size > MAX_PROJECT_FILE_BYTES) {
    throw new AppError('FILE_TOO_LARGE', `${path} is ${Math.round(info.size / 1024 / 1024)} MB; Tenfold opens project files up to 50 MB.`);
  }
  return projectFileText(await readFile(path), path.split(/[\\/]/).pop() ?? path);
}

/** Imports a project file (from the OS) into the library and opens it in a new window. */
async function openProjectFile(path: string): Promise<void> {
  if (!library) return;
  const handlers = createHandlers({ library, templatesDir: join(appRoot, 'templates') });
  try {
    const content = await readProjectFileText(path);
    const fileName = path.split(/[\\/]/).pop() ?? path;
    let result = await handlers['projects:import']({ fileName, content, mode: 'new' });
    if (result.status === 'conflict') {
      const choice = await dialog.showMessageBox({
        type: 'question',
        message: `"${result.existing.name}" is already in your library.`,
        detail: 'Replace it with the file (its current state stays in its revision history), or import the file as a copy?',
        buttons: ['Replace', 'Import a Copy', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
      });
      if (choice.response === 2) return;
      result = await handlers['projects:import']({ fileName, content, mode: choice.response === 0 ? 'replace' : 'copy' });
    }
    if (result.status === 'imported') {
      createAppWindow(preloadPath, settingsOf(library), result.project.id);
      refreshMenu();
    }
  } catch (error) {
    const detail =
      error instanceof AppError && error.problems
        ? error.problems
            .slice(0, 20)
            .map((p) => `${p.path}: ${p.message}`)
            .join('\n')
        : error instanceof Error
          ? error.message
          : String(error);
    dialog.showErrorBox(`Tenfold could not open ${path}`, detail);
  }
}

function focusOrCreateWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  } else if (library) {
    createAppWindow(preloadPath, settingsOf(library));
  }
}

function refreshMenu(): void {
  if (!library) return;
  const lib = library;
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: 'Tenfold',
    recent: lib.recent(10).map((p) => ({ id: p.id, name: p.name })),
    actions: {
      runCommand: (commandId) => BrowserWindow.getFocusedWindow()?.webContents.send('desktop:menuCommand', { commandId }),
      openProjectFile: () => void chooseAndOpen(),
      importProjectFile: () => void chooseAndOpen(),
      openRecent: (projectId) => createAppWindow(preloadPath, settingsOf(lib), projectId),
      newWindow: () => createAppWindow(preloadPath, settingsOf(lib)),
      showAbout: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: 'About Tenfold',
          message: `Tenfold ${app.getVersion()}`,
          detail: 'Find what breaks when traffic or data grows tenfold.',
        }),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as Electron.MenuItemConstructorOptions[]));
}

async function chooseAndOpen(): Promise<void> {
  const result = await dialog.showOpenDialog({
    title: 'Open a Tenfold project file',
    properties: ['openFile'],
    filters: [{ name: 'Tenfold project', extensions: ['json'] }],
  });
  const path = result.canceled ? undefined : result.filePaths[0];
  if (path) await openProjectFile(path);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => {
  stopWarmUp();
  library?.close();
  library = null;
});
