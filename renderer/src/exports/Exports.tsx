import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconFileExport } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useLatest } from '../react/useLatest';
import type { ExportFormat } from '../../../shared/ipc/desktop';
import { CallFailed } from '../api/client';
import { useEditor } from '../project/EditorContext';
import { useAllCommands, useCommands, type Command } from '../palette/commands';
import { desktopApi, saveExport } from './exportActions';
import { MermaidPreview } from './MermaidPreview';

const formatNames: Readonly<Record<ExportFormat, string>> = {
  pdf: 'Review report (PDF)',
  project: 'Project file',
  mermaid: 'Mermaid diagram',
  markdown: 'Mermaid diagram (Markdown)',
  runbook: 'Runbook',
  report: 'Review report',
};

/** The editor's Export menu, its commands (palette and native menu), and the Mermaid preview. */
export function Exports() {
  const { project } = useEditor();
  const [previewing, setPreviewing] = useState(false);
  const [busy, setBusy] = useState(false);

  // Exports the project of the latest render; `save` and the commands stay the same across edits,
  // so typing does not re-register them (each new list re-renders the command palette).
  const latest = useLatest(project);

  const save = useCallback(
    async (format: ExportFormat) => {
      setBusy(true);
      try {
        const outcome = await saveExport(latest(), format);
        if (outcome.saved) notifications.show({ color: 'teal', title: `${formatNames[format]} exported`, message: outcome.where });
      } catch (error) {
        if (error instanceof CallFailed)
          notifications.show({ color: 'red', title: `Could not export the ${formatNames[format].toLowerCase()}`, message: error.message });
        else throw error;
      } finally {
        setBusy(false);
      }
    },
    [latest],
  );

  // Ids match the desktop menu's File ▸ Export items, which run these commands.
  const commands = useMemo<Command[]>(
    () => [
      { id: 'export.mermaid', label: 'Export Mermaid diagram…', group: 'Export', keywords: ['mermaid', 'diagram', 'markdown'], run: () => setPreviewing(true) },
      { id: 'export.runbook', label: 'Export runbook (Markdown)', group: 'Export', keywords: ['runbook', 'operations'], run: () => void save('runbook') },
      {
        id: 'export.report',
        label: 'Export review report (HTML)',
        group: 'Export',
        keywords: ['report', 'review', 'pdf', 'print'],
        run: () => void save('report'),
      },
      ...(desktopApi()
        ? [{ id: 'export.pdf', label: 'Export review report (PDF)', group: 'Export', keywords: ['report', 'pdf', 'print'], run: () => void save('pdf') }]
        : []),
      {
        id: 'export.projectFile',
        label: 'Export project file (.tenfold.json)',
        group: 'Export',
        shortcut: 'mod+shift+e',
        keywords: ['share', 'json', 'file'],
        run: () => void save('project'),
      },
    ],
    [save],
  );
  useCommands(commands);
  // Pictures of the view come from the canvas, which knows what is in view.
  const all = useAllCommands();
  const pictures = useMemo(() => all.filter((c) => c.id.startsWith('export.view')), [all]);
  const pictureKey = pictures.map((c) => c.id).join();

  // The menu changes only with `busy`: an edit re-renders the preview's project, not the menu.
  const menu = useMemo(
    () => (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" leftSection={<IconFileExport size={16} />} rightSection={<IconChevronDown size={14} />} loading={busy}>
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {commands.map((command) => (
            <Menu.Item key={command.id} onClick={command.run}>
              {command.label}
            </Menu.Item>
          ))}
          {pictures.length > 0 && <Menu.Divider />}
          {pictures.map((command) => (
            <Menu.Item key={command.id} onClick={command.run}>
              {command.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    ),
    // The picture commands are stable: their ids say when they come or go.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pictureKey stands for pictures
    [busy, commands, pictureKey],
  );

  return (
    <>
      {menu}
      <MermaidPreview project={project} opened={previewing} onClose={() => setPreviewing(false)} onSave={(format) => void save(format)} />
    </>
  );
}
