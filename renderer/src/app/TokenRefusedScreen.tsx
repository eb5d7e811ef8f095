import { Button, Code, Modal, Stack, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { subscribeTokenRefusal, tokenRefused } from '../api/tokenRefusal';

/**
 * Covers the app once the web host refuses this tab's token: nothing the tab does can reach the
 * library any more, so it says why and what to open, and cannot be dismissed.
 */
export function TokenRefusedScreen() {
  const refused = useSyncExternalStore(subscribeTokenRefusal, tokenRefused);
  return (
    <Modal
      opened={refused}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      size="lg"
      overlayProps={{ backgroundOpacity: 0.6, blur: 3 }}
      title="Tenfold no longer accepts this tab"
    >
      <Stack gap="sm">
        <Text size="sm">
          Tenfold was started again, or this tab was opened without the address it printed, so it refuses what this tab asks. Each start of{' '}
          <Code>tenfold serve</Code> prints a new address: open that one (<Code>{location.origin}/?token=…</Code>), or the meeting link the presenter sent.
        </Text>
        <Text size="sm">What this tab saved before is in the library; a change made since was not saved.</Text>
        <Button onClick={() => location.reload()} variant="light" style={{ alignSelf: 'flex-start' }}>
          Reload this tab
        </Button>
      </Stack>
    </Modal>
  );
}
