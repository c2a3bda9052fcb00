/**
 * Sources cited by the built-in data, by key. Epoch AI's figures come from the export its team
 * committed to epoch-research/training-cost-trends (`data/All ML Systems - full view.csv` and
 * `data/Chip dataset-Grid view.csv`, commit 39afc3d, 2025-08-07); the live site may differ slightly.
 */
export const SOURCES = {
  epoch: 'https://github.com/epoch-research/training-cost-trends',
  epochTrend: 'https://epoch.ai/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year',
  epochHardware: 'https://epoch.ai/data/machine-learning-hardware',
  transformer: 'https://arxiv.org/abs/1706.03762',
  bert: 'https://github.com/google-research/bert',
  gpt3: 'https://arxiv.org/abs/2005.14165',
  patterson: 'https://arxiv.org/abs/2104.10350',
  kaplan: 'https://arxiv.org/abs/2001.08361',
  chinchilla: 'https://arxiv.org/abs/2203.15556',
  besiroglu: 'https://arxiv.org/abs/2404.10102',
  llama: 'https://arxiv.org/abs/2302.13971',
  llama2: 'https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md',
  llama3: 'https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md',
  llama31: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
  mistral: 'https://mistral.ai/news/announcing-mistral-7b',
  deepseekV3: 'https://arxiv.org/abs/2412.19437',
  chatgpt: 'https://openai.com/index/chatgpt',
  gpt4Rumour: 'https://www.kdnuggets.com/2023/07/gpt4-details-leaked.html',
  nvidiaV100: 'https://developer.nvidia.com/programming-tensor-cores-cuda-9-0',
  a100: 'https://glennklockwood.com/garden/processors/A100',
  h100: 'https://glennklockwood.com/garden/processors/h100',
  h100Datasheet: 'https://archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html',
  h200: 'https://morphllm.com/nvidia-h200',
  b200: 'https://glennklockwood.com/garden/processors/B200',
  dgxB200: 'https://brent-newsom-nvidia.github.io/AIPS-Boom/wiki/NVIDIA-DGX-B200',
  rtx4090: 'https://waredb.com/processor/nvidia-geforce-rtx-4090',
  brainNeurons: 'https://doi.org/10.1002/cne.21974',
  brainSynapses: 'https://bionumbers.hms.harvard.edu/bionumber.aspx?id=100693',
  brainConnectome: 'https://bionumbers.hms.harvard.edu/bionumber.aspx?id=106138',
} as const;
