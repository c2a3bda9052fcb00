// The headless state of next-token prediction: text in, the model's top-k next tokens out, with
// step-by-step generation and head ablation (each ablated pass shown beside the intact one).
import {
  checkFiniteNumbers,
  checkFunction,
  checkInteger,
  checkNumber,
  checkObject,
  checkOneOf,
  checkString,
  createSeededRandom,
  createStore,
  toTensorscopeError,
  type AnyTensorscopeError,
  type Store,
} from '@tensorscope/common';
import type { RuntimeOptions, TensorRuntime } from '@tensorscope/tensor-core';
import { loadRuntime } from '@tensorscope/tensor-core/lazy';
import { bpeTokenStrings } from './bpe.js';
import type { Checkpoint } from './checkpoint.js';
import { fail } from './errors.js';
import { loadCheckpoint, type CheckpointSource, type LoadCheckpointOptions } from './loadCheckpoint.js';
import {
  createModel,
  sampleId,
  softmax,
  topK,
  type ForwardResult,
  type HeadRef,
  type TransformerModel,
} from './model.js';
import { attentionScores, copyingScores, type HeadScores } from './scores.js';
import { textToIds, type ContinuationToken, type ModelInput, type Tokenize } from './textToIds.js';

export type NextTokenStatus = 'idle' | 'loading' | 'running' | 'ready' | 'error';

/** One candidate next token. */
export interface Prediction {
  readonly id: number;
  /** Its text (BPE: the token's bytes as text; ids model: the token that has this id, or `⟨id 7⟩` for an id the text does not use). */
  readonly token: string;
  readonly probability: number;
}

/** Loss of one forward pass, in nats per predicted token. */
export interface LossSummary {
  /** Mean over every position that has a next token (null for a single token). */
  readonly loss: number | null;
  /**
   * Mean over the positions whose next token repeats an earlier pair (`… A B … A → B`): what an
   * induction head makes predictable. Null when no pair repeats.
   */
  readonly repeatedLoss: number | null;
  readonly repeatedCount: number;
}

/** What one pass (intact or ablated) shows. */
export interface PassView {
  readonly result: ForwardResult;
  readonly predictions: readonly Prediction[];
  readonly summary: LossSummary;
}

export interface NextTokenState {
  /** `running`: a forward pass is under way; what is shown is the previous one until it ends. */
  readonly status: NextTokenStatus;
  readonly checkpoint: Checkpoint | null;
  readonly text: string;
  /** Copies of the text the model reads (2 lets the induction model predict the second copy). */
  readonly repeat: number;
  /** The positions the model read (labels), their ids and what the sliding window dropped. */
  readonly tokens: readonly string[];
  readonly ids: Int32Array | null;
  readonly dropped: number;
  /** Index in `tokens` where the generated continuation starts. */
  readonly firstGenerated: number;
  /** Ids model: the token of each id (by first appearance); BPE: null. */
  readonly vocabulary: readonly string[] | null;
  /** The pass on screen: ablated when heads are switched off, else intact. */
  readonly result: ForwardResult | null;
  /** Top-k next tokens at the last position, at the current temperature (0 shows temperature 1). */
  readonly predictions: readonly Prediction[];
  readonly summary: LossSummary | null;
  /** 0 = greedy (always the most probable token); above 0, sampling from softmax(logits / t). */
  readonly temperature: number;
  readonly generated: readonly ContinuationToken[];
  readonly generating: boolean;
  readonly ablation: { readonly heads: readonly HeadRef[]; readonly mode: 'zero' | 'mean' };
  /** The intact pass on the same input while heads are ablated (null when none is). */
  readonly baseline: PassView | null;
  /** Every head's scores `[layer][head]`: attention scores of the intact pass on this input, copying from the weights. */
  readonly scores: readonly (readonly HeadScores[])[] | null;
  /** The last problem; what was on screen before stays. */
  readonly error: AnyTensorscopeError | null;
}

export interface NextTokenControllerOptions {
  /** The model: a decoded checkpoint, its bytes or URL (see `loadCheckpoint`), or a loader. */
  checkpoint: Checkpoint | CheckpointSource | ((signal: AbortSignal) => Promise<Checkpoint>);
  /** A tensor-core runtime of your own; default the shared one for `runtimeOptions`. */
  runtime?: TensorRuntime;
  /** Options of the shared runtime (e.g. `{ wasmPaths }`). */
  runtimeOptions?: RuntimeOptions;
  /** `fetch` for a checkpoint URL. */
  fetch?: LoadCheckpointOptions['fetch'];
  /** Ids checkpoints: how text becomes tokens (the demo passes o200k). Default `splitWords`. */
  tokenize?: Tokenize;
  /** Next tokens listed. Default 10. */
  topK?: number;
  text?: string;
  repeat?: number;
  temperature?: number;
  /** Seed of the sampling. Default 1. */
  seed?: number;
}

