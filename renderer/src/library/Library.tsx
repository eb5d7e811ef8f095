import {
  ActionIcon,
  Button,
  Container,
  FileButton,
  Group,
  Loader,
  Menu,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconDownload, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OpenedProject, ProjectSummary } from '../../../shared/ipc/contract';
import { call, CallFailed } from '../api/client';
import { ThemeToggle } from '../theme/ThemeToggle';
import { DeploymentImport } from '../imports/DeploymentImport';
import { pickedFromDrop } from '../imports/readImportFiles';
import { useDeploymentImport } from '../imports/useDeploymentImport';
import { useCommands, type Command } from '../palette/commands';
import { downloadText } from '../api/download';
import { arrangeProjects, timeAgo, type LibrarySort } from './librarySort';
import { NewProjectDialog } from './NewProjectDialog';
import { RenameDialog } from './RenameDialog';
import { RevisionsDrawer } from './RevisionsDrawer';
import { useFileDrop } from './useFileDrop';
import { useProjectImport } from './useProjectImport';
import { DropOverlay } from './DropOverlay';

interface Props {
  readonly onOpen: (id: string) => void;
  readonly onOpened: (opened: OpenedProject) => void;
}

const SORT_KEY = 'tenfold.library.sort';

/** The project library: list, search, sort, and every project-level action. */
export function Library({ onOpen, onOpened }: Props) {
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<LibrarySort>(() => (localStorage.getItem(SORT_KEY) as LibrarySort | null) ?? 'opened');
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<ProjectSummary | null>(null);
  const [deleting, setDeleting] = useState<ProjectSummary | null>(null);
  const [history, setHistory] = useState<ProjectSummary | null>(null);

  const refresh = useCallback(
    () =>
      call('projects:list', {}).then(
        (listed) => setProjects(listed),
        () => setProjects((current) => current ?? []),
      ),
    [],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const { importFiles, dialog: importDialog } = useProjectImport(
    useCallback(() => {
      void refresh();
    }, [refresh]),
  );
  const deployment = useDeploymentImport(
    useCallback(
      (project: ProjectSummary, open: boolean) => {
        if (open) onOpen(project.id);
        else void refresh();
      },
      [onOpen, refresh],
    ),
  );
  const startDeploymentImport = deployment.start;
  const dragging = useFileDrop(
    useCallback(
      (files: File[], dataTransfer: DataTransfer) => {
        // Project files import as projects; anything else (compose, manifests, folders) as a deployment.
        const projectFiles = files.filter((file) => file.name.toLowerCase().endsWith('.tenfold.json'));
        if (projectFiles.length > 0) void importFiles(projectFiles);
        if (projectFiles.length < files.length) {
          void pickedFromDrop(dataTransfer)
            .then((picked) => startDeploymentImport(picked.filter((p) => !p.path.toLowerCase().endsWith('.tenfold.json'))))
            .catch(() => undefined);
        }
      },
      [importFiles, startDeploymentImport],
    ),
  );

  const exportProject = useCallback(async (project: ProjectSummary) => {
    try {
      const file = await call('projects:export', { id: project.id });
      downloadText(file.fileName, file.content);
    } catch (error) {
      if (!(error instanceof CallFailed)) throw error;
    }
  }, []);

  const duplicate = useCallback(
    async (project: ProjectSummary) => {
      try {
        const copy = await call('projects:duplicate', { id: project.id });
        notifications.show({ color: 'teal', title: 'Project duplicated', message: `${copy.name} was added to the library.` });
        void refresh();
      } catch (error) {
        if (!(error instanceof CallFailed)) throw error;
      }
    },
    [refresh],
  );

  const confirmDelete = useCallback(
    async (project: ProjectSummary) => {
      setDeleting(null);
      try {
        await call('projects:delete', { id: project.id });
      } catch {
        return;
      }
      void refresh();
      const id = notifications.show({
        color: 'gray',
        title: 'Project deleted',
        autoClose: 10_000,
        message: (
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">{project.name} was deleted.</Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                // The library keeps a deleted project until it is next opened: back with its history.
                void call('projects:undelete', { id: project.id })
                  .then(() => refresh())
                  .catch(() => undefined);
              }}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    },
    [refresh],
  );

  const rename = useCallback(
    async (project: ProjectSummary, name: string) => {
      setRenaming(null);
      try {
        await call('projects:rename', { id: project.id, name });
        void refresh();
      } catch (error) {
        if (!(error instanceof CallFailed)) throw error;
      }
    },
    [refresh],
  );

  const commands = useMemo<Command[]>(
    () => [
      { id: 'library.new', label: 'New project', group: 'Project', shortcut: 'mod+n', keywords: ['create', 'template'], run: () => setCreating(true) },
      {
        id: 'library.import',
        label: 'Import a project file',
        group: 'Project',
        shortcut: 'mod+o',
        keywords: ['open', 'file'],
        run: () => document.getElementById('library-import')?.click(),
      },
      ...(projects ?? [])
        .slice(0, 50)
        .map((p) => ({ id: `library.open.${p.id}`, label: `Open ${p.name}`, group: 'Open project', keywords: ['open', 'project'], run: () => onOpen(p.id) })),
      ...(projects ?? []).slice(0, 50).map((p) => ({
        id: `library.export.${p.id}`,
        label: `Export ${p.name}`,
        group: 'Export project',
        keywords: ['download', 'file'],
        run: () => void exportProject(p),
      })),
    ],
    [exportProject, onOpen, projects],
  );
  useCommands(commands);

  const shown = useMemo(() => arrangeProjects(projects ?? [], search, sort), [projects, search, sort]);

  return (
    <Container size="lg" py="lg">
      <Group justify="space-between" mb="md" wrap="nowrap">
        <div>
          <Title order={2}>Tenfold</Title>
          <Text size="sm" c="dimmed">
            Your architecture models, and what breaks at the next order of magnitude.
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <FileButton
            onChange={(files) => void importFiles(files)}
            accept=".json,application/json"
            multiple
            inputProps={{ id: 'library-import', 'aria-label': 'Project file to import' }}
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFileImport size={16} />}>
                Import
              </Button>
            )}
          </FileButton>
          <DeploymentImport busy={deployment.busy} onPicked={(picked) => void startDeploymentImport(picked)} />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New project
          </Button>
          <ThemeToggle />
        </Group>
      </Group>

      <Group justify="space-between" mb="sm" gap="sm">
        <TextInput
          placeholder="Search projects"
          aria-label="Search projects"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        <Group gap="xs">
          <Text size="sm" c="dimmed" id="sort-label">
            Sort by
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="sort-label"
            value={sort}
            onChange={(value) => {
              setSort(value);
              localStorage.setItem(SORT_KEY, value);
            }}
            data={[
              { value: 'opened', label: 'Last opened' },
              { value: 'updated', label: 'Last changed' },
              { value: 'name', label: 'Name' },
            ]}
          />
        </Group>
      </Group>

      {projects === null ? (
        <Group justify="center" py="xl">
          <Loader aria-label="Loading the library" />
        </Group>
      ) : projects.length === 0 ? (
        <EmptyLibrary onNew={() => setCreating(true)} />
      ) : shown.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          No project matches “{search}”.
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table highlightOnHover verticalSpacing="xs" aria-label="Projects" data-testid="project-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th ta="right">Components</Table.Th>
                <Table.Th ta="right">Connections</Table.Th>
                <Table.Th>Last opened</Table.Th>
                <Table.Th>Last changed</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((project) => (
                <Table.Tr key={project.id} data-testid="project-row">
                  <Table.Td maw={360}>
                    <Button
                      variant="transparent"
                      p={0}
                      h="auto"
                      onClick={() => onOpen(project.id)}
                      aria-label={`Open ${project.name}`}
                      styles={{ label: { whiteSpace: 'normal' } }}
                    >
                      <Text fw={600} size="sm" ta="left">
                        {project.name}
                      </Text>
                    </Button>
                    {project.description && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {project.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="project-component-count">
                    {project.componentCount}
                  </Table.Td>
                  <Table.Td ta="right">{project.connectionCount}</Table.Td>
                  <Table.Td>
                    <Text size="sm" title={project.lastOpenedAt ?? undefined}>
                      {timeAgo(project.lastOpenedAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" title={project.updatedAt}>
                      {timeAgo(project.updatedAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <ActionIcon variant="subtle" color="gray" onClick={() => void exportProject(project)} aria-label={`Export ${project.name}`}>
                        <IconDownload size={16} />
                      </ActionIcon>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${project.name}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => onOpen(project.id)}>Open</Menu.Item>
                          <Menu.Item onClick={() => setRenaming(project)}>Rename…</Menu.Item>
                          <Menu.Item onClick={() => void duplicate(project)}>Duplicate</Menu.Item>
                          <Menu.Item onClick={() => void exportProject(project)}>Export project file</Menu.Item>
                          <Menu.Item onClick={() => setHistory(project)}>History ({project.revisionCount})…</Menu.Item>
                          <Menu.Divider />
                          <Menu.Item color="red" onClick={() => setDeleting(project)}>
                            Delete…
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      <NewProjectDialog opened={creating} onClose={() => setCreating(false)} onCreated={onOpened} />
      <RenameDialog
        title="Rename project"
        confirmLabel="Rename"
        initial={renaming?.name ?? null}
        onClose={() => setRenaming(null)}
        onConfirm={(name) => renaming && void rename(renaming, name)}
      />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete project?">
        <Stack gap="md">
          <Text size="sm">
            “{deleting?.name}” and its revision history will be removed from the library. You can undo this for a few seconds afterwards; export the project
            first to keep a copy.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button color="red" onClick={() => deleting && void confirmDelete(deleting)}>
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
      <RevisionsDrawer project={history} onClose={() => setHistory(null)} onRestored={onOpened} />
      {importDialog}
      {deployment.dialog}
      {dragging && <DropOverlay label="Drop a .tenfold.json file, or docker-compose files, Kubernetes manifests or a folder of them, to import" />}
    </Container>
  );
}

function EmptyLibrary({ onNew }: { onNew: () => void }) {
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack align="center" gap="xs">
        <Title order={4}>No projects yet</Title>
        <Text size="sm" c="dimmed" ta="center" maw={460}>
          Create a project, blank or from a template, and draw your system’s components and connections. Or import a .tenfold.json project file, or the
          docker-compose files or Kubernetes manifests your system runs from: use Import or Import deployment, or drop the files or their folder anywhere on
          this window.
        </Text>
        <Button mt="sm" leftSection={<IconPlus size={16} />} onClick={onNew}>
          New project
        </Button>
      </Stack>
    </Paper>
  );
}
