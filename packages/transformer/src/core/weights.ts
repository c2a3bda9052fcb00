import { checkObject, createSeededRandom, describeValue, gaussian } from '@tensorscope/common';
import { headDim, readConfig, type TransformerConfig } from './config.js';
import { fail } from './errors.js';

/** One named parameter tensor, row-major. */
export interface WeightTensor {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** Every parameter of a model by name (see {@link weightShapes} for the names). */
export type Weights = Readonly<Record<string, WeightTensor>>;

/** What a parameter is, for initialisation and weight decay. */
export type WeightKind = 'embedding' | 'matrix' | 'output-matrix' | 'gain' | 'bias';

export interface WeightSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly kind: WeightKind;
}

/**
 * The parameters of a config, in a fixed order (the checkpoint order). Matrices are `[in, out]`,
 * so `x · W`; the query/key/value/output matrices keep head `h` in columns (rows for `wo`)
 * `h·dHead … (h+1)·dHead − 1`.
 */
export function weightShapes(value: TransformerConfig): WeightSpec[] {
  const config = readConfig(value);
  const { vocabSize: v, contextLength: t, dModel: d, layers } = config;
  const hidden = d * config.mlpRatio;
  const specs: WeightSpec[] = [
    { name: 'tokenEmbedding', shape: [v, d], kind: 'embedding' },
    { name: 'positionEmbedding', shape: [t, d], kind: 'embedding' },
  ];
  for (let l = 0; l < layers; l++) {
    const p = `layer${l}.`;
    specs.push(
      { name: `${p}ln1.gain`, shape: [d], kind: 'gain' },
      { name: `${p}ln1.bias`, shape: [d], kind: 'bias' },
      { name: `${p}attention.query`, shape: [d, d], kind: 'matrix' },
      { name: `${p}attention.key`, shape: [d, d], kind: 'matrix' },
      { name: `${p}attention.value`, shape: [d, d], kind: 'matrix' },
      { name: `${p}attention.output`, shape: [d, d], kind: 'output-matrix' },
    );
    if (config.mlp) {
      specs.push(
        { name: `${p}ln2.gain`, shape: [d], kind: 'gain' },
        { name: `${p}ln2.bias`, shape: [d], kind: 'bias' },
        { name: `${p}mlp.in`, shape: [d, hidden], kind: 'matrix' },
        { name: `${p}mlp.inBias`, shape: [hidden], kind: 'bias' },
        { name: `${p}mlp.out`, shape: [hidden, d], kind: 'output-matrix' },
        { name: `${p}mlp.outBias`, shape: [d], kind: 'bias' },
      );
    }
  }
  specs.push(
    { name: 'lnFinal.gain', shape: [d], kind: 'gain' },
    { name: 'lnFinal.bias', shape: [d], kind: 'bias' },
    { name: 'unembedding', shape: [d, v], kind: 'matrix' },
  );
  return specs;
}

/** Number of trainable parameters. */
export function parameterCount(config: TransformerConfig): number {
  return weightShapes(config).reduce((sum, spec) => sum + size(spec.shape), 0);
}

export function size(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/**
 * Seeded GPT-2-style initialisation: normal(0, 0.02) for embeddings and matrices, the residual
 * outputs scaled by 1/√(2·layers) so the stream's variance does not grow with depth, gains 1,
 * biases 0. The same seed gives the same weights on every machine.
 */
export function initWeights(value: TransformerConfig, seed: number): Record<string, WeightTensor> {
  const config = readConfig(value);
  const random = createSeededRandom(seed);
  const residualScale = 1 / Math.sqrt(2 * config.layers);
  const weights: Record<string, WeightTensor> = {};
  for (const spec of weightShapes(config)) {
    const data = new Float32Array(size(spec.shape));
    if (spec.kind === 'gain') data.fill(1);
    else if (spec.kind !== 'bias') {
      const std = 0.02 * (spec.kind === 'output-matrix' ? residualScale : 1);
      for (let i = 0; i < data.length; i++) data[i] = std * gaussian(random);
    }
    weights[spec.name] = { shape: spec.shape, data };
  }
  return weights;
}

/** Checks that `weights` holds exactly the parameters of `config` with the right shapes and finite values. */
export function checkWeights(config: TransformerConfig, weights: Weights): void {
  const all = checkObject(weights, 'weights');
  for (const spec of weightShapes(config)) {
    const tensor = Object.hasOwn(all, spec.name) ? all[spec.name] : undefined;
    if (!tensor) throw fail('CONFIG_MISMATCH', `The weights have no "${spec.name}" for this config.`);
    const { shape, data } = checkObject(tensor, `weights["${spec.name}"]`) as { shape?: unknown; data?: unknown };
    if (!(data instanceof Float32Array) || !Array.isArray(shape)) {
      throw fail(
        'INVALID_ARGUMENT',
        `weights["${spec.name}"] must be { shape: number[], data: Float32Array }; its data is ${describeValue(data)} and its shape ${describeValue(shape)}.`,
      );
    }
    const expected = size(spec.shape);
    const sameShape = shape.length === spec.shape.length && shape.every((n, i) => n === spec.shape[i]);
    if (data.length !== expected || !sameShape) {
      const shown = shape.map((n) => (typeof n === 'number' ? n : describeValue(n))).join(', ');
      throw fail(
        'CONFIG_MISMATCH',
        `"${spec.name}" is [${shown}] with ${data.length} values; this config needs [${spec.shape.join(', ')}].`,
        {
          details: { name: spec.name, shape: [...(shape as unknown[])], expected: [...spec.shape] },
        },
      );
    }
    for (let i = 0; i < data.length; i++) {
      if (!Number.isFinite(data[i])) {
        throw fail('INVALID_VALUE', `"${spec.name}" holds ${data[i]} at ${i}: weights must be finite.`);
      }
    }
  }
}

export { headDim };
