import type { Connection } from '../../shared/model/connection';
import type { Project } from '../../shared/model/project';

/**
 * Compares what the importer made of a system's deployment files with our model of that system.
 * Pure: the caller reads the files. Matching is by name, never by per-system pairs:
 * 1. the same name (case, `_` and `.` ignored);
 * 2. the same image (last path segment, and the tag when both state one), when exactly one
 *    unmatched component on each side runs it: a Kubernetes Deployment named `app-v1` or
 *    `shop-app` is the component our model calls `app`;
 * 3. the client that stands for people (a client without an image) on each side, when each side
 *    has exactly one: the importer calls it "users", our models "browser".
 * A managed load balancer the importer puts in front of a LoadBalancer Service (no image, no
 * counterpart in our model) is looked through: our models fold it into the client's connection.
 */

export interface ComponentView {
  readonly name: string;
  readonly kind: string;
  readonly technology?: string;
}

export interface ConnectionView {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  readonly startup?: boolean;
}

export interface ModelView {
  readonly components: readonly ComponentView[];
  readonly connections: readonly ConnectionView[];
  /** Connections the import offers without making them (a shared address book's neighbours). */
  readonly suggested?: readonly ConnectionView[];
}

/** An edge of an architecture.md table: who calls whom, and the evidence it cites. */
export interface EvidenceRow {
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** The tables list a consumer before its broker; our models draw the message from broker to consumer. */
  readonly consume: boolean;
  readonly evidence: string;
}

export interface GivenFile {
  readonly path: string;
  readonly content: string;
}

/** Where architecture.md says a connection's evidence is: in the files imported, elsewhere (code), or not in its table. */
export type EvidencePlace = 'files' | 'elsewhere' | 'unstated';

export interface Tally {
  readonly found: number;
  readonly expected: number;
}

export interface ImportMeasure {
  readonly components: Tally & { readonly missed: readonly string[]; readonly extra: readonly string[]; readonly aliases: readonly string[] };
  readonly connections: Record<EvidencePlace, Tally> & {
    /** Missed connections the import offers as suggestions. */
    readonly suggested: number;
    readonly missed: ReadonlyArray<{ readonly from: string; readonly to: string; readonly place: EvidencePlace }>;
    readonly spurious: readonly ConnectionView[];
  };
  readonly wrongKinds: ReadonlyArray<{ readonly name: string; readonly expected: string; readonly imported: string }>;
}

export function viewOf(project: Project, suggested: readonly Connection[] = []): ModelView {
  const nameOf = new Map(project.components.map((c) => [c.id as string, c.name]));
  const view = (c: Connection): ConnectionView => ({
    from: nameOf.get(c.from)!,
    to: nameOf.get(c.to)!,
    kind: c.kind,
    ...(c.dependency === 'startup' ? { startup: true } : {}),
  });
  return {
    components: project.components.map((c) => ({ name: c.name, kind: c.kind, ...(c.technology ? { technology: c.technology } : {}) })),
    connections: project.connections.map(view),
    suggested: suggested.map(view),
  };
}

export function normalName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[_.\s]+/g, '-');
}

/** Image references in a technology text ("Go (weaveworksdemos/user:0.4.4)"), as `name:tag` or `name`. */
export function imagesIn(technology: string | undefined): string[] {
  if (!technology) return [];
  const refs = technology.match(/[a-z0-9][\w.-]*(?:\/[\w.-]+)*(?::[\w.-]+)?/gi) ?? [];
  return refs.filter((ref) => ref.includes('/') || /:[\w.-]*\d/.test(ref)).map((ref) => ref.toLowerCase().split('/').pop()!.replace(/@.*$/, ''));
}

function sameImage(a: string, b: string): boolean {
  const [nameA, tagA] = a.split(':');
  const [nameB, tagB] = b.split(':');
  return nameA === nameB && (!tagA || !tagB || tagA === tagB);
}

