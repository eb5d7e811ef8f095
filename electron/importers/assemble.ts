import type { Component, ComponentKind } from '../../shared/model/component';
import { kindDefaults } from '../../shared/model/defaults';
import type { Connection } from '../../shared/model/connection';
import { CURRENT_SCHEMA_VERSION, Project } from '../../shared/model/project';
import { AppError } from '../../shared/ipc/errors';
import type { ImportReport } from '../../shared/ipc/importReport';
import { zodProblems } from '../../shared/model/problems';
import type { ComponentDraft, ConnectionDraft } from './draft';
import type { Links } from './links';
import { connectionKey, quoteNames, type ReportBuilder } from './reportBuilder';

/** The source of the components the import adds itself (the client in front). */
export const addedByImport = 'added by the import';

export interface Assembly {
  readonly name: string;
  readonly description: string;
  readonly drafts: readonly ComponentDraft[];
  readonly links: Links;
  /** Ids derive from it: the same seed and files give the same project. */
  readonly seed: string;
}

/** Turns drafts and their connections into a validated project and the finished report. */
export function assemble({ name, description, drafts, links, seed }: Assembly, report: ReportBuilder): { project: Project; report: ImportReport } {
  const id = (key: string) => seededUuid(seed, key);
  assertUniqueNames(drafts);
  const connections = mergeDuplicates(links.connections);
  refineWorkers(drafts, connections);
  describeKinds(drafts, report);
  const componentIds = new Map(drafts.map((d) => [d.name, id(`component:${d.name}`)]));
  const connectionIds = new Map<string, string>();
  const built = connections.map((draft) => {
    const connection = toConnection(draft, componentIds, id);
    connectionIds.set(connectionKey(draft.from, draft.to), connection.id);
    return connection;
  });
  describeConnections(connections, drafts, report);
  for (const { connection, text } of links.suggestions) {
    report.suggested.push({ connection: toConnection(connection, componentIds, (key) => id(`suggested:${key}`)), text });
  }
  const candidate = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: id('project'),
    name,
    description,
    components: drafts.map((draft) => toComponent(draft, componentIds.get(draft.name)!)),
    connections: built,
    workload: { entryPoints: drafts.filter((d) => d.kind === 'client').map((d) => ({ componentId: componentIds.get(d.name)!, peakRps: 0 })) },
  };
  const parsed = Project.safeParse(candidate);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', `The files produced a project Tenfold cannot accept; see the problems listed.`, zodProblems(parsed.error));
  }
  return { project: parsed.data, report: report.build(componentIds, connectionIds) };
}

/** Components are keyed by name while importing: two with one name would merge silently. */
function assertUniqueNames(drafts: readonly ComponentDraft[]): void {
  const seen = new Set<string>();
  for (const draft of drafts) {
    if (seen.has(draft.name))
      throw new AppError(
        'INVALID_INPUT',
        `Two components would both be called "${draft.name}" (${draft.source}); rename one of them in the files and import again.`,
      );
    seen.add(draft.name);
  }
}

function mergeDuplicates(connections: readonly ConnectionDraft[]): ConnectionDraft[] {
  const byKey = new Map<string, ConnectionDraft>();
  for (const connection of connections) {
    const key = connectionKey(connection.from, connection.to);
    const previous = byKey.get(key);
    if (!previous) byKey.set(key, { ...connection, evidence: [...connection.evidence] });
    else {
      previous.evidence.push(...connection.evidence);
      // A call read from settings outranks a start-up order for the same pair.
      if (previous.dependency === 'startup' && connection.dependency !== 'startup') Object.assign(previous, { ...connection, evidence: previous.evidence });
    }
  }
  return [...byKey.values()];
}

/**
 * A service that listens on no port, that nothing calls or waits for, and that sends or takes
 * messages is a worker (a consumer or a scheduler), whatever its name.
 */
