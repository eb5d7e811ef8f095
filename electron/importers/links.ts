import type { ComponentKind } from '../../shared/model/component';
import type { ConnectionKind } from '../../shared/model/connection';
import { mentionedHosts, type HostIndex, type HostTarget } from './addresses';
import type { BrokerRole, ComponentDraft, ConnectionDraft, Reference } from './draft';
import { brokerRoleOf, commandRoleOf, nameRoleOf } from './messaging';
import { connectionKey, type ReportBuilder } from './reportBuilder';

/** What one component's settings say about another. */
interface Mention {
  readonly from: ComponentDraft;
  readonly to: ComponentDraft;
  readonly where: string[];
  readonly roles: Set<BrokerRole>;
  readonly topics: Set<string>;
  group?: string;
  /** Only a shared address book names it (a ConfigMap others receive too). */
  sharedOnly: boolean;
  /** Only free text names it (a command line), not a setting. */
  commandOnly: boolean;
  /** Only start-up steps name it (init containers). */
  startupOnly: boolean;
  readOnly: boolean;
  readonly sharedBooks: Set<string>;
  /** Proxy routes (locations, backends) that lead to it. */
  routes: number;
}

export interface Links {
  readonly connections: ConnectionDraft[];
  /** Offered, not made: the user may add them. */
  readonly suggestions: Array<{ readonly connection: ConnectionDraft; readonly text: string }>;
}

/** A setting for read-only access: READ_DB_URL, spring.datasource.replica.url, DB_RO_HOST. */
const readOnlyKey = /(^|[_.-])(read|reader|readonly|read-only|replica|ro|secondary|slave)([_.-]|$)/i;
const brokerKinds: readonly ComponentKind[] = ['queue', 'stream'];
const storeTargets: readonly ComponentKind[] = ['database', 'cache', 'object-storage', 'search'];
/** Kinds whose settings name others without calling them (a store's peers, a scraper's targets). */
const passiveKinds: readonly ComponentKind[] = ['database', 'cache', 'queue', 'stream', 'object-storage', 'search', 'monitoring', 'registry'];

/**
 * Connections from what the drafts' settings name: host names in environment variables, command
 * lines and config files, compose links; start-up order (depends_on) alone becomes a start-up
 * dependency, never a call.
 */
export function linkDrafts(drafts: readonly ComponentDraft[], index: HostIndex, report: ReportBuilder): Links {
  const byName = new Map(drafts.map((draft) => [draft.name, draft]));
  const mentions = new Map<string, Mention>();
  const ignoredPassive = new Map<string, Set<string>>();
  for (const from of drafts) {
    const lookup = (host: string): HostTarget | undefined => {
      const alias = from.linkAliases?.get(host);
      return alias !== undefined ? { names: [alias] } : index.get(host);
    };
    for (const reference of from.references) {
      for (const { target } of mentionedHosts(reference, lookup)) {
        // Its own Service's name reaches its peers (other versions, other replicas), not a dependency.
        if (target.names.includes(from.name)) continue;
        for (const toName of target.names) {
          const to = byName.get(toName);
          if (!to || to === from) continue;
          if (passiveKinds.includes(from.kind) && !(from.kind === 'monitoring' && to.kind === 'monitoring')) {
            const set = ignoredPassive.get(from.name) ?? new Set<string>();
            set.add(to.name);
            ignoredPassive.set(from.name, set);
            continue;
          }
          note(mentions, from, to, reference, target.names.length > 1 ? target.group : undefined);
        }
      }
    }
    for (const link of from.linksTo) {
      const to = byName.get(link.name);
      if (!to) report.ignore(`"${from.name}" links to "${link.name}", which is not among the imported components (${link.where}).`);
      else if (to !== from) note(mentions, from, to, { text: link.name, key: 'links', where: link.where, form: 'setting' }, undefined);
    }
  }
  for (const [from, targets] of ignoredPassive) {
    report.ignore(
      `"${from}" names ${[...targets]
        .sort()
        .map((t) => `"${t}"`)
        .join(', ')} in its settings; as a ${byName.get(from)!.kind} it is not taken to call them.`,
    );
  }
  const connections: ConnectionDraft[] = [];
  const suggestions: Links['suggestions'] = [];
  const background = backgroundProcesses(drafts, mentions);
  const routeTotals = new Map<string, number>();
  for (const mention of mentions.values())
    if (mention.routes > 0) routeTotals.set(mention.from.name, (routeTotals.get(mention.from.name) ?? 0) + mention.routes);
  for (const mention of mentions.values()) {
    noteSessions(mention, report);
    const drafted = connectionsOf(mention, background);
    const routes = routeTotals.get(mention.from.name) ?? 0;
    if (mention.routes > 0 && routes > mention.routes) {
      // A proxy sends each request down one route: each upstream gets its routes' share, not every request.
      const share = Math.round((mention.routes / routes) * 1000) / 1000;
      for (const connection of drafted) {
        connection.callsPerRequest = share;
        connection.guess = `it gets ${mention.routes} of the ${routes} routes of "${mention.from.name}", so about ${Math.round(share * 1000) / 10}% of its requests are taken to go there; set the real share`;
      }
    }
    if (mention.sharedOnly) {
      const books = [...mention.sharedBooks].join(', ');
      for (const connection of drafted)
        suggestions.push({
          connection,
          text: `"${mention.from.name}" receives the address of "${mention.to.name}" through ${books}, which other components receive too; it may not call it.`,
        });
    } else connections.push(...drafted);
  }
  addStartupOrder(drafts, byName, mentions, connections, report);
  return { connections, suggestions };
}

