// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { shopModel } from '../../../electron/testing/shopModel';
import { renderInEditor } from '../testing/renderInEditor';
import { Inspector } from './Inspector';

// The real host as the page's API, before the API client loads.
const host = await vi.hoisted(() => import('../../../electron/testing/rendererHost').then(({ hostInWindow }) => hostInWindow(window)));

afterEach(cleanup);
afterAll(() => host.close());

async function openInspector() {
  const model = shopModel();
  const view = renderInEditor(await host.open(model.project), <Inspector />);
  return { ...model, view };
}

/** What a screen reader reads after the field: its description and its error. */
function describedBy(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('Inspector', () => {
  it('edits a component: the typed instances become one undoable edit of the project, saved to the library', async () => {
    const { db, view, project } = await openInspector();
    act(() => view.editor().select([db]));
    const instances = await screen.findByLabelText('Instances');
    await userEvent.type(instances, '3');

    const edited = () => view.editor().project.components.find((c) => c.id === db);
    await waitFor(() => expect(edited()?.deployment?.instances).toBe(3));
    expect(view.editor().undoLabel).toBe('Set instances of orders-db');

    await act(() => view.editor().flush());
    const saved = host.library.current(project.id).project.components.find((c) => c.id === db);
    expect(saved?.deployment?.instances).toBe(3);
  });

  it('refuses an entry out of range with a message on the field, and leaves the project as it was', async () => {
    const { orders, view } = await openInspector();
    act(() => view.editor().select([orders]));
    const instances = await screen.findByLabelText('Instances');
    // Pasted over the selected text: one change, as typing would pass through valid values on the way.
    await userEvent.tripleClick(instances);
    await userEvent.paste('2000000');

    await waitFor(() => expect(instances.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(instances)).toMatch(/Instances/);
    expect(view.editor().project.components.find((c) => c.id === orders)?.deployment?.instances).toBe(2);
  });

  it('renames a component, and keeps the name when the field is emptied', async () => {
    const { orders, view } = await openInspector();
    act(() => view.editor().select([orders]));
    const name = await screen.findByLabelText(/^Name/);
    await userEvent.clear(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(view.editor().project.components.find((c) => c.id === orders)?.name).toBe('orders');

    await userEvent.type(name, 'checkout');
    await waitFor(() => expect(view.editor().project.components.find((c) => c.id === orders)?.name).toBe('checkout'));
  });

  it('edits a connection: timeout and circuit breaker reach the project', async () => {
    const { read, view } = await openInspector();
    act(() => view.editor().select([read]));
    await userEvent.type(await screen.findByLabelText('Timeout'), '800');
    await userEvent.selectOptions(screen.getByLabelText(/^Circuit breaker/), 'Yes');

    const connection = () => view.editor().project.connections.find((c) => c.id === read);
    await waitFor(() => expect(connection()).toMatchObject({ timeoutMs: 800, circuitBreaker: true }));
  });

  it('says what to do when nothing is selected', async () => {
    await openInspector();
    expect(screen.getByText('Nothing selected')).toBeTruthy();
  });
});
