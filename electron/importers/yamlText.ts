import { isMap, isScalar, LineCounter, parseAllDocuments, Scalar, visit, YAMLMap, type Document } from 'yaml';
import { AppError, type Problem } from '../../shared/ipc/errors';
import { parsePlainYaml } from './plainYaml';

/** What compose's `!reset` tag becomes: the value is removed from what it overrides. */
export const RESET_MARK = '\u0000compose:reset';
/** Compose's `!override` tag becomes a mapping with this one key around the value: it replaces, not merges. */
export const OVERRIDE_KEY = '\u0000compose:override';

/**
 * Parses every document of a YAML text into plain data (anchors and `<<` merge keys allowed).
 * Plain block YAML is read by plainYaml.ts; the rest, and every error, by `yaml`.
 * Malformed YAML and duplicate keys are refused with the file, line and column of each problem.
 * Duplicate keys are found with one set per mapping: yaml's own check compares each key with
 * every earlier one, quadratic in the number of services.
 */
export function parseYamlDocuments(fileName: string, content: string): unknown[] {
  const plain = parsePlainYaml(content);
  if (plain !== undefined) return plain;
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(content, { merge: true, prettyErrors: false, uniqueKeys: false, lineCounter });
  const list = Array.isArray(documents) ? documents : [documents];
  const problems: Problem[] = [];
  for (const document of list) {
    for (const error of document.errors) problems.push(located(fileName, error.message.split('\n')[0] ?? error.message, error.pos[0], lineCounter));
    if (document.errors.length === 0) findDuplicateKeys(fileName, document, lineCounter, problems);
  }
  if (problems.length > 0) {
    const first = problems[0]!;
    const where = first.line !== undefined ? ` at line ${first.line}, column ${first.column}` : '';
    throw new AppError('INVALID_INPUT', `${fileName} is not valid YAML${where}: ${first.message} Fix the YAML and import it again.`, problems);
  }
  return list.map((document) => toPlainData(fileName, document, content));
}

/** Parses a YAML text that must hold one document. */
export function parseYaml(fileName: string, content: string): unknown {
  const documents = parseYamlDocuments(fileName, content);
  return documents.length === 0 ? null : documents[0];
}

function located(fileName: string, message: string, offset: number, lineCounter: LineCounter): Problem {
  const { line, col } = lineCounter.linePos(offset);
  const sentence = message.replace(/ at line \d+, column \d+:?$/, '').replace(/\.?$/, '.');
  return { path: fileName, message: sentence, line, column: col };
}

function findDuplicateKeys(fileName: string, document: Document, lineCounter: LineCounter, problems: Problem[]): void {
  visit(document, {
    Map(_key, map) {
      if (!isMap(map) || map.items.length < 2) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        // `<<` merge keys may repeat; non-scalar keys are compared by identity (never equal).
        if (key === '<<' || !isScalar(pair.key)) continue;
        if (seen.has(key)) {
          const offset = pair.key.range?.[0] ?? 0;
          problems.push(located(fileName, `Map keys must be unique; "${String(key)}" is repeated`, offset, lineCounter));
        }
        seen.add(key);
      }
    },
  });
}

function toPlainData(fileName: string, document: Document, content: string): unknown {
  if (content.includes('!reset') || content.includes('!override')) markComposeTags(document);
  try {
    // Alias expansion is bounded so a "billion laughs" file cannot exhaust memory.
    return document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new AppError('INVALID_INPUT', `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Replaces `!reset` and `!override` nodes with values the compose merge understands. */
function markComposeTags(document: Document): void {
  visit(document, {
    Node(_key, node) {
      if (!('tag' in node)) return undefined;
      if (node.tag === '!reset') return new Scalar(RESET_MARK);
      if (node.tag === '!override') {
        node.tag = undefined;
        const wrapper = new YAMLMap();
        wrapper.set(OVERRIDE_KEY, node);
        return wrapper;
      }
      return undefined;
    },
  });
}
