import { Button, FileButton, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBrandDocker } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import type { ComposeImportReport, ProjectSummary } from '../../../shared/ipc/contract';
import { call, CallFailed } from '../api/client';

/** Matches the importer's own limit; checked here so a huge file is not sent at all. */
const MAX_COMPOSE_BYTES = 2 * 1024 * 1024;

interface Props {
  /** The library refreshes its list. */
  readonly onImported?: (project: ProjectSummary) => void;
  /** Opens the imported project in the editor. */
  readonly onOpen?: (id: string) => void;
}

interface Imported {
  readonly project: ProjectSummary;
  readonly report: ComposeImportReport;
}

/** "Import docker-compose…": picks a compose file, creates a project, and shows what was guessed. */
export function ComposeImport({ onImported, onOpen }: Props) {
  const [imported, setImported] = useState<Imported | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = useCallback(
    async (file: File | null) => {
      if (!file) return;
      if (file.size > MAX_COMPOSE_BYTES) {
        notifications.show({ color: 'red', title: 'Could not import the compose file', message: `${file.name} is larger than 2 MB; a compose file is usually a few kilobytes.` });
        return;
      }
      setBusy(true);
      try {
        const result = await call('import:compose', { fileName: file.name, content: await file.text() });
        setImported(result);
        onImported?.(result.project);
      } catch (error) {
        // The call's notification already names the file, line and column.
        if (!(error instanceof CallFailed)) throw error;
      } finally {
        setBusy(false);
      }
    },
    [onImported],
  );

  return (
    <>
      <FileButton onChange={(file) => void importFile(file)} accept=".yml,.yaml,application/yaml,text/yaml" inputProps={{ 'aria-label': 'docker-compose file to import' }}>
        {(props) => (
          <Button {...props} variant="default" leftSection={<IconBrandDocker size={16} />} loading={busy}>
            Import docker-compose…
          </Button>
        )}
      </FileButton>
      <Modal opened={imported !== null} onClose={() => setImported(null)} title={imported ? `Imported ${imported.project.name}` : ''} size="lg" data-testid="compose-report">
        {imported ? <ReportBody imported={imported} onOpen={onOpen} onClose={() => setImported(null)} /> : null}
      </Modal>
    </>
  );
}

function ReportBody({ imported, onOpen, onClose }: { imported: Imported; onOpen: Props['onOpen']; onClose: () => void }) {
  const { project, report } = imported;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {project.componentCount} components and {project.connectionCount} connections were added to the library. Check the points below before relying on the findings.
      </Text>
      <ReportList title="Please confirm" items={report.confirm} testId="compose-confirm" />
      <ReportList title="Guessed" items={report.guessed} testId="compose-guessed" />
      <ReportList title="Ignored" items={report.ignored} testId="compose-ignored" />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
        {onOpen ? (
          <Button
            onClick={() => {
              onClose();
              onOpen(project.id);
            }}
          >
            Open project
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

function ReportList({ title, items, testId }: { title: string; items: readonly string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <section data-testid={testId}>
      <Title order={5} mb={4}>
        {title} ({items.length})
      </Title>
      <List size="sm" spacing={2}>
        {items.map((item, index) => (
          <List.Item key={index}>{item}</List.Item>
        ))}
      </List>
    </section>
  );
}
