import type { ModelRecord } from '../core/models.js';
import { SOURCES } from './sources.js';

/**
 * Notable models 2017–2025 with parameter counts and their status. Figures follow the Epoch AI
 * database export (epoch-research/training-cost-trends, commit 39afc3d) and the developers' papers
 * and model cards cited per row.
 */
export const NOTABLE_MODELS: readonly ModelRecord[] = [
  { name: 'Transformer (big)', date: '2017-06-12', organisation: 'Google', parameters: 213e6, status: 'official', source: SOURCES.transformer },
  { name: 'GPT-1', date: '2018-06-01', organisation: 'OpenAI', parameters: 117e6, status: 'estimate', source: SOURCES.epoch, note: 'Parameter count from a secondary source, via Epoch AI.' },
  { name: 'BERT-Large', date: '2018-10-11', organisation: 'Google', parameters: 340e6, status: 'official', source: SOURCES.bert },
  { name: 'GPT-2', date: '2019-02-14', organisation: 'OpenAI', parameters: 1.5e9, status: 'official', source: SOURCES.epoch },
  { name: 'T5-11B', date: '2019-10-23', organisation: 'Google', parameters: 11e9, status: 'official', source: SOURCES.epoch },
  { name: 'GPT-3', date: '2020-05-28', organisation: 'OpenAI', parameters: 175e9, status: 'official', source: SOURCES.gpt3 },
  { name: 'Megatron-Turing NLG', date: '2021-10-11', organisation: 'Microsoft, NVIDIA', parameters: 530e9, status: 'official', source: SOURCES.epoch },
  { name: 'Gopher', date: '2021-12-08', organisation: 'DeepMind', parameters: 280e9, status: 'official', source: SOURCES.epoch },
  { name: 'Chinchilla', date: '2022-03-29', organisation: 'DeepMind', parameters: 70e9, status: 'official', source: SOURCES.chinchilla },
  { name: 'PaLM', date: '2022-04-04', organisation: 'Google', parameters: 540e9, status: 'official', source: SOURCES.epoch },
  { name: 'LLaMA-65B', date: '2023-02-24', organisation: 'Meta', parameters: 65.2e9, status: 'official', source: SOURCES.llama },
  { name: 'GPT-4', date: '2023-03-15', organisation: 'OpenAI', parameters: 1.8e12, status: 'rumour', source: SOURCES.gpt4Rumour, note: 'Not disclosed by OpenAI; ~1.8T mixture-of-experts is a 2023 leak.' },
  { name: 'Llama 2 70B', date: '2023-07-18', organisation: 'Meta', parameters: 70e9, status: 'official', source: SOURCES.llama2 },
  { name: 'Mixtral 8x7B', date: '2023-12-11', organisation: 'Mistral AI', parameters: 46.7e9, activeParameters: 12.9e9, status: 'official', source: SOURCES.epoch },
  { name: 'Llama 3.1 405B', date: '2024-07-23', organisation: 'Meta', parameters: 405e9, status: 'official', source: SOURCES.llama31 },
  { name: 'DeepSeek-V3', date: '2024-12-24', organisation: 'DeepSeek', parameters: 671e9, activeParameters: 37e9, status: 'official', source: SOURCES.deepseekV3 },
  { name: 'Llama 4 Maverick', date: '2025-04-05', organisation: 'Meta', parameters: 400e9, activeParameters: 17e9, status: 'official', source: SOURCES.epoch },
  { name: 'Qwen3-235B-A22B', date: '2025-04-29', organisation: 'Alibaba', parameters: 235e9, activeParameters: 22e9, status: 'official', source: SOURCES.epoch },
];

/** Neurons in the human brain: 86.1 ± 8.1 billion (Azevedo et al. 2009). */
export const BRAIN_NEURONS = { value: 8.61e10, source: SOURCES.brainNeurons } as const;
