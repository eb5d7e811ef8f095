import { parseYamlDocuments } from '../yamlText';

/** One value of a config file and the path of keys that leads to it ("spring.data.mongodb.host"). */
export interface ConfigLeaf {
  readonly path: string;
  readonly value: string;
}

/** A config file's leaves: JSON, YAML (every document), `.properties`, TOML/INI and `.env` lines. */
export function configLeaves(fileName: string, content: string, label = fileName): ConfigLeaf[] {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return leavesOf(parseJsonLoosely(content), '');
  if (/\.ya?ml$/.test(lower)) return parseYamlDocuments(label, content).flatMap((document) => leavesOf(document, ''));
  return lineLeaves(content);
}

/** JSON with comments and a byte-order mark, as appsettings files often are; null when it is not JSON. */
function parseJsonLoosely(content: string): unknown {
  const text = content.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(
        text
          .replace(/^\s*\/\/.*$/gm, '')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/,(\s*[}\]])/g, '$1'),
      );
    } catch {
      return null;
    }
  }
}

function leavesOf(value: unknown, path: string): ConfigLeaf[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object') return [{ path, value: String(value) }];
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  return entries.flatMap(([key, item]) => leavesOf(item, path === '' ? key : `${path}.${key}`));
}

/** `key = value`, `key: value` and `key=value` lines under `[section]` headers; comments skipped. */
function lineLeaves(content: string): ConfigLeaf[] {
  const leaves: ConfigLeaf[] = [];
  let section = '';
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';') || line.startsWith('//')) continue;
    const header = /^\[+\s*([^\]]+?)\s*\]+$/.exec(line);
    if (header) {
      section = header[1]!;
      continue;
    }
    const pair = /^([A-Za-z0-9_.\-"']+)\s*[=:]\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = pair[1]!.replace(/["']/g, '');
    const value = pair[2]!
      .replace(/\s+#.*$/, '')
      .trim()
      .replace(/^["']|["'],?$/g, '');
    leaves.push({ path: section === '' ? key : `${section}.${key}`, value });
  }
  return leaves;
}
