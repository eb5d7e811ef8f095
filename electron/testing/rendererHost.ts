import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi, type TenfoldApi } from '../../shared/ipc/api';
import { channels } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';
import type { OpenedProject } from '../../shared/ipc/contract';
import { dispatch } from '../handlers/dispatch';
import { createHandlers } from '../handlers/handlers';
import { openLibrary, type Library } from '../store/library';

/** The real host in the test's own process: handlers, engine and a library in a temporary folder. */
export interface RendererHost {
  /** What the Electron preload would give the page as `window.tenfold`. */
  readonly api: TenfoldApi;
  readonly library: Library;
  /** Stores the project and opens it as the app does (the host starts its first check). */
  open(project: Project): Promise<OpenedProject>;
  close(): void;
}

/**
 * For the renderer's component tests: they call the same handlers as the app, through the same
 * boundary (dispatch validates every input and output), so findings come from the real engine.
 * The page's API client reads `window.tenfold` once, as it loads: a test installs the host with
 * `await vi.hoisted(...)`, which runs before the test file's imports.
 */
export function hostInWindow(page: { tenfold?: TenfoldApi }): RendererHost {
  const host = openRendererHost();
  page.tenfold = host.api;
  return host;
}

export function openRendererHost(): RendererHost {
  const dir = mkdtempSync(join(tmpdir(), 'tenfold-renderer-'));
  const templatesDir = join(dir, 'templates');
  mkdirSync(templatesDir);
  const library = openLibrary(join(dir, 'data'));
  const handlers = createHandlers({ library, templatesDir });
  const api = createApi(channels, (channel, input) => dispatch(handlers, channel, input));
  return {
    api,
    library,
    open: async (project) => {
      library.create(project, 'Created for a test');
      const opened = await api['projects:open']({ id: project.id });
      if (!opened.ok) throw new Error(`projects:open failed: ${opened.error.message}`);
      return opened.value;
    },
    close: () => {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
