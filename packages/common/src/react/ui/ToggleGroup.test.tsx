import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';
import { ToggleGroup, type ToggleGroupItem } from './ToggleGroup.js';

type View = 'heatmap' | 'grid' | 'lines' | 'strip';
const ITEMS: ToggleGroupItem<View>[] = [
  { value: 'heatmap', label: 'Heatmap' },
  { value: 'grid', label: 'Grid', title: 'All heads' },
  { value: 'lines', label: 'Lines', disabled: true },
  { value: 'strip', label: 'Strip' },
];

function Controlled({ onChange }: { onChange?: (v: View) => void }) {
  const [value, setValue] = useState<View>('heatmap');
  return (
    <ToggleGroup
      label="View"
      items={ITEMS}
      value={value}
      onValueChange={(v) => {
        onChange?.(v);
        setValue(v);
      }}
    />
  );
}

it('is a labelled radio group with one tab stop on the selected item', () => {
  render(<Controlled />);
  const group = screen.getByRole('radiogroup', { name: 'View' });
  const radios = screen.getAllByRole('radio');
  expect(group).toBeTruthy();
  expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false', 'false']);
  expect(radios.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1]);
  expect(radios[1]!.title).toBe('All heads');
});

it('moves and selects with arrows, Home and End, skipping disabled items and wrapping', () => {
  const onChange = vi.fn();
  render(<Controlled onChange={onChange} />);
  const radio = (name: string) => screen.getByRole('radio', { name });
  radio('Heatmap').focus();
  fireEvent.keyDown(radio('Heatmap'), { key: 'ArrowRight' });
  expect(document.activeElement).toBe(radio('Grid'));
  expect(radio('Grid').getAttribute('aria-checked')).toBe('true');
  fireEvent.keyDown(radio('Grid'), { key: 'ArrowRight' });
  expect(document.activeElement).toBe(radio('Strip'));
  fireEvent.keyDown(radio('Strip'), { key: 'ArrowDown' });
  expect(document.activeElement).toBe(radio('Heatmap'));
  fireEvent.keyDown(radio('Heatmap'), { key: 'End' });
  expect(radio('Strip').tabIndex).toBe(0);
  fireEvent.keyDown(radio('Strip'), { key: 'Home' });
  expect(onChange.mock.calls.map(([v]) => v)).toEqual(['grid', 'strip', 'heatmap', 'strip', 'heatmap']);
});

it('selects on click and uses aria-label when the label is hidden', () => {
  const onValueChange = vi.fn();
  render(<ToggleGroup label="Scale" hideLabel items={ITEMS} value="grid" onValueChange={onValueChange} />);
  expect(screen.getByRole('radiogroup', { name: 'Scale' }).getAttribute('aria-label')).toBe('Scale');
  expect(screen.queryByText('Scale')).toBeNull();
  fireEvent.click(screen.getByRole('radio', { name: 'Strip' }));
  expect(onValueChange).toHaveBeenCalledWith('strip');
});
