import type { ComponentKind, Deployment, Exposure, State } from '../../shared/model/component';
import type { ConnectionKind } from '../../shared/model/connection';
import type { KindGuess } from './kinds';

/** Who sends on a broker connection: the component (publish) or the broker (consume). */
export type BrokerRole = 'publish' | 'consume';

/**
 * A setting or text of a component that may name other components: an environment variable, a
 * command line, a value in a config file, a proxy route.
 */
export interface Reference {
  readonly text: string;
  /** The setting's own name (an environment variable, the last key of a config path); '' for a command line. */
  readonly key: string;
  /** Where it was read, for the report: "docker-compose.yml: services.user.environment.MONGO_HOST". */
  readonly where: string;
  /** command: free text, where only a whole word naming a host counts. route: a proxy's upstream. */
  readonly form: 'setting' | 'command' | 'route';
  /** The broker role the setting shows (a publisher's or a consumer's settings). */
  readonly role?: BrokerRole;
  readonly topics?: readonly string[];
  /** The address book this came from when others receive the same one (a shared ConfigMap). */
  readonly sharedBook?: string;
  /** Read only to start (an init container that waits for it): start-up order, not a call. */
  readonly startup?: boolean;
}

/** A component as the importer found it, before ids are given. Names are unique within an import. */
export interface ComponentDraft {
  readonly name: string;
  kind: ComponentKind;
  kindGuess: KindGuess;
  readonly image?: string;
  /** Ports it listens on. */
  readonly ports: readonly number[];
  /** Others can open connections to it: it exposes ports (compose) or a Service selects it (Kubernetes). */
  readonly listens: boolean;
  /** Names other components reach it by, lower-case (service name, hostname, aliases). */
  readonly hosts: readonly string[];
  /** Compose link aliases only this component can use: alias → component name. */
  readonly linkAliases?: ReadonlyMap<string, string>;
  readonly references: Reference[];
  /** Components it starts after (depends_on), with where that was read. */
  readonly startsAfter: ReadonlyArray<{ readonly name: string; readonly where: string }>;
  /** Components it is linked to (compose links): a network path, so a call is likely. */
  readonly linksTo: ReadonlyArray<{ readonly name: string; readonly where: string }>;
  deployment: Deployment;
  state: State;
  exposure: Exposure;
  /** Where it was declared: "docker-compose.yml: services.user". */
  readonly source: string;
  /** Folder names its code or config may live under (compose build context, its own name), lower-case. */
  readonly configFolders: readonly string[];
  /** Files and folders of the import it mounts (compose bind mounts), relative to the import's folder. */
  readonly mounts?: readonly string[];
  /** A reverse proxy routes to it by its labels or settings (traefik labels, VIRTUAL_HOST). */
  routedBy?: { readonly proxy: 'traefik' | 'nginx-proxy'; readonly where: string };
  /** Reachable from outside: a published port, a NodePort or LoadBalancer Service, an ingress. */
  entry?: EntryEvidence;
  /** Kept only when a connection reaches it (a host a ServiceEntry declares). */
  readonly optional?: boolean;
}

/**
 * A component no service or workload of the files declares, which the import adds itself (an
 * outside host a setting names, the users, a mesh gateway): it has no ports, references or links
 * of its own. `more` sets what differs (an image, hosts, exposure, entry).
 */
export function addedDraft(name: string, guess: KindGuess, source: string, more: Partial<ComponentDraft> = {}): ComponentDraft {
  return {
    name,
    kind: guess.kind,
    kindGuess: guess,
    ports: [],
    listens: true,
    hosts: [],
    references: [],
    startsAfter: [],
    linksTo: [],
    deployment: {},
    state: {},
    exposure: {},
    source,
    configFolders: [],
    ...more,
  };
}

export interface EntryEvidence {
  readonly how: 'published-port' | 'node-port' | 'load-balancer' | 'ingress';
  readonly where: string;
  /** A managed load balancer in front (Service type LoadBalancer, an Ingress). */
  readonly balancer?: string;
  /** The balancer pins each client to one instance (sticky sessions). */
  readonly sticky?: boolean;
  /** The balancer is the cloud provider's (elastic), not an ingress controller running in the cluster. */
  readonly cloudBalancer?: boolean;
}

/** A connection found between two drafts (by name). */
export interface ConnectionDraft {
  readonly from: string;
  readonly to: string;
  kind: ConnectionKind;
  dependency?: 'startup' | 'soft';
  alternativeGroup?: string;
  topics?: string[];
  /** Share of the caller's requests that make this call (a proxy's route), when not every request does. */
  callsPerRequest?: number;
  readonly evidence: string[];
  /** What of this connection was guessed (its kind, its direction), for the report; absent when read. */
  guess?: string;
}
