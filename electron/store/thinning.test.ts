import { describe, expect, it } from 'vitest';
import { revisionsToThin, type ThinnedRevision } from './thinning';

const now = new Date('2026-03-20T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

function autosaves(fromHoursAgo: number, toHoursAgo: number, everyMinutes: number, firstId: number): ThinnedRevision[] {
  const revisions: ThinnedRevision[] = [];
  let id = firstId;
  for (let minutes = fromHoursAgo * 60; minutes >= toHoursAgo * 60; minutes -= everyMinutes) {
    revisions.push({ id: id++, savedAt: hoursAgo(minutes / 60), autosave: true });
  }
  return revisions;
}

describe('revision thinning', () => {
  it('keeps every revision of the last day', () => {
    const revisions = autosaves(23, 0, 5, 1);
    expect(revisionsToThin(revisions, revisions.at(-1)!.id, now)).toEqual([]);
  });

  it('keeps the last autosave of each hour for a week, then of each day', () => {
    // Every 10 minutes from 10 days ago to 2 days ago.
    const revisions = autosaves(240, 48, 10, 1);
    const dropped = new Set(revisionsToThin(revisions, null, now));
    const kept = revisions.filter((r) => !dropped.has(r.id));
    const hourly = kept.filter((r) => Date.parse(r.savedAt) >= now.getTime() - 7 * 24 * 3_600_000);
    const daily = kept.filter((r) => Date.parse(r.savedAt) < now.getTime() - 7 * 24 * 3_600_000);
    expect(new Set(hourly.map((r) => r.savedAt.slice(0, 13))).size).toBe(hourly.length);
    expect(new Set(daily.map((r) => r.savedAt.slice(0, 10))).size).toBe(daily.length);
    // The kept one is the last of its hour: nothing later in the same hour was kept or exists.
    for (const revision of hourly) {
      expect(revisions.filter((r) => r.savedAt.slice(0, 13) === revision.savedAt.slice(0, 13) && r.id > revision.id)).toEqual([]);
    }
    expect(hourly.length).toBeGreaterThan(100);
    expect(daily.length).toBe(4);
  });

  it('never drops explicit revisions or the current one', () => {
    const revisions: ThinnedRevision[] = [
      { id: 1, savedAt: hoursAgo(50.5), autosave: false },
      { id: 2, savedAt: hoursAgo(50.4), autosave: true },
      { id: 3, savedAt: hoursAgo(50.3), autosave: true },
      { id: 4, savedAt: hoursAgo(50.2), autosave: true },
      { id: 5, savedAt: hoursAgo(40.5), autosave: true },
      { id: 6, savedAt: hoursAgo(40.4), autosave: true },
    ];
    // 1 is explicit; 2 and 3 share an hour with 4, the last of it; 5 shares one with 6, the current.
    expect(revisionsToThin(revisions, 6, now)).toEqual([2, 3, 5]);
  });
});
