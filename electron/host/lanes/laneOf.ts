import type { Channel } from '../../../shared/ipc/contract';

/**
 * Where the web host runs each channel. The host's own thread ('main') only runs what costs the
 * same whatever the project's size (lists, settings, deletes), so it always answers at once; the
 * rest runs on three threads of its own, each with its own queue, so a save never waits behind a
 * check and a check never waits behind a 10 MB report:
 * - 'edit': reading and writing project content (open, save, rename, restore, review changes);
 * - 'check': the check channels, comparisons (two checks), and the check started as a project opens;
 * - 'bulk': exports and imports, which can take long on large projects.
 */
export type Lane = 'main' | 'edit' | 'check' | 'bulk';
export type WorkerLaneName = Exclude<Lane, 'main'>;

export const channelLanes: Readonly<Record<Channel, Lane>> = {
  'projects:list': 'main',
  'recent:list': 'main',
  'settings:get': 'main',
  'settings:set': 'main',
  'templates:list': 'main',
  'rules:docs': 'main',
  'projects:delete': 'main',
  'projects:undelete': 'main',
  'projects:revisions': 'main',
  'projects:create': 'edit',
  'projects:open': 'edit',
  'projects:save': 'edit',
  'projects:rename': 'edit',
  'projects:duplicate': 'edit',
  'projects:restore': 'edit',
  'projects:revision': 'edit',
  'review:update': 'edit',
  'review:decide': 'edit',
  'check:run': 'check',
  'check:changes': 'check',
  'check:opened': 'check',
  'projects:compare': 'check',
  'projects:export': 'bulk',
  'projects:import': 'bulk',
  'export:mermaid': 'bulk',
  'export:runbook': 'bulk',
  'export:report': 'bulk',
  'import:preview': 'bulk',
  'import:create': 'bulk',
};

/**
 * How long one request may run on a lane before it is stopped (its thread is ended and started
 * afresh) and answered TIMED_OUT. A check of 100,000 components takes about 10 s on our 2-core
 * machines; these leave room for slower ones, not for runaway work.
 */
export const laneBudgetMs: Readonly<Record<WorkerLaneName, number>> = { edit: 60_000, check: 90_000, bulk: 120_000 };

/** What each lane does, for messages. */
export const laneWork: Readonly<Record<WorkerLaneName, string>> = { edit: 'reading or saving the project', check: 'the check', bulk: 'the export or import' };