function refineWorkers(drafts: readonly ComponentDraft[], connections: readonly ConnectionDraft[]): void {
  const called = new Set<string>();
  const messaging = new Set<string>();
  for (const c of connections) {
    if (c.kind === 'async') {
      messaging.add(c.from);
      messaging.add(c.to);
    } else called.add(c.to);
  }
  for (const draft of drafts) {
    if (draft.kind !== 'service' || draft.kindGuess.uncertain || draft.listens || draft.entry || called.has(draft.name) || !messaging.has(draft.name)) continue;
    draft.kind = 'worker';
    draft.kindGuess = { kind: 'worker', reason: 'it listens on no port, nothing calls it, and it sends or takes messages', uncertain: true };
  }
}

function describeKinds(drafts: readonly ComponentDraft[], report: ReportBuilder): void {
  const ownCode: ComponentDraft[] = [];
  for (const draft of drafts) {
    if (draft.source === addedByImport) continue;
    const guess = draft.kindGuess;
    const text = `"${draft.name}" is ${kindPhrase(draft.kind)}: ${guess.reason}.`;
    const target = { where: [draft.source], component: draft.name };
    if (guess.uncertain) {
      report.guessed(text, target);
      report.confirm(`Check the kind of "${draft.name}": guessed ${kindPhrase(draft.kind)} because ${guess.reason}.`, target);
    } else if (draft.kind === 'service') ownCode.push(draft);
    else
      report.evidence(text, {
        ...target,
        family: {
          key: `kind:${draft.kind}:${guess.reason}`,
          summary: (names) =>
            `${names.length} components are ${pluralKind(draft.kind)}: ${guess.reason.replace(/^its image/, 'their image')}: ${quoteNames(names)}.`,
        },
      });
  }
  if (ownCode.length > 3) {
    report.guessed(
      `${ownCode.length} components are services that run your own code (their images are not products Tenfold knows, or they are built from source): ${abbreviate(ownCode.map((d) => `"${d.name}"`))}.`,
      { where: ownCode.map((d) => d.source) },
    );
  } else
    for (const draft of ownCode)
      report.guessed(`"${draft.name}" is ${kindPhrase(draft.kind)}: ${draft.kindGuess.reason}.`, { where: [draft.source], component: draft.name });
}

function describeConnections(connections: readonly ConnectionDraft[], drafts: readonly ComponentDraft[], report: ReportBuilder): void {
  const kinds = new Map(drafts.map((d) => [d.name, d.kind]));
  const added = new Set(drafts.filter((d) => d.source === addedByImport).map((d) => d.name));
  const startups: string[] = [];
  const storeGuesses: string[] = [];
  const shares = new Map<string, number>();
  for (const c of connections) {
    // The entry points reported these already.
    if (added.has(c.from)) continue;
    const text = `"${c.from}" ${verb(c, kinds)} "${c.to}"${c.guess ? `: ${c.guess}` : ''}.`;
    const target = { where: c.evidence, connection: [c.from, c.to] as const };
    if (c.dependency === 'startup') {
      startups.push(`"${c.from}" → "${c.to}"`);
      report.guessed(text, target);
    } else if (c.guess && c.callsPerRequest !== undefined) {
      shares.set(c.from, (shares.get(c.from) ?? 0) + 1);
      report.guessed(text, target);
    } else if (c.guess && c.kind !== 'async' && ['database', 'cache', 'search', 'object-storage'].includes(kinds.get(c.to) ?? '')) {
      storeGuesses.push(`"${c.from}" → "${c.to}"`);
      report.guessed(text, target);
    } else if (c.guess) {
      report.guessed(text, target);
      report.confirm(`Check "${c.from}" → "${c.to}": ${c.guess}.`, target);
    } else report.evidence(text, target);
  }
  if (startups.length > 0) {
    report.confirm(
      startups.length === 1
        ? `${startups[0]}: a start-up order (depends_on or an init container) with no address in the settings, kept as a start-up dependency on no request path. If it is a real call, make it a call.`
        : `${startups.length} start-up orders (depends_on or init containers) with no address in the settings, kept as start-up dependencies on no request path. Make any that is a real call a call: ${abbreviate(startups)}.`,
    );
  }
  for (const [proxy, count] of shares) {
    report.confirm(
      `"${proxy}" routes to ${count} components: the share of its requests each receives is taken from its share of the routes. Set the real shares (calls per request) where you know them.`,
      { component: proxy },
    );
  }
  if (storeGuesses.length > 0) {
    report.confirm(
      `Whether a connection to a store reads, writes or both is not in deployment files: ${abbreviate(storeGuesses)}. Databases are taken as read and write, caches and search as read.`,
    );
  }
}

