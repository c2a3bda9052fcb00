import type { DeviceRecord } from './types.js';

/*
 * The GPU chart's sources (src/data/sources.ts). core/ may not import data/, so the H100 and RTX 4090
 * figures are repeated here with the same sources; data.test.ts checks they still match that table.
 */
const H100 = 'https://glennklockwood.com/garden/processors/h100';
const H100_DATASHEET = 'https://archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html';
const RTX_4090 = 'https://waredb.com/processor/nvidia-geforce-rtx-4090';
const EPOCH = 'https://github.com/epoch-research/training-cost-trends';

const APPLE_M1_MAX =
  'https://www.apple.com/newsroom/2021/10/introducing-m1-pro-and-m1-max-the-most-powerful-chips-apple-has-ever-built/';
const APPLE_M2 =
  'https://www.apple.com/newsroom/2022/06/apple-unveils-m2-with-breakthrough-performance-and-capabilities/';
const APPLE_M3 =
  'https://www.apple.com/newsroom/2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer/';
const APPLE_M2_ULTRA = 'https://www.apple.com/mac-pro/';
const IPHONE_15_PRO_RAM = 'https://appleosophy.com/2023/09/13/iphone-15-pro-now-officially-features-8-gb-ram';
const A17_LPDDR5 =
  'https://www.neowin.net/news/iphone-15-pros-a17-chip-reportedly-features-6-cpu-and-6-gpu-cores-with-6gb-ram/';
const S24_ULTRA = 'https://www.droid-life.com/2024/01/17/galaxy-s24-ultra-specs-official/';
const SD_8_GEN_3 = 'https://droidholic.com/snapdragon-8-gen-3-launched/';
const LUNAR_LAKE = 'https://www.notebookcheck.net/Intel-Core-Ultra-7-256V-Processor-Benchmarks-and-Specs.892554.0.html';

/**
 * Devices for the on-device calculator: memory the model can live in, peak memory bandwidth (what
 * decode speed depends on) and dense FP16 throughput where the maker publishes one. Phone makers
 * publish neither RAM nor bandwidth for most phones, so those figures are third-party estimates.
 */
