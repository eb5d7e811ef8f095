import { notifications } from '@mantine/notifications';
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OpenedProject } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { startLayout, type LayoutJob } from '../layout/autoLayout';
import { applyLayoutResult } from '../layout/layoutGraph';
import type { AutoLayoutMode } from '../layout/layoutGraph';
import type { ApplyOptions, CheckState, EditorApi, EditorView } from './editorApi';
import { createHistory, record, redo as redoStep, undo as undoStep, type History } from './history';
import { SaveConflictDialog } from './SaveConflictDialog';
import { useAutosave } from './useAutosave';
import { useCheck } from './useCheck';
import { useReadOnly } from '../share/shareSession';
import { useLatest } from '../react/useLatest';
import { ViewportBridge } from './viewportBridge';

const EditorContext = createContext<EditorApi | null>(null);
const CheckContext = createContext<CheckState | null>(null);
const BridgeContext = createContext<ViewportBridge | null>(null);

export function useEditor(): EditorApi {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor must be used inside <EditorProvider>');
  return editor;
}

/** The latest check and whether a newer one is running (see CheckState). */
export function useCheckState(): CheckState {
  const state = useContext(CheckContext);
  if (!state) throw new Error('useCheckState must be used inside <EditorProvider>');
  return state;
}

export function useViewportBridge(): ViewportBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useViewportBridge must be used inside <EditorProvider>');
  return bridge;
}

interface Props {
  readonly opened: OpenedProject;
  /** Called after unsaved edits are flushed. */
  readonly onClose: () => void;
  /** Opens the project's latest revision in place of this editor (a save conflict resolved by reloading). */
  readonly onReload: () => void;
  readonly children: ReactNode;
}

export function EditorProvider({ opened, onClose, onReload, children }: Props) {
  const [history, setHistory] = useState<History<Project>>(() => createHistory(opened.project));
  // apply() computes from the ref so edits called twice in one tick build on each other.
  const historyRef = useRef(history);
  const project = history.present;
  const [view, setViewState] = useState<EditorView>(() => ({
    // A merged file with conflicts opens on them: they are what needs deciding first.
    panel: opened.project.conflicts.length > 0 ? 'conflicts' : 'inspector',
    growthFactor: opened.project.workload.growthFactor,
    highlight: 'findings',
    reviewMode: false,
  }));
  const { check, checking, checkEarly } = useCheck(project, view.growthFactor, opened);
  const commit = useCallback(
    (next: History<Project>) => {
      // The check of an edit starts before its render: the host checks while the page renders.
      if (next.present !== historyRef.current.present) checkEarly(next.present);
      historyRef.current = next;
      setHistory(next);
    },
    [checkEarly],
  );

  const [selection, setSelection] = useState<readonly string[]>([]);
  const bridge = useMemo(() => new ViewportBridge(), []);
  const lastLabel = useCallback(() => historyRef.current.past.at(-1)?.label ?? null, []);
  const readOnly = useReadOnly();
  const isReadOnly = useLatest(readOnly);
  const { saveState, flush, conflict } = useAutosave(project, opened.revisionId, lastLabel, onReload, readOnly);

  // A participant of a shared review keeps this editor when the presenter saves: the new
  // revision replaces what is shown, without losing where the participant is looking.
  const shownRevision = useRef(opened.revisionId);
  useEffect(() => {
    if (opened.revisionId === shownRevision.current) return;
    shownRevision.current = opened.revisionId;
    commit(createHistory(opened.project));
  }, [opened, commit]);

  const apply = useCallback(
    (label: string, change: (project: Project) => Project, options?: ApplyOptions) => {
      if (isReadOnly()) return refuseChange();
      const current = historyRef.current;
      commit(record(current, label, change(current.present), Date.now(), options?.coalesce));
    },
    [commit, isReadOnly],
  );

  const pruneSelection = useCallback((next: Project) => {
    const ids = new Set<string>([...next.components.map((c) => c.id), ...next.connections.map((c) => c.id)]);
    setSelection((current) => (current.every((id) => ids.has(id)) ? current : current.filter((id) => ids.has(id))));
  }, []);

  const undo = useCallback(() => {
    if (isReadOnly()) return refuseChange();
    const next = undoStep(historyRef.current);
    commit(next);
    pruneSelection(next.present);
  }, [commit, pruneSelection, isReadOnly]);
  const redo = useCallback(() => {
    if (isReadOnly()) return refuseChange();
    const next = redoStep(historyRef.current);
    commit(next);
    pruneSelection(next.present);
  }, [commit, pruneSelection, isReadOnly]);

  const [layoutJob, setLayoutJob] = useState<LayoutJob | null>(null);
  const autoLayout = useCallback(
    (mode: AutoLayoutMode = 'full') => {
      if (layoutJob) return;
      const job = startLayout(historyRef.current.present, mode, bridge.size() ?? undefined);
      performance.mark('tenfold:layout-start');
      // A transition renders the progress indicator in small slices, so the click never blocks.
      startTransition(() => setLayoutJob(job));
      void job.result
        .then((result) => {
          if (!result) return;
          // Marks the end of the worker's run for measurements (tests, bench:ui).
          performance.mark('tenfold:layout-result');
          apply(mode === 'full' ? 'Auto-layout' : 'Place new components', (p) => applyLayoutResult(p, result, mode));
          // React Flow takes the new positions in an effect after this render; fit once it has them.
          setTimeout(() => bridge.fitTo([]), 150);
        })
        .catch((error: unknown) => {
          notifications.show({ color: 'red', title: 'Auto-layout failed', message: error instanceof Error ? error.message : String(error) });
        })
        .finally(() => startTransition(() => setLayoutJob(null)));
    },
    [apply, bridge, layoutJob],
  );
  const cancelLayout = useCallback(() => layoutJob?.cancel(), [layoutJob]);

  const select = useCallback((ids: readonly string[]) => setSelection((current) => (sameIds(current, ids) ? current : [...ids])), []);
  const focus = useCallback(
    (ids: readonly string[]) => {
      select(ids);
      bridge.fitTo(ids);
    },
    [bridge, select],
  );
  const setView = useCallback((change: Partial<EditorView>) => setViewState((current) => ({ ...current, ...change })), []);
  const close = useCallback(() => {
    layoutJob?.cancel();
    void flush().finally(onClose);
  }, [flush, layoutJob, onClose]);

  const api = useMemo<EditorApi>(
    () => ({
      project,
      selection,
      select,
      focus,
      apply,
      undo,
      redo,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      undoLabel: history.past.at(-1)?.label ?? null,
      redoLabel: history.future[0]?.label ?? null,
      saveState,
      flush,
      view,
      setView,
      autoLayout,
      layoutRunning: layoutJob !== null,
      cancelLayout,
      close,
    }),
    [project, selection, select, focus, apply, undo, redo, history, saveState, flush, view, setView, autoLayout, layoutJob, cancelLayout, close],
  );

  const checkState = useMemo<CheckState>(() => ({ check, checking }), [check, checking]);

  return (
    <BridgeContext.Provider value={bridge}>
      <EditorContext.Provider value={api}>
        <CheckContext.Provider value={checkState}>{children}</CheckContext.Provider>
        <SaveConflictDialog conflict={conflict} />
      </EditorContext.Provider>
    </BridgeContext.Provider>
  );
}

/** The host would refuse the save; say so once at the edit instead of failing later. */
function refuseChange(): void {
  notifications.show({
    id: 'participant-read-only',
    color: 'blue',
    title: 'Only the presenter can change the model',
    message: 'You joined this review as a participant: look around as you like; changes are not possible.',
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
