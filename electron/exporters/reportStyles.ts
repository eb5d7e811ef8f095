/**
 * The report's stylesheet, inlined in its <style> element. System fonts only (no downloads).
 * Print: no fixed paper size, so A4 and Letter both work; the diagram scales to the page width
 * and tables, findings and the diagram avoid page breaks inside them.
 */
export const reportStyles = `
:root { color-scheme: light; --ink: #212529; --muted: #5c636a; --line: #dee2e6; --error: #c92a2a; --warning: #b35c00; --info: #1864ab; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 32px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
.meta, .rule, figcaption { color: var(--muted); font-size: 12.5px; }
.description { max-width: 75ch; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0 12px; }
.card { flex: 1 1 160px; border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 10px 14px; }
.card .count { display: block; font-size: 28px; font-weight: 700; line-height: 1.1; }
.card .of { display: block; color: var(--muted); font-size: 12px; }
.card.error { border-left-color: var(--error); } .card.warning { border-left-color: var(--warning); } .card.info { border-left-color: var(--info); }
.counted { color: var(--muted); font-size: 13px; margin: 0 0 12px; }
.facts { margin: 8px 0 14px; padding-left: 20px; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 8px; font-size: 13px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
thead th { background: #f1f3f5; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.rewrite td:last-child, tr.below td:nth-child(4) { color: var(--error); font-weight: 600; }
tr.scale-out td:last-child { color: var(--warning); }
figure.diagram { margin: 8px 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px; }
figure.diagram svg { display: block; width: 100%; max-width: 100%; height: auto; }
figcaption { margin-top: 6px; }
ol.findings, ol.decisions { list-style: none; padding: 0; margin: 0; }
li.finding, li.decision { border: 1px solid var(--line); border-left-width: 5px; border-radius: 6px; padding: 8px 12px; margin: 0 0 10px; }
li.finding.error { border-left-color: var(--error); } li.finding.warning { border-left-color: var(--warning); } li.finding.info { border-left-color: var(--info); }
li.finding p, li.decision p { margin: 2px 0 4px; overflow-wrap: anywhere; }
.badge { display: inline-block; min-width: 58px; text-align: center; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 11.5px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 12px; margin: 4px 0 0; font-size: 13px; }
dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; }
.status.open { color: var(--error); font-weight: 600; } .status.accepted-risk { color: var(--warning); font-weight: 600; }
.label { font-weight: 600; }
h3 { font-size: 15px; margin: 16px 0 6px; }
table.agenda td:first-child { width: 4.5em; }
.risk { font-weight: 600; } .risk.outage, .risk.data-loss { color: var(--error); } .risk.capacity { color: var(--warning); } .risk.hygiene { color: var(--muted); }
.rank { font-weight: 700; font-variant-numeric: tabular-nums; } .status.planned { color: var(--muted); }

@page { margin: 14mm 12mm; }
@media print {
  body { font-size: 10pt; }
  table { font-size: 9pt; }
  th, td { padding: 3px 5px; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  figure.diagram, li.finding, li.decision, tr, .cards { break-inside: avoid; }
  figure.diagram svg { max-height: 240mm; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
