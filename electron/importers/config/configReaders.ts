import { posix } from 'node:path';
import type { Reference } from '../draft';
import { brokerRoleOf } from '../messaging';
import { configLeaves } from './structured';

/** What a config file says: the addresses it names, and for a proxy, where it listens and whether it pins clients. */
export interface ConfigReading {
  readonly format: 'nginx' | 'haproxy' | 'envoy' | 'traefik' | 'caddy' | 'spring' | 'appsettings' | 'settings';
  readonly references: Reference[];
  /** Ports a proxy listens on (to find which component reads it). */
  readonly listenPorts: readonly number[];
  /** It routes requests to upstreams: the component that reads it is a proxy or gateway. */
  readonly routes: boolean;
  /** Where it pins each client to one upstream (sticky sessions), when it does. */
  readonly sticky?: string;
  /** The application name it declares (spring.application.name). */
  readonly appName?: string;
}

/** Reads a config file by its kind: nginx, HAProxy, Caddy and Envoy routes, Traefik backends, Spring, appsettings, any JSON/YAML/TOML/properties. */
export function readConfig(fileName: string, content: string, label = fileName): ConfigReading {
  const base = posix.basename(fileName).toLowerCase();
  const path = label;
  if ((base.endsWith('.conf') || base.startsWith('nginx')) && /\b(proxy_pass|upstream|server_name|listen)\b/.test(content) && /[{};]/.test(content))
    return readNginx(path, content);
  if (/^caddyfile|\.caddyfile$/.test(base)) return readCaddy(path, content);
  if (/haproxy/.test(base) || (/^\s*(backend|frontend|listen)\s+\S+/m.test(content) && /^\s*server\s+\S+\s+\S+:\d+/m.test(content)))
    return readHaproxy(path, content);
  const leaves = configLeaves(fileName, content, label);
  if (leaves.some((l) => /(^|\.)static_resources\./.test(l.path) || /(^|\.)clusters\.\d+\.(load_assignment|hosts)\./.test(l.path)))
    return readEnvoy(path, leaves);
  if (/traefik/.test(base) || leaves.some((l) => /(^|\.)(backends|http\.services)\./i.test(l.path) && /(^|\.)(url|servers)(\.|$)/i.test(l.path)))
    return readTraefik(path, leaves);
  const format = /^(application|bootstrap)([-.].*)?\.(ya?ml|properties)$/.test(base)
    ? 'spring'
    : /^appsettings(\..*)?\.json$/.test(base)
      ? 'appsettings'
      : 'settings';
  const references = withMessagingRoles(leaves.map((leaf) => settingReference(path, leaf.path, leaf.value)).filter((r) => r.text !== ''));
  const appName = leaves.find((l) => l.path === 'spring.application.name')?.value;
  return {
    format,
    references,
    listenPorts: leaves
      .filter((l) => /^server\.port$/.test(l.path))
      .map((l) => Number(l.value))
      .filter(Number.isInteger),
    routes: false,
    ...(appName ? { appName } : {}),
  };
}

const messagingPath = /kafka|rabbit|amqp|nats|pulsar|sqs|sns|activemq|artemis|jms|broker|bus|stream|queue|topic|event/i;

/**
 * A client's broker settings often name the broker once and its role elsewhere
 * (spring.kafka.bootstrap-servers beside spring.kafka.consumer.group-id): the roles a file's
 * messaging settings show apply to its broker addresses that show none.
 */
function withMessagingRoles(references: Reference[]): Reference[] {
  const roles = new Set(references.filter((r) => r.role && messagingPath.test(r.where)).map((r) => r.role!));
  if (roles.size === 0) return references;
  return references.flatMap((r) => (r.role || !messagingPath.test(r.where.split(': ').pop() ?? '') ? [r] : [...roles].map((role) => ({ ...r, role }))));
}

function settingReference(file: string, keyPath: string, value: string): Reference {
  const key =
    keyPath
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? keyPath;
  const role = brokerRoleOf(keyPath);
  return { text: value, key, where: `${file}: ${keyPath}`, form: 'setting', ...(role ? { role } : {}) };
}

/**
 * nginx: proxy_pass (and fastcgi/grpc/uwsgi_pass) targets, upstream servers, listen ports, ip_hash
 * or sticky. A target may be a variable (`set $api http://api:8080; proxy_pass $api;`), as
 * containers use so that nginx starts before its upstreams resolve.
 */
