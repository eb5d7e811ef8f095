/**
 * `npm run docs:rules`: writes docs/rules/ from the rule metadata (one page per rule and an index)
 * and removes pages of rules that no longer exist. scripts/ruleDocs.test.ts fails when the folder
 * is out of date.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ruleDocs } from '../electron/engine/check';
import { ruleDocFiles } from './ruleDocs';

export const rulesDocsDir = join(import.meta.dirname, '..', 'docs', 'rules');

function markdownFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

const files = ruleDocFiles(ruleDocs());
for (const existing of markdownFiles(rulesDocsDir)) {
  const path = relative(rulesDocsDir, existing).split('\\').join('/');
  if (!files.has(path)) rmSync(existing);
}
for (const [path, content] of files) {
  const target = join(rulesDocsDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`docs/rules: wrote ${files.size} pages.`);
