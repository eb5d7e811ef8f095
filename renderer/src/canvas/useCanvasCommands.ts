import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useCommands, type Command } from '../palette/commands';

/** Viewport commands; they need the React Flow instance, so the canvas registers them. `fitAll` fits the whole diagram. */
export function useCanvasCommands(fitAll: () => void): void {
  const flow = useReactFlow();
  const commands = useMemo<Command[]>(
    () => [
      { id: 'canvas.zoomIn', label: 'Zoom in', group: 'View', shortcut: 'mod+=', run: () => void flow.zoomIn({ duration: 150 }) },
      { id: 'canvas.zoomOut', label: 'Zoom out', group: 'View', shortcut: 'mod+-', run: () => void flow.zoomOut({ duration: 150 }) },
      { id: 'canvas.fit', label: 'Fit the diagram to the window', group: 'View', shortcut: 'shift+1', keywords: ['zoom'], run: fitAll },
    ],
    [flow, fitAll],
  );
  useCommands(commands);
}
