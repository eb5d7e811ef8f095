import type { Locator, Page } from 'playwright-core';

/** A box on the page, in CSS pixels. */
export type Box = { x: number; y: number; width: number; height: number };

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The element's box once two measures a moment apart agree (fit-view and layout animations run
 * late on a busy machine, and a drag between stale boxes hits nothing).
 */
export async function settledBox(locator: Locator): Promise<Box> {
  let last = await locator.boundingBox();
  for (let i = 0; i < 30; i++) {
    await pause(150);
    const next = await locator.boundingBox();
    if (last && next && last.x === next.x && last.y === next.y && last.width === next.width) return next;
    last = next;
  }
  throw new Error('the element kept moving or is not visible');
}

/** Waits until the canvas viewport's transform has been the same three times in a row. */
export async function settledViewport(page: Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  let last = '';
  let same = 0;
  for (let i = 0; i < 60 && same < 3; i++) {
    const now = (await viewport.getAttribute('style')) ?? '';
    same = now === last ? same + 1 : 0;
    last = now;
    await pause(150);
  }
}
