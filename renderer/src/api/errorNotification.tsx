import { List, ScrollArea, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Channel } from '../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../shared/ipc/errors';

/** What the user was trying to do, for the notification title. */
const actions: Partial<Record<Channel, string>> = {
  'projects:list': 'Could not load the library',
  'projects:create': 'Could not create the project',
  'projects:open': 'Could not open the project',
  'projects:save': 'Could not save the project',
  'projects:rename': 'Could not rename the project',
  'projects:duplicate': 'Could not duplicate the project',
  'projects:delete': 'Could not delete the project',
  'projects:undelete': 'Could not bring the project back',
  'projects:revisions': 'Could not load the revision history',
  'projects:restore': 'Could not restore the revision',
  'projects:import': 'Could not import the file',
  'projects:export': 'Could not export the project',
  'templates:list': 'Could not load the templates',
  'check:run': 'Could not check the project',
  'check:changes': 'Could not check the project',
  'check:opened': 'Could not check the project',
};

const MAX_PROBLEMS = 8;

/** The message body: the error text and, for refused files, every located problem. */
export function ErrorDetails({ error }: { error: AppErrorShape }) {
  const problems = error.problems ?? [];
  return (
    <>
      <Text size="sm">{error.message}</Text>
      {problems.length > 0 && (
        // Long lists scroll inside the notification instead of pushing it off the screen.
        <ScrollArea.Autosize mah={220} type="auto" mt={4}>
          <List size="xs" spacing={2}>
            {problems.slice(0, MAX_PROBLEMS).map((problem, index) => (
              <List.Item key={index}>
                <Text span ff="monospace" size="xs">
                  {problem.path}
                  {problem.line !== undefined ? ` (line ${problem.line})` : ''}
                </Text>
                : {problem.message}
              </List.Item>
            ))}
            {problems.length > MAX_PROBLEMS && <List.Item>…and {problems.length - MAX_PROBLEMS} more</List.Item>}
          </List>
        </ScrollArea.Autosize>
      )}
    </>
  );
}

export function showCallError(channel: Channel, error: AppErrorShape): void {
  // The app's token screen says it once (app/TokenRefusedScreen.tsx), for every call that follows.
  if (error.code === 'TOKEN_REQUIRED') return;
  notifications.show({
    color: 'red',
    title: actions[channel] ?? `${channel} failed`,
    message: <ErrorDetails error={error} />,
    autoClose: error.problems?.length ? false : 8000,
  });
}
