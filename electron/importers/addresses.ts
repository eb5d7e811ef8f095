import type { Reference } from './draft';

/** The components a host name reaches: one, or several behind one Kubernetes Service. */
export interface HostTarget {
  readonly names: readonly string[];
  /** The Service's name when it spreads calls over several components (they are alternatives). */
  readonly group?: string;
}

/** Host names → components, built once per import; each lookup is one map access. */
export class HostIndex {
  private readonly hosts = new Map<string, HostTarget>();

  /** Adds a host name; an earlier entry wins unless `replace` (a service's own name beats an alias). */
  add(host: string, target: HostTarget, replace = false): void {
    const key = host.toLowerCase();
    if (key === '' || (!replace && this.hosts.has(key))) return;
    this.hosts.set(key, target);
  }

  get(host: string): HostTarget | undefined {
    return this.hosts.get(host);
  }

  get size(): number {
    return this.hosts.size;
  }
}

/** Setting names that hold a name (a database, a user, a queue), not an address. */
const nameKey = /(^|[_.-])(database|db|dbname|name|user|username|login|password|pass|pwd|secret|table|schema|collection|bucket|index|queue|queues|topic|topics|exchange|routingkey|path|file|dir|folder|version|id|group|groupid|application|app|catalog|key|prefix|suffix|tag|label|title|realm|tenant|role|region|zone|cluster|namespace|level|mode|profile|env|environment|type|format|class|package|controllerpackage)$/i;
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
