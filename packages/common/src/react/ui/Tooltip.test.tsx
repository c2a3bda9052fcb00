import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Tooltip } from './Tooltip.js';

it('describes its trigger and opens on focus and hover, closing on blur, leave and Esc', () => {
  render(
    <Tooltip content="Softmax temperature">
      <button type="button" aria-describedby="extra">
        T
      </button>
    </Tooltip>,
  );
  const trigger = screen.getByRole('button', { name: 'T' });
  const tip = screen.getByRole('tooltip', { hidden: true });
  expect(trigger.getAttribute('aria-describedby')).toBe(`extra ${tip.id}`);
  expect(tip.textContent).toBe('Softmax temperature');
  expect(tip.hasAttribute('data-open')).toBe(false);
  fireEvent.focus(trigger);
  expect(tip.hasAttribute('data-open')).toBe(true);
  fireEvent.keyDown(document, { key: 'Escape' });
  expect(tip.hasAttribute('data-open')).toBe(false);
  fireEvent.blur(trigger);
  fireEvent.pointerEnter(trigger);
  expect(tip.hasAttribute('data-open')).toBe(true);
  fireEvent.pointerLeave(trigger);
  expect(tip.hasAttribute('data-open')).toBe(false);
});
