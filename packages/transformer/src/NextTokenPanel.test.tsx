import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getRuntime, type TensorRuntime } from '@tensorscope/tensor-core';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { AblationGrid } from './AblationGrid.js';
import { decodeCheckpoint } from './core/checkpoint.js';
import { createNextTokenController } from './core/nextTokenController.js';
import { NextTokenPanel } from './NextTokenPanel.js';
import { TransformerAttention } from './TransformerAttention.js';

// happy-dom's URL is not Node's: read the file by path.
const FILE = join(import.meta.dirname, '../checkpoints/induction.tsgpt');
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const CHECKPOINT = decodeCheckpoint(new Uint8Array(readFileSync(FILE)));
const WAIT = { timeout: 10_000 };
let runtime: TensorRuntime;
// The plain-JS backend: no wasm file to fetch under happy-dom.
beforeAll(async () => {
  runtime = await getRuntime({ backends: ['cpu'] });
});

describe('NextTokenPanel, AblationGrid and TransformerAttention on one controller', () => {
  it('predicts the copy, generates, ablates the induction heads and keeps results on bad input', async () => {
    const controller = createNextTokenController({
      checkpoint: CHECKPOINT,
      runtime,
      text: 'red green blue black white',
      repeat: 2,
    });
    render(
      <>
        <NextTokenPanel controller={controller} />
        <AblationGrid controller={controller} />
        <TransformerAttention controller={controller} views={['grid']} />
      </>,
    );
    const bars = await screen.findByRole('list', { name: 'Most likely next tokens' }, WAIT);
    expect(within(bars).getAllByRole('listitem')[0]!.textContent).toMatch(/^red/);
    expect(screen.getByText(/attention-only transformer/)).toBeTruthy();
    expect(screen.getByText(/What the model reads \(10 tokens\)/)).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Next token' })));
    await waitFor(() => expect(controller.store.getState().generated.map((g) => g.token)).toEqual(['red']), WAIT);
    expect(screen.getByText(/\(generated\)/)).toBeTruthy();

    const grid = screen.getByRole('group', { name: 'Heads by layer' });
    const heads = within(grid).getAllByRole('button');
    expect(heads).toHaveLength(4);
    expect(heads[2]!.textContent).toMatch(/Layer 2, Head 1: induction head/);
    await act(async () => fireEvent.click(heads[2]!));
    await act(async () => fireEvent.click(heads[3]!));
    await waitFor(() => expect(heads[3]!.getAttribute('aria-pressed')).toBe('true'), WAIT);
    expect(screen.getByRole('region', { name: 'All heads on' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'With 2 head(s) off' })).toBeTruthy();
    expect(screen.getByText(/Loss on repeated pairs: .* → .* nats/)).toBeTruthy();

    await act(async () => fireEvent.change(screen.getByRole('textbox', { name: 'Text' }), { target: { value: ' ' } }));
    expect((await screen.findAllByRole('alert'))[0]!.textContent).toMatch('EMPTY_INPUT');
    expect(screen.getByRole('list', { name: 'Most likely next tokens' })).toBeTruthy();
    controller.dispose();
  });

  it('renders in Korean, and on the server without a controller yet', async () => {
    const html = renderToString(<NextTokenPanel checkpoint={CHECKPOINT} runtime={runtime} locale="ko" />);
    expect(html).toContain('다음 토큰 예측');
    expect(html).toContain('모델을 불러오는 중');
    render(<NextTokenPanel checkpoint={CHECKPOINT} runtime={runtime} text="가 나 다 가 나" locale="ko" theme="dark" />);
    const bars = await screen.findByRole('list', { name: '가장 가능성 높은 다음 토큰' }, WAIT);
    expect(within(bars).getAllByRole('listitem')[0]!.textContent).toMatch(/^다/);
  });

  it('shows a bad controller or bad props as a typed message, never a crash', () => {
    render(<NextTokenPanel controller={{ store: 1 } as never} className={{} as never} style={'x' as never} />);
    expect(screen.getByRole('alert').textContent).toMatch('INVALID_ARGUMENT');
    render(<TransformerAttention controller={5 as never} views={'grid' as never} defaultSelection={7 as never} />);
    expect(screen.getAllByRole('alert')).toHaveLength(2);
  });

  it('shows a corrupt checkpoint as a typed message', async () => {
    const broken = new Uint8Array(readFileSync(FILE)).slice(0, 400);
    render(<NextTokenPanel checkpoint={broken} runtime={runtime} text="a b a" />);
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toMatch('CORRUPT_CHECKPOINT');
  });
});
