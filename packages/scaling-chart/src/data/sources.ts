/** Sources cited by the built-in data, by key. */
export const SOURCES = {
  epoch: 'https://github.com/epoch-research/training-cost-trends',
  transformer: 'https://arxiv.org/abs/1706.03762',
  bert: 'https://github.com/google-research/bert',
  gpt3: 'https://arxiv.org/abs/2005.14165',
  chinchilla: 'https://arxiv.org/abs/2203.15556',
  llama: 'https://arxiv.org/abs/2302.13971',
  llama2: 'https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md',
  llama31: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
  deepseekV3: 'https://arxiv.org/abs/2412.19437',
  gpt4Rumour: 'https://www.kdnuggets.com/2023/07/gpt4-details-leaked.html',
  brainNeurons: 'https://doi.org/10.1002/cne.21974',
} as const;
