import { useEffect } from 'react';
import { useLatest } from '../react/useLatest';
import type { DesktopApi } from '../../../shared/ipc/desktop';
import { useAllCommands } from '../palette/commands';

declare global {
  interface Window {
    /** Desktop-only channels and events, exposed by the Electron preload; absent in a browser. */
    tenfoldDesktop?: DesktopApi;
  }
}

/** The desktop API when running in Electron, else null (the browser uses downloads and uploads). */
export const desktop: DesktopApi | null = typeof window !== 'undefined' && window.tenfoldDesktop ? window.tenfoldDesktop : null;

function isEditingText(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && (active.isContentEditable || active.tagName === 'INPUT' || active.tagName === 'TEXTAREA');
}

/**
 * Connects the native menu to the same commands the palette runs, and opens projects that main
 * asks for ("Open with", recent projects). Renders nothing; does nothing in a browser.
 */
export function DesktopBridge({ onOpenProject }: { readonly onOpenProject: (projectId: string) => void }) {
  const commands = useAllCommands();
  const latest = useLatest(commands);

  useEffect(() => {
    if (!desktop) return undefined;
    const stopMenu = desktop.onMenuCommand((commandId) => {
      // The menu's accelerators win over the page's keys: in a text field, undo/redo and select
      // all must edit the text, not the diagram.
      if (isEditingText() && (commandId === 'editor.undo' || commandId === 'editor.redo' || commandId === 'editor.selectAll')) {
        document.execCommand(commandId === 'editor.undo' ? 'undo' : commandId === 'editor.redo' ? 'redo' : 'selectAll');
        return;
      }
      latest()
        .find((c) => c.id === commandId && !c.disabled)
        ?.run();
    });
    const stopOpen = desktop.onOpenProject(onOpenProject);
    return () => {
      stopMenu();
      stopOpen();
    };
  }, [onOpenProject, latest]);

  return null;
}
