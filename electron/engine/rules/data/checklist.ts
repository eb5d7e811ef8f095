import type { Rule } from '../../types';
import { sharedDatabase } from './shared-database';
import { unpaginatedList } from './unpaginated-list';
import { unreviewedIndexes } from './unreviewed-indexes';
import { noArchival } from './no-archival';
import { sequentialKeys } from './sequential-keys';
import { hardDeletes } from './hard-deletes';
import { storeExposed } from './store-exposed';

/** The data checklist's rules, in the order reports and docs/rules list them. */
export const dataRules: readonly Rule[] = [sharedDatabase, unpaginatedList, unreviewedIndexes, noArchival, sequentialKeys, hardDeletes, storeExposed];
