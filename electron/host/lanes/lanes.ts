import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../packageRoot';
import { channelLanes, laneBudgetMs, laneWork, type Lane, type WorkerLaneName } from './laneOf';
import type { LaneEffect } from './laneMessages';
import { WorkerLane, type LaneRun, type WorkerScript } from './workerLane';

export interface Lanes {
  /** The lane a channel runs on ('main': the host's own thread). */
  laneOf(channel: string): Lane;
  /** `readOnly`: for a shared review's participant (laneMessages.ts). */
  run(lane: WorkerLaneName, channel: string, body: Uint8Array, readOnly?: boolean): LaneRun;
  close(): Promise<void>;
}

/**
 * The lane threads' script: out/main/laneWorker.js as built, or the TypeScript source when the
 * host itself runs from the sources (tests), through sourceRuntime.mjs. The file name is put
 * together at run time so the bundler leaves it alone.
 */
function laneScript(): WorkerScript {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = ['laneWorker', 'ts'].join('.');
    return { file: new URL(`./${entry}`, here), execArgv: ['--import', new URL('../../testing/sourceRuntime.mjs', here).href] };
  }
  return { file: join(findPackageRoot(fileURLToPath(new URL('.', here))), 'out', 'main', 'laneWorker.js'), execArgv: [] };
}

/**
 * The web host's lanes (laneOf.ts): a thread each for editing, checking and bulk work, started
 * with the host, so the host's own thread only reads requests and writes answers.
 */
export interface LaneOptions {
  readonly dataDir: string;
  readonly templatesDir: string;
  /** Overrides of laneBudgetMs (tests). */
  readonly budgetsMs?: Partial<Record<WorkerLaneName, number>>;
}

export function createLanes({ dataDir, templatesDir, budgetsMs = {} }: LaneOptions): Lanes {
  const script = laneScript();
  const lanes = {} as Record<WorkerLaneName, WorkerLane>;
  const forward = (effects: readonly LaneEffect[]): void => {
    for (const effect of effects) lanes.check.post(effect);
  };
  for (const lane of ['edit', 'check', 'bulk'] as const) {
    lanes[lane] = new WorkerLane({ lane, dataDir, templatesDir }, script, budgetsMs[lane] ?? laneBudgetMs[lane], laneWork[lane], forward);
    lanes[lane].start();
  }
  return {
    laneOf: (channel) => (Object.hasOwn(channelLanes, channel) ? channelLanes[channel as keyof typeof channelLanes] : 'main'),
    run: (lane, channel, body, readOnly = false) => lanes[lane].run(channel, body, readOnly),
    close: async () => {
      await Promise.all(Object.values(lanes).map((lane) => lane.close()));
    },
  };
}
