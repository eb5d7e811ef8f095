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

/**
 * Runs ELK in a dedicated web worker so a large layout never blocks the page. Each job gets its
 * own worker: cancelling terminates it outright, which is the only way to stop ELK mid-run.
 */
export function startLayout(project: Project, mode: AutoLayoutMode): LayoutJob {
  let worker: Worker | null = null;
  const elk = new ELK({
    workerFactory: () => {
      worker = new ElkWorker();
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
