/**
 * What the benches share: statistics, process CPU time, importing a generated project into a
 * running `tenfold serve`, and timing one auto-layout in the page.
 */
import type { Page } from 'playwright-core';
import { serializeProject } from '../shared/model/projectFile';
import { longTasks, markTime, recordLongTasks } from '../test/e2e/pageMetrics';
import { layeredModel } from './benchModel';
import { tokenHeaders } from '../test/e2e/support/tenfold';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** CPU time of this process in ms: steadier than wall time when other work shares the machine. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Imports the generated layered model of this size through the host's API; resolves with its project id. */
export async function importBenchProject(url: string, size: number, mode: 'new' | 'copy' = 'new'): Promise<string> {
  const content = serializeProject(layeredModel(size));
  const response = await fetch(new URL('api/projects:import', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...tokenHeaders(url) },
    body: JSON.stringify({ fileName: `bench-${size}.tenfold.json`, content, mode }),
  });
  const result = (await response.json()) as { ok: boolean; value?: { status: string; project: { id: string } }; error?: { message: string } };
  if (!result.ok || result.value?.status !== 'imported')
    throw new Error(`import of the ${size}-component project failed: ${JSON.stringify(result.error ?? result.value)}`);
  return result.value.project.id;
}

/** Renames a library project through the host, as the library's Rename dialog does. */
export async function renameProject(url: string, id: string, name: string): Promise<void> {
  const response = await fetch(new URL('api/projects:rename', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...tokenHeaders(url) },
    body: JSON.stringify({ id, name }),
  });
  const result = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!result.ok) throw new Error(`renaming project ${id} failed: ${result.error?.message ?? response.status}`);
}

/** One full auto-layout from the header menu: ELK's time in the worker and the longest main-thread task meanwhile. */
export async function layoutTime(page: Page): Promise<{ worker: number; longestTask: number }> {
  await recordLongTasks(page);
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await page.getByRole('menuitem', { name: 'Lay out the whole diagram' }).click();
  await page.getByTestId('layout-progress').waitFor({ state: 'attached', timeout: 10_000 });
  await page.getByTestId('layout-progress').waitFor({ state: 'detached', timeout: 120_000 });
  const start = await markTime(page, 'tenfold:layout-start');
  const done = await markTime(page, 'tenfold:layout-result');
  const during = (await longTasks(page)).filter((t) => t.start >= start && t.start < done);
  return { worker: done - start, longestTask: Math.max(0, ...during.map((t) => t.duration)) };
}

/**
 * Prints one table of `npm run bench`: the header row first, columns as wide as their widest cell,
 * figures right-aligned; `labelsLeft` left-aligns the first column (long row labels).
 */
export function printTable(rows: readonly (readonly string[])[], { labelsLeft = false }: { readonly labelsLeft?: boolean } = {}): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, col) => (widths[col] = Math.max(widths[col] ?? 0, cell.length)));
  for (const row of rows)
    console.log(row.map((cell, col) => (labelsLeft && col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  '));
}
