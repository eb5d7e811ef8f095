import { describe, expect, it } from 'vitest';
import type { Command } from './commands';
import { bindableCommands, groupCommands, normalizeShortcut, shortcutKeys, worksWhileTyping } from './shortcuts';

const command = (id: string, shortcut?: string, fields: Partial<Command> = {}): Command => ({
  id,
  label: id,
  group: 'Edit',
  shortcut,
  run: () => undefined,
  ...fields,
});

describe('command shortcuts', () => {
  it('normalizes modifier order and case', () => {
    expect(normalizeShortcut('Shift+Mod+Z')).toBe('mod+shift+z');
    expect(normalizeShortcut('shift + ?')).toBe('shift+?');
  });

  it('lets Ctrl/Cmd shortcuts fire while typing, except text editing keys', () => {
    expect(worksWhileTyping('mod+k')).toBe(true);
    expect(worksWhileTyping('shift+f')).toBe(false);
    expect(worksWhileTyping('arrowleft')).toBe(false);
    // A text field's own select-all, clipboard and undo win over editor commands.
    expect(worksWhileTyping('mod+a')).toBe(false);
    expect(worksWhileTyping('mod+shift+z')).toBe(false);
    expect(worksWhileTyping('ctrl+v')).toBe(false);
    expect(worksWhileTyping('mod+s')).toBe(true);
  });

  it('binds the last registered enabled command for a shared shortcut', () => {
    const bound = bindableCommands([
      command('canvas.fit', 'f'),
      command('review.fixed', 'F'),
      command('review.next', 'arrowright', { disabled: true }),
      command('canvas.nudge', 'arrowright'),
      command('palette', undefined),
    ]);
    expect(bound.get('f')?.id).toBe('review.fixed');
    expect(bound.get('arrowright')?.id).toBe('canvas.nudge');
    expect([...bound.keys()]).toEqual(['f', 'arrowright']);
  });

  it('shows keys for Windows/Linux and for the Mac', () => {
    expect(shortcutKeys('mod+shift+z', false)).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(shortcutKeys('mod+shift+z', true)).toEqual(['⌘', '⇧', 'Z']);
    expect(shortcutKeys('arrowleft', false)).toEqual(['←']);
    expect(shortcutKeys('shift+?', false)).toEqual(['Shift', '?']);
  });

  it('groups commands in registration order', () => {
    const groups = groupCommands([command('a'), command('b', undefined, { group: 'View' }), command('c')]);
    expect(groups.map((g) => [g.group, g.commands.map((c) => c.id)])).toEqual([
      ['Edit', ['a', 'c']],
      ['View', ['b']],
    ]);
  });
});
