import { TensorscopeArgumentError } from '@tensorscope/common';
import { optionalString, shownValue } from '../args.js';
import { createEmbeddingData, type EmbeddingData } from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';
import { applyMetadataTsv, type ApplyMetadataOptions } from './metadataTsv.js';
import { readApplyOptions } from './projectorTsv.js';

/** Options of {@link parseProjectorBytes}. */
export interface ProjectorBytesOptions extends ApplyMetadataOptions {
  /** File name used in messages. Default `tensors.bytes`. */
  fileName?: string;
  /** An Embedding Projector metadata TSV with labels and columns. */
  metadata?: string;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Reads a `.bytes` tensor of the Embedding Projector: `count × dimensions` float32 values,
 * little-endian, row-major, no header (what `tensor.astype('<f4').tofile(...)` writes). The shape
 * comes from `tensorShape` in `projector_config.json`. On little-endian machines (all browsers in
 * practice) an aligned buffer is used without copying.
 *
 * Throws an {@link EmbeddingError}: `INVALID_SHAPE` when `shape` is not two positive integers
 * (count ≥ 2, dimensions ≥ 2), `LENGTH_MISMATCH` when the byte length is not
 * `count · dimensions · 4` (the message names both), `INVALID_VALUE` for NaN or ±Infinity.
 */
export function parseProjectorBytes(
  buffer: ArrayBuffer | ArrayBufferView,
  shape: readonly [number, number],
  options: ProjectorBytesOptions = {},
): EmbeddingData {
  options = readApplyOptions(options);
  const file = optionalString(options.fileName, 'options.fileName') ?? 'tensors.bytes';
  optionalString(options.metadata, 'options.metadata');
  if (!(buffer instanceof ArrayBuffer) && !ArrayBuffer.isView(buffer)) {
    throw new TensorscopeArgumentError('buffer', 'an ArrayBuffer or a typed array of the file bytes', buffer);
  }
  if (
    !Array.isArray(shape) ||
    shape.length !== 2 ||
    !shape.every((n) => typeof n === 'number' && Number.isInteger(n) && n > 0)
  ) {
    throw new EmbeddingError(
      'INVALID_SHAPE',
      `The shape of ${file} must be [count, dimensions], two positive integers; received ${shownValue(shape)}.`,
      { location: { file } },
    );
  }
  const [count, dimensions] = shape;
  const bytes = ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer);
  const expected = count * dimensions * 4;
  if (bytes.byteLength !== expected) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `${file} has ${bytes.byteLength} bytes, but a float32 tensor of shape [${count}, ${dimensions}] needs ${count} × ${dimensions} × 4 = ${expected} bytes.`,
      { location: { file }, details: { bytes: bytes.byteLength, expected, shape: [count, dimensions] } },
    );
  }
  let vectors: Float32Array;
  if (littleEndian && bytes.byteOffset % 4 === 0) {
    vectors = new Float32Array(bytes.buffer, bytes.byteOffset, count * dimensions);
  } else {
    vectors = new Float32Array(count * dimensions);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < vectors.length; i++) vectors[i] = view.getFloat32(i * 4, true);
  }
  const data = createEmbeddingData({ vectors, dimensions });
  return options.metadata === undefined ? data : applyMetadataTsv(data, options.metadata, options);
}
