import { ActionIcon, Box, Button, Group, Kbd, ScrollArea, SegmentedControl, Tabs, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconX } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { FindingStatus } from '../../../shared/model/review';
import { useCheckState, useEditor } from '../project/EditorContext';
import { SaveIndicator } from '../project/SaveIndicator';
import { agendaRanks } from '../findings/findingGroups';
import { findingTargetIds } from '../findings/findingsModel';
import { setCurrentFinding } from '../findings/findingCursor';
import { useRuleDocs } from '../findings/useRuleDocs';
import { useCommands, type Command } from '../palette/commands';
import { DecisionDialog } from './DecisionDialog';
import { DecisionsList } from './DecisionsList';
import { ReviewSlide } from './ReviewSlide';
import { StatusDialog } from './StatusDialog';
import { ReplaceDecisionDialog } from './ReplaceDecisionDialog';
import { addDecision, currentStatus, localToday, setFindingStatus, type StatusInput } from './reviewChanges';
import { leftToDecide, nextToDecide, replacesDecision } from './triage';
import { useReviewSession, type ReviewScope } from './useReviewSession';
import { useFollowedFocus, useReadOnly } from '../share/shareSession';
import { useLatest } from '../react/useLatest';

/**
 * Review mode: a full-screen presentation for design-review meetings. It steps through the
 * agenda (priority 1 first) one finding at a time in large type beside a focused view of the diagram; the room marks each fixed,
 * planned or accepted risk and records decisions. Changes go through apply(), so they are
 * undoable and autosaved with the model (see reviewChanges.ts).
 */
export function ReviewMode() {
  const { view } = useEditor();
  if (!view.reviewMode) return null;
  return <ReviewOverlay />;
}

type Dialog = 'accept' | 'plan' | 'decision' | null;
/** A status change waiting for the room to confirm that it replaces the recorded decision. */
type Pending = { readonly next: FindingStatus; readonly then: () => void } | null;

