import type { Database } from 'better-sqlite3';
import { up as initial } from './001-initial';
import { up as recentIndex } from './002-recent-index';
import { up as deletedProjects } from './003-deleted-projects';
import { up as revisionStorage } from './004-revision-storage';

export interface StoreMigration {
  /** The user_version the database has after this migration. */
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}

/** Every library schema migration, in order. Add one file and one line per change; never edit a released one. */
export const storeMigrations: readonly StoreMigration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'recent-index', up: recentIndex },
  { version: 3, name: 'deleted-projects', up: deletedProjects },
  { version: 4, name: 'revision-storage', up: revisionStorage },
];
