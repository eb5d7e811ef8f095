import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedProject } from '../../../shared/ipc/contract';
import { libraryFocus } from '../../../shared/share/meeting';
import { call, onCallError, settle, tryCall } from '../api/client';
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
import { cssVariablesResolver, theme } from '../theme/theme';
import { useThemeCommands } from '../theme/ThemeToggle';
import { ShareBanner } from '../share/ShareBanner';
import { TokenRefusedScreen } from './TokenRefusedScreen';
import { useLatest } from '../react/useLatest';
import { onProjectChanged, publishFocus, startShareSession, useFollowedFocus, useReadOnly } from '../share/shareSession';

onCallError(showCallError);
startShareSession();

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
        <ShareBanner />
        <TokenRefusedScreen />
      </CommandProvider>
    </MantineProvider>
  );
}

type Screen = { name: 'loading' } | { name: 'library' } | { name: 'editor'; opened: OpenedProject };

/** Opens a project (the address's, if it was asked for early) and asks for its first check's reply. */
async function openProject(id: string): Promise<OpenedProject> {
  const early = addressOpening?.id === id ? addressOpening.opened : null;
  addressOpening = null;
  const opened = await (early ?? call('projects:open', { id }));
  requestOpenedCheck(opened.checkId);
  return opened;
}

function Screens() {
  useThemeCommands();
  const [screen, setScreen] = useState<Screen>(() => (projectIdFromHash() ? { name: 'loading' } : { name: 'library' }));

  const open = useCallback(
    (id: string): Promise<void> =>
      openProject(id).then(
        (opened) => {
          setProjectHash(opened.project.id);
          setScreen({ name: 'editor', opened });
        },
        () => {
          setProjectHash(null);
          setScreen({ name: 'library' });
        },
      ),
    [],
  );

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

  useSharedReview(screen, open, close, setScreen);

  const readOnly = useReadOnly();
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
        {/* A participant keeps the editor when the presenter saves: it shows the new revision in place. */}
        <EditorScreen
          key={readOnly ? screen.opened.project.id : screen.opened.project.id + screen.opened.revisionId}
          opened={screen.opened}
          onClose={close}
          onOpenProject={(id) => void open(id)}
        />
      </>
    );
  return (
    <>
      {bridge}
      <Library onOpen={(id) => void open(id)} onOpened={showEditor} />
    </>
  );
}

/**
 * The app's part in a shared review (share/shareSession.ts): the presenter publishes which
 * project is open; a following participant opens the presenter's project, and a participant
 * showing a project the presenter saved loads the new revision.
 */
function useSharedReview(screen: Screen, open: (id: string) => Promise<void>, close: () => void, setScreen: (screen: Screen) => void): void {
  const shownId = screen.name === 'editor' ? screen.opened.project.id : null;
  const loading = screen.name === 'loading';
  useEffect(() => {
    if (!loading) publishFocus(shownId === null ? libraryFocus : { projectId: shownId });
  }, [shownId, loading]);

  const followed = useFollowedFocus();
  const target = followed?.projectId;
  // The project last asked for on the presenter's behalf: a project that failed to open is not asked for again and again.
  const attempted = useRef<string | null | undefined>(undefined);
  const following = followed !== null;
  useEffect(() => {
    attempted.current = undefined;
  }, [target, following]);
  useEffect(() => {
    if (target === undefined || loading || target === shownId || attempted.current === target) return;
    attempted.current = target;
    if (target === null) close();
    else {
      setScreen({ name: 'loading' });
      void open(target);
    }
  }, [target, shownId, loading, open, close, setScreen]);

  const shown = useLatest(shownId);
  useEffect(
    () =>
      onProjectChanged(({ projectId }) => {
        if (projectId !== shown()) return;
        void tryCall('projects:open', { id: projectId }).then((reply) => {
          if (reply.ok && shown() === projectId) setScreen({ name: 'editor', opened: reply.value });
        });
      }),
    [setScreen, shown],
  );
}