/**
 * The actions. The asynchronous ones never reject: a bad argument or a failed pass is `state.error`
 * (with the last result kept); `setTemperature` throws a typed error for a value outside [0, 5].
 */
export interface NextTokenController {
  readonly store: Store<NextTokenState>;
  /** Loads the checkpoint and the model, then reads the text. Called by every action; safe to call again. */
  start(): Promise<void>;
  /** New text: the generated tokens are cleared. */
  setText(text: string): Promise<void>;
  setRepeat(repeat: number): Promise<void>;
  /** 0 (greedy) to 5. Recomputes the shown probabilities; no new pass. */
  setTemperature(temperature: number): void;
  /** Appends one token (the most probable at temperature 0, else sampled) and reads again. */
  stepGeneration(): Promise<void>;
  /** Appends up to `count` tokens, one pass each; `cancel()` stops it. */
  generate(count: number): Promise<void>;
  cancel(): void;
  /** Clears the generated tokens and restarts the sampling from the seed. */
  reset(): Promise<void>;
  /** Switches a head off, or on again. */
  toggleHead(layer: number, head: number): Promise<void>;
  clearAblation(): Promise<void>;
  setAblationMode(mode: 'zero' | 'mean'): Promise<void>;
  dispose(): void;
}

/** Most tokens one controller generates after a text. */
export const MAX_GENERATED = 256;
const MAX_TEMPERATURE = 5;

/**
 * Creates the controller. Nothing loads until `start()` (or any action). Every pass is numbered:
 * a pass that ends after a newer one started is dropped, so fast typing never shows stale results.
 */
