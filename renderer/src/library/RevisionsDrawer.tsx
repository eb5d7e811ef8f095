import { Button, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OpenedProject, ProjectSummary, RevisionSummary } from '../../../shared/ipc/contract';
import { call, CallFailed } from '../api/client';
import { timeAgo } from './librarySort';

/** A project's revisions, newest first; restoring one makes it the current state (as a new revision). */
export function RevisionsDrawer({
  project,
  onClose,
  onRestored,
}: {
  project: ProjectSummary | null;
  onClose: () => void;
  onRestored: (opened: OpenedProject) => void;
}) {
  // The history loaded last and whose it is: another project's shows as loading until its own arrives.
  const [loaded, setLoaded] = useState<{ readonly project: ProjectSummary; readonly revisions: RevisionSummary[] } | null>(null);
  const revisions = project !== null && loaded?.project === project ? loaded.revisions : null;
  useEffect(() => {
    if (!project) return;
    let live = true;
    void call('projects:revisions', { id: project.id })
      .then((list) => [...list].sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id - a.id))
      .catch(() => [])
      .then((sorted) => live && setLoaded({ project, revisions: sorted }));
    return () => {
      live = false;
    };
  }, [project]);

  const restore = async (revision: RevisionSummary) => {
    if (!project) return;
    try {
      onRestored(await call('projects:restore', { id: project.id, revisionId: revision.id }));
    } catch (error) {
      if (!(error instanceof CallFailed)) throw error;
    }
  };

  return (
    <Drawer opened={project !== null} onClose={onClose} position="right" title={project ? `History of ${project.name}` : 'History'} size="md">
      {revisions === null ? (
        <Loader size="sm" aria-label="Loading the history" />
      ) : revisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No revisions yet. Every save of the project adds one.
        </Text>
      ) : (
        <Stack gap="xs" data-testid="revisions">
          {revisions.map((revision, index) => (
            <Group
              key={revision.id}
              data-testid="revision"
              data-revision-id={revision.id}
              justify="space-between"
              wrap="nowrap"
              p="xs"
              style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              <div style={{ minWidth: 0 }}>
                <Text size="sm" truncate="end">
                  {revision.summary || 'Saved'}
                </Text>
                <Text size="xs" c="dimmed" title={revision.savedAt}>
                  {timeAgo(revision.savedAt)} · {revision.componentCount} components{index === 0 ? ' · current' : ''}
                </Text>
              </div>
              <Button
                size="xs"
                variant="default"
                disabled={index === 0}
                onClick={() => void restore(revision)}
                aria-label={`Restore the revision saved ${timeAgo(revision.savedAt)}: ${revision.summary || 'Saved'}`}
              >
                Restore
              </Button>
            </Group>
          ))}
          <Text size="xs" c="dimmed" mt="xs" data-testid="revision-thinning">
            Every revision of the last day is kept. Older autosaves are thinned: the last of each hour is kept for a week, then the last of each day. Revisions
            you make on purpose (created, imported, restored, renamed, kept over a conflict) are all kept.
          </Text>
        </Stack>
      )}
    </Drawer>
  );
}
