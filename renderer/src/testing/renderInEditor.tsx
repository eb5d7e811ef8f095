import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, type RenderResult } from '@testing-library/react';
import { useLayoutEffect, type ReactNode } from 'react';
import type { OpenedProject } from '../../../shared/ipc/contract';
import { cssVariablesResolver, theme } from '../theme/theme';
import { CommandProvider } from '../palette/commands';
import type { CheckState, EditorApi } from '../project/editorApi';
import { EditorProvider, useCheckState, useEditor } from '../project/EditorContext';
import { installJsdomShims } from './jsdomShims';

export interface RenderedEditor extends RenderResult {
  /** The editor's state as of the latest render: what every panel reads. */
  editor(): EditorApi;
  /** The latest check the editor holds (the real engine's findings), as of the latest render. */
  checkState(): CheckState;
}

/**
 * Renders `ui` inside the app's providers (the real Mantine theme, commands and the editor of
 * `opened`) for a component test. The editor talks to whatever `window.tenfold` was when the
 * API client loaded: the tests set it to the real host first (electron/testing/rendererHost.ts).
 */
export function renderInEditor(opened: OpenedProject, ui: ReactNode): RenderedEditor {
  installJsdomShims();
  const seen = new Seen();
  const rendered = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications />
      <CommandProvider>
        <EditorProvider opened={opened} onClose={() => undefined} onReload={() => undefined}>
          <EditorProbe seen={seen} />
          {ui}
        </EditorProvider>
      </CommandProvider>
    </MantineProvider>,
  );
  return {
    ...rendered,
    editor: () => {
      if (!seen.editor) throw new Error('the editor has not rendered');
      return seen.editor;
    },
    checkState: () => {
      if (!seen.check) throw new Error('the editor has not rendered');
      return seen.check;
    },
  };
}

/** What the panels saw in the latest commit; written by the probe, read by the test. */
class Seen {
  editor: EditorApi | null = null;
  check: CheckState | null = null;
  see(editor: EditorApi, check: CheckState): void {
    this.editor = editor;
    this.check = check;
  }
}

/** Hands the test what the panels see, in the commit that shows it (a passive effect may run later). */
function EditorProbe({ seen }: { seen: Seen }) {
  const editor = useEditor();
  const check = useCheckState();
  useLayoutEffect(() => seen.see(editor, check), [seen, editor, check]);
  return null;
}
