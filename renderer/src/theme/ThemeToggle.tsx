import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useCommands, type Command } from '../palette/commands';

/** Switches light/dark; the choice persists (localStorage) until "Follow the system theme". */
export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to the ${next} theme`}>
      <ActionIcon variant="default" onClick={() => setColorScheme(next)} aria-label={`Switch to the ${next} theme`}>
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

export function useThemeCommands(): void {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'app.theme.toggle',
        label: computed === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme',
        group: 'View',
        shortcut: 'mod+shift+d',
        keywords: ['theme', 'dark', 'light'],
        run: () => setColorScheme(computed === 'dark' ? 'light' : 'dark'),
      },
      { id: 'app.theme.system', label: 'Follow the system theme', group: 'View', keywords: ['theme', 'auto'], run: () => setColorScheme('auto') },
    ],
    [computed, setColorScheme],
  );
  useCommands(commands);
}