function readNginx(path: string, content: string): ConfigReading {
  const upstreams = new Map<string, Array<{ host: string; line: number }>>();
  const passes: Array<{ target: string; line: number; directive: string }> = [];
  const variables = new Map<string, string[]>();
  const listenPorts: number[] = [];
  let sticky: string | undefined;
  // The block each open brace started, so "}" knows when an upstream block ends.
  const blocks: Array<string | undefined> = [];
  for (const { text, line, opens, closes } of nginxStatements(content)) {
    const upstream = blocks.findLast((b) => b !== undefined);
    if (opens) {
      const named = /^upstream\s+(\S+)$/.exec(text);
      if (named) upstreams.set(named[1]!, []);
      blocks.push(named ? named[1]! : undefined);
      continue;
    }
    if (closes) {
      blocks.pop();
      continue;
    }
    const server = /^server\s+([^\s;]+)/.exec(text);
    if (upstream !== undefined && server) upstreams.get(upstream)!.push({ host: server[1]!, line });
    if (upstream !== undefined && /^(ip_hash|sticky|hash\s+\$cookie)/.test(text)) sticky = `${path}: line ${line} (${text})`;
    const set = /^set\s+\$(\w+)\s+(?:"([^"]*)"|'([^']*)'|(\S+))$/.exec(text);
    if (set) variables.set(set[1]!, [...(variables.get(set[1]!) ?? []), set[2] ?? set[3] ?? set[4]!]);
    const pass = /^(proxy_pass|fastcgi_pass|grpc_pass|uwsgi_pass)\s+(\S+)/.exec(text);
    if (pass) passes.push({ directive: pass[1]!, target: pass[2]!, line });
    const listen = /^listen\s+(?:\[?[^\s\]]*\]?:)?(\d+)/.exec(text);
    if (listen) listenPorts.push(Number(listen[1]));
  }
  const references: Reference[] = [];
  for (const pass of passes.flatMap((p) => withVariables(p, variables))) {
    const host = /^(?:[a-z]+:\/\/)?([^/:;$]+)/i.exec(pass.target)?.[1] ?? pass.target;
    const servers = upstreams.get(host);
    if (servers)
      for (const s of servers)
        references.push({ text: s.host, key: 'server', where: `${path}: line ${s.line} (upstream ${host}, used at line ${pass.line})`, form: 'route' });
    else references.push({ text: pass.target, key: pass.directive, where: `${path}: line ${pass.line} ${pass.directive}`, form: 'route' });
  }
  return { format: 'nginx', references, listenPorts, routes: references.length > 0, ...(sticky ? { sticky } : {}) };
}

/** A target naming `set` variables, once for each value they are set to; other variables ($host, $1) are left as they are. */
function withVariables<T extends { target: string }>(pass: T, variables: ReadonlyMap<string, readonly string[]>): T[] {
  for (const match of pass.target.matchAll(/\$\{?(\w+)\}?/g)) {
    const values = variables.get(match[1]!);
    if (!values) continue;
    const rest = new Map(variables);
    rest.delete(match[1]!);
    return values.flatMap((value) => withVariables({ ...pass, target: pass.target.replace(match[0], value) }, rest));
  }
  return [pass];
}

/** nginx's statements with their line: a directive ends at ";", a block opens at "{" and closes at "}". */
function nginxStatements(content: string): Array<{ text: string; line: number; opens: boolean; closes: boolean }> {
  const statements: Array<{ text: string; line: number; opens: boolean; closes: boolean }> = [];
  let current = '';
  let startLine = 1;
  // Inside a quoted string (`return 200 '{"ok":true}';`) or a `${name}` variable, ";{}" are text.
  let quote: string | undefined;
  let inVariable = false;
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = quote ? raw : raw.replace(/(^|\s)#.*$/, '');
    for (const char of line) {
      const literal = quote !== undefined || inVariable || (char === '{' && current.endsWith('$'));
      if (quote !== undefined && char === quote) quote = undefined;
      else if (quote === undefined && !inVariable && (char === '"' || char === "'")) quote = char;
      else if (char === '{' && current.endsWith('$')) inVariable = true;
      else if (inVariable && char === '}') inVariable = false;
      if (!literal && (char === ';' || char === '{' || char === '}')) {
        const text = current.trim();
        if (char !== '}' || text !== '') statements.push({ text, line: startLine, opens: char === '{', closes: false });
        if (char === '}') statements.push({ text: '', line: index + 1, opens: false, closes: true });
        current = '';
        continue;
      }
      if (current.trim() === '') startLine = index + 1;
      current += char;
    }
    current += ' ';
  });
  return statements.filter((s) => s.opens || s.closes || s.text !== '');
}

