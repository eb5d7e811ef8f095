import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFlame } from '@tabler/icons-react';
import { lazy, memo, Suspense, useEffect } from 'react';
import type { CheckResult } from '../../../shared/ipc/contract';
import { useCheckState, useEditor } from '../project/EditorContext';
import { CheckingIndicator } from '../findings/CheckingIndicator';
import { useTargetNames } from '../findings/useTargetNames';
import { GrowthFactorControl } from './GrowthFactorControl';
import { GrowthLists } from './GrowthLists';
import { formatFactor } from '../../../shared/model/growthFactor';
import { UtilizationLegend } from './UtilizationLegend';

// The chart library is a third of the renderer's code: it loads when the growth view first opens,
// not before the first diagram can show.
const HeadroomChart = lazy(() => import('./HeadroomChart').then((module) => ({ default: module.HeadroomChart })));

/**
 * What happens at G× today's load: which component breaks first, headroom per component, and
 * what must be scaled out or rewritten. While this panel shows, the canvas colors components
 * by utilization at the chosen factor.
 */
export function GrowthPanel() {
  const { project, view, setView, focus } = useEditor();
  const { check, checking } = useCheckState();
  const names = useTargetNames(project);
  const showing = view.panel === 'growth';

  useEffect(() => {
    if (!showing) return;
    setView({ highlight: 'utilization' });
    return () => setView({ highlight: 'findings' });
  }, [showing, setView]);

  const target = project.workload.targetUtilization;
  return (
    <Stack gap="md" data-testid="growth-panel">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4">
          Growth
        </Title>
        <CheckingIndicator checking={checking} />
      </Group>
      <GrowthFactorControl factor={view.growthFactor} onChange={(growthFactor) => setView({ growthFactor })} />
      {project.components.length === 0 ? (
        <Text size="sm" c="dimmed">
          Add components and an entry point with its peak requests per second to see how the system grows.
        </Text>
      ) : check === null ? (
        <Text size="sm" c="dimmed">
          Checking the model…
        </Text>
      ) : (
        <GrowthResults check={check} names={names} target={target} onFocus={focus} />
      )}
    </Stack>
  );
}

interface ResultsProps {
  readonly check: CheckResult;
  readonly names: ReadonlyMap<string, string>;
  readonly target: number;
  readonly onFocus: (ids: readonly string[]) => void;
}

/** Memoized: re-renders when a check or a name changes, not on every edit while a check runs. */
const GrowthResults = memo(function GrowthResults({ check, names, target, onFocus }: ResultsProps) {
  const growth = check.analyses.growth;
  return (
    <>
      <BreaksFirst check={check} names={names} />
      <UtilizationLegend target={target} />
      <div>
        <Title order={3} size="h6" tt="uppercase" c="dimmed" mb={4}>
          Headroom
        </Title>
        <Suspense fallback={<Loader size="sm" aria-label="Loading the headroom chart" />}>
          <HeadroomChart growth={growth.components} names={names} growthFactor={growth.growthFactor} />
        </Suspense>
      </div>
      <GrowthLists check={check} names={names} onFocus={onFocus} />
    </>
  );
});

function BreaksFirst({ check, names }: { check: CheckResult; names: ReadonlyMap<string, string> }) {
  const { breaksFirst, growthFactor, rewrites, scaleOuts } = check.analyses.growth;
  if (!breaksFirst) {
    return (
      <Alert variant="default" title="Nothing breaks" data-testid="breaks-first">
        No component reaches its target utilization at any growth factor with the instances it may have.
        {check.analyses.load.components.every((c) => c.rate === 0) ? ' Give an entry point its peak requests per second to put load on the system.' : ''}
      </Alert>
    );
  }
  const name = names.get(breaksFirst.componentId) ?? 'a missing component';
  const lasts = breaksFirst.headroom >= growthFactor;
  return (
    <Alert
      variant={lasts ? 'default' : 'light'}
      color={lasts ? undefined : 'red'}
      icon={<IconFlame aria-hidden />}
      data-testid="breaks-first"
      title={
        <Text fw={700} size="lg" component="span">
          Breaks first: {name} at {formatFactor(breaksFirst.headroom)}
        </Text>
      }
    >
      <Text size="sm">
        {lasts
          ? `Everything holds at ${formatFactor(growthFactor)}; ${name} is the first to pass its target utilization.`
          : `At ${formatFactor(growthFactor)}: ${countText(rewrites, 'rewrite')} and ${countText(scaleOuts, 'scale-out')} needed.`}
      </Text>
    </Alert>
  );
}

function countText(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
