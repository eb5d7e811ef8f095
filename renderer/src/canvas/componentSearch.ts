import type { Component } from '../../../shared/model/component';
import { kindDefaults } from '../../../shared/model/defaults';

/** A component that matches a search, and which of its fields matched (shown beside its name). */
export interface SearchMatch {
  readonly id: string;
  readonly name: string;
  readonly field: 'name' | 'kind' | 'technology' | 'tag';
  readonly text: string;
}

const rank: Readonly<Record<SearchMatch['field'], number>> = { name: 0, kind: 2, technology: 3, tag: 4 };

/**
 * Components whose name, kind, technology or a tag contains every word of the query (case and
 * accents ignored), best first: a name starting with the query, then a name containing it, then
 * the other fields; ties keep the diagram's order.
 */
export function searchComponents(components: readonly Component[], query: string, limit = 50): SearchMatch[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const found: { match: SearchMatch; score: number; index: number }[] = [];
  components.forEach((component, index) => {
    const fields: [SearchMatch['field'], string][] = [
      ['name', component.name],
      ['kind', kindDefaults[component.kind].label],
      ['technology', component.technology ?? ''],
      ...(component.tags ?? []).map((tag): [SearchMatch['field'], string] => ['tag', tag]),
    ];
    const haystack = fields.map(([, text]) => normalize(text)).join('\n');
    if (!words.every((word) => haystack.includes(word))) return;
    const name = normalize(component.name);
    const [field, text] = fields.find(([, text]) => normalize(text).includes(words[0]!)) ?? fields[0]!;
    const score = name.startsWith(words.join(' ')) ? -1 : rank[field];
    found.push({ match: { id: component.id, name: component.name, field, text }, score, index });
  });
  return found
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map((f) => f.match);
}

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
