import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Button } from './Button.js';
import { Select } from './Select.js';
import { ToggleGroup } from './ToggleGroup.js';
import { Toolbar } from './Toolbar.js';

function Bar() {
  return (
    <Toolbar aria-label="Chart controls">
      <Button>Zoom</Button>
      <ToggleGroup
        label="Scale"
        items={[
          { value: 'log', label: 'Log' },
          { value: 'linear', label: 'Linear' },
        ]}
        value="log"
        onValueChange={() => {}}
      />
      <Button disabled>Off</Button>
      <Select label="Sort" options={[{ value: 'a', label: 'A' }]} />
      <Button>Reset</Button>
    </Toolbar>
  );
}

it('moves focus between its controls with Left/Right/Home/End, one stop per radio group', () => {
  render(<Bar />);
  expect(screen.getByRole('toolbar', { name: 'Chart controls' })).toBeTruthy();
  const zoom = screen.getByRole('button', { name: 'Zoom' });
  zoom.focus();
  fireEvent.keyDown(zoom, { key: 'ArrowRight' });
  expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Log' }));
  // Inside the radio group the arrows change the selection, not the toolbar's focus.
  fireEvent.keyDown(document.activeElement!, { key: 'End' });
  expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Linear' }));
  const reset = screen.getByRole('button', { name: 'Reset' });
  fireEvent.keyDown(zoom, { key: 'End' });
  expect(document.activeElement).toBe(reset);
  fireEvent.keyDown(reset, { key: 'ArrowRight' });
  expect(document.activeElement).toBe(zoom);
  fireEvent.keyDown(zoom, { key: 'ArrowLeft' });
  expect(document.activeElement).toBe(reset);
  fireEvent.keyDown(reset, { key: 'ArrowLeft' });
  // The disabled button is skipped; the select is a stop.
  expect(document.activeElement).toBe(screen.getByLabelText('Sort'));
  // A select keeps its own arrows.
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
  expect(document.activeElement).toBe(screen.getByLabelText('Sort'));
});
