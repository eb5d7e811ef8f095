import {
  Component,
  computeKinds,
  Delivery,
  DeliveryPattern,
  Failover,
  HeavyWork,
  InProcessState,
  Invalidation,
  ScalingMode,
  SessionStorage,
  storeKinds,
  type ComponentKind,
} from '../../../shared/model/component';
import { effectiveCapacity, kindDefaults } from '../../../shared/model/defaults';
import { fieldShape, type FieldSchema } from './fieldSchema';
import { getIn, type Path } from './paths';

/**
 * The inspector's form for a component, as data: every property of docs/model.md in sections.
 * Validation comes from the zod schema of each property (schemaAt), defaults from defaults.ts.
 */
type Default = (component: Component) => number | boolean | string | null | undefined;

/** Kinds a field applies to, when narrower than its section's. */
type Applies = (kind: ComponentKind) => boolean;

export type FieldSpec =
  | {
      readonly type: 'number';
      readonly path: Path;
      readonly label: string;
      readonly integer?: boolean;
      readonly scale?: number;
      readonly suffix?: string;
      readonly description?: string;
      readonly default?: Default;
    }
  | {
      readonly type: 'bool';
      readonly path: Path;
      readonly label: string;
      readonly description?: string;
      readonly default?: Default;
      readonly applies?: Applies;
    }
  | {
      readonly type: 'enum';
      readonly path: Path;
      readonly label: string;
      readonly options: readonly string[];
      readonly description?: string;
      readonly default?: Default;
    }
  | { readonly type: 'list'; readonly path: Path; readonly label: string; readonly options: readonly string[] }
  | { readonly type: 'text'; readonly path: Path; readonly label: string; readonly multiline?: boolean; readonly placeholder?: string };

export interface SectionSpec {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  /** Kinds the section applies to; for others it shows only with "show all properties" or once a field in it is set. */
  readonly relevant: (kind: ComponentKind) => boolean;
}

const always = () => true;
const notClient = (kind: ComponentKind) => kind !== 'client';
/** A third party's API is not deployed or scaled by the team; its capacity (a rate limit, an SLA) still matters. */
const deployed = (kind: ComponentKind) => kind !== 'client' && kind !== 'external-api';
const balancer = (kind: ComponentKind) => kind === 'load-balancer' || kind === 'api-gateway';
const compute = (kind: ComponentKind) => computeKinds.includes(kind);
/** Stores whose data grows and must be kept: a queue's messages or a cache's entries are not sized, backed up or archived. */
const holdsData = (kind: ComponentKind) => storeKinds.includes(kind) && kind !== 'queue' && kind !== 'cache';
const cap =
  (key: keyof ReturnType<typeof effectiveCapacity>): Default =>
  (c) =>
    effectiveCapacity(c)[key].value;

