import type { Project } from '../../../shared/model/project';
import type { CheckResult } from '../../../shared/ipc/contract';
import type { AutoLayoutMode } from '../layout/layoutGraph';

/**
 * What every editor feature (canvas, inspector, findings, growth, review, command palette) reads
 * and calls. The provider in EditorContext.tsx implements it; features use `useEditor()`.
 */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict';
export type SidePanel = 'inspector' | 'findings' | 'growth' | 'availability' | 'project' | 'conflicts';
/** What the canvas paints on components: nothing extra, utilization at the view's growth factor, or SPOFs. */
export type CanvasHighlight = 'findings' | 'utilization' | 'spof';

export interface ApplyOptions {
  /** Edits with the same key within about a second become one undo step (typing in one field). */
  readonly coalesce?: string;
}

export interface EditorView {
  readonly panel: SidePanel;
  /** Growth factor the check runs at (the growth slider); starts at the project's own. */
  readonly growthFactor: number;
  readonly highlight: CanvasHighlight;
  readonly reviewMode: boolean;
}

export interface EditorApi {
  readonly project: Project;
  /** Selected component and connection ids. */
  readonly selection: readonly string[];
  select(ids: readonly string[]): void;
  /** Select and zoom the canvas to these components/connections. */
  focus(ids: readonly string[]): void;
  /**
   * An undoable edit; `label` names it in the undo history ("Set instances of orders-db").
   * Review changes go through apply() too (project.review), so autosave persists them.
   */
  apply(label: string, change: (project: Project) => Project, options?: ApplyOptions): void;
  undo(): void;
  redo(): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly saveState: SaveState;
  readonly view: EditorView;
  setView(change: Partial<EditorView>): void;
  /** Runs auto-layout (elkjs in a worker): 'full' (default) moves everything, 'new' places only components without a position. */
  autoLayout(mode?: AutoLayoutMode): void;
  /** True while an auto-layout runs; cancelLayout() stops it and keeps the diagram as it was. */
  readonly layoutRunning: boolean;
  cancelLayout(): void;
  /** Label of the step undo() would revert, for tooltips ("Undo Set instances of db"). */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** Saves now if anything is unsaved; resolves when the library has it. */
  flush(): Promise<void>;
  /** Leaves the editor for the library. */
  close(): void;
}

/**
 * The check, apart from EditorApi (useCheckState): a check result re-renders only the views
 * that show it, not the inspector, the palette and every other editor view.
 */
export interface CheckState {
  /** Latest check of the current project at view.growthFactor; null until the first one returns. */
  readonly check: CheckResult | null;
  /** True from an edit until the check of it is shown. */
  readonly checking: boolean;
}