function note(mentions: Map<string, Mention>, from: ComponentDraft, to: ComponentDraft, reference: Reference, group: string | undefined): void {
  const key = connectionKey(from.name, to.name);
  let mention = mentions.get(key);
  if (!mention) {
    mention = {
      from,
      to,
      where: [],
      roles: new Set(),
      topics: new Set(),
      sharedOnly: true,
      commandOnly: true,
      startupOnly: true,
      readOnly: true,
      sharedBooks: new Set(),
      routes: 0,
    };
    mentions.set(key, mention);
  }
  mention.where.push(reference.where);
  if (group !== undefined) mention.group = group;
  if (reference.sharedBook === undefined) mention.sharedOnly = false;
  else mention.sharedBooks.add(reference.sharedBook);
  if (reference.form !== 'command') mention.commandOnly = false;
  if (reference.startup !== true) mention.startupOnly = false;
  if (reference.form === 'route') mention.routes++;
  if (!readOnlyKey.test(reference.key)) mention.readOnly = false;
  const role = reference.role ?? (reference.form === 'command' ? commandRoleOf(reference.text) : brokerRoleOf(reference.key));
  if (role) mention.roles.add(role);
  for (const topic of reference.topics ?? []) mention.topics.add(topic);
}

/**
 * Components nothing calls or waits for and that open no port: background processes, which take
 * messages from a broker more often than they feed one.
 */
function backgroundProcesses(drafts: readonly ComponentDraft[], mentions: ReadonlyMap<string, Mention>): Set<string> {
  const needed = new Set<string>();
  for (const mention of mentions.values()) if (!brokerKinds.includes(mention.to.kind)) needed.add(mention.to.name);
  for (const draft of drafts) for (const dependency of draft.startsAfter) needed.add(dependency.name);
  return new Set(drafts.filter((d) => (d.kind === 'worker' || d.kind === 'service') && !d.listens && !d.entry && !needed.has(d.name)).map((d) => d.name));
}

/** A session setting that names a cache or database: sessions are kept outside the process. */
function noteSessions(mention: Mention, report: ReportBuilder): void {
  const { from, to } = mention;
  if (!['cache', 'database'].includes(to.kind) || from.state.sessions !== undefined) return;
  const where = mention.where.filter((w) => /session/i.test(w.split(': ').pop() ?? ''));
  if (where.length === 0) return;
  from.state.sessions = 'external-store';
  report.evidence(`"${from.name}" keeps its sessions in "${to.name}", not in its own memory.`, { where, component: from.name });
}

