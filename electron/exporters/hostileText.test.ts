import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import type { Project } from '../../shared/model/project';
import { runCheck } from '../engine/check';
import { compareProjects } from '../engine/diff/compare';
import { formatDiffMarkdown } from './diff/diffMarkdown';
import { exportMermaid } from './mermaid';
import { exportReport } from './report';
import { exportRunbook } from './runbook';
import { parseMermaid } from './testing/parseMermaid';
import { everyRecordProject, fillFreeText, freeTextPaths, harmlessTwin, hostileTexts } from './testing/hostileProject';

/**
 * Hostile text in every free-text field of every record (the fields come from the project
 * file's schema, so a new field is covered when it is added) must come out of every exporter
 * as text: the same Markdown, HTML and Mermaid structure as harmless text of the same length.
 */
const today = '2026-11-23';
const base = everyRecordProject();
/** References that must still match for what they refer to to show (the review of a finding). */
const references = new Set(['review.findings[].key', 'review.decisions[].findingKeys[]', 'ruleOverrides[].ruleId']);

interface Exports {
  readonly runbook: string;
  readonly report: string;
  readonly mermaid: string;
  readonly markdown: string;
  readonly diff: string;
}

async function exportAll(project: Project): Promise<Exports> {
  const check = runCheck(project, { today });
  const comparison = compareProjects(base, project, { today });
  return {
    runbook: exportRunbook(project, check),
    report: await exportReport(project, check, { date: today }),
    mermaid: exportMermaid(project, check, { highlightFindings: true }),
    markdown: exportMermaid(project, check, { markdown: true }),
    diff: formatDiffMarkdown({ beforeName: 'before.tenfold.json', afterName: 'after.tenfold.json', before: base, after: project, comparison }),
  };
}

// What these checks read of a parsed page (the Node side has no DOM types).
interface ParsedElement {
  readonly tagName: string;
  readonly attributes: Iterable<{ readonly name: string; readonly value: string }>;
}
interface ParsedDocument {
  querySelectorAll(selector: string): Iterable<ParsedElement>;
  readonly body: { readonly textContent: string | null };
}
const documentOf = (html: string): ParsedDocument => (new JSDOM(html).window as { document: ParsedDocument }).document;

/** How many of each element and each attribute name the page has. */
function elementCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const element of documentOf(html).querySelectorAll('*')) {
    add(`<${element.tagName.toLowerCase()}>`);
    for (const attribute of element.attributes) add(`@${attribute.name}`);
  }
  return counts;
}

/** Attributes that could run or fetch something, with the value they have. */
function activeAttributes(html: string): string[] {
  const found: string[] = [];
  for (const element of documentOf(html).querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || (/^(href|src|xlink:href|action|formaction)$/i.test(attribute.name) && /evil|javascript:/i.test(attribute.value)))
        found.push(`${attribute.name}="${attribute.value}"`);
    }
  }
  return found;
}

function markdownHtml(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

/** The Mermaid blocks of a Markdown document. */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

/** The diagram with every quoted label emptied: its statements, which no label may change. */
function mermaidStatements(text: string): string {
  return text.replace(/"[^"\n]*"/g, '""');
}

/** Mermaid's entity decoding, to read back what the labels show. */
function mermaidLabels(text: string): string {
  return [...text.matchAll(/"([^"\n]*)"/g)].map((m) => m[1]!.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))).join('\n');
}

async function expectSafeMermaid(hostile: string, harmless: string, text: string): Promise<void> {
  expect(mermaidStatements(hostile)).toBe(mermaidStatements(harmless));
  expect(hostile).not.toMatch(/%%\{|^\s*(click|call|href|style|classDef|linkStyle)\b.*evil/m);
  const [parsed, twin] = await Promise.all([parseMermaid(hostile), parseMermaid(harmless)]);
  expect(parsed).toEqual(twin);
  // Shown as written (Mermaid's labels are one line: breaks become spaces or entities).
  expect(mermaidLabels(hostile).replace(/\s+/g, ' ')).toContain(text.split('\n')[0]!.slice(0, 40).trim());
}

describe('every exporter keeps hostile user text inert', () => {
  it('fills every free-text field the schema has', () => {
    const paths = freeTextPaths();
    // The schema walk finds the fields this test is about (a sample, so a broken walk fails).
    for (const path of [
      'name',
      'components[].name',
      'components[].tags[]',
      'components[].deployment.autoscalingMetric',
      'connections[].protocol',
      'connections[].topics[]',
      'zones[].region',
      'review.findings[].owner',
      'review.findings[].history[].note',
      'review.decisions[].title',
      'layout.notes{}.text',
    ]) {
      expect(paths).toContain(path);
    }
    const { filled } = fillFreeText(base, 'x');
    expect([...filled].sort()).toEqual([...paths].sort());
  });

  // Each text alone, references kept; then all of them at once in every field, references too.
  const cases = [
    ...hostileTexts.map((text) => ({ text, keep: references, title: JSON.stringify(text) })),
    { text: hostileTexts.join(' '), keep: new Set<string>(), title: 'every text at once, in references too' },
  ];
  for (const { text, keep, title } of cases) {
    it(
      title,
      async () => {
        const hostile = await exportAll(fillFreeText(base, text, keep).project);
        const harmless = await exportAll(fillFreeText(base, harmlessTwin(text), keep).project);

        // HTML report: not one element or attribute more than harmless text gives.
        expect(elementCounts(hostile.report)).toEqual(elementCounts(harmless.report));
        expect(activeAttributes(hostile.report)).toEqual([]);
        const shown = documentOf(hostile.report).body.textContent!.replace(/\s+/g, ' ');
        expect(shown).toContain(text.replace(/\s+/g, ' ').slice(0, 60).trim());

        // Markdown (runbook, diagram block, diff): the same rendered structure as harmless text.
        for (const kind of ['runbook', 'markdown', 'diff'] as const) {
          const html = markdownHtml(hostile[kind]);
          expect(elementCounts(html), kind).toEqual(elementCounts(markdownHtml(harmless[kind])));
          expect(activeAttributes(html), kind).toEqual([]);
        }
        for (const kind of ['runbook', 'diff'] as const) {
          const rendered = documentOf(markdownHtml(hostile[kind])).body.textContent!.replace(/\s+/g, ' ');
          expect(rendered, kind).toContain(text.replace(/\s+/g, ' ').slice(0, 40).trim());
        }

        // Mermaid: the same statements, nothing injected, parsed by Mermaid itself.
        await expectSafeMermaid(hostile.mermaid, harmless.mermaid, text);
        for (const kind of ['markdown', 'diff', 'runbook'] as const) {
          const blocks = mermaidBlocks(hostile[kind]);
          const twins = mermaidBlocks(harmless[kind]);
          expect(blocks.length, kind).toBe(twins.length);
          for (const [index, block] of blocks.entries()) {
            expect(mermaidStatements(block)).toBe(mermaidStatements(twins[index]!));
            await expect(parseMermaid(block)).resolves.toEqual(await parseMermaid(twins[index]!));
          }
        }
      },
      60_000,
    );
  }
});
