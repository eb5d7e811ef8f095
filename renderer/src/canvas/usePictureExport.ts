import { useLatest } from '../react/useLatest';
import { DEFAULT_THEME, useComputedColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useReactFlow } from '@xyflow/react';
import { useMemo, type RefObject } from 'react';
import { effectiveDeployment, kindDefaults } from '../../../shared/model/defaults';
import { fileSlug } from '../../../shared/model/fileSlug';
import type { Project } from '../../../shared/model/project';
import { downloadText } from '../api/download';
import { useCommands, type Command } from '../palette/commands';
import { connectionLabel } from './connectionLabel';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../diagram/geometry';
import { kindColor } from './kindIcons';
import type { Geometry } from './moves';
import type { RoutesStore } from './routing/routesStore';
import type { Rect } from './routing/geometry';
import { pictureRegion, viewPicture, type PicturePalette } from './viewPicture';
import { zoneBoxes } from '../diagram/zones';

const c = DEFAULT_THEME.colors;
const palettes: Readonly<Record<'light' | 'dark', PicturePalette>> = {
  light: {
    background: '#ffffff',
    surface: '#ffffff',
    text: c.dark[9],
    dimmed: c.gray[6],
    border: c.gray[4],
    line: c.gray[6],
    zoneFill: '#f3f8fe',
    zoneBorder: c.gray[5],
    noteFill: c.yellow[0],
    noteBorder: c.yellow[4],
  },
  dark: {
    background: c.dark[7],
    surface: c.dark[6],
    text: c.dark[0],
    dimmed: c.dark[2],
    border: c.dark[4],
    line: c.dark[2],
    zoneFill: '#23303d',
    zoneBorder: c.dark[3],
    noteFill: '#3a3320',
    noteBorder: c.yellow[8],
  },
};

/** PNGs are drawn at twice the diagram's size, sharp when pasted into a document or a slide. */
const PNG_SCALE = 2;

/**
 * "Export the view as SVG / PNG": the part of the diagram in the window, as drawn (routes, zones,
 * notes), in the current theme's colours (viewPicture.ts). The PNG is the SVG drawn on a canvas.
 */
export function usePictureExport(wrapper: RefObject<HTMLDivElement | null>, project: Project, geometry: Geometry, routes: RoutesStore): void {
  const flowApi = useReactFlow();
  const scheme = useComputedColorScheme('light');
  const latest = useLatest({ project, geometry, scheme });

  const commands = useMemo<Command[]>(() => {
    const picture = (): { svg: string; width: number; height: number; name: string } => {
      const { project, geometry, scheme } = latest();
      const rect = wrapper.current!.getBoundingClientRect();
      const { x, y, zoom } = flowApi.getViewport();
      const view = { x: -x / zoom, y: -y / zoom, width: rect.width / zoom, height: rect.height / zoom };
      const region = pictureRegion(view, diagramBounds(project, geometry));
      const zoneNames = new Map(project.zones.map((z) => [z.id as string, z.name]));
      const svg = viewPicture({
        region,
        components: project.components.map((component) => ({
          id: component.id,
          name: component.name,
          detail: component.technology ? `${kindDefaults[component.kind].label} · ${component.technology}` : kindDefaults[component.kind].label,
          instances: effectiveDeployment(component).instances,
          accent: c[kindColor(component.kind)]?.[6] ?? c.blue[6],
        })),
        positions: geometry.positions,
        zones: [...zoneBoxes(project, geometry.positions)].map(([id, box]) => ({ name: zoneNames.get(id) ?? '', box })),
        connections: project.connections.flatMap((connection) => {
          const route = routes.current().get(connection.id);
          return route ? [{ d: route.d, kind: connection.kind, label: connectionLabel(connection), labelAt: route.label }] : [];
        }),
        notes: Object.values(project.layout.notes ?? {}),
        palette: palettes[scheme],
      });
      return { svg, width: region.width, height: region.height, name: fileSlug(project.name) };
    };
    const exportSvg = () => {
      const { svg, name } = picture();
      downloadText(`${name}.svg`, svg, 'image/svg+xml');
    };
    const exportPng = () => {
      const { svg, width, height, name } = picture();
      void toPng(svg, width, height)
        .then((blob) => downloadBlob(`${name}.png`, blob))
        .catch((error: unknown) =>
          notifications.show({ color: 'red', title: 'Could not export the picture', message: error instanceof Error ? error.message : String(error) }),
        );
    };
    return [
      {
        id: 'export.viewPng',
        label: 'Export the view as a picture (PNG)',
        group: 'Export',
        keywords: ['image', 'png', 'picture', 'screenshot', 'diagram'],
        run: exportPng,
      },
      {
        id: 'export.viewSvg',
        label: 'Export the view as a picture (SVG)',
        group: 'Export',
        keywords: ['image', 'svg', 'picture', 'vector', 'diagram'],
        run: exportSvg,
      },
    ];
  }, [flowApi, routes, wrapper, latest]);
  useCommands(commands);
}

function diagramBounds(project: Project, geometry: Geometry): Rect | null {
  const rects: Rect[] = [...geometry.positions.values()].map((p) => ({ ...p, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT }));
  rects.push(...zoneBoxes(project, geometry.positions).values(), ...Object.values(project.layout.notes ?? {}));
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
}

function toPng(svg: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * PNG_SCALE);
      canvas.height = Math.round(height * PNG_SCALE);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('This browser cannot draw pictures.'));
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded as PNG.'))), 'image/png');
    };
    image.onerror = () => reject(new Error('The diagram could not be drawn as a picture.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
