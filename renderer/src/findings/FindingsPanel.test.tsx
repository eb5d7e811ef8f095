// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { shopModel } from '../../../electron/testing/shopModel';
import type { Finding } from '../../../shared/model/finding';
import { renderInEditor, type RenderedEditor } from '../testing/renderInEditor';
import { FindingsPanel } from './FindingsPanel';
import { setFindingGrouping } from './groupingChoice';

// The real host as the page's API, before the API client loads.
const host = await vi.hoisted(() => import('../../../electron/testing/rendererHost').then(({ hostInWindow }) => hostInWindow(window)));

afterEach(() => {
  cleanup();
  // The grouping is kept for the session; each test starts on the agenda, as a new session does.
  setFindingGrouping('agenda');
});
afterAll(() => host.close());

/** The panel once the real engine's first check is shown. */
async function openPanel(): Promise<RenderedEditor & { findings: readonly Finding[]; orders: string; db: string }> {
  const model = shopModel();
  const view = renderInEditor(await host.open(model.project), <FindingsPanel />);
  await waitFor(() => expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0));
  const findings = view.checkState().check?.findings ?? [];
  return { ...view, ...model, findings };
}

const rows = (within_: HTMLElement = document.body) => within(within_).queryAllByTestId('finding');
const keysOf = (elements: readonly HTMLElement[]) => elements.map((row) => row.dataset['findingKey']);
const ranksOf = (elements: readonly HTMLElement[]) => elements.map((row) => Number(row.dataset['rank']));

describe('FindingsPanel', () => {
  it('lists the agenda in the engine order, ranked from 1, with the open count', async () => {
    const { findings } = await openPanel();
    expect(findings.length).toBeGreaterThan(5);
    expect(keysOf(rows())).toEqual(findings.map((f) => f.key));
    expect(ranksOf(rows())).toEqual(findings.map((_, index) => index + 1));
    // The worst comes first: a single point of failure on the path of every request.
    expect(rows()[0]?.dataset['rule']).toBe('redundancy/single-point-of-failure');
    expect(screen.getByTestId('open-count').textContent).toBe(`${findings.length} open`);
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(screen.getByTestId('count-error').textContent).toBe(`${errors} error${errors === 1 ? '' : 's'}`);
  });

  it('groups by checklist, each group in agenda order, and keeps each finding its rank', async () => {
    const { findings } = await openPanel();
    await userEvent.click(screen.getByRole('radio', { name: 'By checklist' }));

    const groups = screen.getAllByTestId('findings-group');
    const checklists = [...new Set(findings.map((f) => f.checklist))];
    expect(groups.map((g) => g.dataset['group']).sort()).toEqual(checklists.sort());
    for (const group of groups) {
      const inGroup = findings.filter((f) => f.checklist === group.dataset['group']);
      expect(keysOf(rows(group))).toEqual(inGroup.map((f) => f.key));
      expect(ranksOf(rows(group))).toEqual(inGroup.map((f) => findings.indexOf(f) + 1));
    }
    expect(screen.getByTestId('findings-listed').textContent).toBe(
      `${findings.length} findings in ${checklists.length} checklists, most important first in each`,
    );
  });

  it('groups by component under its name, listing a finding on two components under both', async () => {
    const { findings, orders, db } = await openPanel();
    await userEvent.click(screen.getByRole('radio', { name: 'By component' }));

    const group = (id: string) => screen.getAllByTestId('findings-group').find((g) => g.dataset['group'] === id);
    const ordersGroup = group(orders);
    const dbGroup = group(db);
    if (!ordersGroup || !dbGroup) throw new Error('no group for orders or orders-db');
    expect(within(ordersGroup).getByRole('heading').textContent).toMatch(/^orders \(\d+\)$/);
    expect(keysOf(rows(dbGroup))).toEqual(findings.filter((f) => f.targets.components.includes(db)).map((f) => f.key));
    const shared = findings.find((f) => f.targets.components.includes(orders) && f.targets.components.includes(db));
    if (!shared) throw new Error('the model has no finding on both orders and orders-db');
    expect(keysOf(rows(ordersGroup))).toContain(shared.key);
    expect(keysOf(rows(dbGroup))).toContain(shared.key);
  });

  it('counts one fewer open finding once its risk is accepted, and no longer lists it', async () => {
    const { findings, editor } = await openPanel();
    const first = findings[0];
    if (!first) throw new Error('no finding');
    const accepted = { key: first.key, status: 'accepted-risk' as const, rationale: 'Failover is manual', owner: 'Ana', history: [] };
    act(() => editor().apply('Accept risk', (p) => ({ ...p, review: { ...p.review, findings: [...p.review.findings, accepted] } })));

    await waitFor(() => expect(screen.getByTestId('open-count').textContent).toBe(`${findings.length - 1} open`));
    expect(keysOf(rows())).not.toContain(first.key);
    expect(screen.getByTestId('count-note').textContent).toContain('1 accepted risk');
  });

  it('filters by severity', async () => {
    const { findings } = await openPanel();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Warning' }));
    expect(keysOf(rows())).toEqual(findings.filter((f) => f.severity !== 'warning').map((f) => f.key));
  });
});
