import { act, fireEvent, render, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import { TensorscopeProvider } from '../settings.js';
import { ExportMenu } from './ExportMenu.js';

function setup(onSelect = vi.fn()) {
  render(
    <>
      <ExportMenu
        items={[
          { id: 'png', label: 'PNG', onSelect: () => onSelect('png') },
          { id: 'svg', label: 'SVG', onSelect: () => onSelect('svg') },
          { id: 'csv', label: 'CSV', onSelect: () => onSelect('csv') },
        ]}
      />
      <button type="button">outside</button>
    </>,
  );
  return { onSelect, button: screen.getByRole('button', { name: 'Export' }) };
}

it('opens on Enter with focus on the first item, moves with arrows, closes on Esc and refocuses the button', () => {
  const { button } = setup();
  expect(button.getAttribute('aria-haspopup')).toBe('menu');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  button.focus();
  fireEvent.keyDown(button, { key: 'Enter' });
  const menu = screen.getByRole('menu', { name: 'Export' });
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(button.getAttribute('aria-controls')).toBe(menu.id);
  const items = screen.getAllByRole('menuitem');
  expect(document.activeElement).toBe(items[0]);
  fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
  expect(document.activeElement).toBe(items[1]);
  fireEvent.keyDown(items[1]!, { key: 'ArrowUp' });
  fireEvent.keyDown(items[0]!, { key: 'ArrowUp' });
  expect(document.activeElement).toBe(items[2]);
  fireEvent.keyDown(items[2]!, { key: 'Home' });
  expect(document.activeElement).toBe(items[0]);
  fireEvent.keyDown(items[0]!, { key: 'Escape' });
  expect(screen.queryByRole('menu')).toBeNull();
  expect(document.activeElement).toBe(button);
});

it('opens on ArrowUp at the last item and runs an item with Space', () => {
  const { button, onSelect } = setup();
  fireEvent.keyDown(button, { key: 'ArrowUp' });
  const items = screen.getAllByRole('menuitem');
  expect(document.activeElement).toBe(items[2]);
  fireEvent.keyDown(items[2]!, { key: ' ' });
  expect(onSelect).toHaveBeenCalledWith('csv');
  expect(screen.queryByRole('menu')).toBeNull();
  expect(document.activeElement).toBe(button);
});

it('runs an item on click and closes when the pointer goes down outside', () => {
  const { button, onSelect } = setup();
  fireEvent.click(button);
  fireEvent.click(screen.getByRole('menuitem', { name: 'SVG' }));
  expect(onSelect).toHaveBeenCalledWith('svg');
  fireEvent.click(button);
  expect(screen.getByRole('menu')).toBeTruthy();
  fireEvent.pointerDown(screen.getByRole('button', { name: 'outside' }));
  expect(screen.queryByRole('menu')).toBeNull();
});

it('shows a failed export inline instead of throwing', async () => {
  render(
    <ExportMenu
      items={[
        {
          id: 'png',
          label: 'PNG',
          onSelect: async () => {
            throw new Error('No chart to export.');
          },
        },
      ]}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Export' }));
  await act(async () => fireEvent.click(screen.getByRole('menuitem', { name: 'PNG' })));
  expect(screen.getByRole('alert').textContent).toBe('No chart to export.');
});

it('speaks Korean from the provider or the prop, and takes a custom label', () => {
  render(
    <TensorscopeProvider locale="ko">
      <ExportMenu items={[]} />
      <ExportMenu items={[]} locale="en" />
      <ExportMenu items={[]} label="Download" />
    </TensorscopeProvider>,
  );
  const buttons = screen.getAllByRole('button') as HTMLButtonElement[];
  expect(buttons.map((b) => b.textContent)).toEqual(['내보내기▾', 'Export▾', 'Download▾']);
  // Nothing to export: the button is disabled rather than opening an empty menu.
  expect(buttons.every((b) => b.disabled)).toBe(true);
});

it('works by keyboard inside a shadow root, and closes on a pointer down outside its host', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  const onSelect = vi.fn();
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <ExportMenu
        items={[
          { id: 'png', label: 'PNG', onSelect: () => onSelect('png') },
          { id: 'csv', label: 'CSV', onSelect: () => onSelect('csv') },
        ]}
      />,
    ),
  );
  const button = shadow.querySelector('button')!;
  act(() => {
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
  });
  const items = () => Array.from(shadow.querySelectorAll<HTMLElement>('[role="menuitem"]'));
  expect(shadow.activeElement).toBe(items()[0]);
  act(() => {
    fireEvent.keyDown(items()[0]!, { key: 'ArrowDown' });
  });
  expect(shadow.activeElement).toBe(items()[1]);
  act(() => {
    fireEvent.keyDown(items()[1]!, { key: 'Enter' });
  });
  expect(onSelect).toHaveBeenCalledWith('csv');
  expect(shadow.activeElement).toBe(button);
  act(() => {
    fireEvent.click(button);
  });
  expect(items()).toHaveLength(2);
  act(() => {
    fireEvent.pointerDown(shadow.querySelector('[role="menuitem"]')!);
  });
  expect(items()).toHaveLength(2);
  act(() => {
    fireEvent.pointerDown(document.body);
  });
  expect(items()).toHaveLength(0);
  await act(async () => root.unmount());
  host.remove();
});
