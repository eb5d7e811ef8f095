import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CheckResult } from '../../../shared/ipc/contract';
import { blockerText, formatGb, joinWords, redesignText } from './growthModel';
import { formatFactor } from '../../../shared/model/growthFactor';

/** Rewrites, scale-outs and stores whose data outgrows one node, at the checked growth factor. */
export function GrowthLists({ check, names, onFocus }: { check: CheckResult; names: ReadonlyMap<string, string>; onFocus: (ids: readonly string[]) => void }) {
  const { growthFactor, components } = check.analyses.growth;
  const instancesToday = new Map(check.analyses.load.components.map((c) => [c.componentId, c.instances]));
  const at = formatFactor(growthFactor);
  const link = (id: string) => (
    <Anchor component="button" type="button" fw={600} size="sm" onClick={() => onFocus([id])}>
      {names.get(id) ?? 'missing component'}
    </Anchor>
  );
  const rewrites = components.filter((g) => g.verdict === 'rewrite');
  const scaleOuts = components.filter((g) => g.verdict === 'scale-out');
  const dataLines = components.filter((g) => g.dataOutgrowsNode);

  return (
    <Stack gap="md">
      <Block title={`Rewrites at ${at}`} empty="No component needs a redesign at this factor." testId="growth-rewrites">
        {rewrites.map((g) => (
          <List.Item key={g.componentId}>
            {link(g.componentId)} {joinWords(g.blockers.map((b) => blockerText[b])) || 'cannot add instances'}
            {g.instancesNeeded !== null ? ` but needs ${g.instancesNeeded} instances` : ''}.
            {g.redesigns.length > 0 && (
              <>
                {' '}
                Redesign:{' '}
                {joinWords(
                  g.redesigns.map((r) => redesignText[r]),
                  'or',
                )}
                .
              </>
            )}
          </List.Item>
        ))}
      </Block>
      <Block title={`Scale-outs at ${at}`} empty="No component needs more instances at this factor." testId="growth-scale-outs">
        {scaleOuts.map((g) => (
          <List.Item key={g.componentId}>
            {link(g.componentId)}: {instancesToday.get(g.componentId) ?? '?'} → {g.instancesNeeded ?? '?'} instances
          </List.Item>
        ))}
      </Block>
      {dataLines.length > 0 && (
        <Block title="Data that outgrows one node" empty="" testId="growth-data">
          {dataLines.map((g) => (
            <List.Item key={g.componentId}>
              {link(g.componentId)}: {formatGb(g.dataSizeGb ?? 0)} today → {formatGb(g.dataAtGrowthGb ?? 0)} at {at}
              {g.dataAtHorizonGb !== null ? `, ${formatGb(g.dataAtHorizonGb)} at the planning horizon` : ''}
              {g.singleNodeLimitGb !== null ? ` (one node holds ${formatGb(g.singleNodeLimitGb)})` : ''}. Partition it or archive old data.
            </List.Item>
          ))}
        </Block>
      )}
    </Stack>
  );
}

function Block({ title, empty, testId, children }: { title: string; empty: string; testId: string; children: ReactNode[] }) {
  return (
    <section aria-label={title} data-testid={testId}>
      <Title order={3} size="h6" tt="uppercase" c="dimmed" mb={4}>
        {title}
      </Title>
      {children.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {children}
        </List>
      )}
    </section>
  );
}
