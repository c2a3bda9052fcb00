import type { WeightFormat } from './types.js';

/** ggml's quant block definitions (`block_q8_0`, `block_q4_0`, `block_q4_K`) with their static size checks. */
const GGML_BLOCKS = 'https://github.com/ggml-org/llama.cpp/blob/master/ggml/src/ggml-common.h';
/** llama.cpp's quantize README: a bits-per-weight table measured on meta-llama/Llama-3.1-8B. */
const QUANTIZE_README = 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md';

/**
 * The weight formats the calculator offers, as llama.cpp (GGUF) stores them. Bits per weight count the
 * per-block scales too, which is why Q8_0 is 8.5 bits and not 8.
 */
export const WEIGHT_FORMATS: readonly WeightFormat[] = [
  {
    id: 'fp16',
    name: 'FP16 (16-bit float)',
    bitsPerWeight: {
      value: 16,
      status: 'official',
      source: QUANTIZE_README,
      note: 'Two bytes per weight, no scales. The README measures 16.0005 bits/weight for a whole F16 Llama 3.1 8B file.',
    },
    note: 'The unquantised baseline: 2 bytes per parameter.',
  },
  {
    id: 'q8_0',
    name: 'Q8_0 (8-bit)',
    bitsPerWeight: {
      value: 8.5,
      status: 'official',
      source: GGML_BLOCKS,
      derived: true,
      note:
        'block_q8_0 = one FP16 scale (`ggml_half d`) + 32 int8 quants (`int8_t qs[QK8_0]`, QK8_0 = 32): ' +
        '34 bytes per 32 weights = 8.5 bits. The quantize README measures 8.5008 for a whole Llama 3.1 8B file.',
    },
  },
  {
    id: 'q4_k_m',
    name: 'Q4_K_M (4-bit, k-quant mix)',
    bitsPerWeight: {
      value: 4.8944,
      status: 'official',
      source: QUANTIZE_README,
      note:
        'Whole-file average llama.cpp measured for meta-llama/Llama-3.1-8B (4.58 GiB): Q4_K_M is a mix, mostly ' +
        'block_q4_K (4.5 bits: 144 bytes per 256 weights) with some tensors kept at higher precision, so the ' +
        'average depends on the model. metakraftlabs\' "Will it run?" calculator uses 4.83.',
    },
    note: 'The usual default for local models.',
  },
  {
    id: 'q4_0',
    name: 'Q4_0 (4-bit, legacy)',
    bitsPerWeight: {
      value: 4.5,
      status: 'official',
      source: GGML_BLOCKS,
      derived: true,
      note:
        'block_q4_0 = one FP16 scale + 16 bytes of 4-bit quants (`uint8_t qs[QK4_0 / 2]`, QK4_0 = 32): ' +
        '18 bytes per 32 weights = 4.5 bits.',
    },
    note: "The format of llama.cpp's Apple Silicon benchmark (discussion #4167).",
  },
];
