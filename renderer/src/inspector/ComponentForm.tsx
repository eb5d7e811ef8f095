import { Accordion, Group, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { createContext, memo, useCallback, useContext, useMemo, useState } from 'react';
import { useLatest } from '../react/useLatest';
import { Component, componentKinds, type ComponentKind } from '../../../shared/model/component';
import { kindDefaults } from '../../../shared/model/defaults';
import { kindIcons } from '../canvas/kindIcons';
import { useEditor } from '../project/EditorContext';
import { updateComponent } from '../project/edits';
import { componentSections, schemaAt, sectionsKey, visibleSections, type FieldSpec, type SectionSpec } from './componentSections';
import { issueText } from './numberInput';
import { BoolField, EnumField, ListField, NumberField, TagsField, TextField } from './fields';
import { getIn, setIn, type Path } from './paths';

const kindLabels = Object.fromEntries(componentKinds.map((k) => [k, kindDefaults[k].label])) as Record<ComponentKind, string>;

type SetField = (path: Path, label: string, value: unknown) => void;

/**
 * Every property of one component; each change is one undoable edit (typing coalesces).
 * The fields are memoized and `set` is stable, so an edit re-renders the field whose value
 * changed, not the ~40 inputs of the form (a large part of an edit's render otherwise).
 */
export function ComponentForm({ component }: { component: Component }) {
  const { apply, project } = useEditor();
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  // `set` reads the component of the latest render, so it never changes identity.
  const latest = useLatest(component);

  const set = useCallback<SetField>(
    (path, label, value) => {
      const component = latest();
      const key = path.join('.');
      const candidate = setIn(component, path, value);
      // The field's own schema already passed; the whole component may still object (e.g. retries need a count).
      const parsed = Component.safeParse(candidate);
      if (!parsed.success) {
        setErrors((current) => ({ ...current, [key]: issueText(parsed.error.issues[0], { label }, schemaAt(path)) }));
        return;
      }
      setErrors((current) => {
        if (!(key in current)) return current;
        const { [key]: _gone, ...rest } = current;
        return rest;
      });
      apply(`Set ${label.toLowerCase()} of ${component.name}`, (p) => updateComponent(p, component.id, (c) => setIn(c, path, value)), {
        coalesce: `${component.id}:${key}`,
      });
    },
    [apply, latest],
  );
  const onName = useCallback((v: string | undefined) => set(['name'], 'name', v ?? ''), [set]);
  const onKind = useCallback((v: ComponentKind | undefined) => v && set(['kind'], 'kind', v), [set]);
  const onTechnology = useCallback((v: string | undefined) => set(['technology'], 'technology', v), [set]);
  const onDescription = useCallback((v: string | undefined) => set(['description'], 'description', v), [set]);
  const onTags = useCallback((v: string[] | undefined) => set(['tags'], 'tags', v), [set]);
  const onZones = useCallback((v: string[] | undefined) => set(['zoneIds'], 'zones', v), [set]);
  const zones = project.zones;
  const zoneOptions = useMemo(() => zones.map((z) => z.id as string), [zones]);
  const zoneLabels = useMemo(() => Object.fromEntries(zones.map((z) => [z.id, z.name])), [zones]);

  const Icon = kindIcons[component.kind];
  const kind = component.kind;
  const [showAll, setShowAll] = useState(false);
  const visible = visibleSections(component, showAll);
  const hidden = componentSections.length - visible.length;
  return (
    <FormComponent value={component}>
      <Stack gap="sm" data-testid="component-form">
        <Group gap="xs">
          <Icon size={20} aria-hidden />
          <Text fw={600} truncate="end">
            {component.name}
          </Text>
        </Group>
        <TextField label="Name" value={component.name} required schema={nameSchema} onChange={onName} error={errors['name']} />
        <SimpleGrid cols={2} spacing="xs">
          <EnumField label="Kind" value={component.kind} options={componentKinds} labels={kindLabels} required onChange={onKind} />
          <TextField label="Technology" value={component.technology} placeholder="e.g. PostgreSQL 16" schema={technologySchema} onChange={onTechnology} />
        </SimpleGrid>
        <TextField label="Description" multiline value={component.description} schema={descriptionSchema} onChange={onDescription} />
        <TagsField label="Tags" value={component.tags} onChange={onTags} />
        {zones.length > 0 && (
          <ListField
            testId="zones-select"
            label="Zones"
            description="In one zone: drawn in its box. In several: a chip for each."
            value={component.zoneIds}
            options={zoneOptions}
            labels={zoneLabels}
            onChange={onZones}
          />
        )}
        <Sections kind={kind} sections={visible} errors={errors} set={set} />
        {(showAll || hidden > 0) && (
          <Switch
            size="xs"
            label={
              showAll
                ? 'Showing every property'
                : `Show all properties (${hidden} more section${hidden === 1 ? '' : 's'} that rarely apply to a ${kindLabels[kind].toLowerCase()})`
            }
            checked={showAll}
            onChange={(event) => setShowAll(event.currentTarget.checked)}
            data-testid="show-all-properties"
          />
        )}
      </Stack>
    </FormComponent>
  );
}

const nameSchema = schemaAt(['name']);
const technologySchema = schemaAt(['technology']);
const descriptionSchema = schemaAt(['description']);

interface SectionsProps {
  readonly kind: ComponentKind;
  readonly sections: readonly SectionSpec[];
  readonly errors: Readonly<Record<string, string>>;
  readonly set: SetField;
}

/**
 * The accordion of property sections, re-rendered only when the kind, the visible sections, the
 * errors or `set` change: its fields read the component from context, so an edit re-renders the
 * fields (each bails out unless its value changed), not the accordion, its sections and grids.
 * `sections` is a new array on every edit; its key says whether the sections changed.
 */
const Sections = memo(
  function Sections({ kind, sections, errors, set }: SectionsProps) {
    return (
      <Accordion multiple defaultValue={componentSections.map((s) => s.id)} variant="contained" chevronPosition="left" key={kind}>
        {sections.map((section) => (
          <Accordion.Item key={section.id} value={section.id}>
            <Accordion.Control>{section.title}</Accordion.Control>
            <Accordion.Panel>
              <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
                {section.fields.map((field) => (
                  <Field key={field.path.join('.')} field={field} error={errors[field.path.join('.')]} set={set} />
                ))}
              </SimpleGrid>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    );
  },
  (before, after) =>
    before.kind === after.kind && before.errors === after.errors && before.set === after.set && sectionsKey(before.sections) === sectionsKey(after.sections),
);

/** The component the form edits, for its fields. */
const FormComponent = createContext<Component | null>(null);

interface FieldProps {
  readonly field: FieldSpec;
  readonly error: string | undefined;
  readonly set: SetField;
}

/** One property: re-renders with every edit of the component, its input only when the property's value or default changed. */
const Field = memo(function Field({ field, error, set }: FieldProps) {
  const component = useContext(FormComponent);
  if (!component) throw new Error('a component field outside its form');
  const value = getIn(component, field.path);
  const defaultValue = field.type !== 'list' && field.type !== 'text' ? field.default?.(component) : undefined;
  const onChange = useCallback((v: unknown) => set(field.path, field.label, v), [set, field]);
  const common = { label: field.label, error: error ?? null };
  switch (field.type) {
    case 'number':
      return (
        <NumberField
          {...common}
          description={field.description}
          value={value as number | undefined}
          defaultValue={defaultValue as number | null | undefined}
          scale={field.scale}
          suffix={field.suffix}
          integer={field.integer}
          schema={schemaAt(field.path)}
          onChange={onChange}
        />
      );
    case 'bool':
      return (
        <BoolField
          {...common}
          description={field.description}
          value={value as boolean | undefined}
          defaultValue={defaultValue as boolean | undefined}
          onChange={onChange}
        />
      );
    case 'enum':
      return (
        <EnumField
          {...common}
          description={field.description}
          value={value as string | undefined}
          options={field.options}
          defaultValue={defaultValue as string | undefined}
          onChange={onChange}
        />
      );
    case 'list':
      return <ListField {...common} value={value as string[] | undefined} options={field.options} onChange={onChange} />;
    case 'text':
      return (
        <TextField
          {...common}
          value={value as string | undefined}
          placeholder={field.placeholder}
          multiline={field.multiline}
          schema={schemaAt(field.path)}
          onChange={onChange}
        />
      );
  }
});
