import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Field } from './Field.js';
import { Input } from './Input.js';

it('labels the control and describes it with the hint', () => {
  render(
    <Field label="Parameters N" hint="e.g. 175B">
      <Input />
    </Field>,
  );
  const input = screen.getByLabelText('Parameters N');
  expect(input.className).toBe('ts-input');
  expect(input.getAttribute('aria-invalid')).toBeNull();
  const hint = document.getElementById(input.getAttribute('aria-describedby')!);
  expect(hint?.textContent).toBe('e.g. 175B');
});

it('marks the control invalid and describes it with the error as well', () => {
  render(
    <Field label="Tokens D" hint="Training tokens" error="Must be a positive number">
      <Input aria-describedby="outside" />
    </Field>,
  );
  const input = screen.getByLabelText('Tokens D');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const ids = input.getAttribute('aria-describedby')!.split(' ');
  expect(ids[0]).toBe('outside');
  expect(ids.slice(1).map((id) => document.getElementById(id)?.textContent)).toEqual([
    'Training tokens',
    'Must be a positive number',
  ]);
  expect(screen.getByRole('alert').textContent).toBe('Must be a positive number');
});

it('hands the wiring to a render function and keeps a control id of its own', () => {
  render(
    <>
      <Field label="Search">{(control) => <input {...control} type="search" />}</Field>
      <Field label="Own id">
        <input id="mine" />
      </Field>
    </>,
  );
  expect(screen.getByLabelText('Search').getAttribute('type')).toBe('search');
  expect(screen.getByLabelText('Own id').id).toBe('mine');
});
