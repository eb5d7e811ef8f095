import { Alert, Button, FileButton, Grid, Group, Loader, Modal, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import type { RevisionSummary } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { projectFileText } from '../../../shared/model/fileText';
import { parseProjectFile } from '../../../shared/model/projectFile';
import { call, CallFailed } from '../api/client';
import { useEditor } from '../project/EditorContext';
import { timeAgo } from '../library/librarySort';
import { AnalysisChanges } from './AnalysisChanges';
import { ChangeList } from './ChangeList';
import { CompareDiagram } from './CompareDiagram';
import { diagramModel } from './compareDiagram';
import { changeItems, componentMarks, connectionMarks, takeChange, type ChangeItem } from './compareModel';
import { useComparison, type CompareSource } from './useComparison';

const LIVE = 'live';

function revisionLabel(revision: RevisionSummary): string {
  return `${revision.summary || 'Saved'} · ${timeAgo(revision.savedAt)} (revision ${revision.id})`;
}

/**
 * Compares two versions of the open project side by side: a revision or a project file against
 * the project as it is now (or against another revision). Both diagrams mark what was added,
 * removed and changed; below come the changes, each with Restore (into the open project, from
 * the older side) or Cherry-pick (from the newer side), and what they do to the analysis.
 */
export function CompareModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const editor = useEditor();
  const { project } = editor;
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [before, setBefore] = useState<CompareSource | null>(null);
  const [after, setAfter] = useState<CompareSource>({ kind: LIVE });
  const [fileProblem, setFileProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    call('projects:revisions', { id: project.id })
      .then((list) => setRevisions([...list].sort((a, b) => b.id - a.id)))
      .catch((error: unknown) => {
        if (!(error instanceof CallFailed)) throw error;
        setRevisions([]);
      });
  }, [opened, project.id]);

  const { result, loading } = useComparison(project.id, project, opened ? before : null, after);
  const direction = after.kind === LIVE ? 'restore' : 'cherry-pick';
  const view = useMemo(() => {
    if (!result) return null;
    const { architecture } = result.comparison;
    return {
      items: changeItems(architecture, result.before, result.after, direction),
      before: diagramModel(result.before, componentMarks(architecture, 'before'), connectionMarks(architecture, 'before')),
      after: diagramModel(result.after, componentMarks(architecture, 'after'), connectionMarks(architecture, 'after')),
    };
  }, [result, direction]);

  const revisionOptions = (revisions ?? []).map((r) => ({ value: String(r.id), label: revisionLabel(r) }));
  const fileOption = before?.kind === 'file' ? [{ value: 'file', label: `File: ${before.name}` }] : [];
  const beforeValue = before === null ? null : before.kind === 'file' ? 'file' : before.kind === 'revision' ? String(before.revisionId) : null;
  const afterValue = after.kind === LIVE ? LIVE : after.kind === 'revision' ? String(after.revisionId) : null;

  const readFile = async (file: File | null) => {
    if (!file) return;
    setFileProblem(null);
    try {
      setBefore({ kind: 'file', name: file.name, project: parseProjectFile(projectFileText(new Uint8Array(await file.arrayBuffer()), file.name), file.name) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const first = error.problems?.[0];
      setFileProblem(`${error.message}${first && !error.message.includes(first.message) ? ` ${first.path}: ${first.message}` : ''}`);
    }
  };

  const take = (item: ChangeItem) => {
    const edit = takeChange(editor.project, item.action);
    if (!edit.ok) {
      notifications.show({ color: 'red', title: `Cannot ${direction === 'restore' ? 'restore' : 'cherry-pick'} this change`, message: edit.message });
      return;
    }
    editor.apply(`${direction === 'restore' ? 'Restore' : 'Cherry-pick'} ${item.title}: ${item.detail}`, () => edit.project);
  };

  const sideName = (source: CompareSource | null) =>
    source === null
      ? ''
      : source.kind === LIVE
        ? 'This project, now'
        : source.kind === 'file'
          ? source.name
          : (revisionOptions.find((o) => o.value === String(source.revisionId))?.label ?? `Revision ${source.revisionId}`);

  return (
    <Modal opened={opened} onClose={onClose} fullScreen title="Compare versions" aria-label="Compare versions">
      <Stack gap="md">
        <Group align="end" gap="sm">
          <Select
            data-testid="compare-before"
            label="Before"
            placeholder="A revision of this project"
            data={[...fileOption, ...revisionOptions]}
            value={beforeValue}
            w={380}
            onChange={(value) => value && value !== 'file' && setBefore({ kind: 'revision', revisionId: Number(value) })}
            allowDeselect={false}
            searchable
          />
          <FileButton onChange={(file) => void readFile(file)} accept=".json,application/json" inputProps={{ 'aria-label': 'Project file to compare with' }}>
            {(props) => (
              <Button variant="default" {...props}>
                Compare with a file…
              </Button>
            )}
          </FileButton>
          <Select
            data-testid="compare-after"
            label="After"
            data={[{ value: LIVE, label: 'This project, now' }, ...revisionOptions]}
            value={afterValue}
            w={380}
            onChange={(value) => value && setAfter(value === LIVE ? { kind: LIVE } : { kind: 'revision', revisionId: Number(value) })}
            allowDeselect={false}
            searchable
          />
          {loading ? <Loader size="sm" aria-label="Comparing" /> : null}
        </Group>
        {fileProblem ? (
          <Alert color="red" title="That file cannot be compared">
            {fileProblem}
          </Alert>
        ) : null}
        {before === null ? (
          <Text c="dimmed">Choose a revision, or a project file, to compare this project with.</Text>
        ) : view && result ? (
          <>
            <Grid>
              <Grid.Col span={6}>
                <Paper withBorder p="xs">
                  <Title order={4}>Before: {sideName(before)}</Title>
                  <CompareDiagram model={view.before} label={`Before: ${sideName(before)}, removed and changed components marked`} />
                </Paper>
              </Grid.Col>
              <Grid.Col span={6}>
                <Paper withBorder p="xs">
                  <Title order={4}>After: {sideName(after)}</Title>
                  <CompareDiagram model={view.after} label={`After: ${sideName(after)}, added and changed components marked`} />
                </Paper>
              </Grid.Col>
            </Grid>
            <Tabs defaultValue="changes" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="changes">Changes ({view.items.length})</Tabs.Tab>
                <Tabs.Tab value="analysis">Analysis</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="changes" pt="sm">
                <ChangeList items={view.items} direction={direction} onTake={take} />
              </Tabs.Panel>
              <Tabs.Panel value="analysis" pt="sm">
                <AnalysisChanges analysis={result.comparison.analysis} />
              </Tabs.Panel>
            </Tabs>
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
