// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { shopModel } from '../../../electron/testing/shopModel';
import type { Finding } from '../../../shared/model/finding';
import { renderInEditor, type RenderedEditor } from '../testing/renderInEditor';
import { ReviewMode } from './ReviewMode';

// The real host as the page's API, before the API client loads.
const host = await vi.hoisted(() => import('../../../electron/testing/rendererHost').then(({ hostInWindow }) => hostInWindow(window)));

afterEach(cleanup);
afterAll(() => host.close());

/** Review mode over the real engine's first check of the shop. */
async function startReview(): Promise<RenderedEditor & { findings: readonly Finding[] }> {
  const view = renderInEditor(await host.open(shopModel().project), <ReviewMode />);
  await waitFor(() => expect(view.checkState().check).not.toBeNull());
  act(() => view.editor().setView({ reviewMode: true }));
  await screen.findByTestId('review-slide');
  return { ...view, findings: view.checkState().check?.findings ?? [] };
}

const slideKey = () => screen.getByTestId('review-slide').dataset['findingKey'];
const position = () => screen.getByTestId('review-position').textContent;
const left = () => screen.getByTestId('review-left').textContent;
const recorded = (view: RenderedEditor, key: string | undefined) => view.editor().project.review.findings.find((r) => r.key === key);

describe('ReviewMode', () => {
  it('steps through the open findings in agenda order, priority 1 first', async () => {
    const { findings } = await startReview();
    expect(findings.length).toBeGreaterThan(3);
    expect(position()).toBe(`1 of ${findings.length}`);
    expect(screen.getByTestId('review-rank').textContent).toBe('Priority 1');

    const next = screen.getByRole('button', { name: 'Next finding' });
    for (const [index, finding] of findings.slice(0, 4).entries()) {
      expect(slideKey()).toBe(finding.key);
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(finding.title);
      expect(position()).toBe(`${index + 1} of ${findings.length}`);
      await userEvent.click(next);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Previous finding' }));
    expect(slideKey()).toBe(findings[3]?.key);
  });

  it('accepts a risk only with a rationale and an owner, records both and moves on to the next finding', async () => {
    const view = await startReview();
    const [first, second] = view.findings;
    await userEvent.click(screen.getByRole('button', { name: /^Accept risk/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept the risk' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Accept risk' }));
    expect(
      within(dialog)
        .getByLabelText(/^Rationale/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(recorded(view, first?.key)).toBeUndefined();

    await userEvent.type(within(dialog).getByLabelText(/^Rationale/), 'Failover is manual and rehearsed');
    await userEvent.type(within(dialog).getByLabelText(/^Owner/), 'Ana');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Accept risk' }));

    await waitFor(() => expect(slideKey()).toBe(second?.key));
    expect(recorded(view, first?.key)).toMatchObject({ status: 'accepted-risk', rationale: 'Failover is manual and rehearsed', owner: 'Ana' });
    expect(left()).toBe(`${view.findings.length - 1} left to decide`);
    expect(view.editor().undoLabel).toBe(`Accept risk: ${first?.title}`);
  });

  it('plans a fix with an owner and a due date, and shows it on the finding when the room steps back', async () => {
    const view = await startReview();
    const [first] = view.findings;
    await userEvent.click(screen.getByRole('button', { name: /^Planned/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Plan the fix' });
    await userEvent.type(within(dialog).getByLabelText(/^Owner/), 'Ben');
    await userEvent.type(within(dialog).getByLabelText(/^Due on/), '2099-03-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark planned' }));

    await waitFor(() => expect(recorded(view, first?.key)).toMatchObject({ status: 'planned', owner: 'Ben', dueOn: '2099-03-01' }));
    expect(slideKey()).not.toBe(first?.key);
    await userEvent.click(screen.getByRole('button', { name: 'Previous finding' }));
    expect(slideKey()).toBe(first?.key);
    await waitFor(() => expect(screen.getByTestId('review-status').textContent).toBe('Planned'));
    expect(screen.getByTestId('review-decision-details').textContent).toContain('Owner: Ben, due 2099-03-01');
  });
});
