import type { SourcedValue } from '../sourced.js';
import type { ModelArchitecture } from './types.js';

/** A figure read from a model's config.json (or model card) at `source`. */
const cfg = (value: number, source: string, note?: string): SourcedValue =>
  note === undefined ? { value, status: 'official', source } : { value, status: 'official', source, note };

/**
 * A total parameter count worked out from config.json's tensor shapes (embeddings, attention, MLP,
 * norms); `card` is the rounded figure the model card states, which it agrees with.
 */
const counted = (value: number, source: string, card: string): SourcedValue => ({
  value,
  status: 'official',
  source,
  derived: true,
  note: `Counted from the config.json tensor shapes; the model card says ${card}.`,
});

const HF = 'https://huggingface.co';
const LLAMA_32_1B = `${HF}/meta-llama/Llama-3.2-1B/blob/main/config.json`;
const LLAMA_32_3B = `${HF}/meta-llama/Llama-3.2-3B/blob/main/config.json`;
const LLAMA_31_8B = `${HF}/meta-llama/Llama-3.1-8B/blob/main/config.json`;
const LLAMA_31_70B = `${HF}/meta-llama/Llama-3.1-70B/blob/main/config.json`;
const LLAMA_2_7B = `${HF}/meta-llama/Llama-2-7b-hf/blob/main/config.json`;
const QWEN_25_7B = `${HF}/Qwen/Qwen2.5-7B/blob/main/config.json`;
const QWEN_25_7B_CARD = `${HF}/Qwen/Qwen2.5-7B`;
const GEMMA_2_2B = `${HF}/google/gemma-2-2b/blob/main/config.json`;
const GEMMA_2_9B = `${HF}/google/gemma-2-9b/blob/main/config.json`;
/** Gemma 2 technical report, Table 1 (non-embedding parameter counts). */
const GEMMA_2_REPORT = 'https://arxiv.org/abs/2408.00118';

/**
 * Models for the on-device calculator, shapes from each model's official config.json. `headDim` is
 * config.json's `head_dim` where it has one, else hidden_size ÷ num_attention_heads (marked derived).
 */
