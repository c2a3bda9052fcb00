import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { expect, it } from 'vitest';
import { Button } from './Button.js';

it('renders a typed button with the variant, size and pressed state as classes and ARIA', () => {
  const ref = createRef<HTMLButtonElement>();
  render(
    <Button ref={ref} variant="primary" size="sm" className="mine" aria-label="Go" data-x="1">
      Go
    </Button>,
  );
  const button = screen.getByRole('button', { name: 'Go' });
  expect(ref.current).toBe(button);
  expect(button.getAttribute('type')).toBe('button');
  expect(button.className).toBe('ts-button ts-button--primary ts-button--sm mine');
  expect(button.dataset.x).toBe('1');
  expect(button.hasAttribute('aria-pressed')).toBe(false);
});

it('is a toggle button when pressed is given', () => {
  const { rerender } = render(<Button pressed={false}>Grid</Button>);
  expect(screen.getByRole('button').getAttribute('aria-pressed')).toBe('false');
  rerender(<Button pressed>Grid</Button>);
  expect(screen.getByRole('button').getAttribute('aria-pressed')).toBe('true');
});

it('puts one copy of the kit stylesheet in the document head however many buttons render', () => {
  render(
    <>
      <Button>A</Button>
      <Button>B</Button>
    </>,
  );
  const sheets = document.head.querySelectorAll('style[data-href="tensorscope-kit"]');
  expect(sheets).toHaveLength(1);
  expect(sheets[0]!.textContent).toContain('.ts-button');
  expect(document.body.querySelector('style')).toBeNull();
});