export const componentSections: readonly SectionSpec[] = [
  {
    id: 'deployment',
    title: 'Deployment',
    relevant: deployed,
    fields: [
      {
        type: 'number',
        path: ['deployment', 'instances'],
        label: 'Instances',
        integer: true,
        description: 'Running today (or the autoscaling minimum)',
        default: (c) => kindDefaults[c.kind].instances,
      },
      { type: 'number', path: ['deployment', 'maxInstances'], label: 'Maximum instances', integer: true, description: 'Autoscaling maximum, licence or quota' },
      { type: 'bool', path: ['deployment', 'autoscaling'], label: 'Autoscaling', default: () => false },
      { type: 'text', path: ['deployment', 'autoscalingMetric'], label: 'Autoscaling metric', placeholder: 'e.g. CPU 60%' },
      {
        type: 'enum',
        path: ['deployment', 'scalingMode'],
        label: 'Scaling mode',
        options: ScalingMode.options,
        default: (c) => kindDefaults[c.kind].scalingMode,
      },
      { type: 'enum', path: ['deployment', 'failover'], label: 'Failover', options: Failover.options, default: () => 'none' },
      { type: 'bool', path: ['deployment', 'healthCheck'], label: 'Health check', default: () => false },
      {
        type: 'bool',
        path: ['deployment', 'managed'],
        label: 'Managed service',
        description: 'Run by a cloud provider rather than by you',
        default: () => false,
      },
      {
        type: 'bool',
        path: ['deployment', 'stickySessions'],
        label: 'Sticky sessions',
        description: 'A client always reaches the same instance',
        default: () => false,
        applies: balancer,
      },
    ],
  },
  {
    id: 'capacity',
    title: 'Capacity',
    relevant: notClient,
    fields: [
      {
        type: 'number',
        path: ['capacity', 'ratePerInstance'],
        label: 'Rate per instance',
        suffix: '/s',
        description: 'Requests, queries or messages one instance sustains',
        default: cap('ratePerInstance'),
      },
      { type: 'number', path: ['capacity', 'p99LatencyMs'], label: 'p99 latency', suffix: 'ms', default: cap('p99LatencyMs') },
      { type: 'number', path: ['capacity', 'maxConnections'], label: 'Max connections', integer: true, default: cap('maxConnections') },
      {
        type: 'number',
        path: ['capacity', 'poolSize'],
        label: 'Connection pool size',
        integer: true,
        description: 'Per instance, to each store it uses',
        default: cap('poolSize'),
      },
      { type: 'number', path: ['capacity', 'availability'], label: 'Availability of one instance', scale: 100, suffix: '%', default: cap('availability') },
    ],
  },
  {
    id: 'state',
    title: 'State',
    relevant: compute,
    fields: [
      { type: 'enum', path: ['state', 'sessions'], label: 'Session storage', options: SessionStorage.options },
      { type: 'bool', path: ['state', 'localDiskWrites'], label: 'Writes to local disk' },
      { type: 'list', path: ['state', 'inProcess'], label: 'In-process state', options: InProcessState.options },
      { type: 'bool', path: ['state', 'durableData'], label: 'Holds durable data' },
    ],
  },
  {
    id: 'data',
    title: 'Data',
    relevant: holdsData,
    fields: [
      { type: 'number', path: ['data', 'sizeGb'], label: 'Size today', suffix: 'GB' },
      { type: 'number', path: ['data', 'growthGbPerMonth'], label: 'Growth per month', suffix: 'GB' },
      { type: 'number', path: ['data', 'singleNodeLimitGb'], label: 'Single-node limit', suffix: 'GB' },
      { type: 'number', path: ['data', 'readReplicas'], label: 'Read replicas', integer: true },
      { type: 'number', path: ['data', 'readShare'], label: 'Share of reads', scale: 100, suffix: '%' },
      { type: 'bool', path: ['data', 'partitioned'], label: 'Partitioned or sharded' },
      { type: 'bool', path: ['data', 'backups', 'enabled'], label: 'Backups' },
      { type: 'bool', path: ['data', 'backups', 'pointInTimeRecovery'], label: 'Point-in-time recovery' },
      { type: 'bool', path: ['data', 'backups', 'restoreTested'], label: 'Restore tested' },
      { type: 'bool', path: ['data', 'retention'], label: 'Retention or archival plan' },
      { type: 'enum', path: ['data', 'keyType'], label: 'Key type', options: ['uuid', 'sequential'] },
      { type: 'enum', path: ['data', 'deletes'], label: 'Deletes', options: ['soft', 'hard'] },
      { type: 'bool', path: ['data', 'auditTrail'], label: 'Deleted records must stay auditable' },
      { type: 'bool', path: ['data', 'indexesReviewed'], label: 'Indexes reviewed for query patterns' },
    ],
  },
  {
    id: 'messaging',
    title: 'Messaging',
    relevant: (kind) => kind === 'queue' || kind === 'stream',
    fields: [
      { type: 'bool', path: ['messaging', 'durable'], label: 'Durable' },
      { type: 'bool', path: ['messaging', 'deadLetterQueue'], label: 'Dead-letter queue' },
      { type: 'number', path: ['messaging', 'maxRetries'], label: 'Max delivery retries', integer: true },
      { type: 'number', path: ['messaging', 'maxLength'], label: 'Max length', integer: true },
      { type: 'bool', path: ['messaging', 'depthAlert'], label: 'Depth or age alert' },
      { type: 'enum', path: ['messaging', 'delivery'], label: 'Delivery', options: Delivery.options },
      {
        type: 'enum',
        path: ['messaging', 'pattern'],
        label: 'Delivery pattern',
        options: DeliveryPattern.options,
        description: 'Who receives each message',
        default: () => 'pub-sub',
      },
      { type: 'number', path: ['messaging', 'eventsPerDay'], label: 'Events per day' },
    ],
  },
  {
    id: 'cache',
    title: 'Cache',
    relevant: (kind) => kind === 'cache' || kind === 'cdn',
    fields: [
      { type: 'number', path: ['cache', 'ttlSeconds'], label: 'TTL', suffix: 's' },
      { type: 'enum', path: ['cache', 'invalidation'], label: 'Invalidation', options: Invalidation.options },
      { type: 'number', path: ['cache', 'hitRatio'], label: 'Hit ratio', scale: 100, suffix: '%' },
      { type: 'bool', path: ['cache', 'treatedAsDurable'], label: 'Treated as durable' },
    ],
  },
  {
    id: 'api',
    title: 'API',
    relevant: (kind) => ['service', 'api-gateway', 'function', 'identity'].includes(kind),
    fields: [
      { type: 'enum', path: ['api', 'visibility'], label: 'Visibility', options: ['public', 'internal'] },
      { type: 'bool', path: ['api', 'versioned'], label: 'Versioned' },
      { type: 'bool', path: ['api', 'hasListEndpoints'], label: 'Has list endpoints' },
      { type: 'bool', path: ['api', 'listsPaginated'], label: 'Lists paginated' },
      { type: 'bool', path: ['api', 'hasMutations'], label: 'Has mutating endpoints' },
      { type: 'bool', path: ['api', 'idempotencyKeys'], label: 'Idempotency keys on mutations' },
      { type: 'bool', path: ['api', 'servesStaticAssets'], label: 'Serves static assets' },
      {
        type: 'bool',
        path: ['api', 'sequentialCalls'],
        label: 'Calls its dependencies one after another',
        description: 'Their latencies add up for every request',
      },
    ],
  },
  {
    id: 'heavyWork',
    title: 'Heavy work',
    relevant: (kind) => ['service', 'worker', 'function'].includes(kind),
    fields: [{ type: 'list', path: ['heavyWork'], label: 'Heavy work done inside', options: HeavyWork.options }],
  },
  {
    id: 'observability',
    title: 'Observability',
    relevant: (kind) => kind !== 'client' && kind !== 'external-api',
    fields: [
      { type: 'bool', path: ['observability', 'logs'], label: 'Logs' },
      { type: 'bool', path: ['observability', 'metrics'], label: 'Metrics' },
      { type: 'bool', path: ['observability', 'tracing'], label: 'Tracing (OpenTelemetry)' },
      { type: 'bool', path: ['observability', 'alerts'], label: 'Alerts on its golden signals' },
    ],
  },
  {
    id: 'testing',
    title: 'Testing',
    relevant: compute,
    fields: [
      { type: 'bool', path: ['testing', 'unit'], label: 'Unit tests' },
      { type: 'bool', path: ['testing', 'integration'], label: 'Integration tests' },
      { type: 'number', path: ['testing', 'loadTestedMultiple'], label: 'Load-tested up to', suffix: '× today', description: '0 or empty: never load-tested' },
      { type: 'bool', path: ['testing', 'failoverTested'], label: 'Failover tested' },
    ],
  },
  {
    id: 'exposure',
    title: 'Exposure',
    relevant: always,
    fields: [
      { type: 'bool', path: ['exposure', 'internet'], label: 'Reachable from the internet' },
      { type: 'bool', path: ['exposure', 'publishedPort'], label: 'Port published to the host' },
    ],
  },
];

