import ELK from 'elkjs/lib/elk-api.js';
import ElkWorker from './elkWorker?worker';
import type { Project } from '../../../shared/model/project';
import type { AutoLayoutMode } from '../editor/editorApi';
import { buildElkGraph, readElkResult, type LayoutResult } from './layoutGraph';

export interface LayoutJob {
  readonly result: Promise<LayoutResult | null>;
  /** Terminates the worker; `result` then resolves to null. */
  cancel(): void;
}

/** A worker started ahead of the job that will use it (see prepareLayoutWorker). */
let spare: Worker | null = null;

/**
 * Starts a layout worker before the click that needs it: loading ELK's 2 MB script and starting
 * its runtime is a few hundred ms of a cold layout, and choosing a menu item takes about as long.
 * Called when the Auto-layout menu opens; the next job takes the worker.
 */
export function prepareLayoutWorker(): void {
  spare ??= new ElkWorker();
}

/** Ends a prepared worker no job took (the editor closes). */
export function releaseLayoutWorker(): void {
  spare?.terminate();
  spare = null;
}

/**
 * Runs ELK in a dedicated web worker so a large layout never blocks the page. Each job gets its
 * own worker: cancelling terminates it outright, which is the only way to stop ELK mid-run.
 */
export function startLayout(project: Project, mode: AutoLayoutMode): LayoutJob {
  let worker: Worker | null = null;
  const elk = new ELK({
    workerFactory: () => {
      worker = spare ?? new ElkWorker();
      spare = null;
      return worker;
    },
  });
  let cancelled = false;
  let settle: () => void = () => undefined;
  const cancelledPromise = new Promise<null>((resolve) => {
    settle = () => resolve(null);
  });
  const run = elk
    .layout(buildElkGraph(project, mode))
    .then((graph) => (cancelled ? null : readElkResult(project, graph, mode)))
    .finally(() => elk.terminateWorker());
  return {
    result: Promise.race([run, cancelledPromise]),
    cancel() {
      cancelled = true;
      (worker as Worker | null)?.terminate();
      settle();
    },
  };
}
