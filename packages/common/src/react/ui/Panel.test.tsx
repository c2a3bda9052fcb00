import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Button } from './Button.js';
import { Panel } from './Panel.js';

it('is a section named by its heading, with actions in the header', () => {
  render(
    <Panel title="Backend" headingLevel={2} actions={<Button>Copy</Button>} id="p">
      <p>WebGPU</p>
    </Panel>,
  );
  const region = screen.getByRole('region', { name: 'Backend' });
  expect(region.id).toBe('p');
  expect(region.className).toBe('ts-panel');
  expect(screen.getByRole('heading', { level: 2, name: 'Backend' })).toBeTruthy();
  expect(region.querySelector('.ts-panel__header')?.textContent).toBe('BackendCopy');
  expect(region.textContent).toContain('WebGPU');
});
