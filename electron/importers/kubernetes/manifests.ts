import { AppError } from '../../../shared/ipc/errors';
import { parseYamlDocuments } from '../yamlText';

/** One Kubernetes object, with where it was read. */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  /** The manifest names its namespace; without one it goes wherever it is applied ("default" stands for that). */
  readonly namespaceStated: boolean;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly raw: Record<string, unknown>;
  /** "k8s/web.yaml: Deployment web". */
  readonly where: string;
}

/** A manifest file larger than this is refused: `helm template` of a large chart is a few MB. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every object of a manifest file: YAML with several documents (kubectl, `helm template`, a file
 * per object), JSON (`kubectl get -o json`), and `List` objects opened up into their items.
 */
export function readManifests(path: string, content: string): KubeObject[] {
  if (content.length > MAX_MANIFEST_BYTES) {
    throw new AppError(
      'FILE_TOO_LARGE',
      `${path} is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MB. Split the manifests into several files or import the folder that holds them.`,
    );
  }
  const documents = path.toLowerCase().endsWith('.json') ? [parseJson(path, content)] : parseYamlDocuments(path, content);
  const objects: KubeObject[] = [];
  for (const document of documents) collect(path, document, objects);
  return objects;
}

function parseJson(path: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : undefined;
    const line = offset !== undefined ? content.slice(0, offset).split('\n').length : undefined;
    const column = offset !== undefined ? offset - content.lastIndexOf('\n', offset - 1) : undefined;
    const where = line !== undefined ? ` at line ${line}, column ${column}` : '';
    throw new AppError('INVALID_INPUT', `${path} is not valid JSON${where}: ${message}. Fix the file and import it again.`, [
      { path, message, ...(line !== undefined ? { line, column: column! } : {}) },
    ]);
  }
}

function collect(path: string, document: unknown, objects: KubeObject[]): void {
  if (!isRecord(document)) return;
  const kind = typeof document['kind'] === 'string' ? document['kind'] : '';
  if ((kind === 'List' || kind.endsWith('List')) && Array.isArray(document['items'])) {
    for (const item of document['items']) collect(path, item, objects);
    return;
  }
  const metadata = isRecord(document['metadata']) ? document['metadata'] : {};
  const name = typeof metadata['name'] === 'string' ? metadata['name'] : '';
  if (kind === '' || name === '') return;
  objects.push({
    apiVersion: typeof document['apiVersion'] === 'string' ? document['apiVersion'] : '',
    kind,
    name,
    namespace: typeof metadata['namespace'] === 'string' && metadata['namespace'] !== '' ? metadata['namespace'] : 'default',
    namespaceStated: typeof metadata['namespace'] === 'string' && metadata['namespace'] !== '',
    labels: stringMap(metadata['labels']),
    annotations: stringMap(metadata['annotations']),
    raw: document,
    where: `${path}: ${kind} ${name}`,
  });
}

export function stringMap(value: unknown): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (!isRecord(value)) return out;
  for (const [key, entry] of Object.entries(value)) if (entry !== null && entry !== undefined && typeof entry !== 'object') out[key] = String(entry);
  return out;
}

/** True when every label of the selector is on the object. An empty selector selects nothing here. */
export function selects(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((key) => labels[key] === selector[key]);
}
