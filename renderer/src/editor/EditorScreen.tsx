import { Badge, ScrollArea, Tabs } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import type { OpenedProject } from '../../../shared/ipc/contract';
import { AvailabilityPanel } from '../availability/AvailabilityPanel';
import { Canvas } from '../canvas/Canvas';
import { KindPalette } from '../canvas/KindPalette';
import { FindingsPanel } from '../findings/FindingsPanel';
import { useAnalysisCommands } from '../findings/useAnalysisCommands';
import { GrowthPanel } from '../growth/GrowthPanel';
import { Inspector } from '../inspector/Inspector';
import { ProjectPanel } from '../inspector/ProjectPanel';
import { ReviewMode } from '../review/ReviewMode';
import type { SidePanel } from './editorApi';
import { EditorProvider, useCheckState, useEditor } from './EditorContext';
import { EditorHeader } from './EditorHeader';
import { useAddComponent, useEditorCommands } from './useEditorCommands';
import classes from './editor.module.css';

/** The editor for one opened project. */
export function EditorScreen({ opened, onClose }: { opened: OpenedProject; onClose: () => void }) {
  return (
    <ReactFlowProvider>
      <EditorProvider opened={opened} onClose={onClose}>
        <EditorLayout />
      </EditorProvider>
    </ReactFlowProvider>
  );
}

function EditorLayout() {
  const editor = useEditor();
  useEditorCommands();
  useAnalysisCommands();
  const add = useAddComponent();
  if (editor.view.reviewMode) return <ReviewMode />;
  return (
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
  );
}

function SideTabs() {
  const { view, setView } = useEditor();
  const { check } = useCheckState();
  const open = check?.findings.filter((f) => f.status === 'open').length ?? null;
  return (
    <Tabs value={view.panel} onChange={(value) => value && setView({ panel: value as SidePanel })} keepMounted={false} className={classes.tabs}>
      <Tabs.List className={classes.tabList}>
        <Tabs.Tab value="inspector">Inspector</Tabs.Tab>
        <Tabs.Tab value="findings" rightSection={open !== null ? <Badge size="xs" variant="light" color={open > 0 ? 'red' : 'teal'} data-testid="open-findings-count">{open}</Badge> : null}>
          Findings
        </Tabs.Tab>
        <Tabs.Tab value="growth">Growth</Tabs.Tab>
        <Tabs.Tab value="availability">Availability</Tabs.Tab>
        <Tabs.Tab value="project">Project</Tabs.Tab>
      </Tabs.List>
      <ScrollArea className={classes.panel} type="auto" offsetScrollbars>
        <div className={classes.panelBody}>
          <Tabs.Panel value="inspector">
            <Inspector />
          </Tabs.Panel>
          <Tabs.Panel value="findings">
            <FindingsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="growth">
            <GrowthPanel />
          </Tabs.Panel>
          <Tabs.Panel value="availability">
            <AvailabilityPanel />
          </Tabs.Panel>
          <Tabs.Panel value="project">
            <ProjectPanel />
          </Tabs.Panel>
        </div>
      </ScrollArea>
    </Tabs>
  );
}
