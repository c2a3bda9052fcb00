import { serializeSvg, THEMES } from '@tensorscope/common';
import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { ParameterChart } from '../ParameterChart.js';

// The chart's SVG export goes through @tensorscope/common's serializeSvg; these pin what a chart gives it.
it('serialises a chart as a standalone SVG without CSS variables', () => {
  const { container } = render(<ParameterChart width={720} theme="dark" />);
  const svg = serializeSvg(container.querySelector('svg')!);
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('viewBox="0 0 704 400"');
  expect(svg).not.toContain('var(--');
  expect(svg).toContain(`fill="${THEMES.dark['--ts-bg']}"`);
  expect(svg).toContain('GPT-3');
});

it('draws the title above the chart when given one', () => {
  const { container } = render(<ParameterChart width={720} />);
  const svg = serializeSvg(container.querySelector('svg')!, { title: 'Parameters of notable AI models' });
  expect(svg).toContain('height="428"');
  expect(svg).toContain('viewBox="0 0 704 428"');
  expect(svg).toMatch(
    /<text[^>]*font-weight="600"[^>]*>Parameters of notable AI models<\/text><g transform="translate\(0, 28\)">/,
  );
});
