import { Accordion, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { Component, componentKinds, type ComponentKind } from '../../../shared/model/component';
import { kindDefaults } from '../../../shared/model/defaults';
import { kindIcons } from '../canvas/kindIcons';
import { useEditor } from '../editor/EditorContext';
import { updateComponent } from '../editor/edits';
import { componentSections, schemaAt, type FieldSpec } from './componentSections';
import { BoolField, EnumField, ListField, NumberField, TagsField, TextField } from './fields';
import { getIn, setIn, type Path } from './paths';

const kindLabels = Object.fromEntries(componentKinds.map((k) => [k, kindDefaults[k].label])) as Record<ComponentKind, string>;

/** Every property of one component; each change is one undoable edit (typing coalesces). */
export function ComponentForm({ component }: { component: Component }) {
  const { apply, project } = useEditor();
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});

  const set = useCallback(
    (path: Path, label: string, value: unknown) => {
      const key = path.join('.');
      const candidate = setIn(component, path, value);
      // The field's own schema already passed; the whole component may still object (e.g. retries need a count).
      const parsed = Component.safeParse(candidate);
      if (!parsed.success) {
        setErrors((current) => ({ ...current, [key]: parsed.error.issues[0]?.message ?? 'Not a valid value' }));
        return;
      }
      setErrors((current) => {
        if (!(key in current)) return current;
        const { [key]: _gone, ...rest } = current;
        return rest;
      });
      apply(`Set ${label.toLowerCase()} of ${component.name}`, (p) => updateComponent(p, component.id, (c) => setIn(c, path, value)), { coalesce: `${component.id}:${key}` });
    },
    [apply, component],
  );

  const Icon = kindIcons[component.kind];
  const opened = componentSections.filter((s) => s.relevant(component.kind)).map((s) => s.id);
  return (
    <Stack gap="sm" data-testid="component-form">
      <Group gap="xs">
        <Icon size={20} aria-hidden />
        <Text fw={600} truncate="end">
          {component.name}
        </Text>
      </Group>
      <TextField label="Name" value={component.name} required schema={schemaAt(['name'])} onChange={(v) => set(['name'], 'name', v ?? '')} error={errors['name']} />
      <SimpleGrid cols={2} spacing="xs">
        <EnumField label="Kind" value={component.kind} options={componentKinds} labels={kindLabels} required onChange={(v) => v && set(['kind'], 'kind', v)} />
        <TextField label="Technology" value={component.technology} placeholder="e.g. PostgreSQL 16" schema={schemaAt(['technology'])} onChange={(v) => set(['technology'], 'technology', v)} />
      </SimpleGrid>
      <TextField label="Description" multiline value={component.description} schema={schemaAt(['description'])} onChange={(v) => set(['description'], 'description', v)} />
      <TagsField label="Tags" value={component.tags} onChange={(v) => set(['tags'], 'tags', v)} />
      {project.zones.length > 0 && (
        <ListField
          testId="zones-select"
          label="Zones"
          description="The first zone is the box it sits in on the canvas"
          value={component.zoneIds}
          options={project.zones.map((z) => z.id)}
          labels={Object.fromEntries(project.zones.map((z) => [z.id, z.name]))}
          onChange={(v) => set(['zoneIds'], 'zones', v)}
        />
      )}
      <Accordion multiple defaultValue={opened} variant="contained" chevronPosition="left" key={component.kind}>
        {componentSections.map((section) => (
          <Accordion.Item key={section.id} value={section.id}>
            <Accordion.Control>{section.title}</Accordion.Control>
            <Accordion.Panel>
              <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
                {section.fields.map((field) => (
                  <Field key={field.path.join('.')} field={field} component={component} error={errors[field.path.join('.')]} onChange={(v) => set(field.path, field.label, v)} />
                ))}
              </SimpleGrid>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

function Field({ field, component, error, onChange }: { field: FieldSpec; component: Component; error: string | undefined; onChange: (value: unknown) => void }) {
  const value = getIn(component, field.path);
  const common = { label: field.label, error: error ?? null };
  switch (field.type) {
    case 'number':
      return (
        <NumberField
          {...common}
          description={field.description}
          value={value as number | undefined}
          defaultValue={field.default?.(component) as number | null | undefined}
          scale={field.scale}
          suffix={field.suffix}
          integer={field.integer}
          schema={schemaAt(field.path)}
          onChange={onChange}
        />
      );
    case 'bool':
      return <BoolField {...common} description={field.description} value={value as boolean | undefined} defaultValue={field.default?.(component) as boolean | undefined} onChange={onChange} />;
    case 'enum':
      return (
        <EnumField {...common} description={field.description} value={value as string | undefined} options={field.options} defaultValue={field.default?.(component) as string | undefined} onChange={onChange} />
      );
    case 'list':
      return <ListField {...common} value={value as string[] | undefined} options={field.options} onChange={onChange} />;
    case 'text':
      return <TextField {...common} value={value as string | undefined} placeholder={field.placeholder} multiline={field.multiline} schema={schemaAt(field.path)} onChange={onChange} />;
  }
}
