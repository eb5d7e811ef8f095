import { useMemo } from 'react';
import { useLatest } from '../react/useLatest';
import { useCheckState, useEditor } from '../project/EditorContext';
import type { CheckState, EditorApi } from '../project/editorApi';
import { useCommands, type Command } from '../palette/commands';
import { isOpenFinding } from '../../../shared/model/openFindings';
import { findingTargetIds, openFindingsInOrder } from './findingsModel';
import { getCurrentFinding, setCurrentFinding } from './findingCursor';

/**
 * Editor-wide commands of the analysis features: step through open findings in agenda order and start review
 * mode. Called once by the editor layout (next to useEditorCommands), so the commands exist
 * whichever panel is showing; the panels themselves have "Show …" commands in the editor's list.
 */
export function useAnalysisCommands(): void {
  const { setView, view, focus } = useEditor();
  const { check } = useCheckState();
  // Steps use the check of the latest render; the list changes only when whether any finding is
  // open does, not with every check result (each new list re-renders the command palette).
  const latestCheck = useLatest(check);
  const hasOpen = (check?.findings ?? []).some(isOpenFinding);
  const commands = useMemo<Command[]>(() => {
    const step = (direction: 1 | -1) => () => stepFinding({ check: latestCheck(), setView, focus }, direction);
    return [
      { id: 'findings.next', label: 'Next open finding', group: 'Findings', shortcut: 'n', disabled: !hasOpen, run: step(1) },
      { id: 'findings.previous', label: 'Previous open finding', group: 'Findings', shortcut: 'shift+n', disabled: !hasOpen, run: step(-1) },
      {
        id: 'review.start',
        label: view.reviewMode ? 'Leave review mode' : 'Start review mode',
        group: 'Review',
        shortcut: 'shift+r',
        keywords: ['meeting', 'present', 'accept risk', 'decisions'],
        run: () => setView({ reviewMode: !view.reviewMode }),
      },
    ];
  }, [setView, view.reviewMode, hasOpen, focus, latestCheck]);
  useCommands(commands);
}

function stepFinding(editor: Pick<CheckState, 'check'> & Pick<EditorApi, 'setView' | 'focus'>, direction: 1 | -1): void {
  const open = openFindingsInOrder(editor.check?.findings ?? []);
  if (open.length === 0) return;
  const index = open.findIndex((f) => f.key === getCurrentFinding());
  const next = open[index < 0 ? (direction === 1 ? 0 : open.length - 1) : (index + direction + open.length) % open.length]!;
  setCurrentFinding(next.key);
  editor.setView({ panel: 'findings' });
  editor.focus(findingTargetIds(next));
}
