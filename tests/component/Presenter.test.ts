import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getArea } from '../../src/domain/question-bank';
import Presenter from '../../src/screens/Presenter.svelte';
import type { OpenWorkshop } from '../../src/state/open-workshop.svelte';
import { WorkshopStore } from '../../src/state/workshop-store.svelte';
import es from '../../locales/es.json';
import { fakeRepository, makeWorkshop } from '../fixtures/workshops';
import { useLocale } from './i18n';

const customers = getArea('customers');
const firstStatement = customers.statements[0]!;
const statementText = (id: string) =>
  (es.area.customers.statement as Record<string, string>)[id.split('.')[1]!]!;

let counter = 0;
/** A workshop of its own per test: presenter mode remembers each area's place for the page's life. */
function setup(target: 'customers' | 'results' = 'customers') {
  const { repository, save } = fakeRepository();
  const store = new WorkshopStore(makeWorkshop(`presenter-${++counter}`), {
    repository,
    journal: { write: () => true, clear: () => {} },
  });
  // What the screen uses of an open workshop (the tab lock and editors are not its business).
  const opened = {
    store,
    persistent: true,
    elsewhere: false,
    takeOver: vi.fn(),
  } satisfies Pick<OpenWorkshop, 'store' | 'persistent' | 'elsewhere' | 'takeOver'>;
  const result = render(Presenter, { props: { opened, target } });
  return { ...result, store, save, id: store.workshop.id };
}

const heading = () => screen.getByRole('heading', { level: 1 });
const press = (key: string) => fireEvent.keyDown(window, { key });

describe('Presenter, an area', () => {
  beforeEach(() => {
    location.hash = '';
  });
  afterEach(() => {
    location.hash = '';
  });

  it('shows one item at a time: the first prompt, with its answer box, and nothing else', () => {
    setup();
    expect(heading()).toHaveTextContent(/^Pregunta 1 de 3 · Clientes/);
    expect(heading()).toHaveTextContent(/¿Quiénes son nuestros clientes/);
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(screen.queryByRole('group', { name: statementText(firstStatement.id) })).toBeNull();
    expect(screen.queryByText(statementText(firstStatement.id))).toBeNull();
  });

  it('moves to the next and previous item with the arrows and PageDown/PageUp, focusing the item', async () => {
    setup();
    await press('ArrowRight');
    await waitFor(() => expect(heading()).toHaveTextContent(/^Pregunta 2 de 3 · Clientes/));
    await waitFor(() => expect(heading()).toHaveFocus());
    await press('PageDown');
    await press('PageDown');
    await waitFor(() => expect(heading()).toHaveTextContent(/^Afirmación 1 de 6 · Clientes/));
    expect(heading()).toHaveTextContent(statementText(firstStatement.id));
    expect(screen.queryByRole('textbox')).toBeNull();
    await press('ArrowLeft');
    await waitFor(() => expect(heading()).toHaveTextContent(/^Pregunta 3 de 3/));
    await press('PageUp');
    await waitFor(() => expect(heading()).toHaveTextContent(/^Pregunta 2 de 3/));
  });

  it('rates the statement on screen through the store when "3" is pressed, and autosaves it', async () => {
    const { store, save } = setup();
    const setRating = vi.spyOn(store, 'setRating');
    for (let i = 0; i < customers.prompts.length; i++) await press('PageDown');
    const tiles = await screen.findByRole('group', { name: statementText(firstStatement.id) });
    await press('3');
    expect(setRating).toHaveBeenCalledWith(firstStatement.id, 3);
    expect(store.workshop.ratings[firstStatement.id]).toBe(3);
    await waitFor(() =>
      expect(within(tiles).getByRole('button', { name: '3 Definido' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    // Said to screen readers too: the focus stays on the statement.
    expect(screen.getByText('Respuesta: 3 Definido')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.lastCall?.[0].ratings[firstStatement.id]).toBe(3);
  });

  it('answers "we don\'t know" with 0 and ?, and "does not apply" with N', async () => {
    const { store } = setup();
    for (let i = 0; i < customers.prompts.length; i++) await press('PageDown');
    await screen.findByRole('group', { name: statementText(firstStatement.id) });
    await press('0');
    expect(store.workshop.ratings[firstStatement.id]).toBe('dontKnow');
    await press('N');
    expect(store.workshop.ratings[firstStatement.id]).toBe('notApplicable');
    await press('?');
    expect(store.workshop.ratings[firstStatement.id]).toBe('dontKnow');
  });

  it('lets the team type digits and letters into a prompt without answering anything', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    const setRating = vi.spyOn(store, 'setRating');
    const box = screen.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ });
    await user.click(box);
    await user.keyboard('3 hoteles, 5 agencias → N');
    expect(store.workshop.prompts[customers.prompts[0]!.id]).toBe('3 hoteles, 5 agencias → N');
    expect(setRating).not.toHaveBeenCalled();
    expect(heading()).toHaveTextContent(/^Pregunta 1 de 3/);
    // Esc gives the keys back: focus leaves the field for the heading, presenter mode stays.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(location.hash).toBe('');
  });

  it('goes on to the next area after the last item, and leaves for the area step with Esc', async () => {
    const { id } = setup();
    const count = customers.prompts.length + customers.statements.length;
    for (let i = 1; i < count; i++) await press('ArrowRight');
    await waitFor(() => expect(heading()).toHaveTextContent(/^Afirmación 6 de 6 · Clientes/));
    await press('ArrowRight');
    expect(location.hash).toBe(`#/w/${id}/present/internal-customers`);
    await press('Escape');
    expect(location.hash).toBe(`#/w/${id}/area/customers`);
  });

  it('does nothing before the first item and ignores keys with Ctrl', async () => {
    const { store } = setup();
    await press('ArrowLeft');
    expect(location.hash).toBe('');
    expect(screen.getByRole('button', { name: /Anterior/ })).toBeDisabled();
    for (let i = 0; i < customers.prompts.length; i++) await press('PageDown');
    await fireEvent.keyDown(window, { key: '4', ctrlKey: true });
    expect(store.workshop.ratings[firstStatement.id]).toBeUndefined();
  });

  it('has an exit link to the area step and no full-screen button where the browser has none', () => {
    const { id } = setup();
    expect(screen.getByRole('link', { name: 'Salir de la presentación' })).toHaveAttribute(
      'href',
      `#/w/${id}/area/customers`,
    );
    expect(screen.queryByRole('button', { name: 'Pantalla completa' })).toBeNull();
  });

  it('speaks English too', async () => {
    await useLocale('en');
    const { store } = setup();
    for (let i = 0; i < customers.prompts.length; i++) await press('PageDown');
    await waitFor(() => expect(heading()).toHaveTextContent(/^Statement 1 of 6 · Customers/));
    await press('5');
    expect(store.workshop.ratings[firstStatement.id]).toBe(5);
    expect(await screen.findByRole('button', { name: '5 Embedded' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('Presenter, the results', () => {
  it('shows the results heading without editing controls, and goes back to the last statement', () => {
    const { id } = setup('results');
    expect(heading()).toHaveTextContent('Resultados');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Exportar|Descargar/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Siguiente/ })).toBeDisabled();
    void press('ArrowLeft');
    expect(location.hash).toBe(`#/w/${id}/present/leadership`);
  });
});
