import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomModel } from '../engine/testing/randomModel';
import { warmUpEngine, warmUpOnTemplates } from './engineWarmUp';
import { listTemplates } from '../templates/templates';

const turns = (count: number) =>
  new Promise<void>((resolve) => {
    let left = count;
    const next = () => (--left <= 0 ? resolve() : setTimeout(next, 0));
    setTimeout(next, 0);
  });

describe('engine warm-up', () => {
  it('checks every project the given number of rounds, one check per turn of the event loop', async () => {
    const projects = [randomModel(1, 6).build(), randomModel(2, 9).build()];
    const heard: number[] = [];
    warmUpEngine(projects, 3, (checks) => heard.push(checks));
    // One turn is one check: not finished after a few turns, finished after all of them.
    await turns(2);
    expect(heard).toEqual([]);
    await turns(10);
    expect(heard).toEqual([6]);
  });

  it('stops when asked, and never keeps the process alive', async () => {
    const heard: number[] = [];
    const stop = warmUpEngine([randomModel(3, 5).build()], 1_000, (checks) => heard.push(checks));
    await turns(3);
    stop();
    await turns(10);
    expect(heard).toEqual([]);
  });

  it("warms up on the app's starter templates, and does nothing for a folder it cannot read", async () => {
    const templatesDir = join(__dirname, '..', '..', 'templates');
    const heard: number[] = [];
    warmUpOnTemplates(templatesDir, 2, (checks) => heard.push(checks));
    await turns(2 * listTemplates(templatesDir).length + 2);
    expect(heard).toEqual([2 * listTemplates(templatesDir).length]);
    expect(listTemplates(templatesDir).length).toBeGreaterThan(0);
    expect(() => warmUpOnTemplates(join(__dirname, 'no-such-folder'))()).not.toThrow();
  });
});
