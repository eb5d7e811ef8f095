import { ThemeIcon } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { FindingStatus, Severity } from '../../../shared/model/review';
import { severityLabel } from './findingsModel';

export const severityColor: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };
export const statusColor: Record<FindingStatus, string> = { open: 'gray', planned: 'blue', fixed: 'teal', 'accepted-risk': 'grape' };

const icons = { error: IconAlertOctagon, warning: IconAlertTriangle, info: IconInfoCircle } as const;

/** The severity icon used wherever a finding appears; labelled for screen readers. */
export function SeverityIcon({ severity, size = 22 }: { severity: Severity; size?: number }) {
  const Icon = icons[severity];
  return (
    <ThemeIcon color={severityColor[severity]} variant="light" size={size} radius="xl" role="img" aria-label={severityLabel[severity]}>
      <Icon size={Math.round(size * 0.7)} stroke={1.8} aria-hidden />
    </ThemeIcon>
  );
}
