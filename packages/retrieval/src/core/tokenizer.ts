import { TensorscopeArgumentError, checkObject, checkString } from '@tensorscope/common';

/**
 * What chunking by tokens and the prompt's token count need from a tokenizer: the ids of a text
 * and the raw bytes of one id (byte-level BPE tokens can split a UTF-8 character, so offsets are
 * found in bytes). The demo's o200k loader has exactly this shape; {@link loadO200k} is the default.
 */
export interface Tokenizer {
  /** A short name shown beside token counts, e.g. `o200k_base`. */
  name?: string;
  encode(text: string): ArrayLike<number>;
  tokenBytes(id: number): Uint8Array;
}

/** A tokenizer argument: an object with `encode` and `tokenBytes` functions, else a typed error. */
export function checkTokenizer(value: unknown, argument: string): Tokenizer {
  const t = checkObject(value, argument) as Partial<Tokenizer>;
  if (typeof t.encode !== 'function' || typeof t.tokenBytes !== 'function') {
    throw new TensorscopeArgumentError(argument, 'a tokenizer { encode(text), tokenBytes(id) }', value);
  }
  return t as Tokenizer;
}

let o200k: Promise<Tokenizer> | undefined;

/**
 * gpt-tokenizer's `o200k_base` (the GPT-4o encoding), loaded on first use (about 1 MB gzip) so it
 * stays out of the entry chunk. A failed load is forgotten and retried on the next call.
 */
export function loadO200k(): Promise<Tokenizer> {
  o200k ??= import('gpt-tokenizer/encoding/o200k_base').then((module) => {
    const api = module.default;
    // gpt-tokenizer's decode() joins bytes across tokens; per-token bytes live in its BPE core
    // (version pinned in package.json). Fall back to decoding one token at a time.
    const core = (api as unknown as { bytePairEncodingCoreProcessor?: { tryDecodeToken?: (id: number) => unknown } })
      .bytePairEncodingCoreProcessor;
    const encoder = new TextEncoder();
    return {
      name: 'o200k_base',
      encode: (text: string) => api.encode(text),
      tokenBytes(id: number): Uint8Array {
        const value = core?.tryDecodeToken?.(id);
        if (value instanceof Uint8Array) return value;
        if (typeof value === 'string') return encoder.encode(value);
        return encoder.encode(api.decode([id]));
      },
    } satisfies Tokenizer;
  });
  o200k.catch(() => (o200k = undefined));
  return o200k;
}

/**
 * The character offset where each token of `text` starts, plus `text.length` at the end
 * (`ids.length + 1` entries). A token that starts inside a multi-byte character starts at the
 * next character boundary, so no offset splits a character.
 */
export function tokenOffsets(tokenizer: Tokenizer, text: string): { ids: number[]; offsets: Int32Array } {
  const t = checkTokenizer(tokenizer, 'tokenizer');
  checkString(text, 'text');
  const ids = Array.from(t.encode(text));
  // UTF-16 offset of every UTF-8 byte boundary that starts a character.
  const encoder = new TextEncoder();
  const byteToChar = new Map<number, number>();
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    byteToChar.set(bytes, i);
    const code = text.codePointAt(i)!;
    const units = code > 0xffff ? 2 : 1;
    bytes += encoder.encode(text.slice(i, i + units)).length;
    i += units;
  }
  byteToChar.set(bytes, text.length);
  const offsets = new Int32Array(ids.length + 1);
  let position = 0;
  ids.forEach((id, index) => {
    let at = position;
    while (!byteToChar.has(at) && at < bytes) at++;
    offsets[index] = byteToChar.get(at) ?? text.length;
    const bytesOfToken = t.tokenBytes(id);
    if (!(bytesOfToken instanceof Uint8Array)) {
      throw new TensorscopeArgumentError(`tokenizer.tokenBytes(${id})`, 'a Uint8Array', bytesOfToken);
    }
    position += bytesOfToken.length;
  });
  offsets[ids.length] = text.length;
  return { ids, offsets };
}
