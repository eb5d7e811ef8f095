import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { Connection } from '../../../shared/model/connection';
import type { Point } from './flowAdapter';
import { overviewPaths } from './overview';
import classes from './canvas.module.css';

interface OverviewConnectionsProps {
  readonly connections: readonly Connection[];
  readonly positions: ReadonlyMap<string, Point>;
  readonly selection: ReadonlySet<string>;
}

/**
 * Every connection of the overview in one SVG inside the viewport: four paths in all, instead of
 * React Flow's one SVG element (and one painted layer) per edge. Purely a drawing: it takes no
 * pointer events, so the pane under it still pans and box-selects.
 */
function OverviewConnectionsView({ connections, positions, selection }: OverviewConnectionsProps) {
  const paths = useMemo(() => overviewPaths(connections, positions, selection), [connections, positions, selection]);
  return (
    <ViewportPortal>
      <svg className={classes.overviewConnections} data-testid="overview-connections" aria-hidden>
        <path d={paths.solid} className={classes.overviewLine} />
        <path d={paths.dashed} className={classes.overviewLine} strokeDasharray="8 5" />
        <path d={paths.dotted} className={classes.overviewLine} strokeDasharray="2 5" />
        <path d={paths.selected} className={classes.overviewLine} data-selected />
      </svg>
    </ViewportPortal>
  );
}

export const OverviewConnections = memo(OverviewConnectionsView);
