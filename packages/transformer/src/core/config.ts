import { checkBoolean, checkInteger, checkNumber, checkObject, checkString } from '@tensorscope/common';
import { fail } from './errors.js';

/**
 * The shape of a decoder-only transformer (GPT): token + learned position embeddings, `layers`
 * blocks of pre-LayerNorm causal multi-head attention (and an MLP when `mlp`), a final LayerNorm
 * and an untied unembedding.
 */
export interface TransformerConfig {
  /** Number of token ids the model reads and predicts. */
  readonly vocabSize: number;
  /** The longest input (positions with a learned embedding). */
  readonly contextLength: number;
  /** Width of the residual stream. */
  readonly dModel: number;
  /** Attention heads per layer; `dModel` must be a multiple of it. */
  readonly heads: number;
  /** Number of blocks. */
  readonly layers: number;
  /** Whether each block has an MLP after attention (an attention-only model has none). */
  readonly mlp: boolean;
  /** Hidden width of the MLP as a multiple of `dModel` (GPT-2 uses 4). */
  readonly mlpRatio: number;
}

/** The limits a config must respect: big enough to mean something, small enough for a browser tab. */
const LIMITS = {
  vocabSize: { min: 2, max: 65_536 },
  contextLength: { min: 2, max: 2048 },
  dModel: { min: 2, max: 2048 },
  heads: { min: 1, max: 64 },
  layers: { min: 1, max: 48 },
  mlpRatio: { min: 1, max: 8 },
} as const;

/** Checks every field (typed errors naming it) and returns a frozen copy. */
export function readConfig(value: unknown, argument = 'config'): TransformerConfig {
  checkString(argument, 'argument');
  const raw = checkObject(value, argument);
  const int = (key: keyof typeof LIMITS) => checkInteger(raw[key], `${argument}.${key}`, LIMITS[key]);
  const config: TransformerConfig = {
    vocabSize: int('vocabSize'),
    contextLength: int('contextLength'),
    dModel: int('dModel'),
    heads: int('heads'),
    layers: int('layers'),
    mlp: raw.mlp === undefined ? false : checkBoolean(raw.mlp, `${argument}.mlp`),
    mlpRatio:
      raw.mlpRatio === undefined
        ? 4
        : checkNumber(raw.mlpRatio, `${argument}.mlpRatio`, { ...LIMITS.mlpRatio, integer: true }),
  };
  if (config.dModel % config.heads !== 0) {
    throw fail(
      'INVALID_ARGUMENT',
      `${argument}.dModel (${config.dModel}) must be a multiple of ${argument}.heads (${config.heads}).`,
      {
        details: { dModel: config.dModel, heads: config.heads },
      },
    );
  }
  return Object.freeze(config);
}

/** Width of one head's query, key and value vectors. */
export function headDim(config: TransformerConfig): number {
  const { dModel, heads } = readConfig(config);
  return dModel / heads;
}

/** Whether two configs describe the same architecture. */
export function sameConfig(first: TransformerConfig, second: TransformerConfig): boolean {
  const a = readConfig(first, 'a');
  const b = readConfig(second, 'b');
  return (
    a.vocabSize === b.vocabSize &&
    a.contextLength === b.contextLength &&
    a.dModel === b.dModel &&
    a.heads === b.heads &&
    a.layers === b.layers &&
    a.mlp === b.mlp &&
    (!a.mlp || a.mlpRatio === b.mlpRatio)
  );
}
