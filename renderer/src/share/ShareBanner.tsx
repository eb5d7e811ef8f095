import { Button, Group, Paper, Text } from '@mantine/core';
import { IconBroadcast, IconEye } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { follow, getShareState, lookAround, useShareState } from './shareSession';

/**
 * Says who this browser is in a shared review. A participant follows the presenter until they
 * use the page themselves (a click, a scroll, a key): then they look around on their own, and
 * one click on "Follow the presenter" takes them back to where the presenter is.
 */
export function ShareBanner() {
  const share = useShareState();
  const banner = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (share.role !== 'participant') return;
    const onUse = (event: Event) => {
      if (!event.isTrusted || !getShareState().following) return;
      if (event.target instanceof Node && banner.current?.contains(event.target)) return;
      lookAround();
    };
    const events = ['pointerdown', 'wheel', 'keydown'] as const;
    for (const name of events) window.addEventListener(name, onUse, { capture: true, passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onUse, { capture: true });
    };
  }, [share.role]);

  if (share.role === null) return null;
  return (
    <Paper
      ref={banner}
      role="status"
      aria-label="Shared review"
      data-testid="share-banner"
      shadow="md"
      radius="xl"
      px="md"
      py={6}
      withBorder
      style={{ position: 'fixed', bottom: 64, left: '50%', transform: 'translateX(-50%)', zIndex: 400 }}
    >
      <Group gap="sm" wrap="nowrap">
        {share.role === 'presenter' ? (
          <>
            <IconBroadcast size={16} aria-hidden />
            <Text size="sm" data-testid="share-presenting">
              {presentingText(share.participants)}
            </Text>
          </>
        ) : share.following ? (
          <>
            <IconEye size={16} aria-hidden />
            <Text size="sm" data-testid="share-following">
              Following the presenter
            </Text>
          </>
        ) : (
          <>
            <Text size="sm">Looking around on your own</Text>
            <Button size="compact-sm" onClick={follow}>
              Follow the presenter
            </Button>
          </>
        )}
      </Group>
    </Paper>
  );
}

/** The presenter's line: who is there to follow. */
function presentingText(participants: number | null): string {
  if (participants === null || participants === 0) return 'Presenting: no participant has joined yet';
  return `Presenting to ${participants} participant${participants === 1 ? '' : 's'}: they follow you`;
}