function ReviewOverlay() {
  const { project, apply, focus, setView, saveState } = useEditor();
  const { check } = useCheckState();
  const docs = useRuleDocs();
  const [tab, setTab] = useState<'findings' | 'decisions'>('findings');
  const [scope, setScope] = useState<ReviewScope>('open');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [pending, setPending] = useState<Pending>(null);
  const session = useReviewSession(check?.findings ?? null, scope);
  const ranks = useMemo(() => agendaRanks(check?.findings ?? []), [check]);
  const { current, currentKey } = session;
  const today = localToday();
  const byKey = useMemo(() => new Map((check?.findings ?? []).map((f) => [f.key, f])), [check]);
  const statusOf = (key: string, inProject = project): FindingStatus => {
    const finding = byKey.get(key);
    return finding ? currentStatus(finding, inProject, today) : 'fixed';
  };
  const status = current ? statusOf(current.key) : 'open';
  const recorded = current ? project.review.findings.find((r) => r.key === current.key) : undefined;
  const left = leftToDecide(session.keys, statusOf);
  const overlayRef = useRef<HTMLDivElement>(null);

  useEffect(() => overlayRef.current?.focus(), []);
  // Keep the canvas behind in step, so leaving review mode shows the last finding discussed.
  // Stepping moves it, not a new check of the same finding.
  const showOnCanvas = useEffectEvent(() => {
    if (!current) return;
    setCurrentFinding(current.key);
    focus(findingTargetIds(current));
  });
  useEffect(() => showOnCanvas(), [currentKey]);

  /** Records the status, then moves on to the next finding the room has not decided. */
  const setStatus = (input: StatusInput) => {
    if (!current) return;
    const verb = input.status === 'accepted-risk' ? 'Accept risk' : input.status === 'open' ? 'Reopen' : `Mark ${input.status}`;
    const next = setFindingStatus(project, current.key, input, new Date().toISOString());
    apply(`${verb}: ${current.title}`, (p) => setFindingStatus(p, current.key, input, new Date().toISOString()));
    if (input.status !== 'open') session.go(nextToDecide(session.keys, session.index, (key) => statusOf(key, next)));
  };
  /** Runs `then` at once, or after the room confirms that `next` replaces the recorded decision. */
  const guarded = (next: FindingStatus, then: () => void) => {
    if (replacesDecision(status, next)) setPending({ next, then });
    else then();
  };
  const exit = () => setView({ reviewMode: false });
  const markFixed = () => guarded('fixed', () => setStatus({ status: 'fixed' }));
  const plan = () => guarded('planned', () => setDialog('plan'));
  const accept = () => guarded('accepted-risk', () => setDialog('accept'));
  const reopen = () => guarded('open', () => setStatus({ status: 'open' }));
  const showFinding = (key: string) => {
    const inOpen = session.keys.indexOf(key);
    setTab('findings');
    if (scope === 'open' && inOpen >= 0) return session.go(inOpen);
    setScope('all');
    session.goToKey(key);
  };
  // A participant of a shared review following the presenter sees the presenter's finding.
  const followed = useFollowedFocus();
  // A participant of a shared review follows and looks around; only the presenter records.
  const readOnly = useReadOnly();
  const followedKey = followed?.reviewMode ? followed.findingKey : null;
  // Once per finding the presenter moves to, and again when the check that holds it arrives, in
  // the render that learns of it.
  const [shownFollowed, setShownFollowed] = useState<{ key: string | null; check: typeof check }>({ key: null, check: null });
  if (followedKey !== shownFollowed.key || (followedKey !== null && check !== shownFollowed.check)) {
    setShownFollowed({ key: followedKey, check });
    if (followedKey !== null && followedKey !== currentKey) showFinding(followedKey);
  }

  // The commands are made when what enables them changes; they run the latest actions.
  const actions = useLatest({ markFixed, plan, accept, reopen, exit });
  const commands = useMemo<Command[]>(() => {
    const busy = dialog !== null || pending !== null;
    const onSlide = busy || tab !== 'findings' || !current || readOnly;
    const group = 'Review mode';
    return [
      { id: 'review.previous', label: 'Previous finding', group, shortcut: 'arrowleft', disabled: busy || tab !== 'findings', run: () => session.step(-1) },
      { id: 'review.next', label: 'Next finding', group, shortcut: 'arrowright', disabled: busy || tab !== 'findings', run: () => session.step(1) },
      { id: 'review.fixed', label: 'Mark fixed', group, shortcut: 'f', disabled: onSlide, run: () => actions().markFixed() },
      { id: 'review.planned', label: 'Mark planned…', group, shortcut: 'p', disabled: onSlide, run: () => actions().plan() },
      { id: 'review.accept', label: 'Accept risk…', group, shortcut: 'a', disabled: onSlide, run: () => actions().accept() },
      { id: 'review.reopen', label: 'Reopen', group, shortcut: 'o', disabled: onSlide || status === 'open', run: () => actions().reopen() },
      { id: 'review.decision', label: 'New decision…', group, shortcut: 'd', disabled: busy || readOnly, run: () => setDialog('decision') },
      { id: 'review.exit', label: 'Leave review mode', group, shortcut: 'escape', disabled: busy, run: () => actions().exit() },
    ];
  }, [dialog, pending, tab, current, session, status, actions, readOnly]);
  useCommands(commands);

  return (
    <Box
      ref={overlayRef}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-label="Review mode"
      data-testid="review-mode"
      pos="fixed"
      inset={0}
      bg="var(--mantine-color-body)"
      style={{ zIndex: 150, display: 'flex', flexDirection: 'column', outline: 'none' }}
    >
      <Tabs value={tab} onChange={(value) => setTab(value === 'decisions' ? 'decisions' : 'findings')} style={{ display: 'contents' }}>
        <Group justify="space-between" px="xl" py="sm" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <Group gap="lg" wrap="nowrap">
            <Title order={1} size="h3">
              Review: {project.name}
            </Title>
            <Tabs.List>
              <Tabs.Tab value="findings">Findings</Tabs.Tab>
              <Tabs.Tab value="decisions">Decisions ({project.review.decisions.length})</Tabs.Tab>
            </Tabs.List>
          </Group>
          <Group gap="md" wrap="nowrap">
            <SaveIndicator state={saveState} />
            {tab === 'findings' && (
              <div role="group" aria-label="Which findings to step through">
                <SegmentedControl
                  size="xs"
                  value={scope}
                  onChange={(value) => setScope(value === 'all' ? 'all' : 'open')}
                  data={[
                    { value: 'open', label: 'Open findings' },
                    { value: 'all', label: 'All findings' },
                  ]}
                />
              </div>
            )}
            <Button variant="default" leftSection={<IconX size={16} aria-hidden />} onClick={exit}>
              Leave review
            </Button>
          </Group>
        </Group>
        <ScrollArea style={{ flex: 1 }} px="xl" py="lg">
          <Tabs.Panel value="findings">
            {current ? (
              <ReviewSlide
                finding={current}
                rank={ranks.get(current.key) ?? null}
                status={status}
                project={project}
                doc={docs.get(current.ruleId)}
                onFixed={markFixed}
                onPlan={plan}
                onAccept={accept}
                onReopen={reopen}
                onShowDecisions={() => setTab('decisions')}
                readOnly={readOnly}
              />
            ) : (
              <Text fz={24} c="dimmed" mt="xl" data-testid="review-empty">
                {check === null
                  ? 'Checking the model…'
                  : currentKey
                    ? 'This finding no longer occurs: an edit resolved it.'
                    : scope === 'open'
                      ? 'No open findings. Switch to “All findings” to revisit decisions made earlier.'
                      : 'This model has no findings.'}
              </Text>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="decisions">
            <DecisionsList
              decisions={project.review.decisions}
              findings={byKey}
              ranks={ranks}
              onNew={readOnly ? undefined : () => setDialog('decision')}
              onShowFinding={showFinding}
            />
          </Tabs.Panel>
        </ScrollArea>
      </Tabs>
      <Footer
        tab={tab}
        readOnly={readOnly}
        position={session.keys.length === 0 ? null : { index: session.index, total: session.keys.length, left }}
        onStep={session.step}
      />
      <StatusDialog
        status={dialog === 'accept' ? 'accepted-risk' : dialog === 'plan' ? 'planned' : null}
        findingTitle={current?.title ?? ''}
        recorded={recorded}
        onClose={() => setDialog(null)}
        onSave={(input) => {
          setStatus(input);
          setDialog(null);
        }}
      />
      <ReplaceDecisionDialog
        next={pending?.next ?? null}
        recorded={recorded}
        onKeep={() => setPending(null)}
        onReplace={() => {
          const then = pending?.then;
          setPending(null);
          then?.();
        }}
      />
      <DecisionDialog
        opened={dialog === 'decision'}
        finding={tab === 'findings' && current ? { key: current.key, title: current.title } : null}
        onClose={() => setDialog(null)}
        onSave={(input) => {
          apply(`Record decision: ${input.title.trim()}`, (p) => addDecision(p, input));
          setDialog(null);
          setTab('decisions');
        }}
      />
    </Box>
  );
}

const keysHelp: [string, string][] = [
  ['←', 'previous'],
  ['→', 'next'],
  ['F', 'fixed'],
  ['P', 'planned'],
  ['A', 'accept risk'],
  ['O', 'reopen'],
  ['D', 'decision'],
  ['Esc', 'leave'],
];
/** What a participant's keys do: step and leave; the others record, which only the presenter does. */
const readOnlyKeysHelp = keysHelp.filter(([key]) => key === '←' || key === '→' || key === 'Esc');

interface FooterProps {
  readonly tab: string;
  readonly readOnly: boolean;
  readonly position: { index: number; total: number; left: number } | null;
  readonly onStep: (d: 1 | -1) => void;
}

function Footer({ tab, readOnly, position, onStep }: FooterProps) {
  return (
    <Group justify="space-between" px="xl" py="xs" wrap="nowrap" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Group gap="md" wrap="wrap" aria-label="Keyboard shortcuts" role="group">
        {(readOnly ? readOnlyKeysHelp : keysHelp).map(([key, label]) => (
          <Group key={key} gap={4} wrap="nowrap">
            <Kbd size="sm">{key}</Kbd>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
          </Group>
        ))}
      </Group>
      {tab === 'findings' && position && (
        <Group gap="xs" wrap="nowrap">
          <ActionIcon variant="default" size="lg" aria-label="Previous finding" disabled={position.index === 0} onClick={() => onStep(-1)}>
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <Text size="md" fw={600} data-testid="review-left">
            {position.left === 0 ? 'All decided' : `${position.left} left to decide`}
          </Text>
          <Text size="md" c="dimmed" data-testid="review-position">
            {position.index + 1} of {position.total}
          </Text>
          <ActionIcon variant="default" size="lg" aria-label="Next finding" disabled={position.index + 1 >= position.total} onClick={() => onStep(1)}>
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
        </Group>
      )}
    </Group>
  );
}
