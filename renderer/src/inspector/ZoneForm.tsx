import { Stack, Text } from '@mantine/core';
import { Zone } from '../../../shared/model/zone';
import { DEFAULT_ZONE_AVAILABILITY } from '../../../shared/model/defaults';
import { useEditor } from '../project/EditorContext';
import { NumberField, TextField } from './fields';

/** A zone selected on the canvas: name, region and the zone's own availability. */
export function ZoneForm({ zone }: { zone: Zone }) {
  const { apply, project } = useEditor();
  const members = project.components.filter((c) => c.zoneIds?.includes(zone.id)).length;
  const update = (key: 'name' | 'region' | 'availability', label: string, value: string | number | undefined) =>
    apply(
      `Set ${label} of zone ${zone.name}`,
      (p) => ({
        ...p,
        zones: p.zones.map((z) => {
          if (z.id !== zone.id) return z;
          const copy: Record<string, unknown> = { ...z, [key]: value };
          if (value === undefined) delete copy[key];
          return copy as Zone;
        }),
      }),
      { coalesce: `zone.${zone.id}.${key}` },
    );
  return (
    <Stack gap="sm" data-testid="zone-form">
      <Text fw={600}>Zone</Text>
      <TextField label="Name" required value={zone.name} schema={Zone.shape.name} onChange={(v) => v && update('name', 'name', v)} />
      <TextField label="Region" value={zone.region} schema={Zone.shape.region} onChange={(v) => update('region', 'region', v)} />
      <NumberField
        label="Availability of the zone"
        scale={100}
        suffix="%"
        value={zone.availability}
        defaultValue={DEFAULT_ZONE_AVAILABILITY}
        schema={Zone.shape.availability}
        onChange={(v) => update('availability', 'availability', v)}
      />
      <Text size="xs" c="dimmed">
        {members} component{members === 1 ? '' : 's'} in this zone. Drag a component into the box to put it in the zone, or out to take it out.
      </Text>
    </Stack>
  );
}
