import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NOTABLE_MODELS } from './data/notableModels.js';
import { ParameterChart } from './ParameterChart.js';

describe('ParameterChart', () => {
  it('draws one focusable point per model with a spoken label', () => {
    render(<ParameterChart width={720} />);
    const points = screen.getAllByRole('button');
    expect(points).toHaveLength(NOTABLE_MODELS.length);
    expect(
      screen.getByRole('button', { name: /^GPT-3 \(OpenAI\), May 28, 2020: 175B parameters, official$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /GPT-4 .*rumour/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /DeepSeek-V3 .*671B.*37B active per token/ })).toBeTruthy();
  });

  it('shows details and the source link for the focused point', () => {
    render(<ParameterChart width={720} />);
    fireEvent.focus(screen.getByRole('button', { name: /^GPT-3 / }));
    expect(screen.getByRole('link', { name: 'Source' }).getAttribute('href')).toBe('https://arxiv.org/abs/2005.14165');
  });

  it('labels counts in Korean units', () => {
    render(<ParameterChart width={720} locale="ko" />);
    expect(screen.getByRole('button', { name: /GPT-3 .*파라미터 1,750억개/ })).toBeTruthy();
    expect(screen.getByText('인간 뇌의 뉴런 수 (약 860억)')).toBeTruthy();
  });

  it('lists skipped rows and still draws the rest', () => {
    render(
      <ParameterChart
        width={720}
        models={[NOTABLE_MODELS[0]!, { ...NOTABLE_MODELS[1]!, name: 'Bad', parameters: Number.POSITIVE_INFINITY }]}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('1 rows skipped');
    expect(screen.getByRole('alert').textContent).toContain('Bad: parameters must be a positive number');
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });
});
