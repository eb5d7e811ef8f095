/** Sizes the canvas draws with; the layout engine uses the same so boxes never overlap. */
export const COMPONENT_WIDTH = 200;
export const COMPONENT_HEIGHT = 72;
/** Space between a zone's border and the components inside it; the top leaves room for its label. */
export const ZONE_PADDING = 24;
export const ZONE_LABEL_HEIGHT = 28;
/** Columns of the grid that shows components without a stored position. */
export const GRID_COLUMNS = 6;
export const GRID_GAP_X = 60;
export const GRID_GAP_Y = 60;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function contains(box: Box, x: number, y: number): boolean {
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}
