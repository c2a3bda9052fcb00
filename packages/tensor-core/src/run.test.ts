// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Tf } from './core/context.js';
import { createRuntime } from './runtime.js';

const runtime = await createRuntime({ backends: ['wasm'] });
afterAll(() => runtime.dispose());

describe('runtime.run', () => {
  it('hands fn the runtime tfjs and returns its result', async () => {
    const sum = await runtime.run((tf: Tf) => {
      const t = tf.tensor1d([1, 2, 3]);
      const value = tf.sum(t).dataSync()[0];
      t.dispose();
      return value;
    });
    expect(sum).toBe(6);
  });

  it('refuses what is not a function, and a wrong option type, with typed errors', async () => {
    await expect(runtime.run(42 as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(runtime.run(() => 1, { gradients: 'yes' as never })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('computes the gradients of a matrix product exactly as the definition says, for every transpose flag', async () => {
    // f = Σ (A' · B') ⊙ W with A' = Aᵀ if ta, B' = Bᵀ if tb; ∂f/∂A' = W · B'ᵀ, ∂f/∂B' = A'ᵀ · W.
    const a = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const b = [
      [1, -1],
      [0, 2],
      [3, 1],
    ];
    const w = [
      [1, 2],
      [3, 4],
    ];
    const t = (m: number[][]) => m[0]!.map((_, j) => m.map((row) => row[j]!));
    const mm = (x: number[][], y: number[][]) =>
      x.map((row) => y[0]!.map((_, j) => row.reduce((s, v, k) => s + v * y[k]![j]!, 0)));
    for (const [ta, tb] of [
      [false, false],
      [false, true],
      [true, false],
      [true, true],
    ] as const) {
      const aIn = ta ? t(a) : a;
      const bIn = tb ? t(b) : b;
      const [ga, gb] = await runtime.run(
        (tf: Tf) => {
          const grads = tf.grads((x, y) => tf.sum(tf.mul(tf.matMul(x!, y!, ta, tb), tf.tensor2d(w))));
          const out = grads([tf.tensor2d(aIn), tf.tensor2d(bIn)]);
          const values = out.map((g) => g.arraySync() as number[][]);
          tf.dispose(out);
          return values;
        },
        { gradients: true },
      );
      const dA = mm(w, t(b)); // ∂f/∂A (2×3)
      const dB = mm(t(a), w); // ∂f/∂B (3×2)
      expect(ga).toEqual(ta ? t(dA) : dA);
      expect(gb).toEqual(tb ? t(dB) : dB);
    }
  });

  it('lets plain Node load the gradients through node-register', () => {
    const script = "import('@tensorflow/tfjs-core/dist/register_all_gradients').then(() => console.log('ok'))";
    const withHook = spawnSync(process.execPath, ['--import', '@tensorscope/tensor-core/node-register', '-e', script], {
      encoding: 'utf8',
    });
    expect(withHook.stdout.trim()).toBe('ok');
    const without = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(without.status).not.toBe(0);
  });
});
