import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Connection, ConnectionKind, Retries } from '../../../shared/model/connection';
import { DEFAULT_CALLS_PER_REQUEST } from '../../../shared/model/defaults';
import { useEditor } from '../project/EditorContext';
import { updateConnection } from '../project/edits';
import { BoolField, EnumField, NumberField, TagsField, TextField } from './fields';
import type { FieldSchema } from './fieldSchema';
import { issueText } from './numberInput';
import { setIn, type Path } from './paths';

const kindLabels: Record<ConnectionKind, string> = {
  sync: 'Synchronous request',
  async: 'Asynchronous message',
  read: 'Read',
  write: 'Write',
  replication: 'Replication',
};
const dependencyLabels = { hard: 'Hard', soft: 'Soft', startup: 'Start-up only' } as const;
const shape = Connection.shape;

/** Every property of one connection; each change is one undoable edit. */
export function ConnectionForm({ connection }: { connection: Connection }) {
  const { apply, project } = useEditor();
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const names = new Map(project.components.map((c) => [c.id as string, c.name]));
  const title = `${names.get(connection.from) ?? '?'} → ${names.get(connection.to) ?? '?'}`;

  const set = useCallback(
    (path: Path, label: string, value: unknown) => {
      const key = path.join('.');
      const parsed = Connection.safeParse(setIn(connection, path, value));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // A retry setting without a retry count reads better as advice than as zod's message.
        const message =
          path[0] === 'retries' && getMax(connection) === undefined && key !== 'retries.max'
            ? 'Set the number of retries first'
            : issueText(issue, { label }, schemaOf(path));
        setErrors((current) => ({ ...current, [key]: message }));
        return;
      }
      setErrors((current) => {
        const { [key]: _gone, ...rest } = current;
        return rest;
      });
      apply(`Set ${label.toLowerCase()} of ${title}`, (p) => updateConnection(p, connection.id, (c) => setIn(c, path, value)), {
        coalesce: `${connection.id}:${key}`,
      });
    },
    [apply, connection, title],
  );

  const err = (key: string) => errors[key] ?? null;
  const dependencyDefault = connection.kind === 'async' || connection.kind === 'replication' ? 'soft' : 'hard';
  const caches = project.components.filter((c) => c.kind === 'cache' || c.kind === 'cdn');
  const kindOf = (id: string) => project.components.find((c) => c.id === id)?.kind;
  const isBroker = (id: string) => kindOf(id) === 'queue' || kindOf(id) === 'stream';
  const consumes = connection.kind === 'async' && isBroker(connection.from);
  const messages = connection.kind === 'async' && (consumes || isBroker(connection.to));
  return (
    <Stack gap="sm" data-testid="connection-form">
      <Group gap={6} wrap="nowrap">
        <Text fw={600} truncate="end">
          {names.get(connection.from)}
        </Text>
        <IconArrowRight size={16} aria-hidden />
        <Text fw={600} truncate="end">
          {names.get(connection.to)}
        </Text>
      </Group>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
        <EnumField
          label="Kind"
          value={connection.kind}
          options={ConnectionKind.options}
          labels={kindLabels}
          required
          onChange={(v) => v && set(['kind'], 'kind', v)}
        />
        <TextField
          label="Protocol"
          value={connection.protocol}
          placeholder="e.g. HTTPS, gRPC, AMQP"
          schema={shape.protocol}
          onChange={(v) => set(['protocol'], 'protocol', v)}
          error={err('protocol')}
        />
        <NumberField
          label="Calls per request"
          description="Fan-out per request reaching the caller"
          value={connection.callsPerRequest}
          defaultValue={DEFAULT_CALLS_PER_REQUEST}
          schema={shape.callsPerRequest}
          onChange={(v) => set(['callsPerRequest'], 'calls per request', v)}
          error={err('callsPerRequest')}
        />
        <EnumField
          label="Dependency"
          description="Hard: the caller fails when this fails. Start-up only: needed to start, on no request path"
          value={connection.dependency}
          options={['hard', 'soft', 'startup'] as const}
          labels={dependencyLabels}
          defaultValue={dependencyDefault}
          onChange={(v) => set(['dependency'], 'dependency', v)}
          error={err('dependency')}
        />
        <TextField
          label="Alternative group"
          description="Same group from one caller: any one suffices"
          value={connection.alternativeGroup}
          schema={shape.alternativeGroup}
          onChange={(v) => set(['alternativeGroup'], 'alternative group', v)}
          error={err('alternativeGroup')}
        />
        <BoolField
          label="Fallback"
          description="The caller degrades gracefully"
          value={connection.fallback}
          defaultValue={false}
          onChange={(v) => set(['fallback'], 'fallback', v)}
        />
        <NumberField
          label="Timeout"
          suffix="ms"
          value={connection.timeoutMs}
          schema={shape.timeoutMs}
          onChange={(v) => set(['timeoutMs'], 'timeout', v)}
          error={err('timeoutMs')}
        />
        <NumberField
          label="Retries"
          integer
          value={connection.retries?.max}
          schema={Retries.shape.max}
          onChange={(v) => set(['retries'], 'retries', v === undefined ? undefined : { ...connection.retries, max: v })}
          error={err('retries')}
        />
        <EnumField
          label="Retry backoff"
          value={connection.retries?.backoff}
          options={['none', 'fixed', 'exponential'] as const}
          onChange={(v) => set(['retries', 'backoff'], 'retry backoff', v)}
          error={err('retries.backoff')}
        />
        <BoolField
          label="Retry jitter"
          value={connection.retries?.jitter}
          onChange={(v) => set(['retries', 'jitter'], 'retry jitter', v)}
          error={err('retries.jitter')}
        />
        <BoolField
          label="Circuit breaker"
          value={connection.circuitBreaker}
          defaultValue={false}
          onChange={(v) => set(['circuitBreaker'], 'circuit breaker', v)}
        />
        <BoolField label="Idempotent" description="Safe to repeat" value={connection.idempotent} onChange={(v) => set(['idempotent'], 'idempotent', v)} />
        <BoolField
          label="Mutating"
          description="Changes state (a write, a POST)"
          value={connection.mutating}
          onChange={(v) => set(['mutating'], 'mutating', v)}
        />
        <EnumField
          label="Cached by"
          description="A cache that absorbs part of these calls"
          value={connection.cachedBy}
          options={caches.map((c) => c.id as string)}
          labels={Object.fromEntries(caches.map((c) => [c.id, c.name]))}
          onChange={(v) => set(['cachedBy'], 'cached by', v)}
          error={err('cachedBy')}
        />
      </SimpleGrid>
      {messages && (
        <TagsField
          label={consumes ? 'Topics it subscribes to' : 'Topics it publishes'}
          description={
            consumes
              ? 'Event names or routing keys; none: every topic of the broker'
              : 'Event names or routing keys; subscribers receive only the topics they name'
          }
          value={connection.topics}
          maxLength={200}
          onChange={(v) => set(['topics'], 'topics', v)}
        />
      )}
      <TextField
        label="Description"
        multiline
        value={connection.description}
        schema={shape.description}
        onChange={(v) => set(['description'], 'description', v)}
      />
    </Stack>
  );
}

/** The schema of a connection property, for naming its range in a message. */
function schemaOf(path: Path): FieldSchema | undefined {
  if (path[0] === 'retries') return path[1] === undefined || path[1] === 'max' ? Retries.shape.max : undefined;
  return (shape as Readonly<Record<string, FieldSchema>>)[path[0]!];
}

function getMax(connection: Connection): number | undefined {
  return connection.retries?.max;
}
