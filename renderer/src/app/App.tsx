import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { useCallback, useEffect, useState } from 'react';
import type { OpenedProject } from '../../../shared/ipc/contract';
import { call, onCallError, settle } from '../api/client';
import { requestOpenedCheck } from '../api/openedCheck';
import { showCallError } from '../api/errorNotification';
import { EditorScreen } from '../editor/EditorScreen';
import { ShortcutsHelp } from '../help/ShortcutsHelp';
import { RuleCatalog } from '../help/RuleCatalog';
import { DesktopBridge } from '../desktop/DesktopBridge';
import { Library } from '../library/Library';
import { CommandPalette } from '../palette/CommandPalette';
import { CommandProvider } from '../palette/commands';
import { addressOpening as earlyOpening } from './addressOpening';
import { projectIdFromHash, setProjectHash } from './route';
import { cssVariablesResolver, theme } from './theme';
import { useThemeCommands } from '../theme/ThemeToggle';

onCallError(showCallError);

/**
 * The address's project, requested as the first module loaded (./addressOpening.ts); settled here
 * with the same error notification as any call. Its promise is marked handled: a failure is
 * reported where it is awaited.
 */
let addressOpening = ((): { id: string; opened: Promise<OpenedProject> } | null => {
  if (!earlyOpening) return null;
  const opened = earlyOpening.reply.then((reply) => {
    const value = settle('projects:open', reply);
    requestOpenedCheck(value.checkId);
    return value;
  });
  opened.catch(() => undefined);
  return { id: earlyOpening.id, opened };
})();

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" limit={5} />
      <CommandProvider>
        <Screens />
        <CommandPalette />
        <ShortcutsHelp />
        <RuleCatalog />
      </CommandProvider>
    </MantineProvider>
  );
}

type Screen = { name: 'loading' } | { name: 'library' } | { name: 'editor'; opened: OpenedProject };

function Screens() {
  useThemeCommands();
  const [screen, setScreen] = useState<Screen>(() => (projectIdFromHash() ? { name: 'loading' } : { name: 'library' }));

  const open = useCallback(async (id: string) => {
    try {
      const early = addressOpening?.id === id ? addressOpening.opened : null;
      addressOpening = null;
      const opened = await (early ?? call('projects:open', { id: id }));
      requestOpenedCheck(opened.checkId);
      setProjectHash(opened.project.id);
      setScreen({ name: 'editor', opened });
    } catch {
      setProjectHash(null);
      setScreen({ name: 'library' });
    }
  }, []);

  useEffect(() => {
    const id = projectIdFromHash();
    if (id) void open(id);
  }, [open]);

  // The address changed by hand or by a pasted link (the app itself uses replaceState, which
  // fires no hashchange): follow it. Leaving an editor this way keeps its edits: the editor
  // saves what is unsaved when it unmounts (useAutosave).
  const shownId = screen.name === 'editor' ? screen.opened.project.id : null;
  useEffect(() => {
    const onHashChange = () => {
      const id = projectIdFromHash();
      if (id && id !== shownId) {
        setScreen({ name: 'loading' });
        void open(id);
      } else if (!id && shownId) setScreen({ name: 'library' });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [open, shownId]);

  const showEditor = useCallback((opened: OpenedProject) => {
    requestOpenedCheck(opened.checkId);
    setProjectHash(opened.project.id);
    setScreen({ name: 'editor', opened });
  }, []);
  const close = useCallback(() => {
    setProjectHash(null);
    setScreen({ name: 'library' });
  }, []);

  const bridge = <DesktopBridge onOpenProject={(id) => void open(id)} />;
  if (screen.name === 'loading')
    return (
      <Center h="100vh">
        <Loader aria-label="Opening the project" />
      </Center>
    );
  if (screen.name === 'editor')
    return (
      <>
        {bridge}
        <EditorScreen key={screen.opened.project.id + screen.opened.revisionId} opened={screen.opened} onClose={close} onOpenProject={(id) => void open(id)} />
      </>
    );
  return <>{bridge}<Library onOpen={(id) => void open(id)} onOpened={showEditor} /></>;
}
