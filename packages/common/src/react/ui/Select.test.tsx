import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { Select } from './Select.js';

it('ties its label to the native select and reports the typed value', () => {
  const onValueChange = vi.fn();
  const onChange = vi.fn();
  render(
    <Select
      label="Colour by"
      value="topic"
      onValueChange={onValueChange}
      onChange={onChange}
      options={[
        { value: 'topic', label: 'Topic' },
        { value: 'frequency', label: 'Frequency' },
      ]}
    />,
  );
  const select = screen.getByLabelText('Colour by') as HTMLSelectElement;
  expect(select.tagName).toBe('SELECT');
  expect(select.className).toBe('ts-select ts-select--sm');
  fireEvent.change(select, { target: { value: 'frequency' } });
  expect(onValueChange).toHaveBeenCalledWith('frequency');
  expect(onChange).toHaveBeenCalledTimes(1);
});

it('keeps a hidden label for screen readers and accepts option children', () => {
  render(
    <Select label="Head" hideLabel size="md" defaultValue="2">
      <option value="1">1</option>
      <option value="2">2</option>
    </Select>,
  );
  const select = screen.getByLabelText('Head') as HTMLSelectElement;
  expect(select.value).toBe('2');
  expect(select.className).toBe('ts-select');
  expect(screen.getByText('Head').className).toBe('ts-visually-hidden');
});
