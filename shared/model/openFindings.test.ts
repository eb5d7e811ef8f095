import { describe, expect, it } from 'vitest';
import { FindingStatus } from './review';
import { isOpenFinding, openStatuses } from './openFindings';

describe('open findings', () => {
  it('counts open and planned findings, not fixed ones or accepted risks', () => {
    expect(FindingStatus.options.filter((status) => isOpenFinding({ status }))).toEqual(['open', 'planned']);
    expect([...openStatuses]).toEqual(FindingStatus.options.filter((status) => isOpenFinding({ status })));
  });
});
