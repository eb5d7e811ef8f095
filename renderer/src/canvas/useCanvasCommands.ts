import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useCommands, type Command } from '../palette/commands';

/** Viewport commands; they need the React Flow instance, so the canvas registers them. */
export function useCanvasCommands(): void {
  const flow = useReactFlow();
  const commands = useMemo<Command[]>(
    () => [
      { id: 'canvas.zoomIn', label: 'Zoom in', group: 'View', shortcut: 'mod+=', run: () => void flow.zoomIn({ duration: 150 }) },
      { id: 'canvas.zoomOut', label: 'Zoom out', group: 'View', shortcut: 'mod+-', run: () => void flow.zoomOut({ duration: 150 }) },
      { id: 'canvas.fit', label: 'Fit the diagram to the window', group: 'View', shortcut: 'shift+1', keywords: ['zoom'], run: () => void flow.fitView({ padding: 0.2, duration: 200 }) },
    ],
    [flow],
  );
  useCommands(commands);
}
