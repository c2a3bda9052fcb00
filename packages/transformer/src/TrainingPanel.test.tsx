import { act, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTrainingController } from './core/trainingController.js';
import type { TrainingCommand, TrainingEvent, TrainingHead, TrainingReport } from './core/trainingProtocol.js';
import { TrainingPanel } from './TrainingPanel.js';

const head = (layer: number, h: number, induction: number): TrainingHead => ({
  layer,
  head: h,
  scores: { previousToken: layer === 0 && h === 1 ? 0.6 : 0.1, induction, firstToken: 0.05, copying: 0.3 },
  role: layer === 0 && h === 1 ? 'previous-token' : induction >= 0.4 ? 'induction' : null,
});

const report = (step: number, induction: number): TrainingReport => ({
  step,
  seconds: step / 50,
  loss: 3.4 - step / 200,
  learningRate: 5e-3,
  gradientNorm: 0.5,
  tokensPerSecond: 25_000,
  firstHalfLoss: 3.5,
  repeatedHalfLoss: 3.4 - step / 100,
  heads: [
    [head(0, 0, 0.05), head(0, 1, 0.05)],
    [head(1, 0, induction), head(1, 1, 0.1)],
  ],
  bestInduction: induction,
  inductionAt: induction >= 0.4 ? { step, seconds: step / 50 } : null,
});

/** A controller over a stand-in worker that sends two reports, the second with an induction head. */
function scriptedController() {
  let emit: (event: TrainingEvent) => void = () => undefined;
  const worker = {
    onmessage: null as ((event: { data: TrainingEvent }) => void) | null,
    onerror: null,
    onmessageerror: null,
    postMessage(command: TrainingCommand) {
      if (command.type === 'start') emit = (event) => worker.onmessage?.({ data: event });
    },
    terminate() {},
  };
  const controller = createTrainingController({ steps: 100, createWorker: () => worker as unknown as Worker });
  const attention = {
    ids: new Int32Array(32),
    length: 32,
    heads: 2,
    layers: [new Float32Array(2048), new Float32Array(2048)],
  };
  return { controller, send: (event: TrainingEvent) => act(() => emit(event)), attention };
}

describe('TrainingPanel', () => {
  it('renders on the server in both languages, saying what is trained', () => {
    const en = renderToString(<TrainingPanel />);
    expect(en).toContain('Train it yourself');
    expect(en).toContain('2-layer attention-only transformer');
    expect(en).toContain('WebAssembly');
    expect(renderToString(<TrainingPanel locale="ko" theme="dark" />)).toContain('직접 학습시켜 보기');
    expect(renderToString(<TrainingPanel steps={-3} />)).toContain('role="alert"');
    expect(renderToString(<TrainingPanel controller={{} as never} style={'x' as never} />)).toContain('role="alert"');
  });

  it('shows the curve, the head roles and the induction marker as reports arrive; pause and resume by keyboard-reachable buttons', () => {
    const { controller, send, attention } = scriptedController();
    render(<TrainingPanel controller={controller} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('status').textContent).toContain('Loading TensorFlow.js');
    send({ type: 'ready', backend: 'wasm' });
    send({ type: 'report', report: report(25, 0.1), attention });
    expect(screen.getByRole('img', { name: /Loss curve up to step 25/ })).toBeTruthy();
    expect(screen.getByText('previous-token head')).toBeTruthy();
    expect(screen.queryByTestId('induction-marker')).toBeNull();
    send({ type: 'report', report: report(50, 0.7), attention });
    expect(screen.getByText('induction head')).toBeTruthy();
    expect(screen.getByTestId('induction-marker').textContent).toContain('induction head (score ≥ 0.4) · 50');
    expect(screen.getByRole('status').textContent).toContain('Induction head formed at step 50');
    expect(screen.getByTestId('training-progress').textContent).toContain('25,000 tokens/s');
    expect(screen.getAllByRole('img', { name: /Attention of layer/ })).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('status').textContent).toContain('Paused at step 50');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    send({ type: 'error', code: 'DIVERGED', message: 'The loss was NaN.' });
    expect(screen.getByRole('alert').textContent).toContain('DIVERGED');
    // The curve stays.
    expect(screen.getByRole('img', { name: /Loss curve up to step 50/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The loss curve appears with the first report.')).toBeTruthy();
  });

  it('takes a seed and refuses a bad one inline', () => {
    const { controller } = scriptedController();
    render(<TrainingPanel controller={controller} locale="ko" />);
    const input = screen.getByRole('textbox', { name: '시드' });
    fireEvent.change(input, { target: { value: '42' } });
    expect(controller.store.getState().seed).toBe(42);
    fireEvent.change(input, { target: { value: '-1' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(controller.store.getState().seed).toBe(42);
  });
});
