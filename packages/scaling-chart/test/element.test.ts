import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SCALING_CHARTS,
  SCALING_CHART_TAG,
  ScalingChartElement,
  defineScalingChartElement,
  parsePreset,
  parseScalingChart,
} from '../src/element/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

describe('chart / preset parameters', () => {
  it('chart: one of the five (case and spaces ignored), law as an alias, else undefined', () => {
    expect(parseScalingChart('compute')).toBe('compute');
    expect(parseScalingChart(' Scaling-Law ')).toBe('scaling-law');
    expect(parseScalingChart('law')).toBe('scaling-law');
    expect(parseScalingChart('calculator')).toBe('calculator');
    for (const chart of SCALING_CHARTS) expect(parseScalingChart(chart)).toBe(chart);
    expect(parseScalingChart('pie')).toBeUndefined();
    expect(parseScalingChart('toString')).toBeUndefined();
    expect(parseScalingChart(null)).toBeUndefined();
  });

  it('preset: a trimmed id, empty is undefined', () => {
    expect(parsePreset(' gpt-3 ')).toBe('gpt-3');
    expect(parsePreset('  ')).toBeUndefined();
    expect(parsePreset(null)).toBeUndefined();
  });
});

describe('<tensorscope-scaling-chart>', () => {
  it('is defined once by defineScalingChartElement', () => {
    defineScalingChartElement();
    expect(defineScalingChartElement()).toBe(false);
    expect(customElements.get(SCALING_CHART_TAG)).toBe(ScalingChartElement);
    expect(ScalingChartElement.observedAttributes).toEqual(expect.arrayContaining(['chart', 'preset', 'locale']));
  });

  it('renders the chart its attribute names, in the attribute locale, and follows changes', async () => {
    defineScalingChartElement();
    const el = document.createElement(SCALING_CHART_TAG);
    el.setAttribute('chart', 'compute');
    await mount(el);
    await waitFor(() => el.shadowRoot!.textContent?.includes('Training compute of notable AI models'));
    await act(async () => {
      el.setAttribute('chart', 'law');
      el.setAttribute('locale', 'ko');
    });
    await waitFor(() => el.shadowRoot!.querySelector('.ts-scaling-law-chart__frontier'));
    expect(el.shadowRoot!.querySelector('[lang]')?.getAttribute('lang')).toBe('ko');
  });

  it('starts the calculator at the preset and reports its estimate', async () => {
    defineScalingChartElement();
    const el = document.createElement(SCALING_CHART_TAG);
    el.setAttribute('chart', 'calculator');
    el.setAttribute('preset', 'llama-3.1-405b');
    const estimates: CustomEvent[] = [];
    el.addEventListener('tensorscope-statechange', (event) => estimates.push(event as CustomEvent));
    await mount(el);
    await waitFor(() => el.shadowRoot!.querySelector('[aria-pressed="true"]'));
    expect(el.shadowRoot!.querySelector('[aria-pressed="true"]')?.textContent).toMatch(/405B/i);
    await waitFor(() => estimates.length > 0);
    expect(estimates.at(-1)?.detail).toHaveProperty('estimate');
  });
});

/** Connects an element and lets its lazy view and effects settle inside act(). */
async function mount(el: HTMLElement): Promise<void> {
  await act(async () => {
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
}

async function waitFor(find: () => unknown, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!find()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}