export function createNextTokenController(options: NextTokenControllerOptions): NextTokenController {
  const o = checkObject(options, 'options') as Partial<NextTokenControllerOptions>;
  const source = o.checkpoint;
  if (source === undefined)
    throw fail('INVALID_ARGUMENT', 'options.checkpoint is required (a checkpoint, URL or bytes).');
  const k = o.topK === undefined ? 10 : checkInteger(o.topK, 'options.topK', { min: 1, max: 100 });
  const tokenize = o.tokenize === undefined ? undefined : checkFunction<Tokenize>(o.tokenize, 'options.tokenize');
  const seed = o.seed === undefined ? 1 : checkInteger(o.seed, 'options.seed', { min: 0 });
  const store = createStore<NextTokenState>({
    status: 'idle',
    checkpoint: null,
    text: o.text === undefined ? '' : checkString(o.text, 'options.text'),
    repeat: o.repeat === undefined ? 1 : checkInteger(o.repeat, 'options.repeat', { min: 1, max: 8 }),
    tokens: [],
    ids: null,
    dropped: 0,
    firstGenerated: 0,
    vocabulary: null,
    result: null,
    predictions: [],
    summary: null,
    temperature: o.temperature === undefined ? 0 : checkTemperature(o.temperature),
    generated: [],
    generating: false,
    ablation: { heads: [], mode: 'zero' },
    baseline: null,
    scores: null,
    error: null,
  });
  const loading = new AbortController();
  let random = createSeededRandom(seed);
  let model: Promise<TransformerModel> | null = null;
  let ticket = 0;
  let pending: Promise<unknown> = Promise.resolve();
  let generation = 0;
  let disposed = false;
  let intact: { key: string; result: ForwardResult } | null = null;
  let copying: number[][] | null = null;
  const report = (caught: unknown) =>
    store.setState({ status: 'error', error: toTensorscopeError(caught, 'INVALID_VALUE') });
  /** An action that reports a bad argument (or anything else) in `error` instead of rejecting. */
  const guard =
    <A extends unknown[]>(action: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await action(...args);
      } catch (caught) {
        if (!disposed) report(caught);
      }
    };

  const start = (): Promise<TransformerModel> => {
    if (model) return model;
    store.setState({ status: 'loading', error: null });
    model = (async () => {
      const checkpoint = await readSource(source, loading.signal, o.fetch);
      if (disposed) throw fail('ABORTED', 'The controller was disposed.');
      const runtime = o.runtime ?? (await loadRuntime(o.runtimeOptions));
      const created = await createModel(runtime, checkpoint);
      if (disposed) {
        created.dispose();
        throw fail('ABORTED', 'The controller was disposed.');
      }
      store.setState({ checkpoint: created.checkpoint });
      return created;
    })();
    model.catch((caught: unknown) => {
      model = null;
      if (!disposed) report(caught);
    });
    return model;
  };

  const labelOf = (
    id: number,
    input: { readonly vocabulary: readonly string[] | null },
    checkpoint: Checkpoint,
  ): string =>
    checkpoint.tokenizer.kind === 'byte-bpe'
      ? (bpeTokenStrings(checkpoint.tokenizer, [id])[0] ?? '')
      : (input.vocabulary?.[id] ?? `⟨id ${id}⟩`);

  const view = (
    result: ForwardResult,
    input: { readonly vocabulary: readonly string[] | null },
    checkpoint: Checkpoint,
    temperature: number,
  ): PassView => ({
    result,
    predictions: predict(result, temperature, k).map((p) => ({ ...p, token: labelOf(p.id, input, checkpoint) })),
    summary: lossSummary(result),
  });

  /** Reads the current text (with `patch` applied first) and shows the result, unless a newer pass started. */
  const run = (patch: Partial<NextTokenState>): Promise<boolean> => {
    const mine = ++ticket;
    const task = (async () => {
      store.setState(patch);
      let current: TransformerModel;
      try {
        current = await start();
      } catch {
        return false;
      }
      if (mine !== ticket || disposed) return false;
      const state = store.getState();
      const checkpoint = current.checkpoint;
      let input: ModelInput;
      try {
        input = textToIds(checkpoint, state.text, { tokenize, repeat: state.repeat, continuation: state.generated });
      } catch (caught) {
        report(caught);
        return false;
      }
      store.setState({ status: 'running' });
      try {
        const key = Array.from(input.ids).join(',');
        const whole = intact?.key === key ? intact.result : await current.forward(input.ids);
        intact = { key, result: whole };
        const ablation = state.ablation;
        const ablated = ablation.heads.length ? await current.forward(input.ids, { ablation }) : null;
        if (mine !== ticket || disposed) return false;
        copying ??= copyingScores(checkpoint.config, checkpoint.weights);
        const shown = view(ablated ?? whole, input, checkpoint, state.temperature);
        store.setState({
          status: 'ready',
          error: null,
          tokens: input.tokens,
          ids: input.ids,
          dropped: input.dropped,
          firstGenerated: input.firstContinuation,
          vocabulary: input.vocabulary,
          result: shown.result,
          predictions: shown.predictions,
          summary: shown.summary,
          baseline: ablated ? view(whole, input, checkpoint, state.temperature) : null,
          scores: headScores(whole, input.ids, checkpoint.config.heads, copying),
        });
        return true;
      } catch (caught) {
        if (mine === ticket && !disposed) report(caught);
        return false;
      }
    })();
    pending = task;
    return task;
  };

  const step = async (): Promise<boolean> => {
    await pending;
    let current: TransformerModel;
    try {
      current = await start();
    } catch {
      return false;
    }
    const state = store.getState();
    if (!state.result || state.error) return false;
    if (state.generated.length >= MAX_GENERATED) {
      report(fail('TOO_LARGE', `At most ${MAX_GENERATED} tokens are generated; reset to start again.`));
      return false;
    }
    const row = lastRow(state.result);
    const id =
      state.temperature === 0 ? topK(softmax(row), 1)[0]!.id : sampleId(softmax(row, state.temperature), random);
    const token = { id, token: labelOf(id, state, current.checkpoint) };
    return run({ generated: [...state.generated, token] });
  };

  return {
    store,
    start: guard(async () => {
      if (store.getState().result === null) await run({});
      else await start();
    }),
    setText: guard(async (text: string) => {
      const value = checkString(text, 'text');
      generation++;
      await run({ text: value, generated: [], generating: false });
    }),
    setRepeat: guard(async (repeat: number) => {
      const value = checkInteger(repeat, 'repeat', { min: 1, max: 8 });
      generation++;
      await run({ repeat: value, generated: [], generating: false });
    }),
    setTemperature(temperature) {
      const t = checkTemperature(temperature);
      const state = store.getState();
      const checkpoint = state.checkpoint;
      if (!state.result || !checkpoint) return store.setState({ temperature: t });
      const relabel = (pass: ForwardResult) => view(pass, state, checkpoint, t).predictions;
      store.setState({
        temperature: t,
        predictions: relabel(state.result),
        baseline: state.baseline ? { ...state.baseline, predictions: relabel(state.baseline.result) } : null,
      });
    },
    stepGeneration: async () => {
      await step();
    },
    generate: guard(async (count: number) => {
      const n = checkInteger(count, 'count', { min: 1, max: MAX_GENERATED });
      const mine = ++generation;
      store.setState({ generating: true });
      try {
        for (let i = 0; i < n && mine === generation && !disposed; i++) {
          // Yield to the event loop between tokens, so a page paints each one and Cancel gets through.
          if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
          if (mine !== generation || disposed || !(await step())) break;
        }
      } finally {
        if (mine === generation && !disposed) store.setState({ generating: false });
      }
    }),
    cancel() {
      generation++;
      store.setState({ generating: false });
    },
    reset: async () => {
      generation++;
      random = createSeededRandom(seed);
      await run({ generated: [], generating: false, error: null });
    },
    toggleHead: guard(async (layer: number, head: number) => {
      let config;
      try {
        config = (await start()).config;
      } catch {
        return;
      }
      const l = checkInteger(layer, 'layer', { min: 0, max: config.layers - 1 });
      const h = checkInteger(head, 'head', { min: 0, max: config.heads - 1 });
      const { heads, mode } = store.getState().ablation;
      const on = heads.some((ref) => ref.layer === l && ref.head === h);
      const next = on
        ? heads.filter((ref) => ref.layer !== l || ref.head !== h)
        : [...heads, { layer: l, head: h }].sort((a, b) => a.layer - b.layer || a.head - b.head);
      await run({ ablation: { heads: next, mode } });
    }),
    clearAblation: async () => {
      await run({ ablation: { heads: [], mode: store.getState().ablation.mode } });
    },
    setAblationMode: guard(async (mode: 'zero' | 'mean') => {
      const m = checkOneOf(mode, 'mode', ['zero', 'mean'] as const);
      await run({ ablation: { heads: store.getState().ablation.heads, mode: m } });
    }),
    dispose() {
      if (disposed) return;
      disposed = true;
      ticket++;
      generation++;
      loading.abort();
      void model?.then((m) => m.dispose()).catch(() => undefined);
    },
  };
}

