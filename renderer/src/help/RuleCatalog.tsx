import { Accordion, Badge, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Checklist, RuleDoc } from '../../../shared/model/finding';
import { checklistLabel, severityLabel } from '../findings/findingsModel';
import { useRuleDocs } from '../findings/useRuleDocs';
import { useCommands, type Command } from '../palette/commands';

/**
 * Help ▸ Rule documentation: every rule Tenfold checks, grouped by checklist and searchable, from
 * the rules:docs channel (the same text as the CLI and docs/rules/).
 */
export function RuleCatalog() {
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const docs = useRuleDocs();
  const own = useMemo<Command[]>(
    () => [
      { id: 'help.ruleDocs', label: 'Rule documentation', group: 'General', keywords: ['rules', 'catalog', 'checklist', 'docs'], run: () => setOpened(true) },
    ],
    [],
  );
  useCommands(own);

  const groups = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const byChecklist = new Map<Checklist, RuleDoc[]>();
    for (const doc of docs.values()) {
      const text = `${doc.id} ${doc.title} ${doc.why}`.toLowerCase();
      if (needle !== '' && !text.includes(needle)) continue;
      byChecklist.set(doc.checklist, [...(byChecklist.get(doc.checklist) ?? []), doc]);
    }
    return [...byChecklist.entries()];
  }, [docs, query]);

  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title="Rule documentation" size="xl">
      <Stack gap="sm">
        <TextInput label="Search rules" placeholder="e.g. cache, failover, timeout" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        {docs.size === 0 && (
          <Text size="sm" c="dimmed">
            Loading the rule catalog…
          </Text>
        )}
        {docs.size > 0 && groups.length === 0 && (
          <Text size="sm" c="dimmed">
            No rule matches “{query}”.
          </Text>
        )}
        <Accordion multiple variant="separated" data-testid="rule-catalog">
          {groups.map(([checklist, list]) => (
            <Accordion.Item key={checklist} value={checklist}>
              <Accordion.Control>
                {checklistLabel[checklist]} ({list.length})
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="md">
                  {list.map((doc) => (
                    <Stack key={doc.id} gap={2}>
                      <Group gap="xs">
                        <Text fw={600} size="sm">
                          {doc.title}
                        </Text>
                        <Badge size="xs" variant="outline" color="gray">
                          {severityLabel[doc.severity]}
                        </Badge>
                        <Text size="xs" ff="monospace" c="dimmed">
                          {doc.id}
                        </Text>
                      </Group>
                      <Text size="sm">{doc.why}</Text>
                      <Text size="sm">
                        <strong>Fix:</strong> {doc.fix}
                      </Text>
                      <Text size="xs" c="dimmed">
                        Source: {doc.source.guide}, “{doc.source.section}”.
                      </Text>
                    </Stack>
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </Modal>
  );
}
