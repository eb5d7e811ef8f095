import type { Reference } from './draft';

/** The components a host name reaches: one, or several behind one Kubernetes Service. */
export interface HostTarget {
  readonly names: readonly string[];
  /** The Service's name when it spreads calls over several components (they are alternatives). */
  readonly group?: string;
}

/** `name.namespace.svc` and `name.namespace.svc.cluster.local`. */
const serviceDomain = /^([^.]+)\.[^.]+\.svc(?:\.cluster\.local)?$/;
/** A StatefulSet pod's own name before its Service's: `db-0.db`, `db-1.db.shop.svc.cluster.local`. */
const podDomain = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-\d+\.(.+)$/;

/** Host names → components, built once per import; each lookup is a few map accesses. */
export class HostIndex {
  private readonly hosts = new Map<string, HostTarget>();
  /** Kubernetes Services whose manifests state no namespace, by name: they run in whichever they are applied to. */
  private readonly anyNamespace = new Map<string, HostTarget>();
  /** StatefulSet pods by the StatefulSet's name: the Service that governs them, and the StatefulSet. */
  private readonly podSets = new Map<string, Array<{ readonly service: HostTarget; readonly target: HostTarget }>>();

  /** Adds a host name; an earlier entry wins unless `replace` (a service's own name beats an alias). */
  add(host: string, target: HostTarget, replace = false): void {
    const key = host.toLowerCase();
    if (key === '' || (!replace && this.hosts.has(key))) return;
    this.hosts.set(key, target);
  }

  /** A Service with no namespace in its manifest answers `name.<any namespace>.svc[.cluster.local]`. */
  addInAnyNamespace(name: string, target: HostTarget): void {
    const key = name.toLowerCase();
    if (!this.anyNamespace.has(key)) this.anyNamespace.set(key, target);
  }

  /** The pods of StatefulSet `set` answer `set-N.` followed by any name of its governing Service (`service`, as added). */
  addPods(set: string, service: HostTarget, target: HostTarget): void {
    const key = set.toLowerCase();
    const list = this.podSets.get(key) ?? [];
    list.push({ service, target });
    this.podSets.set(key, list);
  }

  get(host: string): HostTarget | undefined {
    const found = this.hosts.get(host);
    if (found !== undefined || !host.includes('.')) return found;
    const inNamespace = serviceDomain.exec(host);
    if (inNamespace) {
      const target = this.anyNamespace.get(inNamespace[1]!);
      if (target) return target;
    }
    const pod = podDomain.exec(host);
    if (pod && this.podSets.size > 0) {
      const sets = this.podSets.get(pod[1]!);
      const service = sets && this.get(pod[2]!);
      return service ? sets.find((s) => s.service === service)?.target : undefined;
    }
    return undefined;
  }

  get size(): number {
    return this.hosts.size;
  }
}

/** Setting names that hold a name (a database, a user, a queue), not an address. */
const nameKey =
  /(^|[_.-])(database|db|dbname|name|user|username|login|password|pass|pwd|secret|table|schema|collection|bucket|index|queue|queues|topic|topics|exchange|routingkey|path|file|dir|folder|version|id|group|groupid|application|app|catalog|key|prefix|suffix|tag|label|title|realm|tenant|role|region|zone|cluster|namespace|level|mode|profile|env|environment|type|format|class|package|controllerpackage)$/i;
/** Setting names that hold an address even when they end like a name (HOST_NAME, SERVER_NAME). */
const hostKey = /host|addr|server|url|uri|endpoint|broker|dsn/i;
/** A setting inside a connection string ("database=orders") that names something other than a host. */
const nameSubKey = /(database|initial catalog|user id|uid|user|username|password|pwd|schema|catalog|dbname|application name)\s*=\s*$/i;

const tokenPattern = /[A-Za-z0-9_][A-Za-z0-9_.-]*/g;

/**
 * The host names a setting mentions, looked up word by word (never by scanning every known host),
 * so a whole import stays linear in its size. A word counts when it stands where a host stands:
 * not a URL path segment ("/orders"), not a scheme or a user ("postgres:", "user:pw@"), and, in a
 * setting that holds a name (DATABASE=orders), only in an address form ("//orders", "orders:5432").
 */
export function mentionedHosts(reference: Reference, lookup: (host: string) => HostTarget | undefined): Array<{ host: string; target: HostTarget }> {
  const { text } = reference;
  const found: Array<{ host: string; target: HostTarget }> = [];
  const holdsName = reference.form === 'setting' && nameKey.test(reference.key) && !hostKey.test(reference.key);
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const raw = match[0];
    const token = raw.replace(/[.-]+$/, '').toLowerCase();
    const target = lookup(token);
    if (target === undefined) continue;
    const start = match.index;
    const end = start + token.length;
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.slice(end, end + 2);
    if (before.endsWith('/') && !before.endsWith('//')) continue;
    if (after[0] === '@' || (after[0] === ':' && !/\d|\$/.test(after[1] ?? ''))) continue;
    const addressForm = before.endsWith('//') || before.endsWith('@') || (after[0] === ':' && /\d/.test(after[1] ?? ''));
    if (holdsName && !addressForm) continue;
    if (!addressForm && nameSubKey.test(text.slice(Math.max(0, start - 20), start))) continue;
    found.push({ host: token, target });
  }
  return found;
}

/** "db" in "postgres://u@db:5432/x" or "db", but not in "carts-db", "mongodb" or "db.example.com". */
export function mentionsHost(text: string, host: string): boolean {
  const target: HostTarget = { names: [host] };
  const wanted = host.toLowerCase();
  return mentionedHosts({ text, key: '', where: '', form: 'command' }, (token) => (token === wanted ? target : undefined)).length > 0;
}