async function readSource(
  source: NonNullable<NextTokenControllerOptions['checkpoint']>,
  signal: AbortSignal,
  fetch: LoadCheckpointOptions['fetch'],
): Promise<Checkpoint> {
  if (typeof source === 'function') return checkObject(await source(signal), 'checkpoint') as unknown as Checkpoint;
  if (
    typeof source === 'string' ||
    source instanceof URL ||
    source instanceof ArrayBuffer ||
    source instanceof Uint8Array
  ) {
    return loadCheckpoint(source, { signal, ...(fetch ? { fetch } : {}) });
  }
  return checkObject(source, 'options.checkpoint') as unknown as Checkpoint;
}

function checkTemperature(value: unknown): number {
  return checkNumber(value, 'temperature', { min: 0, max: MAX_TEMPERATURE });
}

function lastRow(result: ForwardResult): Float32Array {
  const vocab = result.logits.length / result.length;
  return result.logits.subarray((result.length - 1) * vocab, result.length * vocab);
}

function predict(result: ForwardResult, temperature: number, k: number) {
  return topK(softmax(lastRow(result), temperature > 0 ? temperature : 1), k);
}

/** {@link LossSummary} of one pass. */
export function lossSummary(result: Pick<ForwardResult, 'ids' | 'losses'>): LossSummary {
  const raw = checkObject(result, 'result');
  const ids = checkFiniteNumbers(raw.ids, 'result.ids');
  const losses = checkFiniteNumbers(raw.losses, 'result.losses');
  if (losses.length >= Math.max(1, ids.length)) {
    throw fail(
      'LENGTH_MISMATCH',
      `${losses.length} losses for ${ids.length} ids; there is one loss per id but the last.`,
    );
  }
  let all = 0;
  let repeated = 0;
  let count = 0;
  const seen = new Set<number>();
  for (let i = 0; i < losses.length; i++) {
    const pair = ids[i]! * 65_536 + ids[i + 1]!;
    all += losses[i]!;
    if (seen.has(pair)) {
      repeated += losses[i]!;
      count++;
    }
    seen.add(pair);
  }
  return {
    loss: losses.length ? all / losses.length : null,
    repeatedLoss: count ? repeated / count : null,
    repeatedCount: count,
  };
}

function headScores(result: ForwardResult, ids: Int32Array, heads: number, copying: number[][]): HeadScores[][] {
  return result.attention.map((layer, l) =>
    attentionScores(layer, ids, 1, heads, result.length).map((s, h) => ({ ...s, copying: copying[l]?.[h] ?? 0 })),
  );
}
