import { Overlay, Paper, Text } from '@mantine/core';

/** Shown while project files are dragged over the window: what dropping them will do. */
export function DropOverlay({ label }: { readonly label: string }) {
  return (
    <Overlay fixed blur={2} center zIndex={300}>
      <Paper p="xl" radius="md" withBorder>
        <Text fw={600}>{label}</Text>
      </Paper>
    </Overlay>
  );
}
