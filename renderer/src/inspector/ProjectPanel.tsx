import { ActionIcon, Button, Divider, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback } from 'react';
import { newId, type ComponentId, type ZoneId } from '../../../shared/model/ids';
import type { Project } from '../../../shared/model/project';
import { Workload } from '../../../shared/model/workload';
import { Zone } from '../../../shared/model/zone';
import { DEFAULT_ZONE_AVAILABILITY } from '../../../shared/model/defaults';
import { useEditor } from '../project/EditorContext';
import { removeItems } from '../project/edits';
import { NumberField, TextField } from './fields';

const workloadShape = Workload.shape;

/** Project settings: name, description, the workload the checks run against, entry points, zones. */
export function ProjectPanel() {
  const { project, apply } = useEditor();
  const workload = project.workload;
  const setWorkload = useCallback(
    (key: keyof Project['workload'], label: string, value: unknown) =>
      apply(`Set ${label}`, (p) => ({ ...p, workload: { ...p.workload, [key]: value } }), { coalesce: `workload.${key}` }),
    [apply],
  );
  const entryIds = new Set(workload.entryPoints.map((e) => e.componentId as string));
  const candidates = project.components.filter((c) => !entryIds.has(c.id));

  return (
    <Stack gap="sm" data-testid="project-panel">
      <Title order={4}>Project</Title>
      <TextField
        label="Name"
        required
        value={project.name}
        onChange={(v) => v && v.trim() && apply('Rename project', (p) => ({ ...p, name: v }), { coalesce: 'project.name' })}
      />
      <TextField
        label="Description"
        multiline
        value={project.description}
        onChange={(v) => apply('Set project description', (p) => withDescription(p, v), { coalesce: 'project.description' })}
      />

      <Divider label="Workload" labelPosition="left" />
      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
        <NumberField
          label="Growth factor"
          suffix="×"
          value={workload.growthFactor}
          defaultValue={10}
          schema={workloadShape.growthFactor.def.innerType}
          onChange={(v) => setWorkload('growthFactor', 'growth factor', v ?? 10)}
        />
        <NumberField
          label="Availability target"
          scale={100}
          suffix="%"
          value={workload.availabilityTarget}
          defaultValue={0.999}
          schema={workloadShape.availabilityTarget.def.innerType}
          onChange={(v) => setWorkload('availabilityTarget', 'availability target', v ?? 0.999)}
        />
        <NumberField
          label="Target utilization"
          scale={100}
          suffix="%"
          value={workload.targetUtilization}
          defaultValue={0.7}
          schema={workloadShape.targetUtilization.def.innerType}
          onChange={(v) => setWorkload('targetUtilization', 'target utilization', v ?? 0.7)}
        />
        <NumberField
          label="Team size"
          integer
          suffix="engineers"
          value={workload.teamSize}
          schema={workloadShape.teamSize.def.innerType}
          onChange={(v) => setWorkload('teamSize', 'team size', v)}
        />
        <NumberField
          label="Growth horizon"
          integer
          suffix="months"
          value={workload.growthHorizonMonths}
          defaultValue={12}
          schema={workloadShape.growthHorizonMonths.def.innerType}
          onChange={(v) => setWorkload('growthHorizonMonths', 'growth horizon', v ?? 12)}
        />
      </SimpleGrid>

      <Divider label="Entry points" labelPosition="left" />
      {workload.entryPoints.length === 0 && (
        <Text size="xs" c="dimmed">
          No entry points yet. Add the components where traffic enters (clients, CDNs, gateways) with their peak requests per second today: load, growth and
          availability are computed from them.
        </Text>
      )}
      {workload.entryPoints.map((entry, index) => {
        const name = project.components.find((c) => c.id === entry.componentId)?.name ?? '?';
        return (
          <Group key={entry.componentId} gap="xs" wrap="nowrap" align="flex-end">
            <Text size="sm" style={{ flex: 1 }} truncate="end">
              {name}
            </Text>
            <NumberInput
              size="xs"
              w={140}
              label="Peak requests/s"
              value={entry.peakRps}
              min={0}
              thousandSeparator=","
              hideControls
              onChange={(v) =>
                typeof v === 'number' &&
                v >= 0 &&
                apply(
                  `Set peak rate of ${name}`,
                  (p) => ({ ...p, workload: { ...p.workload, entryPoints: p.workload.entryPoints.map((e, i) => (i === index ? { ...e, peakRps: v } : e)) } }),
                  {
                    coalesce: `entry.${entry.componentId}`,
                  },
                )
              }
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove entry point ${name}`}
              onClick={() =>
                apply(`Remove entry point ${name}`, (p) => ({
                  ...p,
                  workload: { ...p.workload, entryPoints: p.workload.entryPoints.filter((e) => e.componentId !== entry.componentId) },
                }))
              }
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      {candidates.length > 0 && (
        <NativeSelect
          size="xs"
          label="Add an entry point"
          value=""
          data={[{ value: '', label: 'Choose a component…' }, ...candidates.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(event) => {
            const id = event.currentTarget.value;
            const name = project.components.find((c) => c.id === id)?.name ?? '';
            if (id)
              apply(`Add entry point ${name}`, (p) => ({
                ...p,
                workload: { ...p.workload, entryPoints: [...p.workload.entryPoints, { componentId: id as ComponentId, peakRps: 100 }] },
              }));
          }}
        />
      )}

      <Divider label="Zones" labelPosition="left" />
      {project.zones.map((zone) => (
        <ZoneRow key={zone.id} zone={zone} />
      ))}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconPlus size={14} />}
        onClick={() => apply('Add zone', (p) => ({ ...p, zones: [...p.zones, { id: newId<ZoneId>(), name: nextZoneName(p) }] }))}
      >
        Add zone
      </Button>
      {project.zones.length > 0 && (
        <Text size="xs" c="dimmed">
          A zone shows on the canvas once a component runs in it: set a component's zones in the inspector, or drag a component into a zone's box. A component
          in several zones carries a chip for each.
        </Text>
      )}
    </Stack>
  );
}

function ZoneRow({ zone }: { zone: Zone }) {
  const { apply } = useEditor();
  const update = (label: string, change: (z: Zone) => Zone) =>
    apply(`${label} of zone ${zone.name}`, (p) => ({ ...p, zones: p.zones.map((z) => (z.id === zone.id ? change(z) : z)) }), {
      coalesce: `zone.${zone.id}.${label}`,
    });
  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <TextInput
        size="xs"
        label="Zone name"
        style={{ flex: 1 }}
        value={zone.name}
        onChange={(event) => {
          const name = event.currentTarget.value;
          if (name.trim()) update('Rename', (z) => ({ ...z, name }));
        }}
      />
      <TextInput
        size="xs"
        w={90}
        label="Region"
        value={zone.region ?? ''}
        onChange={(event) => update('Set region', (z) => withRegion(z, event.currentTarget.value))}
      />
      <NumberInput
        size="xs"
        w={96}
        label="Availability"
        suffix="%"
        hideControls
        value={zone.availability === undefined ? '' : zone.availability * 100}
        placeholder={`${DEFAULT_ZONE_AVAILABILITY * 100} (default)`}
        onChange={(v) => {
          if (v === '') update('Set availability', (z) => withAvailability(z, undefined));
          else if (typeof v === 'number' && v >= 0 && v <= 100) update('Set availability', (z) => withAvailability(z, v / 100));
        }}
      />
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`Remove zone ${zone.name}`}
        onClick={() => apply(`Remove zone ${zone.name}`, (p) => removeItems(p, [zone.id]))}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}

function nextZoneName(project: Project): string {
  const taken = new Set(project.zones.map((z) => z.name));
  for (let n = 1; ; n++) if (!taken.has(`Zone ${n}`)) return `Zone ${n}`;
}

function withDescription(project: Project, description: string | undefined): Project {
  const { description: _old, ...rest } = project;
  return description ? { ...rest, description } : rest;
}

function withRegion(zone: Zone, region: string): Zone {
  const { region: _old, ...rest } = zone;
  return region ? { ...rest, region: region.slice(0, 100) } : rest;
}

function withAvailability(zone: Zone, availability: number | undefined): Zone {
  const { availability: _old, ...rest } = zone;
  return availability === undefined ? rest : { ...rest, availability };
}
