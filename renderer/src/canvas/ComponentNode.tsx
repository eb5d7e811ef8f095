import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useState, type KeyboardEvent } from 'react';
import { useRenameStore, useRenaming } from './renaming';
import { kindDefaults } from '../../../shared/model/defaults';
import { useComponentMarks } from './canvasMarks';
import type { ComponentNode as ComponentNodeType } from './flowAdapter';
import { bandColor, severityColor } from './highlight';
import { kindColor, kindIcons } from './kindIcons';
import classes from './canvas.module.css';

const sideHandles = [
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
  ['top', Position.Top],
] as const;

/**
 * A component on the canvas: icon, name, kind/technology, instances, and its worst open finding.
 * Plain elements rather than Mantine components: a diagram renders hundreds of these at once.
 * Zoomed far out, components are drawn by the overview instead (Overview.tsx).
 */
function ComponentNodeView({ id, data, selected }: NodeProps<ComponentNodeType>) {
  const { component, instances, zones } = data;
  const [pointed, setPointed] = useState(false);
  const renaming = useRenaming(id);
  const { badge, highlight, band, utilization, spof } = useComponentMarks(id);
  const Icon = kindIcons[component.kind];
  const accent = kindColor(component.kind);
  const tint = highlight === 'utilization' && band ? bandColor[band] : null;
  const spofMark = highlight === 'spof' && spof;
  const kindLabel = kindDefaults[component.kind].label;
  const badgeText = badge ? `${badge.count} open finding${badge.count === 1 ? '' : 's'}, worst ${badge.severity}` : '';
  return (
    <div
      className={classes.component}
      data-selected={selected || undefined}
      data-spof={spofMark || undefined}
      data-testid="canvas-component"
      data-name={component.name}
      data-findings={badge?.ruleIds.join(' ') ?? ''}
      onPointerEnter={() => setPointed(true)}
      onPointerLeave={() => setPointed(false)}
      style={tint ? { background: `var(--mantine-color-${tint}-light)`, borderColor: `var(--mantine-color-${tint}-filled)` } : undefined}
    >
      {/* Dropping a connection anywhere on the component ends it here (see flowAdapter's handles). */}
      <Handle type="target" id="body" position={Position.Left} className={classes.bodyHandle} isConnectableStart={false} />
      <div className={classes.icon} style={{ color: `var(--mantine-color-${accent}-filled)`, background: `var(--mantine-color-${accent}-light)` }}>
        <Icon size={22} stroke={1.6} aria-hidden />
      </div>
      <div className={classes.body}>
        {renaming ? (
          <RenameInput id={id} name={component.name} />
        ) : (
          <div className={classes.name} title={component.name} data-testid="component-name">
            {component.name}
          </div>
        )}
        <div className={classes.detail}>{component.technology ? `${kindLabel} · ${component.technology}` : kindLabel}</div>
        <div className={classes.detail}>
          <span data-testid="instances">×{instances}</span>
          {highlight === 'utilization' && utilization !== null && (
            <strong className={classes.metric} style={{ color: `var(--mantine-color-${tint ?? 'gray'}-text)` }}>
              {Math.round(utilization * 100)}%
            </strong>
          )}
          {spofMark && <strong className={classes.spofLabel}>SPOF</strong>}
        </div>
      </div>
      {badge && (
        <span
          className={classes.badge}
          style={{ background: `var(--mantine-color-${severityColor[badge.severity]}-filled)` }}
          data-testid="finding-badge"
          data-severity={badge.severity}
          title={badgeText}
          role="img"
          aria-label={badgeText}
        >
          {badge.count}
        </span>
      )}
      {zones && (
        <div className={classes.zoneChips} data-testid="zone-chips" aria-label={`In zones ${zones.join(', ')}`} title={`Runs in ${zones.join(', ')}`}>
          {(zones.length > 3 ? zones.slice(0, 2) : zones).map((zone, i) => (
            <span key={i} className={classes.zoneChip}>
              {zone}
            </span>
          ))}
          {zones.length > 3 && <span className={classes.zoneChip}>+{zones.length - 2}</span>}
        </div>
      )}
      {/* Only the right-hand handle is always mounted (React Flow measures a node's handles once, and
          draws its edges from them); the other three join it on the component under the pointer or
          selected: each handle subscribes to React Flow's store, and thousands would slow every pan. */}
      {sideHandles.map(([side, position]) =>
        side === 'right' || pointed || selected ? (
          <Handle
            key={side}
            type="source"
            id={side}
            position={position}
            className={classes.handle}
            data-shown={pointed || selected || undefined}
            title={`Drag to connect ${component.name} to another component`}
          />
        ) : null,
      )}
    </div>
  );
}

/** The name as a text field: Enter or leaving it keeps the new name, Escape the old one. */
function RenameInput({ id, name }: { id: string; name: string }) {
  const store = useRenameStore();
  const finish = (value: string | null) => {
    if (!store || store.current() !== id) return;
    store.stop();
    const next = value?.trim();
    if (next && next !== name) store.commit(id, next, name);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys typed here are the name's, not shortcuts of the canvas.
    event.stopPropagation();
    if (event.key === 'Enter') finish(event.currentTarget.value);
    else if (event.key === 'Escape') finish(null);
  };
  return (
    <input
      className={`${classes.renameInput} nodrag nopan`}
      defaultValue={name}
      aria-label={`Rename ${name}`}
      maxLength={200}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget.value)}
      data-testid="rename-input"
    />
  );
}

export const ComponentNode = memo(ComponentNodeView);
