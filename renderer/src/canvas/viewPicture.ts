import type { ConnectionKind } from '../../../shared/model/connection';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, type Box } from '../diagram/geometry';
import type { Rect } from './routing/geometry';

/**
 * The canvas view as a standalone SVG picture, for pasting into a document: zones, connections
 * along their routes with their labels, components with name, kind and instances, and notes,
 * in concrete colours (a file has no theme to read CSS variables from). Pure: the caller gathers
 * what is on the canvas and the colours of the current theme.
 */
export interface PictureComponent {
  readonly id: string;
  readonly name: string;
  readonly detail: string;
  readonly instances: number;
  /** The kind's accent colour. */
  readonly accent: string;
}

export interface PictureConnection {
  readonly d: string;
  readonly kind: ConnectionKind;
  readonly label: string;
  readonly labelAt: { readonly x: number; readonly y: number };
}

export interface PictureNote extends Box {
  readonly text: string;
}

export interface PicturePalette {
  readonly background: string;
  readonly surface: string;
  readonly text: string;
  readonly dimmed: string;
  readonly border: string;
  readonly line: string;
  readonly zoneFill: string;
  readonly zoneBorder: string;
  readonly noteFill: string;
  readonly noteBorder: string;
}

export interface PictureInput {
  readonly region: Rect;
  readonly components: readonly PictureComponent[];
  readonly positions: ReadonlyMap<string, { x: number; y: number }>;
  readonly zones: readonly { readonly name: string; readonly box: Box }[];
  readonly connections: readonly PictureConnection[];
  readonly notes: readonly PictureNote[];
  readonly palette: PicturePalette;
}

const dash: Readonly<Record<ConnectionKind, string>> = { sync: '', async: '8 5', read: '', write: '', replication: '2 5' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Cuts text to about `max` units of width at `size` px (no fonts are measured: the picture must not depend on them). */
export function fit(text: string, size: number, max: number): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? size : size * 0.58), 0);
  if (width(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (width(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

function inside(region: Rect, x: number, y: number, w: number, h: number): boolean {
  return x + w > region.x && x < region.x + region.width && y + h > region.y && y < region.y + region.height;
}

function wrapLines(text: string, size: number, max: number, lines: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (fit(next, size, max) === next) line = next;
      else {
        if (line) out.push(line);
        line = fit(word, size, max);
      }
    }
    out.push(line);
  }
  return out.length > lines ? [...out.slice(0, lines - 1), fit(`${out[lines - 1]}…`, size, max)] : out;
}

export function viewPicture(input: PictureInput): string {
  const { region, palette: p } = input;
  const parts: string[] = [];
  const font = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"`;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(region.width)}" height="${Math.round(region.height)}" viewBox="${region.x} ${region.y} ${region.width} ${region.height}" ${font}>`,
  );
  parts.push(
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${p.line}"/></marker></defs>`,
  );
  parts.push(`<rect x="${region.x}" y="${region.y}" width="${region.width}" height="${region.height}" fill="${p.background}"/>`);
  for (const { name, box } of input.zones) {
    if (!inside(region, box.x, box.y, box.width, box.height)) continue;
    parts.push(
      `<g data-kind="zone"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="12" fill="${p.zoneFill}" stroke="${p.zoneBorder}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
    parts.push(
      `<text x="${box.x + 12}" y="${box.y + 18}" font-size="12" font-weight="600" letter-spacing="0.5" fill="${p.dimmed}">${escapeXml(fit(name.toUpperCase(), 12, box.width - 24))}</text></g>`,
    );
  }
  for (const c of input.connections) {
    const dasharray = dash[c.kind] ? ` stroke-dasharray="${dash[c.kind]}"` : '';
    parts.push(`<path d="${c.d}" fill="none" stroke="${p.line}" stroke-width="1.6"${dasharray} marker-end="url(#arrow)"/>`);
    if (c.label) {
      parts.push(
        `<text x="${c.labelAt.x}" y="${c.labelAt.y}" font-size="11" text-anchor="middle" dominant-baseline="central" fill="${p.dimmed}" stroke="${p.background}" stroke-width="4" paint-order="stroke" stroke-linejoin="round">${escapeXml(c.label)}</text>`,
      );
    }
  }
  for (const c of input.components) {
    const at = input.positions.get(c.id);
    if (!at || !inside(region, at.x, at.y, COMPONENT_WIDTH, COMPONENT_HEIGHT)) continue;
    const { x, y } = at;
    parts.push(`<g data-kind="component">`);
    parts.push(`<rect x="${x}" y="${y}" width="${COMPONENT_WIDTH}" height="${COMPONENT_HEIGHT}" rx="8" fill="${p.surface}" stroke="${p.border}"/>`);
    parts.push(`<rect x="${x + 10}" y="${y + 18}" width="36" height="36" rx="8" fill="${c.accent}" fill-opacity="0.16"/>`);
    parts.push(`<circle cx="${x + 28}" cy="${y + 36}" r="7" fill="${c.accent}"/>`);
    parts.push(
      `<text x="${x + 56}" y="${y + 26}" font-size="14" font-weight="600" fill="${p.text}">${escapeXml(fit(c.name, 14, COMPONENT_WIDTH - 66))}</text>`,
    );
    parts.push(`<text x="${x + 56}" y="${y + 44}" font-size="12" fill="${p.dimmed}">${escapeXml(fit(c.detail, 12, COMPONENT_WIDTH - 66))}</text>`);
    parts.push(`<text x="${x + 56}" y="${y + 61}" font-size="12" fill="${p.dimmed}">×${c.instances}</text>`);
    parts.push(`</g>`);
  }
  for (const note of input.notes) {
    if (!inside(region, note.x, note.y, note.width, note.height)) continue;
    parts.push(
      `<g data-kind="note"><rect x="${note.x}" y="${note.y}" width="${note.width}" height="${note.height}" rx="4" fill="${p.noteFill}" stroke="${p.noteBorder}"/>`,
    );
    const lines = wrapLines(note.text, 13, note.width - 20, Math.max(1, Math.floor((note.height - 12) / 17)));
    lines.forEach((line, i) => parts.push(`<text x="${note.x + 10}" y="${note.y + 22 + i * 17}" font-size="13" fill="${p.text}">${escapeXml(line)}</text>`));
    parts.push(`</g>`);
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/**
 * What the picture shows: the part of the diagram in view, with a margin, or the whole diagram
 * when none of it is in view.
 */
export function pictureRegion(view: Rect, diagram: Rect | null, margin = 24): Rect {
  if (!diagram) return view;
  const x = Math.max(view.x, diagram.x - margin);
  const y = Math.max(view.y, diagram.y - margin);
  const right = Math.min(view.x + view.width, diagram.x + diagram.width + margin);
  const bottom = Math.min(view.y + view.height, diagram.y + diagram.height + margin);
  if (right <= x || bottom <= y)
    return { x: diagram.x - margin, y: diagram.y - margin, width: diagram.width + 2 * margin, height: diagram.height + 2 * margin };
  return { x: Math.round(x), y: Math.round(y), width: Math.round(right - x), height: Math.round(bottom - y) };
}