/** HAProxy: `server name host:port` lines, `bind :port`, cookie or source balancing. */
function readHaproxy(path: string, content: string): ConfigReading {
  const references: Reference[] = [];
  const listenPorts: number[] = [];
  let sticky: string | undefined;
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    const server = /^server\s+\S+\s+(\S+)/.exec(line);
    if (server) references.push({ text: server[1]!, key: 'server', where: `${path}: line ${index + 1} server`, form: 'route' });
    const bind = /^bind\s+\S*:(\d+)/.exec(line);
    if (bind) listenPorts.push(Number(bind[1]));
    if (/^(cookie\s+\S+\s+insert|balance\s+source|stick\s+)/.test(line)) sticky = `${path}: line ${index + 1} (${line})`;
  });
  return { format: 'haproxy', references, listenPorts, routes: references.length > 0, ...(sticky ? { sticky } : {}) };
}

/**
 * Caddy (Caddyfile): `reverse_proxy [matcher] upstream…` and its `to` lines are routes, site
 * addresses with a port (`:8080`, `http://shop.example.com:8443`) are where it listens, and a
 * cookie or client-IP `lb_policy` pins clients.
 */
function readCaddy(path: string, content: string): ConfigReading {
  const references: Reference[] = [];
  const listenPorts: number[] = [];
  let sticky: string | undefined;
  let depth = 0;
  let inProxy = -1;
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    const words = line.replace(/[{}]/g, ' ').trim().split(/\s+/).filter(Boolean);
    if (depth === 0 && line.endsWith('{') && !line.startsWith('(')) {
      for (const site of words) {
        const port = /:(\d+)$/.exec(
          site
            .replace(/^[a-z]+:\/\//i, '')
            .replace(/\/.*$/, '')
            .replace(/,$/, ''),
        );
        if (port) listenPorts.push(Number(port[1]));
      }
    }
    const directive = words[0];
    const upstreams = directive === 'reverse_proxy' ? words.slice(1) : directive === 'to' && inProxy >= 0 ? words.slice(1) : [];
    for (const upstream of upstreams) {
      if (/^[/@*]/.test(upstream)) continue;
      references.push({ text: upstream, key: directive!, where: `${path}: line ${index + 1} ${directive}`, form: 'route' });
    }
    if (directive === 'lb_policy' && /^(cookie|ip_hash|client_ip_hash)$/.test(words[1] ?? '')) sticky = `${path}: line ${index + 1} (${line})`;
    if (directive === 'reverse_proxy' && line.endsWith('{')) inProxy = depth;
    depth += (line.match(/{/g) ?? []).length - (line.match(/}/g) ?? []).length;
    if (inProxy >= 0 && depth <= inProxy) inProxy = -1;
  });
  return { format: 'caddy', references, listenPorts, routes: references.length > 0, ...(sticky ? { sticky } : {}) };
}

/** Envoy: cluster endpoint addresses are routes; listener ports are where it listens. */
function readEnvoy(path: string, leaves: ReturnType<typeof configLeaves>): ConfigReading {
  const references: Reference[] = [];
  const listenPorts: number[] = [];
  for (const leaf of leaves) {
    if (/clusters\.\d+\..*\.(address|url)$/.test(leaf.path) || /clusters\.\d+\.hosts\.\d+\.socket_address\.address$/.test(leaf.path))
      references.push({ text: leaf.value, key: 'address', where: `${path}: ${leaf.path}`, form: 'route' });
    else if (/listeners\.\d+\.address\.socket_address\.port_value$/.test(leaf.path)) listenPorts.push(Number(leaf.value));
  }
  const other = leaves.filter((l) => !/clusters\.|listeners\./.test(l.path)).map((l) => settingReference(path, l.path, l.value));
  return { format: 'envoy', references: [...references, ...other], listenPorts: listenPorts.filter(Number.isInteger), routes: references.length > 0 };
}

/** Traefik (file provider, v1 TOML or v2 YAML/TOML): backend and service server URLs, entry point addresses, sticky. */
function readTraefik(path: string, leaves: ReturnType<typeof configLeaves>): ConfigReading {
  const references: Reference[] = [];
  const listenPorts: number[] = [];
  let sticky: string | undefined;
  for (const leaf of leaves) {
    if (/(backends|services)\..*(url|servers)/i.test(leaf.path) && /^[a-z]+:\/\//i.test(leaf.value))
      references.push({ text: leaf.value, key: 'url', where: `${path}: ${leaf.path}`, form: 'route' });
    else if (/(entrypoints\..*\.address|^web\.address)$/i.test(leaf.path)) {
      const port = Number(/:(\d+)$/.exec(leaf.value)?.[1]);
      if (Number.isInteger(port)) listenPorts.push(port);
    } else if (/sticky/i.test(leaf.path) && leaf.value !== 'false') sticky = `${path}: ${leaf.path} = ${leaf.value}`;
  }
  return { format: 'traefik', references, listenPorts, routes: references.length > 0, ...(sticky ? { sticky } : {}) };
}