/** Imported component name → our model's component name. */
export function matchComponents(expected: readonly ComponentView[], imported: readonly ComponentView[]): Map<string, string> {
  const match = new Map<string, string>();
  const byName = new Map(expected.map((c) => [normalName(c.name), c.name]));
  for (const c of imported) {
    const name = byName.get(normalName(c.name));
    if (name !== undefined && ![...match.values()].includes(name)) match.set(c.name, name);
  }
  const open = () => ({
    expected: expected.filter((c) => ![...match.values()].includes(c.name)),
    imported: imported.filter((c) => !match.has(c.name)),
  });
  for (const c of open().imported) {
    const left = open();
    for (const image of imagesIn(c.technology)) {
      const theirs = left.expected.filter((e) => imagesIn(e.technology).some((i) => sameImage(i, image)));
      const ours = left.imported.filter((i) => imagesIn(i.technology).some((j) => sameImage(j, image)));
      if (theirs.length === 1 && ours.length === 1) {
        match.set(c.name, theirs[0]!.name);
        break;
      }
    }
  }
  const left = open();
  const people = (list: readonly ComponentView[]) => list.filter((c) => c.kind === 'client' && imagesIn(c.technology).length === 0 && !c.technology);
  const [ours, theirs] = [people(left.imported), people(left.expected)];
  if (ours.length === 1 && theirs.length === 1) match.set(ours[0]!.name, theirs[0]!.name);
  return match;
}

/** Connections through an unmatched managed load balancer become one connection from its callers to its targets. */
function lookThroughBalancers(model: ModelView, matched: ReadonlyMap<string, string>): ConnectionView[] {
  const balancers = new Set(model.components.filter((c) => c.kind === 'load-balancer' && !c.technology && !matched.has(c.name)).map((c) => c.name));
  const out: ConnectionView[] = model.connections.filter((c) => !balancers.has(c.from) && !balancers.has(c.to));
  for (const balancer of balancers) {
    const into = model.connections.filter((c) => c.to === balancer);
    const outOf = model.connections.filter((c) => c.from === balancer);
    for (const a of into) for (const b of outOf) out.push({ from: a.from, to: b.to, kind: b.kind });
  }
  return out;
}

const fileToken = /[\w./-]+\.(?:ya?ml|json|conf|toml|properties|py|js|ts|java|go|rb|cs|hcl|xml|env)\b/gi;

/** The words of the files, split at anything but letters and digits, and also kept whole with `_`. */
export class FileIndex {
  private readonly words = new Set<string>();
  private readonly stems = new Set<string>();
  constructor(private readonly files: readonly GivenFile[]) {
    for (const file of files) {
      for (const word of file.content.split(/[^A-Za-z0-9_]+/)) if (word) this.words.add(word);
      for (const word of file.content.split(/[^A-Za-z0-9]+/)) if (word) this.words.add(word);
      const base = file.path.split('/').pop()!;
      const stem = base.split('.')[0]!.toLowerCase();
      this.stems.add(stem);
      // "compose ports" names the compose file whatever its full name.
      if (/compose/.test(stem)) this.stems.add('compose');
    }
  }

