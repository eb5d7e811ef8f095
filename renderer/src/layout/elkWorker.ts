/**
 * The layout worker: ELK's own worker script, with its answers slimmed by `withoutEdges` (elkAnswer.ts).
 * Module evaluation follows import order, so the wrapper is installed before ELK's script sets
 * up its message handler; ELK looks `postMessage` up on `self` each time it answers.
 */
import './elkWorkerAnswers';
import 'elkjs/lib/elk-worker.min.js';