export const ON_DEVICE_MODELS: readonly ModelArchitecture[] = [
  {
    id: 'llama-3.2-1b',
    name: 'Llama 3.2 1B',
    family: 'Llama',
    parameters: counted(1_235_814_400, LLAMA_32_1B, '1.23B'),
    layers: cfg(16, LLAMA_32_1B),
    heads: cfg(32, LLAMA_32_1B),
    kvHeads: cfg(8, LLAMA_32_1B),
    headDim: cfg(64, LLAMA_32_1B),
    contextLength: cfg(131_072, LLAMA_32_1B, 'max_position_embeddings (RoPE scaled from 8,192).'),
    note: 'Input and output embeddings are tied (262M of the 1.24B parameters). Meta markets it for phones.',
  },
  {
    id: 'llama-3.2-3b',
    name: 'Llama 3.2 3B',
    family: 'Llama',
    parameters: counted(3_212_749_824, LLAMA_32_3B, '3.21B'),
    layers: cfg(28, LLAMA_32_3B),
    heads: cfg(24, LLAMA_32_3B),
    kvHeads: cfg(8, LLAMA_32_3B),
    headDim: cfg(128, LLAMA_32_3B),
    contextLength: cfg(131_072, LLAMA_32_3B, 'max_position_embeddings (RoPE scaled from 8,192).'),
    note: 'Tied embeddings.',
  },
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    family: 'Llama',
    parameters: counted(8_030_261_248, LLAMA_31_8B, '8B'),
    layers: cfg(32, LLAMA_31_8B),
    heads: cfg(32, LLAMA_31_8B),
    kvHeads: cfg(8, LLAMA_31_8B),
    headDim: {
      value: 128,
      status: 'official',
      source: LLAMA_31_8B,
      derived: true,
      note: 'hidden_size 4096 ÷ 32 heads.',
    },
    contextLength: cfg(131_072, LLAMA_31_8B, 'max_position_embeddings (RoPE scaled from 8,192).'),
    note: 'Same shapes as Llama 3 8B (which has an 8,192-token context).',
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    family: 'Llama',
    parameters: counted(70_553_706_496, LLAMA_31_70B, '70B'),
    layers: cfg(80, LLAMA_31_70B),
    heads: cfg(64, LLAMA_31_70B),
    kvHeads: cfg(8, LLAMA_31_70B),
    headDim: {
      value: 128,
      status: 'official',
      source: LLAMA_31_70B,
      derived: true,
      note: 'hidden_size 8192 ÷ 64 heads.',
    },
    contextLength: cfg(131_072, LLAMA_31_70B, 'max_position_embeddings (RoPE scaled from 8,192).'),
    note: 'Same shapes as Llama 3 70B.',
  },
  {
    id: 'llama-2-7b',
    name: 'Llama 2 7B',
    family: 'Llama',
    parameters: counted(6_738_415_616, LLAMA_2_7B, '7B; llama.cpp reports 6.74 B'),
    layers: cfg(32, LLAMA_2_7B),
    heads: cfg(32, LLAMA_2_7B),
    kvHeads: cfg(32, LLAMA_2_7B, 'No grouped-query attention: every head keeps its own K and V.'),
    headDim: {
      value: 128,
      status: 'official',
      source: LLAMA_2_7B,
      derived: true,
      note: 'hidden_size 4096 ÷ 32 heads.',
    },
    contextLength: cfg(4096, LLAMA_2_7B),
    note: "The model of llama.cpp's Apple Silicon benchmark (discussion #4167) and many published speed tables.",
  },
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5 7B',
    family: 'Qwen',
    parameters: counted(7_615_616_512, QWEN_25_7B, '7.61B (6.53B non-embedding)'),
    layers: cfg(28, QWEN_25_7B),
    heads: cfg(28, QWEN_25_7B),
    kvHeads: cfg(4, QWEN_25_7B),
    headDim: {
      value: 128,
      status: 'official',
      source: QWEN_25_7B,
      derived: true,
      note: 'hidden_size 3584 ÷ 28 heads.',
    },
    contextLength: cfg(131_072, QWEN_25_7B_CARD, 'Model card: "Context Length: Full 131,072 tokens".'),
    note: 'Attention has QKV biases (counted in the parameters).',
  },
  {
    id: 'gemma-2-2b',
    name: 'Gemma 2 2B',
    family: 'Gemma',
    parameters: {
      value: 2_614_341_888,
      status: 'official',
      source: GEMMA_2_REPORT,
      derived: true,
      note: '2,024,517,888 non-embedding (report, Table 1) + 256,000 × 2,304 embedding (config.json).',
    },
    layers: cfg(26, GEMMA_2_2B),
    heads: cfg(8, GEMMA_2_2B),
    kvHeads: cfg(4, GEMMA_2_2B),
    headDim: cfg(256, GEMMA_2_2B),
    contextLength: cfg(8192, GEMMA_2_2B),
    note: 'Every other layer uses a 4,096-token sliding window; the KV cache of those layers stops growing there.',
  },
  {
    id: 'gemma-2-9b',
    name: 'Gemma 2 9B',
    family: 'Gemma',
    parameters: {
      value: 9_241_705_984,
      status: 'official',
      source: GEMMA_2_REPORT,
      derived: true,
      note: '8,324,201,984 non-embedding (report, Table 1) + 256,000 × 3,584 embedding (config.json).',
    },
    layers: cfg(42, GEMMA_2_9B),
    heads: cfg(16, GEMMA_2_9B),
    kvHeads: cfg(8, GEMMA_2_9B),
    headDim: cfg(256, GEMMA_2_9B),
    contextLength: cfg(8192, GEMMA_2_9B),
    note: 'Every other layer uses a 4,096-token sliding window.',
  },
];