  /** A file named in evidence ("nginx.conf", "config/x/application.yml", "traefik.toml") is one of these. */
  hasFile(token: string): boolean {
    const wanted = token.toLowerCase().replace(/^\.\//, '');
    return this.files.some((f) => {
      const path = f.path.toLowerCase();
      return path === wanted || path.endsWith(`/${wanted}`) || path.split('/').pop()!.endsWith(wanted);
    });
  }

  hasStem(word: string): boolean {
    return this.stems.has(word.toLowerCase());
  }

  hasWord(word: string): boolean {
    return this.words.has(word);
  }
}

/**
 * Whether an evidence cell points into the files given: it names one of them (or "compose" for
 * the compose file, "appsettings" for appsettings files; not a component's name), or it quotes a setting (an identifier
 * with `_`, `.` or inner capitals: `MONGO_HOST`, `ConnectionStrings.EventStoreCN`) every part of
 * which occurs in them. Code names (CustomersController) and files not given (frontend.py) do not.
 */
export function evidenceInFiles(evidence: string, index: FileIndex, componentNames: ReadonlySet<string> = new Set()): boolean {
  const files = evidence.match(fileToken) ?? [];
  if (files.some((file) => index.hasFile(file))) return true;
  const rest = evidence.replace(fileToken, ' ');
  for (const word of rest.match(/[A-Za-z_][A-Za-z0-9_.]*[A-Za-z0-9_]/g) ?? []) {
    // A component's name names the component (its code), not its manifest.
    if (/^[a-z]+$/.test(word) && !componentNames.has(word) && index.hasStem(word)) return true;
    const setting = /[_.]/.test(word) || /[a-z][A-Z]/.test(word) || /^[A-Z][A-Z0-9]{3,}$/.test(word);
    if (setting && word.split('.').every((part) => part !== '' && index.hasWord(part))) return true;
  }
  return false;
}

/** The rows of the "## Edges" table of an architecture.md; "same" repeats the row above's evidence. */
export function parseEdgeTable(markdown: string): EvidenceRow[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Edges'));
  if (!section) return [];
  const rows: EvidenceRow[] = [];
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length < 5 || !/^\d/.test(cells[0]!)) continue;
    const names = (cell: string) =>
      cell
        .replace(/\(\d+\)/g, '')
        .replace(/\*|`/g, '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
    let evidence = cells[cells.length - 1]!;
    if (/^same\b/i.test(evidence) && rows.length > 0) evidence = `${rows[rows.length - 1]!.evidence}; ${evidence.replace(/^same\b/i, '')}`;
    rows.push({ from: names(cells[1]!), to: names(cells[2]!), consume: /consume/i.test(cells[3]!), evidence });
  }
  return rows;
}

/**
 * Where architecture.md says the evidence for each of our model's connections is: its first
 * source (the cell lists sources separated by ';', the one that shows the call first and then
 * what qualifies it, such as the Service that puts several pods behind the host called). Its
 * tables say "client" for the client that stands for people.
 */
export function placeConnections(expected: ModelView, rows: readonly EvidenceRow[], index: FileIndex): EvidencePlace[] {
  const people = expected.components.find((c) => c.kind === 'client' && !c.technology)?.name;
  const names = new Set(expected.components.map((c) => normalName(c.name)));
  const same = (tableName: string, name: string) => normalName(tableName) === normalName(name) || (normalName(tableName) === 'client' && name === people);
  return expected.connections.map((c) => {
    const joins = (r: EvidenceRow, from: string, to: string) => r.from.some((f) => same(f, from)) && r.to.some((t) => same(t, to));
    const cited = rows.filter((r) => joins(r, c.from, c.to) || (r.consume && joins(r, c.to, c.from)));
    if (cited.length === 0) return 'unstated';
    return cited.some((r) => evidenceInFiles(r.evidence.split(';')[0]!, index, names)) ? 'files' : 'elsewhere';
  });
}

export function measureImport(expected: ModelView, imported: ModelView, places: readonly EvidencePlace[]): ImportMeasure {
  const match = matchComponents(expected.components, imported.components);
  const found = new Set(match.values());
  const kindOf = new Map(expected.components.map((c) => [c.name, c.kind]));
  const wrongKinds = imported.components
    .filter((c) => match.has(c.name) && kindOf.get(match.get(c.name)!) !== c.kind)
    .map((c) => ({ name: match.get(c.name)!, expected: kindOf.get(match.get(c.name)!)!, imported: c.kind }));
  const mapped = lookThroughBalancers(imported, match).map((c) => ({ ...c, from: match.get(c.from) ?? `${c.from}?`, to: match.get(c.to) ?? `${c.to}?` }));
  const key = (c: { from: string; to: string }) => `${c.from}\u0000${c.to}`;
  const importedKeys = new Set(mapped.map(key));
  const expectedKeys = new Set(expected.connections.map(key));
  const tally = (place: EvidencePlace): Tally => {
    const of = expected.connections.filter((_, i) => places[i] === place);
    return { expected: of.length, found: of.filter((c) => importedKeys.has(key(c))).length };
  };
  const suggestedKeys = new Set(
    lookThroughBalancers({ components: imported.components, connections: imported.suggested ?? [] }, match).map((c) =>
      key({ from: match.get(c.from) ?? '', to: match.get(c.to) ?? '' }),
    ),
  );
  const missed = expected.connections.map((c, i) => ({ from: c.from, to: c.to, place: places[i]! })).filter((c) => !importedKeys.has(key(c)));
  const seen = new Set<string>();
  const spurious = mapped.filter((c) => !expectedKeys.has(key(c)) && !seen.has(key(c)) && seen.add(key(c)));
  return {
    components: {
      expected: expected.components.length,
      found: expected.components.filter((c) => found.has(c.name)).length,
      missed: expected.components.filter((c) => !found.has(c.name)).map((c) => c.name),
      extra: imported.components.filter((c) => !match.has(c.name)).map((c) => c.name),
      aliases: [...match].filter(([ours, theirs]) => normalName(ours) !== normalName(theirs)).map(([ours, theirs]) => `${ours} = ${theirs}`),
    },
    connections: {
      files: tally('files'),
      elsewhere: tally('elsewhere'),
      unstated: tally('unstated'),
      suggested: missed.filter((c) => suggestedKeys.has(key(c))).length,
      missed,
      spurious,
    },
    wrongKinds,
  };
}
