import type { Command } from './commands';

/**
 * Pure helpers for binding and showing command shortcuts (Mantine hotkey syntax: "mod+shift+z").
 */

/** Lower-cased, modifiers in a fixed order, so "Shift+Mod+Z" and "mod+shift+z" are the same key. */
export function normalizeShortcut(shortcut: string): string {
  const parts = shortcut
    .toLowerCase()
    .split('+')
    .map((p) => p.trim())
    .filter(Boolean);
  const order = ['mod', 'ctrl', 'meta', 'alt', 'shift'];
  const modifiers = order.filter((m) => parts.includes(m));
  const keys = parts.filter((p) => !order.includes(p));
  return [...modifiers, ...keys].join('+');
}

/** What a text field does itself with these keys: select all, clipboard, its own undo. */
const textFieldKeys = new Set(['mod+a', 'mod+c', 'mod+v', 'mod+x', 'mod+z', 'mod+shift+z', 'mod+y']);

/**
 * Shortcuts with Ctrl/Cmd work while typing in a field (Ctrl+K, Ctrl+S), except those a text
 * field answers itself; plain keys must never steal typed letters.
 */
export function worksWhileTyping(shortcut: string): boolean {
  const normalized = normalizeShortcut(shortcut);
  if (textFieldKeys.has(normalized.replace(/^(ctrl|meta)\+/, 'mod+'))) return false;
  const parts = normalized.split('+');
  return parts.includes('mod') || parts.includes('ctrl') || parts.includes('meta');
}

/**
 * The command each shortcut runs. When several enabled commands claim the same keys, the one
 * registered last wins: overlays such as review mode mount after the canvas and take over
 * keys like ← and → while they are open.
 */
export function bindableCommands(commands: readonly Command[]): Map<string, Command> {
  const byShortcut = new Map<string, Command>();
  for (const command of commands) {
    if (!command.shortcut || command.disabled) continue;
    const key = normalizeShortcut(command.shortcut);
    byShortcut.delete(key);
    byShortcut.set(key, command);
  }
  return byShortcut;
}

const keyNames: Record<string, string> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  escape: 'Esc',
  enter: 'Enter',
  delete: 'Delete',
  backspace: 'Backspace',
  space: 'Space',
  tab: 'Tab',
  plus: '+',
  minus: '-',
  slash: '/',
  home: 'Home',
  end: 'End',
};

/** The keys to show for a shortcut, one entry per key: ["Ctrl", "Shift", "Z"] or ["⌘", "⇧", "Z"] on a Mac. */
export function shortcutKeys(shortcut: string, mac: boolean): string[] {
  return normalizeShortcut(shortcut)
    .split('+')
    .map((part) => {
      if (part === 'mod') return mac ? '⌘' : 'Ctrl';
      if (part === 'ctrl') return mac ? '⌃' : 'Ctrl';
      if (part === 'meta') return mac ? '⌘' : 'Meta';
      if (part === 'alt') return mac ? '⌥' : 'Alt';
      if (part === 'shift') return mac ? '⇧' : 'Shift';
      return keyNames[part] ?? part.toUpperCase();
    });
}

/** Commands grouped by their group, groups and commands in registration order; hidden ones left out. */
export function groupCommands(commands: readonly Command[]): { group: string; commands: Command[] }[] {
  const groups = new Map<string, Command[]>();
  for (const command of commands) {
    if (command.hidden) continue;
    const list = groups.get(command.group) ?? [];
    list.push(command);
    groups.set(command.group, list);
  }
  return [...groups].map(([group, list]) => ({ group, commands: list }));
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /mac|iphone|ipad/i.test(navigator.platform || navigator.userAgent);
}
