// @vitest-environment node
import { readFileSync } from 'node:fs';
import { getRuntime, type TensorRuntime } from '@tensorscope/tensor-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCheckpoint } from './checkpoint.js';
import { createNextTokenController, lossSummary, type NextTokenControllerOptions } from './nextTokenController.js';

const BYTES = new Uint8Array(readFileSync(new URL('../../checkpoints/induction.tsgpt', import.meta.url)));
const CHECKPOINT = decodeCheckpoint(BYTES);
const SENTENCE = 'one two three four five six seven';
let runtime: TensorRuntime;
beforeAll(async () => {
  runtime = await getRuntime({ backends: ['wasm'] });
});
const controllerWith = (options: Partial<NextTokenControllerOptions> = {}) =>
  createNextTokenController({ checkpoint: CHECKPOINT, runtime, ...options });

describe('createNextTokenController', () => {
  it('reads a repeated sentence and predicts the copy: the induction model continues the pattern', async () => {
    const controller = controllerWith({ text: SENTENCE, repeat: 2, topK: 5 });
    expect(controller.store.getState().status).toBe('idle');
    await controller.start();
    const state = controller.store.getState();
    expect(state.status).toBe('ready');
    expect(state.tokens).toHaveLength(14);
    expect(state.predictions).toHaveLength(5);
    expect(state.predictions[0]!.token).toBe('one');
    expect(state.predictions[0]!.probability).toBeGreaterThan(0.5);
    // The second copy is predictable, the first is not.
    expect(state.summary!.repeatedCount).toBe(6);
    expect(state.summary!.repeatedLoss!).toBeLessThan(0.5);
    expect(state.summary!.loss!).toBeGreaterThan(state.summary!.repeatedLoss! + 0.5);
    // Head scores from this pass: layer 2 holds an induction head, layer 1 a previous-token head.
    expect(Math.max(...state.scores![1]!.map((s) => s.induction))).toBeGreaterThan(0.5);
    expect(Math.max(...state.scores![0]!.map((s) => s.previousToken))).toBeGreaterThan(0.3);
    expect(state.scores![1]![0]!.copying).toBeGreaterThan(0.7);

    await controller.generate(3);
    const after = controller.store.getState();
    expect(after.generated.map((g) => g.token)).toEqual(['one', 'two', 'three']);
    expect(after.firstGenerated).toBe(14);
    expect(after.tokens.slice(14)).toEqual(['one', 'two', 'three']);
    expect(after.generating).toBe(false);
    controller.dispose();
  });

  it('switches heads off: the loss on the repeated half jumps, the intact pass stays beside it', async () => {
    const controller = controllerWith({ text: SENTENCE, repeat: 2 });
    await controller.start();
    const before = controller.store.getState().summary!;
    await controller.toggleHead(1, 0);
    await controller.toggleHead(1, 1);
    const state = controller.store.getState();
    expect(state.ablation.heads).toEqual([
      { layer: 1, head: 0 },
      { layer: 1, head: 1 },
    ]);
    expect(state.baseline!.summary).toEqual(before);
    expect(state.summary!.repeatedLoss!).toBeGreaterThan(before.repeatedLoss! + 1);
    expect(state.predictions[0]!.token).not.toBe('one');
    expect(state.baseline!.predictions[0]!.token).toBe('one');
    await controller.setAblationMode('mean');
    expect(controller.store.getState().ablation.mode).toBe('mean');
    await controller.toggleHead(1, 1);
    expect(controller.store.getState().ablation.heads).toEqual([{ layer: 1, head: 0 }]);
    await controller.clearAblation();
    expect(controller.store.getState().baseline).toBeNull();
    expect(controller.store.getState().summary).toEqual(before);
    await controller.toggleHead(2, 0);
    expect(controller.store.getState().error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(controller.store.getState().result).not.toBeNull();
    await controller.setText(5 as never);
    expect(controller.store.getState().error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    await controller.generate(0);
    expect(controller.store.getState().error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    controller.dispose();
  });

  it('never lets an older pass overwrite a newer one', async () => {
    const controller = controllerWith();
    await controller.start();
    const first = controller.setText('a b c a b');
    const second = controller.setText('x y z x y');
    await Promise.all([first, second]);
    expect(controller.store.getState().tokens).toEqual(['x', 'y', 'z', 'x', 'y']);
    expect(controller.store.getState().predictions[0]!.token).toBe('z');
    controller.dispose();
  });

  it('keeps the last result on screen and sets a typed error for bad input', async () => {
    const controller = controllerWith({ text: 'a b c a b' });
    await controller.start();
    const shown = controller.store.getState().result;
    await controller.setText('   ');
    const state = controller.store.getState();
    expect(state.error).toMatchObject({ code: 'EMPTY_INPUT' });
    expect(state.result).toBe(shown);
    expect(state.text).toBe('   ');
    await controller.stepGeneration();
    expect(controller.store.getState().generated).toEqual([]);
    await controller.setText('p q p');
    expect(controller.store.getState().error).toBeNull();
    expect(() => controller.setTemperature(-1)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    controller.dispose();
  });

  it('slides the window over long text and says how many tokens it dropped', async () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    const controller = controllerWith({ text: words, repeat: 2 });
    await controller.start();
    expect(controller.store.getState()).toMatchObject({ dropped: 8 });
    expect(controller.store.getState().tokens).toHaveLength(32);
    await controller.stepGeneration();
    expect(controller.store.getState().dropped).toBe(9);
    controller.dispose();
  });

  it('samples at a temperature with a seeded random: the same seed, the same tokens; reset starts over', async () => {
    const run = async () => {
      const controller = controllerWith({ text: 'a b c d a', temperature: 1.5, seed: 7 });
      await controller.start();
      await controller.generate(5);
      const tokens = controller.store.getState().generated.map((g) => g.id);
      await controller.reset();
      expect(controller.store.getState().generated).toEqual([]);
      await controller.generate(5);
      expect(controller.store.getState().generated.map((g) => g.id)).toEqual(tokens);
      controller.dispose();
      return tokens;
    };
    const a = await run();
    expect(await run()).toEqual(a);
    const controller = controllerWith({ text: 'a b c d a' });
    await controller.start();
    const greedy = controller.store.getState().predictions;
    controller.setTemperature(2);
    const flat = controller.store.getState().predictions;
    expect(flat[0]!.id).toBe(greedy[0]!.id);
    expect(flat[0]!.probability).toBeLessThan(greedy[0]!.probability);
    controller.dispose();
  });

  it('stops generating on cancel', async () => {
    const controller = controllerWith({ text: 'a b c d a' });
    await controller.start();
    const stop = controller.store.subscribe((state) => state.generated.length === 3 && controller.cancel());
    await controller.generate(50);
    stop();
    const state = controller.store.getState();
    expect(state.generating).toBe(false);
    expect(state.generated).toHaveLength(3);
    controller.dispose();
  });

  it('loads bytes and shows a corrupt checkpoint as a typed error', async () => {
    const fromBytes = controllerWith({ checkpoint: BYTES, text: 'a b a' });
    await fromBytes.start();
    expect(fromBytes.store.getState().checkpoint!.config.vocabSize).toBe(32);
    fromBytes.dispose();
    const broken = BYTES.slice(0, 500);
    const controller = controllerWith({ checkpoint: broken, text: 'a b a' });
    await controller.start();
    expect(controller.store.getState()).toMatchObject({ status: 'error', error: { code: 'CORRUPT_CHECKPOINT' } });
    expect(() => createNextTokenController({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('lossSummary', () => {
  it('averages all positions and those whose pair repeats', () => {
    const summary = lossSummary({ ids: Int32Array.from([1, 2, 1, 2]), losses: Float32Array.from([3, 1, 0.5]) });
    expect(summary).toEqual({ loss: 1.5, repeatedLoss: 0.5, repeatedCount: 1 });
    expect(() => lossSummary({ ids: Int32Array.from([1, 2]), losses: Float32Array.from([1, 2]) })).toThrow(
      expect.objectContaining({ code: 'LENGTH_MISMATCH' }),
    );
    expect(() => lossSummary(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(lossSummary({ ids: Int32Array.from([1]), losses: new Float32Array(0) })).toEqual({
      loss: null,
      repeatedLoss: null,
      repeatedCount: 0,
    });
  });
});
