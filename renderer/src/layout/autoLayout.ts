import ELK from 'elkjs/lib/elk-api.js';
import ElkWorker from './elkWorker?worker';
import LargeLayoutWorker from './largeLayoutWorker?worker';
import type { Project } from '../../../shared/model/project';
import { unpackLayout, type PackedLayout } from './largeLayoutAnswer';
import type { AutoLayoutMode, CanvasSize, LayoutResult } from './layoutGraph';
import { buildElkGraph, componentsToPlace, LARGE_LAYOUT, largeLayoutInput, placeLargeResult, readElkResult } from './layoutGraph';

export interface LayoutJob {
  readonly result: Promise<LayoutResult | null>;
  /** Terminates the worker; `result` then resolves to null. */
  cancel(): void;
}

/** A worker started ahead of the job that will use it (see prepareLayoutWorker). */
let spare: Worker | null = null;

/**
 * Starts ELK's worker before the click that needs it: loading ELK's 2 MB script and starting
 * its runtime is a few hundred ms of a cold layout, and choosing a menu item takes about as long.
 * Called when the Auto-layout menu opens; the next ELK job takes the worker. Given the project,
 * not when neither menu item would use ELK: loading it would only compete with the large layout
 * for the CPU.
 */
export function prepareLayoutWorker(project?: Project): void {
  if (project && !mayUseElk(project)) return;
  spare ??= new ElkWorker();
}

/** Whether either kind of layout (the whole diagram, the unplaced components) would run ELK. */
function mayUseElk(project: Project): boolean {
  const unplaced = componentsToPlace(project, 'new').size;
  return project.components.length < LARGE_LAYOUT || (unplaced > 0 && unplaced < LARGE_LAYOUT);
}

/** Ends a prepared worker no job took (the editor closes). */
export function releaseLayoutWorker(): void {
  spare?.terminate();
  spare = null;
}

/**
 * Lays the diagram out in a dedicated web worker so a layout never blocks the page: ELK for
 * small diagrams, our own layered layout (largeLayout.ts) from LARGE_LAYOUT components on. Each
 * job gets its own worker: cancelling terminates it outright, which is the only way to stop ELK
 * mid-run.
 */
export function startLayout(project: Project, mode: AutoLayoutMode, canvas?: CanvasSize): LayoutJob {
  return componentsToPlace(project, mode).size >= LARGE_LAYOUT ? startLargeLayout(project, mode) : startElkLayout(project, mode, canvas);
}

function startElkLayout(project: Project, mode: AutoLayoutMode, canvas?: CanvasSize): LayoutJob {
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
    .layout(buildElkGraph(project, mode, canvas))
    .then((graph) => (cancelled ? null : readElkResult(project, graph, mode)))
    .finally(() => elk.terminateWorker());
  return {
    result: Promise.race([run, cancelledPromise]),
    cancel() {
      cancelled = true;
      worker?.terminate();
      settle();
    },
  };
}

/** Our own layout of a large diagram; its worker script is small, so it starts in milliseconds. */
function startLargeLayout(project: Project, mode: AutoLayoutMode): LayoutJob {
  const worker = new LargeLayoutWorker();
  let settle: (result: LayoutResult | null) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const answer = new Promise<LayoutResult | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const input = largeLayoutInput(project, mode);
  worker.onmessage = (event: MessageEvent<{ packed?: PackedLayout; error?: string }>) => {
    const { packed, error } = event.data;
    if (packed) settle(placeLargeResult(project, unpackLayout(input, packed), mode));
    else fail(new Error(error ?? 'the layout worker gave no answer'));
  };
  worker.onerror = (event) => fail(new Error(event.message || 'the layout worker failed to start'));
  worker.postMessage(input);
  return {
    result: answer.finally(() => worker.terminate()),
    cancel() {
      worker.terminate();
      settle(null);
    },
  };
}