/** The connection (or, for a broker both fed and read, the two) a mention stands for. */
function connectionsOf(mention: Mention, background: ReadonlySet<string>): ConnectionDraft[] {
  const { from, to } = mention;
  const evidence = mention.where;
  if (mention.startupOnly)
    return [{ from: from.name, to: to.name, kind: 'sync', dependency: 'startup', evidence, guess: 'only a start-up step (an init container) names it' }];
  const alternative = mention.group !== undefined ? { alternativeGroup: mention.group } : {};
  if (brokerKinds.includes(to.kind)) {
    const roles = [...mention.roles].sort();
    let guess: string | undefined;
    if (roles.length === 0) {
      const byName = nameRoleOf(from.name);
      const role = byName ?? (from.kind === 'worker' || background.has(from.name) ? 'consume' : 'publish');
      roles.push(role);
      const why = byName
        ? 'its name says so'
        : role === 'consume'
          ? from.kind === 'worker'
            ? 'it is a worker'
            : 'nothing calls it and it opens no port, like a background consumer'
          : 'it serves requests, and nothing in its settings says it consumes';
      guess = `guessed that "${from.name}" ${role === 'consume' ? 'consumes from' : 'publishes to'} "${to.name}" (${why}); if it ${role === 'consume' ? 'publishes' : 'consumes'}, reverse the connection`;
    }
    return roles.map((role) => ({
      from: role === 'publish' ? from.name : to.name,
      to: role === 'publish' ? to.name : from.name,
      kind: 'async' as const,
      evidence,
      ...(guess ? { guess } : {}),
    }));
  }
  const kind = callKind(to.kind, mention.readOnly);
  const guessed = storeTargets.includes(to.kind)
    ? storeGuess(kind, to)
    : mention.commandOnly
      ? `"${from.name}" names "${to.name}" on its command line`
      : undefined;
  return [{ from: from.name, to: to.name, kind, evidence, ...alternative, ...(guessed ? { guess: guessed } : {}) }];
}

function callKind(target: ComponentKind, readOnly: boolean): ConnectionKind {
  if (target === 'database') return readOnly ? 'read' : 'write';
  if (target === 'object-storage') return 'write';
  if (target === 'cache' || target === 'search') return 'read';
  if (target === 'monitoring') return 'async';
  return 'sync';
}

function storeGuess(kind: ConnectionKind, to: ComponentDraft): string | undefined {
  if (to.kind === 'database' && kind === 'write') return 'taken to read and write; make it a read if it only reads';
  if (kind === 'read')
    return `taken to ${to.kind === 'database' ? 'only read (its setting names a replica or read-only access)' : 'read'}; make it a write if it changes data there`;
  return undefined;
}

/** depends_on without any other evidence: a start-up dependency (never a call); to a monitoring tool, nothing. */
function addStartupOrder(
  drafts: readonly ComponentDraft[],
  byName: ReadonlyMap<string, ComponentDraft>,
  mentions: ReadonlyMap<string, Mention>,
  connections: ConnectionDraft[],
  report: ReportBuilder,
): void {
  const ignoredTools: string[] = [];
  for (const from of drafts) {
    for (const dependency of from.startsAfter) {
      const to = byName.get(dependency.name);
      if (!to) {
        report.ignore(`"${from.name}" depends on "${dependency.name}", which is not among the imported components (${dependency.where}).`);
        continue;
      }
      if (to === from) continue;
      const mention = mentions.get(connectionKey(from.name, to.name));
      if (mention && !mention.sharedOnly) {
        mention.where.push(dependency.where);
        continue;
      }
      if (to.kind === 'monitoring') {
        ignoredTools.push(`"${from.name}" → "${to.name}"`);
        continue;
      }
      if (from.kind === 'load-balancer' || from.kind === 'api-gateway') {
        const guess = `a ${from.kind === 'load-balancer' ? 'proxy' : 'gateway'} that starts after "${to.name}" most likely routes to it (its routes are in a config file that was not given)`;
        connections.push({ from: from.name, to: to.name, kind: 'sync', evidence: [dependency.where], guess });
        continue;
      }
      connections.push({ from: from.name, to: to.name, kind: 'sync', dependency: 'startup', evidence: [dependency.where], guess: 'start-up order only' });
    }
  }
  if (ignoredTools.length > 0) {
    report.ignore(
      `Start-up order on monitoring tools was not imported (a tracing or log agent that starts first is not needed to serve requests): ${ignoredTools.slice(0, 20).join(', ')}${ignoredTools.length > 20 ? ` and ${ignoredTools.length - 20} more` : ''}.`,
    );
  }
}
