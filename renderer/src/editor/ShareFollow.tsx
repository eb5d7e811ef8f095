import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useCheckState, useEditor } from '../project/EditorContext';
import { getCurrentFinding, setCurrentFinding, useCurrentFinding } from '../findings/findingCursor';
import { findingTargetIds } from '../findings/findingsModel';
import { publishFocus, useFollowedFocus, useShareState } from '../share/shareSession';

/**
 * The editor's part in a shared review: the presenter's editor publishes its finding, review mode
 * and canvas view; a following participant's editor shows the same. Review mode steps to the
 * followed finding itself (ReviewMode.tsx).
 */
export function ShareFollow() {
  const role = useShareState().role;
  if (role === 'presenter') return <Publish />;
  if (role === 'participant') return <Follow />;
  return null;
}

function Publish() {
  const { project, view } = useEditor();
  const findingKey = useCurrentFinding();
  const transform = useStore((flow) => flow.transform);
  useEffect(() => publishFocus({ projectId: project.id, findingKey, reviewMode: view.reviewMode }), [project.id, findingKey, view.reviewMode]);
  useEffect(() => {
    // The canvas is not shown in review mode; its last view is kept for when the room goes back.
    if (!view.reviewMode) publishFocus({ viewport: { x: transform[0], y: transform[1], zoom: transform[2] } });
  }, [transform, view.reviewMode]);
  return null;
}

function Follow() {
  const { project, view, setView, select } = useEditor();
  const { check } = useCheckState();
  const flow = useReactFlow();
  const followed = useFollowedFocus();

  useEffect(() => {
    if (!followed || followed.projectId !== project.id) return;
    if (followed.reviewMode !== view.reviewMode) setView({ reviewMode: followed.reviewMode });
    if (followed.findingKey !== getCurrentFinding()) {
      setCurrentFinding(followed.findingKey);
      if (followed.findingKey !== null && !followed.reviewMode) setView({ panel: 'findings' });
    }
    const finding = followed.findingKey === null ? undefined : check?.findings.find((f) => f.key === followed.findingKey);
    if (finding) select(findingTargetIds(finding));
    if (followed.viewport && !followed.reviewMode) void flow.setViewport(followed.viewport, { duration: 200 });
    // Follows the presenter's focus and the check that names its finding; local changes do not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-running on local changes would pull the participant back
  }, [followed, check]);
  return null;
}