/** The zod schema of one property, found by walking the Component schema along the path. */
export function schemaAt(path: Path): FieldSchema | undefined {
  let schema: FieldSchema | undefined = Component;
  for (const key of path) schema = fieldShape(schema)?.[key];
  return schema;
}

/**
 * The sections the inspector shows for a component: those that apply to its kind, and any other
 * section in which a property is set (an imported value stays visible and editable). With
 * `showAll`, every section. Fields narrower than their section (sticky sessions) follow the same rule.
 */
export function visibleSections(component: Component, showAll: boolean): SectionSpec[] {
  if (showAll) return [...componentSections];
  const shown: SectionSpec[] = [];
  for (const section of componentSections) {
    const fields = section.fields.filter((field) => fieldApplies(field, component));
    if (fields.length === 0) continue;
    const applies = section.relevant(component.kind) || fields.some((field) => getIn(component, field.path) !== undefined);
    if (applies) shown.push(fields.length === section.fields.length ? section : { ...section, fields });
  }
  return shown;
}

function fieldApplies(field: FieldSpec, component: Component): boolean {
  if (field.type !== 'bool' || !field.applies) return true;
  return field.applies(component.kind) || getIn(component, field.path) !== undefined;
}

/** A key that changes only when the visible sections do, for memoizing the form on it. */
export function sectionsKey(sections: readonly SectionSpec[]): string {
  return sections.map((s) => `${s.id}:${s.fields.length}`).join(' ');
}
