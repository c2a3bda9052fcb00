import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTABLE_MODELS } from './data/notableModels.js';
import { ParameterChart } from './ParameterChart.js';

const withParameters = NOTABLE_MODELS.filter((m) => m.parameters !== null);
const points = (container: HTMLElement) => container.querySelectorAll('.ts-parameter-chart__point');

describe('ParameterChart', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws one focusable point per model with a spoken label', () => {
    const { container } = render(<ParameterChart width={720} />);
    expect(points(container)).toHaveLength(withParameters.length);
    expect(
      screen.getByRole('button', { name: /^GPT-3 \(OpenAI\), May 28, 2020: 175B parameters, official$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /GPT-4 .*1\.8T parameters, rumour/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /DeepSeek-V3 .*671B.*37B active per token/ })).toBeTruthy();
    expect(screen.getByText(/Parameter count not disclosed: GPT-3\.5 \(ChatGPT\), Gemini 1\.0 Ultra/)).toBeTruthy();
  });

  it('shows the brain references and the ChatGPT launch', () => {
    render(<ParameterChart width={720} />);
    expect(screen.getByText('Human brain neurons (~86B)')).toBeTruthy();
    expect(screen.getByText(/Human brain synapses \(~100T/)).toBeTruthy();
    expect(screen.getByText('ChatGPT launch (2022-11-30)')).toBeTruthy();
    expect(screen.getByText(/each gridline = ×10/, { selector: 'text' })).toBeTruthy();
  });

  it('shows details and the source link for the focused point', () => {
    const { container } = render(<ParameterChart width={720} />);
    fireEvent.focus(screen.getByRole('button', { name: /^GPT-3 / }));
    const readout = container.querySelector('.ts-parameter-chart__readout')!;
    expect(readout.textContent).toContain('175B parameters');
    expect(readout.textContent).toContain('official');
    expect(
      within(readout as HTMLElement)
        .getByRole('link', { name: 'Source' })
        .getAttribute('href'),
    ).toBe('https://arxiv.org/abs/2005.14165');
    fireEvent.keyDown(container.querySelector('svg')!, { key: 'Escape' });
    expect(readout.textContent).toBe('');
  });

  it('labels counts in Korean units', () => {
    render(<ParameterChart width={720} locale="ko" />);
    expect(screen.getByRole('button', { name: /GPT-3 .*파라미터 1,750억개/ })).toBeTruthy();
    expect(screen.getByText('인간 뇌의 뉴런 수 (약 860억)')).toBeTruthy();
    expect(screen.getByText('ChatGPT 공개 (2022-11-30)')).toBeTruthy();
  });

  it('switches to a linear axis and lists references that fall off it', () => {
    render(<ParameterChart width={720} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Linear' }));
    expect(screen.getByRole('radio', { name: 'Linear' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText(/linear scale/, { selector: 'text' })).toBeTruthy();
    expect(screen.getByText(/Off this linear scale: Human brain synapses/)).toBeTruthy();
  });

  it('filters by status and highlights an organisation', () => {
    const { container } = render(<ParameterChart width={720} />);
    fireEvent.click(screen.getByRole('button', { name: 'rumour' }));
    expect(screen.queryByRole('button', { name: /^GPT-4 / })).toBeNull();
    expect(points(container)).toHaveLength(withParameters.filter((m) => m.status !== 'rumour').length);
    fireEvent.change(screen.getByRole('combobox', { name: 'Highlight' }), { target: { value: 'Meta' } });
    const gpt3 = screen.getByRole('button', { name: /^GPT-3 / });
    expect(gpt3.querySelector('g')?.getAttribute('opacity')).toBe('0.2');
  });

  it('shows the same data as a table', () => {
    render(<ParameterChart width={720} view="table" />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(NOTABLE_MODELS.length + 1);
    expect(within(table).getByText('GPT-4o').closest('tr')?.textContent).toContain('not disclosed');
    const gpt3 = within(table).getByText('GPT-3').closest('tr')!;
    const cells = within(gpt3).getAllByRole('cell');
    const gpt3Source = NOTABLE_MODELS.find((m) => m.name === 'GPT-3')!.source;
    expect(cells.map((td) => td.textContent)).toEqual([
      'GPT-3',
      'OpenAI',
      '2020-05-28',
      '175B',
      '',
      'official',
      'Source',
    ]);
    expect(cells[3]!.className).toBe('ts-table__cell--end');
    const link = within(gpt3).getByRole('link', { name: 'Source' });
    expect(link.getAttribute('href')).toBe(gpt3Source);
    expect(link.getAttribute('target')).toBe('_blank');
    fireEvent.click(screen.getByRole('radio', { name: 'Chart' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('exports the data as CSV with sources', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<ParameterChart width={720} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Download the data as CSV' }));
    const text = await blobs[0]!.text();
    expect(text).toContain('model,organisation,date,parameters,active_parameters,status,source,note');
    expect(text).toContain('GPT-3,OpenAI,2020-05-28,175000000000,,official,https://arxiv.org/abs/2005.14165');
  });

  it('lists skipped rows and still draws the rest', () => {
    const { container } = render(
      <ParameterChart
        width={720}
        models={[NOTABLE_MODELS[0]!, { ...NOTABLE_MODELS[1]!, name: 'Bad', parameters: Number.POSITIVE_INFINITY }]}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('1 row skipped:');
    expect(screen.getByRole('alert').textContent).toContain('Bad: parameters must be a positive number');
    expect(points(container)).toHaveLength(1);
  });
});

describe('ParameterChart with bad props (regression: crashes on null data and unknown locale)', () => {
  it('shows the inline error box for models that are not an array', () => {
    render(<ParameterChart models={null as never} />);
    expect(screen.getByRole('alert').textContent).toContain('models must be an array');
  });

  it('falls back to English with one warning for an unknown locale and theme', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ParameterChart locale={'xx' as never} theme={'bogus' as never} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Parameters of notable AI models', { exact: false })).toBeTruthy();
    expect(warn).toHaveBeenCalled();
  });
});