export const ON_DEVICE_DEVICES: readonly DeviceRecord[] = [
  {
    id: 'iphone-15-pro',
    name: 'iPhone 15 Pro (A17 Pro)',
    kind: 'phone',
    memory: {
      value: 8,
      status: 'estimate',
      source: IPHONE_15_PRO_RAM,
      note: 'Apple does not publish iPhone RAM; 8 GB was read from Xcode 15 RC device files by a third party.',
    },
    bandwidth: {
      value: 51.2,
      status: 'estimate',
      source: A17_LPDDR5,
      derived: true,
      note:
        'Not published by Apple. Derived assuming LPDDR5 (reported by a pre-launch leak) at 6,400 MT/s on a ' +
        '64-bit bus: 6,400 × 8 bytes = 51.2 GB/s. Both the speed and the bus width are assumptions.',
    },
    fp16Tflops: null,
    note: 'iOS lets one app use only part of the 8 GB.',
  },
  {
    id: 'galaxy-s24-ultra',
    name: 'Galaxy S24 Ultra (Snapdragon 8 Gen 3)',
    kind: 'phone',
    memory: { value: 12, status: 'official', source: S24_ULTRA, note: "12 GB RAM, as in Samsung's launch specs." },
    bandwidth: {
      value: 76.8,
      status: 'estimate',
      source: SD_8_GEN_3,
      derived: true,
      note:
        'Qualcomm: LPDDR5X "up to 4800MHz" (9,600 MT/s). Derived assuming a 64-bit bus: 9,600 × 8 bytes = ' +
        "76.8 GB/s, the chip's ceiling; the phone's memory may run slower.",
    },
    fp16Tflops: null,
  },
  {
    id: 'macbook-air-m2',
    name: 'MacBook Air (M2, 16 GB)',
    kind: 'laptop',
    memory: { value: 16, status: 'official', source: APPLE_M2, note: 'Sold with 8, 16 or 24 GB of unified memory.' },
    bandwidth: { value: 100, status: 'official', source: APPLE_M2, note: '"100GB/s of unified memory bandwidth".' },
    fp16Tflops: null,
    note: 'Unified memory: the GPU reads the same memory as the CPU.',
  },
  {
    id: 'macbook-pro-m1-max',
    name: 'MacBook Pro (M1 Max, 64 GB)',
    kind: 'laptop',
    memory: { value: 64, status: 'official', source: APPLE_M1_MAX, note: 'Up to 64 GB of unified memory.' },
    bandwidth: { value: 400, status: 'official', source: APPLE_M1_MAX },
    fp16Tflops: null,
  },
  {
    id: 'macbook-pro-m3-max',
    name: 'MacBook Pro (M3 Max 40-core GPU, 64 GB)',
    kind: 'laptop',
    memory: { value: 64, status: 'official', source: APPLE_M3, note: 'Configurable up to 128 GB.' },
    bandwidth: {
      value: 400,
      status: 'official',
      source: APPLE_M3,
      note: 'The 40-core-GPU M3 Max; the 30-core version has 300 GB/s.',
    },
    fp16Tflops: null,
  },
  {
    id: 'laptop-core-ultra-7-258v',
    name: 'Laptop with Intel Core Ultra 7 258V (Lunar Lake, 32 GB LPDDR5X)',
    kind: 'laptop',
    memory: { value: 32, status: 'official', source: LUNAR_LAKE, note: '32 GB of on-package LPDDR5X-8533.' },
    bandwidth: {
      value: 136.5,
      status: 'estimate',
      source: LUNAR_LAKE,
      derived: true,
      note: 'Derived: 8,533 MT/s × 128-bit bus (two 64-bit channels) ÷ 8 = 136.5 GB/s.',
    },
    fp16Tflops: null,
    note: 'An x86 laptop whose iGPU and NPU share the same memory.',
  },
  {
    id: 'rtx-4090',
    name: 'GeForce RTX 4090 (24 GB)',
    kind: 'desktop-gpu',
    memory: { value: 24, status: 'official', source: RTX_4090, note: 'GDDR6X.' },
    bandwidth: { value: 1008, status: 'official', source: RTX_4090 },
    fp16Tflops: {
      value: 165.2,
      status: 'official',
      source: RTX_4090,
      note: 'FP16/BF16 tensor with FP32 accumulate, dense. Epoch lists 330 (FP16 accumulate or sparse: ambiguous).',
    },
  },
  {
    id: 'rtx-3090',
    name: 'GeForce RTX 3090 (24 GB)',
    kind: 'desktop-gpu',
    memory: { value: 24, status: 'official', source: EPOCH, note: "Epoch AI's chip dataset." },
    bandwidth: { value: 936, status: 'official', source: EPOCH, note: "Epoch AI's chip dataset." },
    fp16Tflops: null,
  },
  {
    id: 'mac-m2-ultra',
    name: 'Mac Studio / Mac Pro (M2 Ultra, 192 GB)',
    kind: 'desktop-gpu',
    memory: { value: 192, status: 'official', source: APPLE_M2_ULTRA, note: '"Up to 192GB unified memory".' },
    bandwidth: { value: 800, status: 'official', source: APPLE_M2_ULTRA, note: '"800GB/s memory bandwidth".' },
    fp16Tflops: null,
    note: 'A desktop whose GPU (up to 76 cores, "27.2 teraflops", precision not stated) shares unified memory.',
  },
  {
    id: 'h100-sxm',
    name: 'H100 SXM5 (80 GB)',
    kind: 'datacenter',
    memory: { value: 80, status: 'official', source: H100 },
    bandwidth: { value: 3350, status: 'official', source: H100 },
    fp16Tflops: { value: 989.4, status: 'official', source: H100, note: 'Dense FP16/BF16 tensor.' },
  },
  {
    id: 'h100-pcie',
    name: 'H100 PCIe (80 GB)',
    kind: 'datacenter',
    memory: { value: 80, status: 'official', source: H100_DATASHEET, note: 'HBM2e.' },
    bandwidth: { value: 2000, status: 'official', source: H100_DATASHEET },
    fp16Tflops: {
      value: 756.5,
      status: 'official',
      source: H100_DATASHEET,
      derived: true,
      note: 'The datasheet lists 1,513 FP16 tensor TFLOPS "with sparsity"; dense is half.',
    },
  },
];
