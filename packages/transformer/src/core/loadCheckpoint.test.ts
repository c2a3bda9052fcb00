// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint } from './loadCheckpoint.js';

const FILE = new URL('../../checkpoints/induction.tsgpt', import.meta.url);
const BYTES = new Uint8Array(readFileSync(FILE));
const URL_TEXT = 'https://example.org/induction.tsgpt';
const code = (name: string, details?: Record<string, unknown>) =>
  expect.objectContaining({ code: name, ...(details ? { details: expect.objectContaining(details) } : {}) });

const answer =
  (body: Uint8Array | null, init: ResponseInit = {}) =>
  async (_input: string | URL, request?: { signal?: AbortSignal }) => {
    if (request?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return new Response(body as BodyInit | null, init);
  };

describe('loadCheckpoint', () => {
  it('decodes bytes (Uint8Array or ArrayBuffer) and URLs through fetch', async () => {
    const fromBytes = await loadCheckpoint(BYTES);
    expect(fromBytes.config).toMatchObject({ vocabSize: 32, contextLength: 32, layers: 2, heads: 2 });
    expect(fromBytes.tokenizer).toEqual({ kind: 'ids' });
    const buffer = BYTES.buffer.slice(BYTES.byteOffset, BYTES.byteOffset + BYTES.byteLength);
    expect((await loadCheckpoint(buffer)).config).toEqual(fromBytes.config);
    const seen: string[] = [];
    const viaUrl = await loadCheckpoint(new URL(URL_TEXT), {
      fetch: async (input, init) => {
        seen.push(String(input));
        return answer(BYTES)(input, init);
      },
    });
    expect(seen).toEqual([URL_TEXT]);
    expect(viaUrl.weights.tokenEmbedding!.data).toEqual(fromBytes.weights.tokenEmbedding!.data);
  });

  it('names the URL when the download fails or the server answers an error', async () => {
    await expect(
      loadCheckpoint(URL_TEXT, {
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    ).rejects.toEqual(code('INVALID_FORMAT', { url: URL_TEXT }));
    await expect(loadCheckpoint(URL_TEXT, { fetch: answer(null, { status: 404 }) })).rejects.toEqual(
      code('INVALID_FORMAT', { url: URL_TEXT, status: 404 }),
    );
    await expect(loadCheckpoint(URL_TEXT, { fetch: async () => 'not a response' as never })).rejects.toEqual(
      code('INVALID_FORMAT', { url: URL_TEXT }),
    );
    await expect(loadCheckpoint(URL_TEXT, { fetch: answer(new Uint8Array(0)) })).rejects.toEqual(
      code('EMPTY_INPUT', { url: URL_TEXT }),
    );
  });

  it('refuses a corrupt or truncated file, too many bytes and bad arguments with typed errors', async () => {
    const damaged = BYTES.slice();
    damaged[200] = damaged[200]! ^ 0xff;
    await expect(loadCheckpoint(damaged)).rejects.toEqual(code('CORRUPT_CHECKPOINT'));
    await expect(loadCheckpoint(URL_TEXT, { fetch: answer(BYTES.subarray(0, 1000)) })).rejects.toEqual(
      code('CORRUPT_CHECKPOINT'),
    );
    await expect(loadCheckpoint(BYTES, { maxBytes: 100 })).rejects.toEqual(code('TOO_LARGE'));
    await expect(loadCheckpoint(new Uint8Array(0))).rejects.toEqual(code('EMPTY_INPUT'));
    await expect(loadCheckpoint('  ')).rejects.toEqual(code('EMPTY_INPUT'));
    await expect(loadCheckpoint(42 as never)).rejects.toEqual(code('INVALID_ARGUMENT'));
    await expect(loadCheckpoint(BYTES, { signal: 'no' as never })).rejects.toEqual(code('INVALID_ARGUMENT'));
    await expect(loadCheckpoint(URL_TEXT, { fetch: 'no' as never })).rejects.toEqual(code('INVALID_ARGUMENT'));
  });

  it('is ABORTED when the signal fires before or during the download', async () => {
    const before = new AbortController();
    before.abort();
    await expect(loadCheckpoint(URL_TEXT, { signal: before.signal, fetch: answer(BYTES) })).rejects.toEqual(
      code('ABORTED', { url: URL_TEXT }),
    );
    const during = new AbortController();
    const pending = loadCheckpoint(URL_TEXT, {
      signal: during.signal,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    });
    during.abort();
    await expect(pending).rejects.toEqual(code('ABORTED'));
  });
});
