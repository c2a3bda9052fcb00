import { fail } from '../errors.js';
import type { SourcedValue } from '../sourced.js';
import { ON_DEVICE_DEVICES } from './devices.js';
import type { PublishedRun, WeightFormatId } from './types.js';

/**
 * llama.cpp's "Performance of llama.cpp on Apple Silicon M-series" (discussion #4167, started
 * 2023-11-22): everyone runs the same `llama-bench` on Llama 2 7B (6.74 B parameters) at F16, Q8_0 and
 * Q4_0; TG = text generation, one token at a time (`tg128`). The summary table uses one build,
 * 8e672ef (2023-11-21), and lists each chip's bandwidth and GPU cores.
 */
const LLAMA_CPP_4167 = 'https://github.com/ggml-org/llama.cpp/discussions/4167';
/**
 * XiongjieDai/GPU-Benchmarks-on-LLM-Inference README (read at commit 00dd2bd): llama.cpp on RunPod
 * NVIDIA GPUs and the author's Macs. LLaMA 3 tables (May 2024) run `llama-bench`, `tg 512` = 512
 * generated tokens; LLaMA 2 tables (Dec 2023) give the mean of three `./main` runs.
 */
const XIONGJIE_DAI = 'https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference';

const LLAMA_2_7B = 6_738_415_616;
const LLAMA_2_70B = 68_976_648_192;
const LLAMA_3_8B = 8_030_261_248;
const LLAMA_3_70B = 70_553_706_496;

/** A chip's bandwidth as the #4167 summary table lists it (Apple's figure for that chip). */
const bw4167 = (value: number, chip: string): SourcedValue => ({
  value,
  status: 'official',
  source: LLAMA_CPP_4167,
  note: `"BW [GB/s]" column of the #4167 summary table, ${chip} row.`,
});

/** The bandwidth of a device in {@link ON_DEVICE_DEVICES}, so a run and its device cite one figure. */
function deviceBandwidth(id: string): SourcedValue {
  const device = ON_DEVICE_DEVICES.find((d) => d.id === id);
  if (!device) throw fail('INVALID_VALUE', `No on-device device with id ${id}`);
  return device.bandwidth;
}

const FORMAT_COLUMN: Record<WeightFormatId, string> = {
  fp16: 'F16 TG [t/s]',
  q8_0: 'Q8_0 TG [t/s]',
  q4_0: 'Q4_0 TG [t/s]',
  q4_k_m: 'Q4_K_M',
};

/** One cell of the #4167 summary table. */
function run4167(
  chip: string,
  gpuCores: number,
  bandwidth: SourcedValue,
  format: WeightFormatId,
  tokensPerSecond: number,
  device: string = `Apple ${chip} (${gpuCores}-core GPU)`,
): PublishedRun {
  const row = `${chip} ${bandwidth.value} GB/s ${gpuCores} GPU cores`;
  return {
    id: `llama-cpp-4167-${chip.toLowerCase().replace(/\s+/g, '-')}-${gpuCores}-${format}`,
    model: 'llama-2-7b',
    parameters: LLAMA_2_7B,
    format,
    device,
    bandwidth,
    decodeTokensPerSecond: {
      value: tokensPerSecond,
      status: 'official',
      source: LLAMA_CPP_4167,
      note: `Measured (tg128) and published in the discussion's summary table, build 8e672ef: row "${row}", column "${FORMAT_COLUMN[format]}".`,
    },
    runtime: 'llama.cpp (Metal), build 8e672ef',
    note: `#4167 summary table, row "${row}", column "${FORMAT_COLUMN[format]}" (Llama 2 7B, tg128).`,
  };
}

/** One cell of a XiongjieDai table. */
function runDai(
  id: string,
  model: string,
  parameters: number,
  format: WeightFormatId,
  device: string,
  bandwidth: SourcedValue,
  tokensPerSecond: number,
  where: string,
  runtime: string,
): PublishedRun {
  return {
    id: `xiongjiedai-${id}`,
    model,
    parameters,
    format,
    device,
    bandwidth,
    decodeTokensPerSecond: {
      value: tokensPerSecond,
      status: 'official',
      source: XIONGJIE_DAI,
      note: `Measured and published in the README: ${where}.`,
    },
    runtime,
    note: `XiongjieDai/GPU-Benchmarks-on-LLM-Inference README, ${where}.`,
  };
}

const M1 = bw4167(68, 'M1 (8-core GPU)');
const M2 = bw4167(100, 'M2');
const M2_PRO = bw4167(200, 'M2 Pro');
const M2_MAX = bw4167(400, 'M2 Max');
const M2_ULTRA = bw4167(800, 'M2 Ultra');
const M3_PRO = bw4167(150, 'M3 Pro');
const M4 = bw4167(120, 'M4');
const M4_PRO = bw4167(273, 'M4 Pro');
const M4_MAX = bw4167(546, 'M4 Max');

