/**
 * The worker that lays out large diagrams (largeLayout.ts): one message in, the positions out,
 * packed so the page receives them cheaply (largeLayoutAnswer.ts). It runs off the page's main
 * thread like ELK's worker, so even a 10,000-component layout never blocks input, and cancelling
 * a layout terminates it.
 */
import { largeLayout, type LargeLayoutInput } from './largeLayout';
import { packLayout } from './largeLayoutAnswer';

// In a worker `self.postMessage` takes the message and the transferables, not a target origin.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LargeLayoutInput>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  try {
    const packed = packLayout(event.data, largeLayout(event.data));
    scope.postMessage({ packed }, [packed.coordinates.buffer]);
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
