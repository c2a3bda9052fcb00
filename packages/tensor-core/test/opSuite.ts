// The same correctness suite for every backend: Node runs it on cpu and wasm, Chromium on
// webgpu, webgl and wasm. Fresh random inputs with odd, non-square sizes (not multiples of 4
// or of tfjs's 32-wide tiles), checked against plain float64 references.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRuntime,
  TensorCoreError,
  type BackendName,
  type RuntimeOptions,
  type TensorRuntime,
} from '../src/index.js';
import {
  attention64,
  covariance64,
  jacobiEigenvalues,
  matmul64,
  neighbors64,
  randomMatrix,
  relativeError,
} from './reference.js';

const TOLERANCE = 1e-4;

export function defineOpSuite(backend: BackendName, options: RuntimeOptions = {}, leakCalls = 1000): void {
  describe(`tensor-core ops on ${backend}`, () => {
    let runtime: TensorRuntime;
    beforeAll(async () => {
      runtime = await createRuntime({ ...options, backends: [backend] });
      expect(runtime.backend).toBe(backend);
    });
    afterAll(() => runtime?.dispose());

    it('matmul matches float64 on odd, non-square sizes', async () => {
      for (const [m, k, n, seed] of [
        [37, 53, 29, 1],
        [1, 67, 3, 2],
        [65, 33, 1, 3],
      ] as const) {
        const a = randomMatrix(m, k, seed, 0.3);
        const b = randomMatrix(k, n, seed + 10);
        const result = await runtime.matmul({ data: a, shape: [m, k] }, { data: b, shape: [k, n] });
        expect(result.shape).toEqual([m, n]);
        expect(relativeError(result.data, matmul64(a, b, m, k, n))).toBeLessThan(TOLERANCE);
      }
    });

    it('attention: multi-head, causal, padding mask, cross attention and output', async () => {
      const heads = 3;
      const dHead = 7;
      const qLen = 11;
      const kLen = 13;
      const q = randomMatrix(qLen, heads * dHead, 21, 0.1);
      const k = randomMatrix(kLen, heads * dHead, 22);
      const v = randomMatrix(kLen, heads * 5, 23);
      const mask = Array.from({ length: qLen }, (_, i) =>
        Array.from({ length: kLen }, (_, j) => (i === 4 ? 0 : j % 5 !== 4 ? 1 : 0)),
      );
      const result = await runtime.attention({
        q: { data: q, shape: [qLen, heads * dHead] },
        k: { data: k, shape: [kLen, heads * dHead] },
        v: { data: v, shape: [kLen, heads * 5] },
        heads,
        causal: true,
        mask,
      });
      const offset = kLen - qLen;
      const reference = attention64(q, k, qLen, kLen, heads, (i, j) => j <= i + offset && mask[i]?.[j] === 1, v, 5);
      expect(result.shape).toEqual([heads, qLen, kLen]);
      expect(relativeError(result.weights, reference.weights)).toBeLessThan(TOLERANCE);
      expect(relativeError(result.output?.data ?? [], reference.output ?? [])).toBeLessThan(TOLERANCE);
      // Masked cells are exactly 0, and the fully masked row 4 is all zeros.
      for (let h = 0; h < heads; h++)
        for (let i = 0; i < qLen; i++)
          for (let j = 0; j < kLen; j++) {
            if (!(j <= i + offset && mask[i]?.[j] === 1)) expect(result.weights[(h * qLen + i) * kLen + j]).toBe(0);
          }
    });

    it('attention is stable for huge scores', async () => {
      const q = [[1000, -1000]];
      const k = [
        [1000, -1000],
        [-1000, 1000],
        [999, -999],
      ];
      const { weights } = await runtime.attention({ q, k, heads: 1 });
      expect(Array.from(weights).every(Number.isFinite)).toBe(true);
      expect(weights[0]).toBeCloseTo(1, 5);
    });

    it('pca is exact on every row: eigen-pairs, projection and variance ratios', async () => {
      const n = 301;
      const d = 13;
      const components = 4;
      // Correlated columns with a non-zero mean, so centring and ordering matter.
      const base = randomMatrix(n, d, 31, 0.5);
      for (let i = 0; i < n; i++) {
        base[i * d + 1] = (base[i * d] as number) * 3 + (base[i * d + 1] as number) * 0.1 + 2;
        base[i * d + 2] = (base[i * d] as number) - (base[i * d + 3] as number) * 2;
      }
      const result = await runtime.pca({ data: base, shape: [n, d] }, { components });
      const { cov, mean } = covariance64(base, n, d);
      const eigen = jacobiEigenvalues(cov, d);
      expect(relativeError(result.mean, mean)).toBeLessThan(TOLERANCE);
      expect(relativeError(result.explainedVariance, eigen.slice(0, components))).toBeLessThan(TOLERANCE);
      const total = eigen.reduce((s, x) => s + x, 0);
      expect(
        relativeError(
          result.explainedVarianceRatio,
          eigen.slice(0, components).map((x) => x / total),
        ),
      ).toBeLessThan(TOLERANCE);
      for (let c = 0; c < components; c++) {
        const axis = result.components.data.subarray(c * d, (c + 1) * d);
        // Unit length, Cv = λv, and the largest entry positive (deterministic sign).
        expect(Math.hypot(...axis)).toBeCloseTo(1, 5);
        const cv = Array.from({ length: d }, (_, i) => axis.reduce((s, v, j) => s + (cov[i * d + j] as number) * v, 0));
        expect(
          relativeError(
            cv,
            Array.from(axis, (v) => v * (eigen[c] as number)),
          ),
        ).toBeLessThan(1e-3);
        const largest = axis.reduce((best, v) => (Math.abs(v) > Math.abs(best) ? v : best), 0);
        expect(largest).toBeGreaterThan(0);
      }
      const expected = new Float64Array(n * components);
      for (let i = 0; i < n; i++)
        for (let c = 0; c < components; c++) {
          let s = 0;
          for (let j = 0; j < d; j++)
            s += ((base[i * d + j] as number) - (mean[j] as number)) * (result.components.data[c * d + j] as number);
          expected[i * components + c] = s;
        }
      expect(relativeError(result.projected.data, expected)).toBeLessThan(TOLERANCE);
    });

    it('nearest neighbours match brute force for cosine, euclidean and dot', async () => {
      const n = 403;
      const d = 17;
      const x = randomMatrix(n, d, 41, 0.2);
      const queries = randomMatrix(3, d, 42, 0.2);
      for (const metric of ['cosine', 'euclidean', 'dot'] as const) {
        const index = runtime.createIndex({ data: x, shape: [n, d] }, { metric });
        try {
          const batch = await index.queryBatch({ data: queries, shape: [3, d] }, 9);
          for (let qi = 0; qi < 3; qi++) {
            const query = queries.subarray(qi * d, (qi + 1) * d);
            const expected = neighbors64(x, n, d, query, 9, metric);
            const single = await index.query(query, 9);
            expect(Array.from(single.indices), metric).toEqual(expected.indices);
            expect(relativeError(single.scores, expected.scores)).toBeLessThan(TOLERANCE);
            expect(Array.from(batch[qi]?.indices ?? [])).toEqual(expected.indices);
          }
        } finally {
          index.dispose();
        }
      }
      const oneShot = await runtime.nearestNeighbors({ data: x, shape: [n, d] }, queries.subarray(0, d), {
        k: 1,
        metric: 'dot',
      });
      expect(oneShot.indices[0]).toBe(neighbors64(x, n, d, queries.subarray(0, d), 1, 'dot').indices[0]);
    });

    it('breaks ties towards the lower index', async () => {
      const x = [
        [1, 0],
        [0, 1],
        [1, 0],
        [1, 0],
      ];
      const result = await runtime.nearestNeighbors(x, [1, 0], { k: 3 });
      expect(Array.from(result.indices)).toEqual([0, 2, 3]);
    });

    it('normalizeRows and cosineSimilarity match float64', async () => {
      const a = randomMatrix(9, 5, 51, 0.1);
      const b = randomMatrix(7, 5, 52, -0.1);
      const normalized = await runtime.normalizeRows({ data: a, shape: [9, 5] });
      for (let i = 0; i < 9; i++) expect(Math.hypot(...normalized.data.subarray(i * 5, i * 5 + 5))).toBeCloseTo(1, 5);
      const cos = await runtime.cosineSimilarity({ data: a, shape: [9, 5] }, { data: b, shape: [7, 5] });
      const expected = Array.from({ length: 63 }, (_, idx) => {
        const i = Math.floor(idx / 7);
        const j = idx % 7;
        const ai = a.subarray(i * 5, i * 5 + 5);
        const bj = b.subarray(j * 5, j * 5 + 5);
        return ai.reduce((s, v, t) => s + v * (bj[t] as number), 0) / (Math.hypot(...ai) * Math.hypot(...bj));
      });
      expect(relativeError(cos.data, expected)).toBeLessThan(TOLERANCE);
    });

    it('measureThroughput reports a positive rate with the median of the runs', async () => {
      const result = await runtime.measureThroughput({ size: 64, runs: 3 });
      expect(result.backend).toBe(backend);
      expect(result.runsMs).toHaveLength(3);
      expect(result.flops).toBe(2 * 64 ** 3);
      expect(result.medianMs).toBe([...result.runsMs].sort((x, y) => x - y)[1]);
      expect(result.gflops).toBeGreaterThan(0);
    });

    it('measureBandwidth: a GPU copy on webgpu, the host path elsewhere; GB/s = bytes per run ÷ median', async () => {
      const progress: number[] = [];
      const result = await runtime.measureBandwidth({
        sizeMiB: 4,
        copies: 2,
        runs: 3,
        onProgress: (done) => progress.push(done),
      });
      expect(result.backend).toBe(backend);
      expect(result.kind).toBe(backend === 'webgpu' ? 'gpu-copy' : 'host-copy');
      // A software adapter (SwiftShader in headless Chromium) is never passed off as a GPU number.
      expect(result.software).toBe(backend === 'webgpu' && runtime.adapter?.isFallbackAdapter === true);
      if (result.software) expect(result.note).toMatch(/not a GPU number/);
      expect(result.bytesPerRun).toBe(2 * 4 * 2 ** 20 * 2);
      expect(result.samplesMs).toHaveLength(3);
      expect(result.medianMs).toBe([...result.samplesMs].sort((x, y) => x - y)[1]);
      expect(result.gbPerSecond).toBeCloseTo(result.bytesPerRun / (result.medianMs / 1000) / 1e9, 6);
      expect(result.gbPerSecond).toBeGreaterThan(0);
      expect(progress).toEqual([1, 2, 3]);
      await expect(runtime.measureBandwidth({ sizeMiB: 4, signal: AbortSignal.abort() })).rejects.toMatchObject({
        code: 'ABORTED',
      });
    });

    it('rejects bad input with typed errors naming the argument and shapes', async () => {
      const cases: [Promise<unknown>, string, RegExp][] = [
        [runtime.matmul([[1, 2]], [[1, 2]]), 'INVALID_SHAPE', /b must have 2 rows/],
        [
          runtime.matmul([[1, Number.NaN]], [[1], [2]]),
          'INVALID_VALUE',
          /a has a non-finite value \(NaN\) at row 0, column 1/,
        ],
        [runtime.matmul([], [[1]]), 'EMPTY_INPUT', /a has no rows/],
        [
          runtime.attention({ q: [[1, 2, 3]], k: [[1, 2, 3]], heads: 2 }),
          'INVALID_SHAPE',
          /3 columns, which do not split into 2 heads/,
        ],
        [
          runtime.attention({ q: [[1, 2]], k: [[1, 2, 3]], heads: 1 }),
          'INVALID_SHAPE',
          /k has shape \[1, 3\]; expected \[1, 2\]/,
        ],
        [
          runtime.pca(
            [
              [1, 2],
              [3, 4],
            ],
            { components: 3 },
          ),
          'INVALID_VALUE',
          /components must be an integer from 1 to 2/,
        ],
        [runtime.pca([[1, 2]]), 'INVALID_SHAPE', /at least 2 rows/],
        [
          runtime.nearestNeighbors(
            [
              [1, 0],
              [0, 1],
            ],
            [1, 0],
            { k: 3 },
          ),
          'INVALID_VALUE',
          /k must be an integer from 1 to 2/,
        ],
        [
          runtime.nearestNeighbors(
            [
              [1, 0],
              [0, 1],
            ],
            [1, 0, 0],
            { k: 1 },
          ),
          'INVALID_SHAPE',
          /vector has 3 values; expected 2/,
        ],
        [
          runtime.nearestNeighbors(
            [
              [1, 0],
              [0, 1],
            ],
            [0, 0],
            { k: 1 },
          ),
          'ZERO_VECTOR',
          /query row 0 is all zeros/,
        ],
        [
          runtime.normalizeRows([
            [1, 1],
            [0, 0],
          ]),
          'ZERO_VECTOR',
          /x row 1 is all zeros/,
        ],
      ];
      for (const [promise, code, message] of cases) {
        const error = await promise.then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, String(message)).toBeInstanceOf(TensorCoreError);
        expect((error as TensorCoreError).code).toBe(code);
        expect((error as TensorCoreError).message).toMatch(message);
      }
      expect(() =>
        runtime.createIndex([
          [0, 0],
          [1, 1],
        ]),
      ).toThrow(/vectors row 0 is all zeros/);
    });

    it(`leaves the tensor count unchanged after ${leakCalls} calls of each op, errors included`, async () => {
      const before = runtime.numTensors();
      const x = randomMatrix(20, 6, 61, 0.3);
      const index = runtime.createIndex({ data: x, shape: [20, 6] });
      await index.query(x.subarray(0, 6), 3); // uploads the resident rows
      const afterIndex = runtime.numTensors();
      for (let i = 0; i < leakCalls; i++) {
        await runtime.matmul({ data: x, shape: [20, 6] }, [[1], [2], [3], [4], [5], [6]]);
        await runtime.attention({
          q: { data: x, shape: [20, 6] },
          k: { data: x, shape: [20, 6] },
          v: { data: x, shape: [20, 6] },
          heads: 2,
          causal: true,
        });
        await runtime.pca({ data: x, shape: [20, 6] }, { components: 2 });
        await index.query(x.subarray(0, 6), 3);
        await runtime.cosineSimilarity({ data: x, shape: [20, 6] }, { data: x, shape: [20, 6] });
        await runtime.matmul([[1, 2]], [[1, 2]]).catch(() => undefined);
      }
      expect(runtime.numTensors()).toBe(afterIndex);
      index.dispose();
      expect(runtime.numTensors()).toBe(before);
    });
  });
}