function verb(c: ConnectionDraft, kinds: ReadonlyMap<string, ComponentKind>): string {
  if (c.dependency === 'startup') return 'starts after';
  const to = kinds.get(c.to);
  const from = kinds.get(c.from);
  if (c.kind === 'async') {
    if (from === 'queue' || from === 'stream') return 'delivers messages to';
    if (to === 'monitoring') return 'sends logs or telemetry to';
    return 'publishes to';
  }
  if (c.kind === 'read') return 'reads from';
  if (c.kind === 'write') return 'reads and writes';
  return c.alternativeGroup ? `calls (through Service "${c.alternativeGroup}", one of several behind it)` : 'calls';
}

function abbreviate(items: readonly string[]): string {
  return items.length > 12 ? `${items.slice(0, 12).join(', ')} and ${items.length - 12} more` : items.join(', ');
}

function toConnection(draft: ConnectionDraft, componentIds: ReadonlyMap<string, string>, id: (key: string) => string): Connection {
  return {
    id: id(`connection:${draft.from}:${draft.to}`),
    from: componentIds.get(draft.from)!,
    to: componentIds.get(draft.to)!,
    kind: draft.kind,
    ...(draft.dependency ? { dependency: draft.dependency } : {}),
    ...(draft.alternativeGroup ? { alternativeGroup: draft.alternativeGroup } : {}),
    ...(draft.topics && draft.topics.length > 0 ? { topics: draft.topics } : {}),
    ...(draft.callsPerRequest !== undefined ? { callsPerRequest: draft.callsPerRequest } : {}),
  } as Connection;
}

function toComponent(draft: ComponentDraft, id: string): Component {
  const deployment = Object.keys(draft.deployment).length > 0 ? { deployment: draft.deployment } : {};
  const state = Object.keys(draft.state).length > 0 ? { state: draft.state } : {};
  const exposure = Object.keys(draft.exposure).length > 0 ? { exposure: draft.exposure } : {};
  return {
    id,
    name: draft.name.slice(0, 200),
    kind: draft.kind,
    ...(draft.image ? { technology: draft.image.slice(0, 200) } : {}),
    ...deployment,
    ...state,
    ...exposure,
  } as Component;
}

function pluralKind(kind: ComponentKind): string {
  const phrase = kindPhrase(kind).replace(/^an? /, '');
  return phrase.endsWith('s') ? phrase : `${phrase.replace(/ \(/, 's (').replace(/([^s])$/, '$1s')}`;
}

/** "a database", "an API gateway", "a CDN". */
const kindNouns: Partial<Record<ComponentKind, string>> = {
  search: 'search engine',
  'object-storage': 'object store',
  monitoring: 'monitoring tool',
  queue: 'queue (message broker)',
  stream: 'stream (log broker)',
};

export function kindPhrase(kind: ComponentKind): string {
  const label = kindNouns[kind] ?? kindDefaults[kind].label;
  // Lower-case the first letter only, so acronyms stay ("an API gateway", "an external API").
  const words = /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
  return `${/^[aeiouAEIOU]/.test(words) ? 'an' : 'a'} ${words}`;
}

/**
 * A UUID (version 4 layout) derived from a seed and a key: stable across runs for the same seed.
 * Four 32-bit lanes of a fast string hash (cyrb128): an import makes an id per component and
 * connection, and a cryptographic hash of each is far more work than ids need.
 */
export function seededUuid(seed: string, key: string): string {
  const text = `${seed}\u0000${key}`;
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
