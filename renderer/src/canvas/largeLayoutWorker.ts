/**
 * The worker that lays out large diagrams (largeLayout.ts): one message in, the positions out.
 * It runs off the page's main thread like ELK's worker, so even a 10,000-component layout never
 * blocks input, and cancelling a layout terminates it.
 */
import { largeLayout, type LargeLayoutInput } from './largeLayout';

// In a worker `self.postMessage` takes the message only, not a target origin as on a window.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LargeLayoutInput>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  try {
    scope.postMessage({ result: largeLayout(event.data) });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
