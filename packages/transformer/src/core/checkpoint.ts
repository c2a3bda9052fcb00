// The checkpoint file: one binary blob with a version and a checksum, so a truncated, corrupt or
// mismatched file is a typed error and never a crash or a silently wrong model.
//
//   bytes 0–7   magic "TSGPTCKP"
//   bytes 8–11  format version (uint32, little-endian) = 1
//   bytes 12–15 header length H in bytes (uint32 LE)
//   16 … 16+H   header: UTF-8 JSON { config, tensors: [{ name, shape }], tokenizer, meta },
//               padded with spaces to a multiple of 4 bytes
//   then        every tensor's float32 values (LE), in `tensors` order (= weightShapes(config))
//   last 4      CRC-32 of everything before it (uint32 LE)
import { checkBytes, checkObject } from '@tensorscope/common';
import { readBpeTokenizer, type BpeTokenizer } from './bpe.js';
import { readConfig, type TransformerConfig } from './config.js';
import { crc32 } from './crc32.js';
import { fail } from './errors.js';
import { checkWeights, size, weightShapes, type WeightTensor, type Weights } from './weights.js';

export const CHECKPOINT_MAGIC = 'TSGPTCKP';
export const CHECKPOINT_VERSION = 1;

/** How a checkpoint's token ids map to text. */
export type CheckpointTokenizer =
  | BpeTokenizer
  /** Ids only: the model was trained on abstract symbols (the induction task); any text is mapped to ids by order of appearance. */
  | { readonly kind: 'ids' };

/** A trained model: its shape, weights, tokenizer and the facts of its training. */
export interface Checkpoint {
  readonly config: TransformerConfig;
  readonly weights: Weights;
  readonly tokenizer: CheckpointTokenizer;
  /** What it is and how it was made: task, command, steps, seed, scores. Free-form JSON. */
  readonly meta: Readonly<Record<string, unknown>>;
}

const LITTLE = true;

/** Writes a checkpoint to bytes. */
export function encodeCheckpoint(checkpoint: Checkpoint): Uint8Array {
  const { config, weights, tokenizer, meta } = checkObject(checkpoint, 'checkpoint') as unknown as Checkpoint;
  const cfg = readConfig(config, 'checkpoint.config');
  checkWeights(cfg, weights);
  // The tokenizer and meta are checked as decode will read them, so a written file always reads back.
  const reader = readCheckpointTokenizer(tokenizer);
  if (reader.kind === 'byte-bpe' && reader.vocabSize > cfg.vocabSize) {
    throw fail('CONFIG_MISMATCH', `The tokenizer has ${reader.vocabSize} tokens; the model reads ${cfg.vocabSize}.`);
  }
  if (meta !== undefined) checkObject(meta, 'checkpoint.meta');
  const specs = weightShapes(cfg);
  let header: string;
  try {
    header = JSON.stringify({
      config: cfg,
      tensors: specs.map(({ name, shape }) => ({ name, shape })),
      tokenizer: reader,
      meta,
    });
  } catch (cause) {
    throw fail('INVALID_VALUE', 'checkpoint.meta cannot be written as JSON (a cycle, or a BigInt).', { cause });
  }
  let headerBytes = new TextEncoder().encode(header);
  const padded = Math.ceil(headerBytes.length / 4) * 4;
  if (padded !== headerBytes.length) {
    const bytes = new Uint8Array(padded).fill(0x20);
    bytes.set(headerBytes);
    headerBytes = bytes;
  }
  const values = specs.reduce((sum, spec) => sum + size(spec.shape), 0);
  const out = new Uint8Array(16 + headerBytes.length + values * 4 + 4);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(CHECKPOINT_MAGIC), 0);
  view.setUint32(8, CHECKPOINT_VERSION, LITTLE);
  view.setUint32(12, headerBytes.length, LITTLE);
  out.set(headerBytes, 16);
  let offset = 16 + headerBytes.length;
  for (const spec of specs) {
    for (const value of weights[spec.name]!.data) {
      view.setFloat32(offset, value, LITTLE);
      offset += 4;
    }
  }
  view.setUint32(offset, crc32(out.subarray(0, offset)), LITTLE);
  return out;
}