const LLAMA3_NVIDIA = 'LLaMA 3 "NVIDIA GPUs" table (May 2024)';
const LLAMA3_APPLE = 'LLaMA 3 "Apple Silicon" table (May 2024)';
const LLAMA2_NVIDIA = 'LLaMA 2 "NVIDIA GPUs" table (Dec 2023)';
const CUDA = 'llama.cpp (CUDA)';
const METAL = 'llama.cpp (Metal)';

/**
 * Published, measured decode (text generation) speeds at batch size 1, copied exactly as the source
 * prints them. `status: 'official'` here means "as published by whoever measured it": these are
 * community measurements, not vendor specs.
 */
export const PUBLISHED_RUNS: readonly PublishedRun[] = [
  // llama.cpp discussion #4167: Llama 2 7B, Q4_0, every chip of the summary table.
  run4167('M1', 8, M1, 'q4_0', 14.15),
  run4167('M2', 10, M2, 'q4_0', 21.91),
  run4167('M4', 10, M4, 'q4_0', 24.11),
  run4167('M3 Pro', 18, M3_PRO, 'q4_0', 30.74),
  run4167('M2 Pro', 16, M2_PRO, 'q4_0', 37.87),
  run4167('M4 Pro', 20, M4_PRO, 'q4_0', 50.74),
  run4167('M2 Max', 30, M2_MAX, 'q4_0', 60.99),
  run4167('M4 Max', 40, M4_MAX, 'q4_0', 83.06),
  run4167('M2 Ultra', 60, M2_ULTRA, 'q4_0', 88.64),
  run4167('M2 Ultra', 76, M2_ULTRA, 'q4_0', 94.27, 'mac-m2-ultra'),
  // ... and the same chips at Q8_0 and F16: bigger weights, slower decode.
  run4167('M1', 8, M1, 'q8_0', 7.91),
  run4167('M2', 10, M2, 'q8_0', 12.21),
  run4167('M2', 10, M2, 'fp16', 6.72),
  run4167('M2 Pro', 16, M2_PRO, 'q8_0', 22.7),
  run4167('M2 Pro', 16, M2_PRO, 'fp16', 12.47),
  run4167('M2 Max', 30, M2_MAX, 'q8_0', 39.97),
  run4167('M2 Max', 30, M2_MAX, 'fp16', 24.16),
  run4167('M4 Max', 40, M4_MAX, 'q8_0', 54.05),
  run4167('M4 Max', 40, M4_MAX, 'fp16', 31.64),
  run4167('M2 Ultra', 76, M2_ULTRA, 'q8_0', 66.64, 'mac-m2-ultra'),
  run4167('M2 Ultra', 76, M2_ULTRA, 'fp16', 41.02, 'mac-m2-ultra'),

  // XiongjieDai, LLaMA 3 tables: Llama 3 8B / 70B, llama-bench `tg 512`.
  runDai(
    '4090-llama3-8b-q4_k_m',
    'Llama 3 8B',
    LLAMA_3_8B,
    'q4_k_m',
    'rtx-4090',
    deviceBandwidth('rtx-4090'),
    130.58,
    `${LLAMA3_NVIDIA}, row "4090 24GB" / "8B Q4_K_M", column "tg 512"`,
    CUDA,
  ),
  runDai(
    '4090-llama3-8b-f16',
    'Llama 3 8B',
    LLAMA_3_8B,
    'fp16',
    'rtx-4090',
    deviceBandwidth('rtx-4090'),
    54.84,
    `${LLAMA3_NVIDIA}, row "4090 24GB" / "8B F16", column "tg 512"`,
    CUDA,
  ),
  runDai(
    '3090-llama3-8b-q4_k_m',
    'Llama 3 8B',
    LLAMA_3_8B,
    'q4_k_m',
    'rtx-3090',
    deviceBandwidth('rtx-3090'),
    115.42,
    `${LLAMA3_NVIDIA}, row "3090 24GB" / "8B Q4_K_M", column "tg 512"`,
    CUDA,
  ),
  runDai(
    '3090-llama3-8b-f16',
    'Llama 3 8B',
    LLAMA_3_8B,
    'fp16',
    'rtx-3090',
    deviceBandwidth('rtx-3090'),
    47.4,
    `${LLAMA3_NVIDIA}, row "3090 24GB" / "8B F16", column "tg 512"`,
    CUDA,
  ),
  runDai(
    'm1-8gb-llama3-8b-q4_k_m',
    'Llama 3 8B',
    LLAMA_3_8B,
    'q4_k_m',
    'MacBook Air (M1, 7-core GPU, 8 GB)',
    bw4167(68, 'M1 (8-core GPU; the 7-core M1 has the same memory)'),
    10.2,
    `${LLAMA3_APPLE}, row "M1 7‑Core GPU 8GB" / "8B Q4_K_M", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm1-max-llama3-8b-q4_k_m',
    'Llama 3 8B',
    LLAMA_3_8B,
    'q4_k_m',
    'macbook-pro-m1-max',
    deviceBandwidth('macbook-pro-m1-max'),
    35.73,
    `${LLAMA3_APPLE}, row "M1 Max 32‑Core GPU 64GB" / "8B Q4_K_M", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm1-max-llama3-8b-f16',
    'Llama 3 8B',
    LLAMA_3_8B,
    'fp16',
    'macbook-pro-m1-max',
    deviceBandwidth('macbook-pro-m1-max'),
    18.75,
    `${LLAMA3_APPLE}, row "M1 Max 32‑Core GPU 64GB" / "8B F16", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm1-max-llama3-70b-q4_k_m',
    'Llama 3 70B',
    LLAMA_3_70B,
    'q4_k_m',
    'macbook-pro-m1-max',
    deviceBandwidth('macbook-pro-m1-max'),
    4.34,
    `${LLAMA3_APPLE}, row "M1 Max 32‑Core GPU 64GB" / "70B Q4_K_M", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm2-ultra-llama3-8b-q4_k_m',
    'Llama 3 8B',
    LLAMA_3_8B,
    'q4_k_m',
    'mac-m2-ultra',
    deviceBandwidth('mac-m2-ultra'),
    78.81,
    `${LLAMA3_APPLE}, row "M2 Ultra 76-Core GPU 192GB" / "8B Q4_K_M", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm2-ultra-llama3-8b-f16',
    'Llama 3 8B',
    LLAMA_3_8B,
    'fp16',
    'mac-m2-ultra',
    deviceBandwidth('mac-m2-ultra'),
    36.9,
    `${LLAMA3_APPLE}, row "M2 Ultra 76-Core GPU 192GB" / "8B F16", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm2-ultra-llama3-70b-q4_k_m',
    'Llama 3 70B',
    LLAMA_3_70B,
    'q4_k_m',
    'mac-m2-ultra',
    deviceBandwidth('mac-m2-ultra'),
    12.48,
    `${LLAMA3_APPLE}, row "M2 Ultra 76-Core GPU 192GB" / "70B Q4_K_M", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm2-ultra-llama3-70b-f16',
    'Llama 3 70B',
    LLAMA_3_70B,
    'fp16',
    'mac-m2-ultra',
    deviceBandwidth('mac-m2-ultra'),
    4.76,
    `${LLAMA3_APPLE}, row "M2 Ultra 76-Core GPU 192GB" / "70B F16", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm3-max-llama3-8b-q4_k_m',
    'Llama 3 8B',
    LLAMA_3_8B,
    'q4_k_m',
    'macbook-pro-m3-max',
    deviceBandwidth('macbook-pro-m3-max'),
    48.97,
    `${LLAMA3_APPLE}, row "M3 Max 40‑Core GPU 64GB" / "8B Q4_K_M", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm3-max-llama3-8b-f16',
    'Llama 3 8B',
    LLAMA_3_8B,
    'fp16',
    'macbook-pro-m3-max',
    deviceBandwidth('macbook-pro-m3-max'),
    22.04,
    `${LLAMA3_APPLE}, row "M3 Max 40‑Core GPU 64GB" / "8B F16", column "tg 512"`,
    METAL,
  ),
  runDai(
    'm3-max-llama3-70b-q4_k_m',
    'Llama 3 70B',
    LLAMA_3_70B,
    'q4_k_m',
    'macbook-pro-m3-max',
    deviceBandwidth('macbook-pro-m3-max'),
    7.65,
    `${LLAMA3_APPLE}, row "M3 Max 40‑Core GPU 64GB" / "70B Q4_K_M", column "tg 512"`,
    METAL,
  ),

  // XiongjieDai, LLaMA 2 table: the H100 PCIe, mean of three runs.
  runDai(
    'h100-pcie-llama2-7b-q4_0',
    'llama-2-7b',
    LLAMA_2_7B,
    'q4_0',
    'h100-pcie',
    deviceBandwidth('h100-pcie'),
    133.77,
    `${LLAMA2_NVIDIA}, row "H100 PCIe 80GB" / "7B_q4_0", column "mean TG [t/s]"`,
    CUDA,
  ),
  runDai(
    'h100-pcie-llama2-7b-f16',
    'llama-2-7b',
    LLAMA_2_7B,
    'fp16',
    'h100-pcie',
    deviceBandwidth('h100-pcie'),
    83.32,
    `${LLAMA2_NVIDIA}, row "H100 PCIe 80GB" / "7B_f16", column "mean TG [t/s]"`,
    CUDA,
  ),
  runDai(
    'h100-pcie-llama2-70b-q4_0',
    'Llama 2 70B',
    LLAMA_2_70B,
    'q4_0',
    'h100-pcie',
    deviceBandwidth('h100-pcie'),
    25.88,
    `${LLAMA2_NVIDIA}, row "H100 PCIe 80GB" / "70B_q4_0", column "mean TG [t/s]"`,
    CUDA,
  ),
];
