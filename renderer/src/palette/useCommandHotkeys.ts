import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect, useMemo } from 'react';
import { useLatest } from '../react/useLatest';
import type { Command } from './commands';
import { bindableCommands, worksWhileTyping } from './shortcuts';

/** Mantine's own key matching (the same as useHotkeys), without its all-or-nothing input filter. */
function hotkeyMatcher(shortcut: string): (event: KeyboardEvent) => boolean {
  return (event) => {
    let hit = false;
    getHotkeyHandler([[shortcut, () => (hit = true), { preventDefault: false }]])(event);
    return hit;
  };
}

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Plain-key shortcuts stay quiet while the user types, or works inside a dialog of its own. */
function blockedTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (typingTags.has(target.tagName) || target.isContentEditable) return true;
  return target.closest('.mantine-Modal-content') !== null;
}

/**
 * Binds every registered command's shortcut on the document. One listener for all commands;
 * Ctrl/Cmd shortcuts work everywhere, plain keys not while typing or inside a dialog.
 */
export function useCommandHotkeys(commands: readonly Command[]): void {
  const bound = useMemo(() => {
    return [...bindableCommands(commands)].map(([shortcut, command]) => ({
      command,
      matches: hotkeyMatcher(shortcut),
      anywhere: worksWhileTyping(shortcut),
    }));
  }, [commands]);
  const latestBound = useLatest(bound);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const hit = latestBound().find((b) => b.matches(event));
      if (!hit) return;
      if (!hit.anywhere && blockedTarget(event.target)) return;
      if (hit.command.keyTarget && !hit.command.keyTarget(event.target)) return;
      if (event.repeat && !event.key.startsWith('Arrow')) return;
      event.preventDefault();
      hit.command.run();
    };
    document.documentElement.addEventListener('keydown', onKeyDown);
    return () => document.documentElement.removeEventListener('keydown', onKeyDown);
  }, [latestBound]);
}
