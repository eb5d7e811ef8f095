import { withoutEdges } from './elkAnswer';

// In the worker `self.postMessage` takes the message (and transferables), not a target origin.
const scope = self as unknown as { postMessage(message: unknown): void };
const post = scope.postMessage.bind(scope);
scope.postMessage = (message: unknown) => post(withoutEdges(message));
