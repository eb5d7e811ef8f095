import type { Project } from '../../../shared/model/project';
import { eventDrivenMicroservices } from './eventDrivenMicroservices';
import { saasQueueWorkers } from './saasQueueWorkers';
import { singleNodeSqlite } from './singleNodeSqlite';
import { threeTierWeb } from './threeTierWeb';

/** The source of each file in templates/, by template id (= file name without .tenfold.json). */
export const templateSources: Readonly<Record<string, () => Project>> = {
  'single-node-sqlite': singleNodeSqlite,
  'three-tier-web': threeTierWeb,
  'saas-queue-workers': saasQueueWorkers,
  'event-driven-microservices': eventDrivenMicroservices,
};
