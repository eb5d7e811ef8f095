import { Badge, ScrollArea, Tabs } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useMemo } from 'react';
import type { OpenedProject } from '../../../shared/ipc/contract';
import { AvailabilityPanel } from '../availability/AvailabilityPanel';
import { Canvas } from '../canvas/Canvas';
import { KindPalette } from '../canvas/KindPalette';
import { useComponentPaletteSearch } from '../canvas/useComponentPaletteSearch';
import { FindingsPanel } from '../findings/FindingsPanel';
import { countOpen } from '../findings/findingsModel';
import { useAnalysisCommands } from '../findings/useAnalysisCommands';
import { GrowthPanel } from '../growth/GrowthPanel';
import { Inspector } from '../inspector/Inspector';
import { ProjectPanel } from '../inspector/ProjectPanel';
import { EditorFileDrop } from '../library/EditorFileDrop';
import { ReviewMode } from '../review/ReviewMode';
import { ConflictsPanel } from '../conflicts/ConflictsPanel';
import { ShareFollow } from './ShareFollow';
import type { SidePanel } from '../project/editorApi';
import { EditorProvider, useCheckState, useEditor } from '../project/EditorContext';
import { EditorHeader } from './EditorHeader';
import { useAddComponent, useEditorCommands } from './useEditorCommands';
import classes from './editor.module.css';

/** The editor for one opened project. */
export function EditorScreen({ opened, onClose, onOpenProject }: { opened: OpenedProject; onClose: () => void; onOpenProject: (id: string) => void }) {
  return (
    <ReactFlowProvider>
      <EditorProvider opened={opened} onClose={onClose} onReload={() => onOpenProject(opened.project.id)}>
        <EditorLayout />
        <EditorFileDrop onOpen={onOpenProject} />
      </EditorProvider>
    </ReactFlowProvider>
  );
}

function EditorLayout() {
  const { view } = useEditor();
  const add = useAddComponent();
  // Made once (add is stable): an edit or a check result then re-renders only the views that show
  // it, through their own subscriptions, instead of the whole editor from here down.
  const layout = useMemo(
    () => (
      <div className={classes.editor}>
        <header className={classes.header}>
          <EditorHeader />
        </header>
        <aside className={classes.palette}>
          <KindPalette onAdd={add} />
        </aside>
        <main className={classes.canvas}>
          <Canvas />
        </main>
        <aside className={classes.side} aria-label="Side panel">
          <SideTabs />
        </aside>
      </div>
    ),
    [add],
  );
  return (
    <>
      {view.reviewMode ? <ReviewMode /> : layout}
      {/* After the views, so the commands register in the same order as when the layout called these hooks itself. */}
      <EditorCommands />
      <ShareFollow />
    </>
  );
}

/** The editor's and the analyses' commands, in a component of their own: they follow every edit and check. */
function EditorCommands() {
  useEditorCommands();
  useAnalysisCommands();
  useComponentPaletteSearch();
  return null;
}

/**
 * The panels' contents, made once: SideTabs re-renders for every check result (the open count)
 * and every view change, and these same elements let React skip the panels then, which update
 * through their own subscriptions to the editor and the check instead.
 */
const panels = {
  inspector: <Inspector />,
  findings: <FindingsPanel />,
  growth: <GrowthPanel />,
  availability: <AvailabilityPanel />,
  project: <ProjectPanel />,
  conflicts: <ConflictsPanel />,
};

function SideTabs() {
  const { view, setView, project } = useEditor();
  const { check } = useCheckState();
  const open = check ? countOpen(check.findings) : null;
  const panel = view.panel;
  const conflicts = project.conflicts.length;
  // The tab is there while conflicts are, and stays while it is shown (to say all are resolved).
  const showConflicts = conflicts > 0 || panel === 'conflicts';
  // Only the open panel and the open count change the tabs: an edit re-renders neither them nor
  // the scroll area (the panels' contents follow the editor themselves).
  return useMemo(
    () => (
      <Tabs value={panel} onChange={(value) => value && setView({ panel: value as SidePanel })} keepMounted={false} className={classes.tabs}>
        <Tabs.List className={showConflicts ? `${classes.tabList} ${classes.tabListWrapped}` : classes.tabList}>
          <Tabs.Tab value="inspector">Inspector</Tabs.Tab>
          <Tabs.Tab
            value="findings"
            rightSection={
              open !== null ? (
                <Badge
                  size="xs"
                  variant="light"
                  color={open > 0 ? 'red' : 'teal'}
                  title={`${open} open finding${open === 1 ? '' : 's'} (open or planned)`}
                  data-testid="open-findings-count"
                >
                  {open}
                </Badge>
              ) : null
            }
          >
            Findings
          </Tabs.Tab>
          <Tabs.Tab value="growth">Growth</Tabs.Tab>
          <Tabs.Tab value="availability">Availability</Tabs.Tab>
          <Tabs.Tab value="project">Project</Tabs.Tab>
          {showConflicts ? (
            <Tabs.Tab
              value="conflicts"
              rightSection={
                conflicts > 0 ? (
                  <Badge
                    size="xs"
                    variant="filled"
                    color="orange"
                    data-testid="conflict-count"
                    title={`${conflicts} merge conflict${conflicts === 1 ? '' : 's'} to resolve`}
                  >
                    {conflicts}
                  </Badge>
                ) : null
              }
            >
              Conflicts
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <ScrollArea className={classes.panel} type="auto" offsetScrollbars>
          <div className={classes.panelBody}>
            <Tabs.Panel value="inspector">{panels.inspector}</Tabs.Panel>
            <Tabs.Panel value="findings">{panels.findings}</Tabs.Panel>
            <Tabs.Panel value="growth">{panels.growth}</Tabs.Panel>
            <Tabs.Panel value="availability">{panels.availability}</Tabs.Panel>
            <Tabs.Panel value="project">{panels.project}</Tabs.Panel>
            {showConflicts ? <Tabs.Panel value="conflicts">{panels.conflicts}</Tabs.Panel> : null}
          </div>
        </ScrollArea>
      </Tabs>
    ),
    [panel, setView, open, conflicts, showConflicts],
  );
}
