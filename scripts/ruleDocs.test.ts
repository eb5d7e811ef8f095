import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ruleDocs } from '../electron/engine/check';
import { ruleDocFiles, rulePage } from './ruleDocs';

const dir = join(import.meta.dirname, '..', 'docs', 'rules');

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(folder, e.name)) : e.name.endsWith('.md') ? [join(folder, e.name)] : [],
  );
}

describe('docs/rules', () => {
  const expected = ruleDocFiles(ruleDocs());

  it('is up to date with the rule metadata (run "npm run docs:rules" to regenerate)', () => {
    for (const [path, content] of expected) {
      const file = join(dir, path);
      expect(existsSync(file), `docs/rules/${path} is missing`).toBe(true);
      expect(readFileSync(file, 'utf8'), `docs/rules/${path} is out of date`).toBe(content);
    }
  });

  it('has no page for a rule that does not exist', () => {
    const extra = markdownFiles(dir)
      .map((f) => relative(dir, f).split('\\').join('/'))
      .filter((p) => !expected.has(p));
    expect(extra).toEqual([]);
  });

  it('renders a page with the title, why, fix and source of a rule', () => {
    const page = rulePage({
      id: 'growth/example',
      checklist: 'growth',
      severity: 'warning',
      title: 'An example',
      why: 'Because it matters.',
      fix: 'Do this.',
      source: { guide: 'A Guide', section: '3. Part' },
    });
    expect(page).toContain('# An example');
    expect(page).toContain('Rule `growth/example` · checklist **growth** · default severity **warning**');
    expect(page).toContain('## Why it matters\n\nBecause it matters.');
    expect(page).toContain('## How to fix it\n\nDo this.');
    expect(page).toContain('A Guide, section "3. Part"');
  });
});
