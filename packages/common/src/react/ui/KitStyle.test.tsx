import { act, render } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { Button } from './Button.js';
import { KIT_CSS } from './kitStyles.js';
import { Tooltip } from './Tooltip.js';

it('hoists one kit stylesheet into the shadow root a tree renders in, not the document head', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <>
        <Button>One</Button>
        <Tooltip content="tip">
          <Button>Two</Button>
        </Tooltip>
      </>,
    ),
  );
  const sheets = shadow.querySelectorAll('style[data-href="tensorscope-kit"]');
  expect(sheets).toHaveLength(1);
  expect(sheets[0]!.parentNode).toBe(shadow);
  expect(sheets[0]!.getAttribute('data-precedence')).toBe('tensorscope');
  expect(sheets[0]!.textContent).toBe(KIT_CSS);
  expect(document.head.querySelector('style[data-href="tensorscope-kit"]')).toBeNull();
  expect(container.querySelector('style')).toBeNull();
  await act(async () => root.unmount());
  host.remove();
});

it('uses only ts- classes and theme variables, with focus rings and reduced motion', () => {
  render(<Button>x</Button>);
  const selectors = KIT_CSS.match(/\.[a-z][\w-]*/g) ?? [];
  expect(selectors.every((s) => s.startsWith('.ts-'))).toBe(true);
  const variables = new Set(KIT_CSS.match(/var\((--[\w-]+)/g));
  expect([...variables].every((v) => v.startsWith('var(--ts-'))).toBe(true);
  // Every colour is a theme variable (with the light palette as fallback), apart from the menu's shadow.
  const literalColours = KIT_CSS.replace(/var\(--ts-[\w-]+, #[0-9a-f]{6}\)/g, '').match(/#[0-9a-f]{3,6}\b/gi);
  expect(literalColours).toBeNull();
  expect(KIT_CSS).toContain('color-scheme: var(--ts-color-scheme, light)');
  expect(KIT_CSS).toContain(':focus-visible');
  expect(KIT_CSS).toContain('@media (prefers-reduced-motion: reduce)');
});
