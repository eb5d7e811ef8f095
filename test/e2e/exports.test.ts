import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentKinds } from '../../shared/model/component';
import { runCheck, findingKey } from '../../electron/engine/check';
import { ModelBuilder } from '../../electron/engine/testing/modelBuilder';
import { exportMermaid } from '../../electron/exporters/mermaid';
import { exportReport } from '../../electron/exporters/report';
import { teastoreLikeProject } from '../../electron/exporters/testing/teastoreModel';
import type { Project } from '../../shared/model/project';
import type { DecisionId } from '../../shared/model/ids';
import { collectPageErrors, launchBrowser } from './support/browser';
import { resultsDir, screenshotPath } from './support/screenshots';
import { startTenfold } from './support/tenfold';
import { readFile } from 'node:fs/promises';

const repoRoot = resolve(import.meta.dirname, '../..');
const mermaidBundle = join(repoRoot, 'node_modules/mermaid/dist/mermaid.min.js');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every kind, every connection kind, in zones, with names that try to break out of their labels. */
function hostileProject() {
  const m = new ModelBuilder();
  const zone = m.zone('zone "a" [end]');
  const names = [
    'say "hello"',
    'list [a] (b) {c}',
    '<script>window.pwned=1</script>',
    '# heading; semi',
    'a | b || c',
    'Zürich – 東京 – 🚀',
    'end',
    'graph',
    'subgraph',
    '`md` **bold**',
    '#quot; &amp; %% x',
    'a --> b',
    'click c1 call alert()',
    'style c1 fill:#f00',
    'plain web',
    'db <img src=x onerror=alert(1)>',
    "it's",
    'two\nlines',
  ];
  const ids = componentKinds.map((kind, index) => m.component(names[index] ?? `${kind} ${index}`, kind, index % 2 === 0 ? { zoneIds: [zone] } : {}));
  (['sync', 'async', 'read', 'write', 'replication'] as const).forEach((kind, index) =>
    m.connect(ids[index]!, ids[index + 1]!, kind, { protocol: `p|"${index}"`, callsPerRequest: index + 1 }),
  );
  m.entry(ids[0]!, 100);
  return { project: { ...m.build(), name: 'Hostile <names> & "quotes"' }, names: ids.map((_, index) => names[index] ?? `${componentKinds[index]} ${index}`) };
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Mermaid export rendered by Mermaid in Chromium', () => {
  it('draws every component with its name verbatim and runs no injected script', async () => {
    const { project, names } = hostileProject();
    const text = exportMermaid(project, runCheck(project, { today: '2026-11-23' }), { highlightFindings: true });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors = collectPageErrors(page);
    await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: mermaidBundle });
    // This runs in the page; the Node-side type-check has no DOM types, hence the narrow casts.
    const rendered = await page.evaluate(async (source) => {
      type El = { innerHTML: string; textContent: string | null; querySelector(s: string): El | null; querySelectorAll(s: string): { length: number } };
      const page = globalThis as unknown as {
        mermaid: { initialize(c: object): void; render(id: string, t: string): Promise<{ svg: string }> };
        document: { getElementById(id: string): El };
        pwned?: number;
      };
      page.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const { svg } = await page.mermaid.render('export-diagram', source);
      const out = page.document.getElementById('out');
      out.innerHTML = svg;
      return {
        text: out.querySelector('svg')?.textContent ?? '',
        nodes: out.querySelectorAll('g.node').length,
        scripts: out.querySelectorAll('script').length,
        pwned: page.pwned ?? 0,
      };
    }, text);
    await page.screenshot({ path: screenshotPath('exports-mermaid-hostile'), fullPage: true });
    expect(rendered.nodes).toBe(componentKinds.length);
    for (const name of names) expect(normalize(rendered.text), name).toContain(normalize(name));
    expect(rendered.scripts).toBe(0);
    expect(rendered.pwned).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('review report in Chromium', () => {
  it('opens with every section, prints within the page width, and loads nothing', async () => {
    const { project: base } = teastoreLikeProject();
    const project: Project = {
      ...base,
      review: {
        findings: [
          {
            key: findingKey('redundancy/no-backup', [], []),
            status: 'accepted-risk' as const,
            rationale: 'Nightly dumps until the move to a managed database.',
            owner: 'Dana (platform)',
            expiresOn: '2027-03-31',
            history: [],
          },
        ],
        decisions: [
          {
            id: '00000000-0000-4000-8000-0000000000d1' as DecisionId,
            title: 'Add a MySQL standby before Black Friday',
            context: 'The database is a single point of failure for every page.',
            decision: 'Run a standby in a second zone; test failover monthly.',
            date: '2026-11-20',
          },
        ],
      },
    };
    const html = await exportReport(project, runCheck(project, { today: '2026-11-23' }), { date: '2026-11-23' });
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, 'exports-report.html');
    writeFileSync(file, html);

    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = collectPageErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      'Executive summary',
      'Diagram',
      'Growth at 10×',
      'Availability per entry point',
      'Single points of failure',
      expect.stringMatching(/^Findings \(\d+\)$/),
      'Decisions log',
    ]);
    await expect(page.getByRole('img', { name: 'Diagram of TeaStore-like shop' }).count()).resolves.toBe(1);
    expect(await page.locator('#diagram svg text').allTextContents()).toEqual(
      expect.arrayContaining(['db', 'persistence', 'webui', 'Shoppers', 'eu-central-1a']),
    );
    await expect(page.getByText('Nightly dumps until the move to a managed database.').count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath('exports-report-screen') });

    // A4 is 210 mm wide (794 CSS px); Letter 8.5 in (816 px). The diagram must fit either.
    for (const [paper, width] of [
      ['a4', 794],
      ['letter', 816],
    ] as const) {
      await page.setViewportSize({ width, height: 1100 });
      await page.emulateMedia({ media: 'print' });
      const fit = await page.evaluate(() => {
        const doc = (
          globalThis as unknown as {
            document: {
              querySelector(s: string): { getBoundingClientRect(): { right: number } };
              documentElement: { clientWidth: number; scrollWidth: number };
            };
          }
        ).document;
        const svg = doc.querySelector('#diagram svg').getBoundingClientRect();
        return { svgRight: svg.right, pageWidth: doc.documentElement.clientWidth, scrollWidth: doc.documentElement.scrollWidth };
      });
      expect(fit.svgRight, paper).toBeLessThanOrEqual(fit.pageWidth);
      expect(fit.scrollWidth, paper).toBeLessThanOrEqual(fit.pageWidth);
      await page.screenshot({ path: screenshotPath(`exports-report-print-${paper}`), fullPage: true });
      const pdf = await page.pdf({ format: paper === 'a4' ? 'A4' : 'Letter', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('exports and deployment import in the app (tenfold serve)', () => {
  it('imports a compose file, reviews and fixes a guess, previews Mermaid and downloads a runbook', { timeout: 240_000 }, async () => {
    const tenfold = await startTenfold();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const errors = collectPageErrors(page);
    try {
      await page.goto(tenfold.url);
      await page.getByLabel('Deployment files to import').setInputFiles(join(repoRoot, 'test/fixtures/compose/shop-v3.yml'));
      const report = page.getByRole('dialog', { name: 'Review the import' });
      // Generous waits: CI machines run the whole suite on two cores.
      await report.waitFor({ timeout: 60_000 });
      await expect(report.getByTestId('import-confirm').textContent()).resolves.toContain(
        '"orders-db" is reachable from outside (a port published to the host)',
      );
      await expect(report.getByTestId('import-guessed').textContent()).resolves.toContain('"proxy" is a load balancer');
      // Fix a guess before the project exists: the proxy is an API gateway.
      await report.getByRole('combobox', { name: 'Kind of proxy' }).first().selectOption({ label: 'API gateway' });
      await page.screenshot({ path: screenshotPath('exports-compose-report') });
      await report.getByRole('button', { name: 'Create and open' }).click();
      await page.getByTestId('project-name').filter({ hasText: 'shop-v3' }).waitFor({ timeout: 60_000 });
      // The fix made in the review is in the project created.
      const proxyKind = await page.evaluate(async () => {
        const post = async (channel: string, body: unknown) =>
          (await (await fetch(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as {
            value: unknown;
          };
        const list = (await post('projects:list', {})).value as { id: string }[];
        const opened = (await post('projects:open', { id: list[0]!.id })).value as { project: { components: { name: string; kind: string }[] } };
        return opened.project.components.find((c) => c.name === 'proxy')?.kind;
      });
      expect(proxyKind).toBe('api-gateway');

      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: 'Export Mermaid diagram…' }).click();
      const svg = page.getByTestId('mermaid-svg').locator('svg');
      await svg.waitFor({ timeout: 60_000 });
      const text = (await svg.textContent()) ?? '';
      for (const name of ['proxy', 'storefront', 'catalog-db', 'orders-db', 'events', 'clickstream', 'tracing']) expect(text).toContain(name);
      await expect(page.getByLabel('Mermaid text').inputValue()).resolves.toMatch(/^flowchart LR\n/);
      await page.screenshot({ path: screenshotPath('exports-mermaid-preview') });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('menuitem', { name: 'Export runbook (Markdown)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('shop-v3-runbook.md');
      const runbook = await readFile(await download.path(), 'utf8');
      expect(runbook).toContain('### orders-db');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await tenfold.stop();
    }
  });
});