/** Reads a checkpoint from bytes (an `ArrayBuffer` or a `Uint8Array`), checking everything. */
export function decodeCheckpoint(input: ArrayBuffer | Uint8Array): Checkpoint {
  const bytes = checkBytes(input, 'bytes');
  const corrupt = (why: string, details?: Record<string, unknown>) =>
    fail('CORRUPT_CHECKPOINT', `This is not a usable checkpoint: ${why}`, details ? { details } : undefined);
  if (bytes.length < 20) throw corrupt(`it is ${bytes.length} bytes long, shorter than the smallest possible file.`);
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== CHECKPOINT_MAGIC) throw corrupt(`it does not start with "${CHECKPOINT_MAGIC}".`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, LITTLE);
  if (version !== CHECKPOINT_VERSION) {
    throw fail(
      'UNSUPPORTED_VERSION',
      `The checkpoint is format version ${version}; this package reads version ${CHECKPOINT_VERSION}.`,
      {
        details: { version, supported: CHECKPOINT_VERSION },
      },
    );
  }
  const stored = view.getUint32(bytes.length - 4, LITTLE);
  const actual = crc32(bytes.subarray(0, bytes.length - 4));
  if (stored !== actual) {
    throw corrupt('its checksum does not match (the file is truncated or damaged).', { stored, actual });
  }
  const headerLength = view.getUint32(12, LITTLE);
  if (16 + headerLength + 4 > bytes.length)
    throw corrupt(`its header claims ${headerLength} bytes, more than the file holds.`);
  let header: { config?: unknown; tensors?: unknown; tokenizer?: unknown; meta?: unknown };
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(16, 16 + headerLength)));
  } catch (cause) {
    throw fail('CORRUPT_CHECKPOINT', 'This is not a usable checkpoint: its header is not JSON.', { cause });
  }
  const config = readConfig(checkObject(header, 'header').config, 'checkpoint.config');
  const specs = weightShapes(config);
  const tensors = Array.isArray(header.tensors) ? (header.tensors as { name?: unknown; shape?: unknown }[]) : [];
  const listed = tensors
    .map((t) => `${String(t?.name)}:${Array.isArray(t?.shape) ? t.shape.join('x') : '?'}`)
    .join(',');
  const expected = specs.map((s) => `${s.name}:${s.shape.join('x')}`).join(',');
  if (listed !== expected)
    throw fail('CONFIG_MISMATCH', 'The checkpoint lists tensors that do not match its config.', {
      details: { listed, expected },
    });
  const values = specs.reduce((sum, spec) => sum + size(spec.shape), 0);
  const dataStart = 16 + headerLength;
  if (dataStart + values * 4 + 4 !== bytes.length) {
    throw corrupt(`it holds ${bytes.length - dataStart - 4} bytes of weights; its config needs ${values * 4}.`);
  }
  const weights: Record<string, WeightTensor> = {};
  let offset = dataStart;
  for (const spec of specs) {
    const data = new Float32Array(size(spec.shape));
    for (let i = 0; i < data.length; i++, offset += 4) data[i] = view.getFloat32(offset, LITTLE);
    weights[spec.name] = { shape: spec.shape, data };
  }
  checkWeights(config, weights);
  const tokenizer = readCheckpointTokenizer(header.tokenizer);
  if (tokenizer.kind === 'byte-bpe' && tokenizer.vocabSize > config.vocabSize) {
    throw fail(
      'CONFIG_MISMATCH',
      `The tokenizer has ${tokenizer.vocabSize} tokens; the model reads ${config.vocabSize}.`,
    );
  }
  const meta = header.meta === undefined ? {} : checkObject(header.meta, 'checkpoint.meta');
  return { config, weights, tokenizer, meta };
}

function readCheckpointTokenizer(value: unknown): CheckpointTokenizer {
  const raw = checkObject(value, 'checkpoint.tokenizer');
  if (raw.kind === 'ids') return { kind: 'ids' };
  return readBpeTokenizer(raw);
}
