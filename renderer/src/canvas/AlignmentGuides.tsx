import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import type { Guides } from './snapping';
import classes from './canvas.module.css';

/** The lines a dragged component has snapped to (snapping.ts), drawn in flow coordinates. */
function AlignmentGuidesView({ guides }: { guides: Guides }) {
  if (!guides.vertical && !guides.horizontal) return null;
  const { vertical, horizontal } = guides;
  return (
    <ViewportPortal>
      <svg className={classes.guides} aria-hidden data-testid="alignment-guides">
        {vertical && <line x1={vertical.x} x2={vertical.x} y1={vertical.y1 - 16} y2={vertical.y2 + 16} />}
        {horizontal && <line x1={horizontal.x1 - 16} x2={horizontal.x2 + 16} y1={horizontal.y} y2={horizontal.y} />}
      </svg>
    </ViewportPortal>
  );
}

export const AlignmentGuides = memo(AlignmentGuidesView);
