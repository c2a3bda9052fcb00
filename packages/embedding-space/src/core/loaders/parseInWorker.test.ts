import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbeddingError } from '../errors.js';
import { loadEmbeddingFile } from './parseInWorker.js';
import { handleWorkerMessage, type WorkerParseMessage, type WorkerReplyMessage } from './workerProtocol.js';

const tsv = (rows: number, dimensions = 4) =>
  Array.from({ length: rows }, (_, r) =>
    Array.from({ length: dimensions }, (_, c) => (r * 0.5 + c).toString()).join('\t'),
  )
    .join('\n')
    .concat('\n');

async function rejection(promise: Promise<unknown>): Promise<EmbeddingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(EmbeddingError);
    return error as EmbeddingError;
  }
  throw new Error('expected a rejection');
}

describe('loadEmbeddingFile without workers (main-thread fallback)', () => {
  it('runs where Worker does not exist, as in this test DOM', () => {
    expect(typeof Worker).toBe('undefined');
  });

  it('parses in pieces, reporting progress from 0 to 1 in steps of about 5 %', async () => {
    const progress: number[] = [];
    const data = await loadEmbeddingFile(tsv(2000), {
      name: 'v.tsv',
      chunkSize: 1000,
      onProgress: (f) => progress.push(f),
    });
    expect(data.count).toBe(2000);
    expect(data.vectors[4 * 1999 + 3]).toBe(1999 * 0.5 + 3);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.length).toBeLessThanOrEqual(22);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1] as number);
  });

  it('yields to the event loop between pieces', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await loadEmbeddingFile(tsv(500), { chunkSize: 500 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('reads Files with their names and a metadata File', async () => {
    const vectors = new File([tsv(3)], 'emb.tsv');
    const metadata = new File(['word\ttopic\n가\tx\n나\ty\n다\tx\n'], 'meta.tsv');
    const data = await loadEmbeddingFile(vectors, { metadata, chunkSize: 7 });
    expect(data.labels).toEqual(['가', '나', '다']);
    expect(data.columns[0]?.name).toBe('topic');
    const error = await rejection(loadEmbeddingFile(vectors, { metadata: new File(['a\n'], 'meta.tsv') }));
    expect(error.code).toBe('LENGTH_MISMATCH');
    expect(error.message).toMatch(/^meta\.tsv has 1 row of metadata for 3 vectors\./);
  });

  it('decodes multi-byte UTF-8 cut between pieces', async () => {
    const data = await loadEmbeddingFile(new File(['한국어 1 2\n日本語 3 4\n'], 'w.txt'), { chunkSize: 2 });
    expect(data.labels).toEqual(['한국어', '日本語']);
  });

  it('reads a .bytes File with a shape', async () => {
    const file = new File([new Float32Array([1, 2, 3, 4])], 't.bytes');
    const data = await loadEmbeddingFile(file, { shape: [2, 2] });
    expect(Array.from(data.vectors)).toEqual([1, 2, 3, 4]);
  });

  it('rejects parse errors with their location', async () => {
    const error = await rejection(loadEmbeddingFile('1\t2\n3\tx\n', { name: 'v.tsv' }));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.location).toEqual({ file: 'v.tsv', line: 2, column: 2 });
  });

  it('names text without a file name after its detected format', async () => {
    const error = await rejection(loadEmbeddingFile('the 1 2\nof 1\n'));
    expect(error.location?.file).toBe('vectors.txt');
  });

  it('rejects with ABORTED when aborted before or during loading', async () => {
    const before = new AbortController();
    before.abort();
    expect((await rejection(loadEmbeddingFile(tsv(10), { signal: before.signal }))).code).toBe('ABORTED');

    const during = new AbortController();
    const progress: number[] = [];
    const error = await rejection(
      loadEmbeddingFile(tsv(2000), {
        chunkSize: 1000,
        signal: during.signal,
        onProgress: (fraction) => {
          progress.push(fraction);
          if (fraction > 0.2) during.abort();
        },
      }),
    );
    expect(error.code).toBe('ABORTED');
    expect(progress.at(-1)).toBeLessThan(0.5);
  });
});

/** Runs the worker's code in this thread, cloning replies (and transferring buffers) as postMessage does. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static failToStart = false;
  onmessage: ((event: MessageEvent<WorkerReplyMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }

  postMessage(message: WorkerParseMessage): void {
    if (FakeWorker.failToStart) {
      setTimeout(() => this.onerror?.({ message: 'failed to load', preventDefault: () => {} } as ErrorEvent), 0);
      return;
    }
    void handleWorkerMessage(message, (reply, transfer) => {
      const copy = structuredClone(reply, { transfer: transfer ?? [] });
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data: copy } as MessageEvent<WorkerReplyMessage>);
      }, 0);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('loadEmbeddingFile with a worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.instances = [];
    FakeWorker.failToStart = false;
  });

  it('starts parse.worker.js as a module worker and returns its data', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: number[] = [];
    const data = await loadEmbeddingFile(tsv(400), {
      name: 'v.tsv',
      metadata: Array.from({ length: 400 }, (_, i) => `w${i}`).join('\n'),
      chunkSize: 256,
      onProgress: (fraction) => progress.push(fraction),
    });
    const [worker] = FakeWorker.instances;
    // Vite (as here) rewrites the URL to the TypeScript source; a plain build keeps parse.worker.js.
    expect(String(worker?.url)).toMatch(/\/parse\.worker\.(js|ts)\b/);
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.terminated).toBe(true);
    expect(data.count).toBe(400);
    expect(data.labels[399]).toBe('w399');
    expect(data.vectors).toBeInstanceOf(Float32Array);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('rebuilds worker errors as EmbeddingErrors with the same code, message and location', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const error = await rejection(loadEmbeddingFile('a 1 2\nb 1 2 3\n', { name: 'glove.txt' }));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toBe(
      'Line 2 of glove.txt has 3 values; the first line has 2. Every vector needs the same number of values.',
    );
    expect(error.location).toEqual({ file: 'glove.txt', line: 2, column: 4 });
    expect(error.details).toMatchObject({ expected: 2, actual: 3 });
  });

  it('terminates the worker and rejects with ABORTED on abort', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const promise = loadEmbeddingFile(tsv(2000), { chunkSize: 1000, signal: controller.signal });
    controller.abort();
    const error = await rejection(promise);
    expect(error.code).toBe('ABORTED');
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });

  it('parses on the main thread when the worker script cannot start', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failToStart = true;
    const data = await loadEmbeddingFile(tsv(3), { name: 'v.tsv' });
    expect(data.count).toBe(3);
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });
});
