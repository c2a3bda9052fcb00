import type { Meta, StoryObj } from '@storybook/react-vite';
import { createSeededRandom, gaussian } from '@tensorscope/common';
import { useEffect, useRef, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import type { EmbeddingData } from '../src/core/index.js';
import { EmbeddingSpace } from '../src/index.js';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';

/** `count` points in `clusters` Gaussian clusters in 3D, used both as vectors and as given coordinates. */
function gaussianMixture(count: number, clusters: number, seed = 7): EmbeddingData {
  const random = createSeededRandom(seed);
  const centres = Array.from({ length: clusters }, () => [gaussian(random), gaussian(random), gaussian(random)]);
  const vectors = new Float32Array(count * 3);
  const codes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const c = i % clusters;
    codes[i] = c;
    for (let d = 0; d < 3; d++) vectors[i * 3 + d] = centres[c]![d]! + 0.25 * gaussian(random);
  }
  return {
    vectors,
    count,
    dimensions: 3,
    labels: Array.from({ length: count }, (_, i) => `point ${i + 1}`),
    columns: [{ kind: 'category', name: 'cluster', categories: centres.map((_, c) => `cluster ${c + 1}`), codes }],
    coordinates: { values: vectors, dimensions: 3 },
  };
}

const meta = {
  title: 'Embeddings/EmbeddingSpace/Scale and robustness',
  component: EmbeddingSpace,
  args: { data: gaussianMixture(2_000, 8), height: 360, runtimeOptions: { wasmPaths } },
} satisfies Meta<typeof EmbeddingSpace>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * One million points in 12 clusters, one draw call. Per-frame main-thread work does not depend on
 * the number of points (see `npm run bench`). Not run as a test: software WebGL is slow at 1M.
 */
export const OneMillionPoints: Story = {
  args: {
    data: gaussianMixture(1_000_000, 12),
    initialState: { projection: { kind: 'precomputed' }, colorBy: 'cluster' },
  },
  tags: ['!test'],
};

/** Given coordinates (e.g. a UMAP run in Python) with 300 categories: every category keeps its own colour. */
export const ManyCategories: Story = {
  args: {
    data: gaussianMixture(6_000, 300),
    initialState: { projection: { kind: 'precomputed' }, colorBy: 'cluster' },
  },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('button', { name: /^cluster \d+/ })).toHaveLength(300), {
      timeout: 30_000,
    });
  },
};

/** The WebGL context is lost (as when a GPU resets) and restored: the view says so and redraws. */
export const ContextLoss: Story = {
  args: { initialState: { projection: { kind: 'precomputed' } } },
  play: async ({ canvas, canvasElement }) => {
    const element = await waitFor<HTMLCanvasElement>(
      () => {
        // three.js marks its canvas once the renderer owns the context.
        const found = canvasElement.querySelector('canvas[data-engine]');
        expect(found).not.toBeNull();
        return found as HTMLCanvasElement;
      },
      { timeout: 60_000 },
    );
    const gl = (element.getContext('webgl2') ?? element.getContext('webgl')) as WebGLRenderingContext;
    const extension = gl.getExtension('WEBGL_lose_context')!;
    extension.loseContext();
    await expect(await canvas.findByText(/graphics context was lost/)).toBeInTheDocument();
    extension.restoreContext();
    await waitFor(() => expect(canvas.queryByText(/graphics context was lost/)).toBeNull(), { timeout: 10_000 });
    await expect(gl.isContextLost()).toBe(false);
  },
};

const CYCLES = 100;

/** Mounts and unmounts the explorer 100 times, counting WebGL contexts created and released. */
function MountCycles({ data }: { data: EmbeddingData }) {
  const [cycle, setCycle] = useState(0);
  const [mounted, setMounted] = useState(true);
  const [counts, setCounts] = useState({ created: 0, lost: 0 });
  useEffect(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    const seen = new WeakSet<object>();
    let created = 0;
    let lost = 0;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      const context = (original as (...a: unknown[]) => unknown).apply(this, args);
      if (context && String(args[0]).startsWith('webgl') && !seen.has(context)) {
        seen.add(context);
        created++;
        this.addEventListener('webglcontextlost', () => {
          lost++;
          setCounts({ created, lost });
        });
        setCounts({ created, lost });
      }
      return context;
    } as typeof original;
    return () => {
      HTMLCanvasElement.prototype.getContext = original;
    };
  }, []);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (cycle >= CYCLES) return;
    if (!mounted) {
      const timer = setTimeout(() => {
        setMounted(true);
        setCycle(cycle + 1);
      }, 10);
      return () => clearTimeout(timer);
    }
    // Unmount once three.js owns a context (the canvas is marked with data-engine).
    let frame = requestAnimationFrame(function poll() {
      if (host.current?.querySelector('canvas[data-engine]')) setMounted(false);
      else frame = requestAnimationFrame(poll);
    });
    return () => cancelAnimationFrame(frame);
  }, [cycle, mounted]);
  return (
    <div ref={host}>
      <p data-testid="cycles">
        cycle {cycle} of {CYCLES}; WebGL contexts created {counts.created}, released {counts.lost}, live{' '}
        <output data-testid="live">{counts.created - counts.lost}</output>
      </p>
      {mounted ? (
        <EmbeddingSpace data={data} height={200} initialState={{ projection: { kind: 'precomputed' } }} />
      ) : null}
    </div>
  );
}

/** 100 mount/unmount cycles leave at most the current context alive (browsers cap them at ~16). */
export const MountUnmountCycles: Story = {
  render: (args) => <MountCycles data={args.data} />,
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByTestId('cycles').textContent).toContain(`cycle ${CYCLES} of`), {
      timeout: 120_000,
      interval: 500,
    });
    await waitFor(() => expect(Number(canvas.getByTestId('live').textContent)).toBeLessThanOrEqual(1), {
      timeout: 10_000,
    });
    await expect(Number(canvas.getByTestId('cycles').textContent?.match(/created (\d+)/)?.[1])).toBeGreaterThanOrEqual(
      CYCLES,
    );
  },
};
