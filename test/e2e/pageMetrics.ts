import type { Page } from 'playwright-core';

/**
 * Main-thread measurements inside a page, shared by the editor e2e test and `npm run bench:ui`.
 * The in-page code is passed as text: this Node-side project has no DOM types, and the code
 * runs in Chromium, not here.
 */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** Starts recording long tasks (main-thread tasks over 50 ms) from now on. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  })()`);
}

export function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate<LongTask[]>('window.__longTasks ?? []');
}

/** performance.now() in the page. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate<number>('performance.now()');
}

/** Start time of the latest performance mark with this name, NaN when there is none. */
export function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate<number>(`performance.getEntriesByName(${JSON.stringify(name)}).at(-1)?.startTime ?? Number.NaN`);
}
