import type { SourcedValue } from '../sourced.js';

/** A number format for the weights (GGUF names where llama.cpp defines them). */
export type WeightFormatId = 'fp16' | 'q8_0' | 'q4_k_m' | 'q4_0';

/** How many bits one weight takes in a format, its block scales included. */
export interface WeightFormat {
  id: WeightFormatId;
  /** Shown name, e.g. "Q4_K_M (4-bit, k-quant)". */
  name: string;
  /** Bits per weight including scales/minimums, e.g. Q8_0 = 34 bytes per 32 weights = 8.5. */
  bitsPerWeight: SourcedValue;
  note?: string;
}

/** A transformer's shape: what its weights and KV cache need. */
export interface ModelArchitecture {
  /** Stable id, e.g. `llama-3.1-8b`. */
  id: string;
  name: string;
  family: string;
  /** Total parameters (count, not billions). */
  parameters: SourcedValue;
  layers: SourcedValue;
  /** Attention (query) heads. */
  heads: SourcedValue;
  /** Key/value heads (fewer than `heads` with grouped-query attention). */
  kvHeads: SourcedValue;
  headDim: SourcedValue;
  /** Longest context the model supports, in tokens. */
  contextLength: SourcedValue;
  note?: string;
}

export type DeviceKind = 'phone' | 'laptop' | 'desktop-gpu' | 'datacenter';

/** A device that could run a model: how much memory it has and how fast it reads it. */
export interface DeviceRecord {
  id: string;
  name: string;
  kind: DeviceKind;
  /** Memory the model can live in, GB (unified memory, or the GPU's VRAM). */
  memory: SourcedValue;
  /** Peak memory bandwidth, GB/s. */
  bandwidth: SourcedValue;
  /** Dense FP16 throughput, TFLOP/s (for the compute-bound prefill), when published. */
  fp16Tflops: SourcedValue | null;
  /**
   * What the memory is: `unified` (CPU and GPU share it: Apple M-series, phones), `vram` (a graphics
   * card's own), `ram` (system memory, CPU inference). Default: phone/laptop → unified, else vram.
   */
  memoryKind?: 'unified' | 'vram' | 'ram';
  note?: string;
}

/** A published measured decode speed: a model, a format, a device and the tokens/s someone measured. */
export interface PublishedRun {
  id: string;
  /** A {@link ModelArchitecture} id when the model is in the table, else its name. */
  model: string;
  /** Parameters of the model run (count). */
  parameters: number;
  format: WeightFormatId;
  /** A {@link DeviceRecord} id when the device is in the table, else its name. */
  device: string;
  /** The device's peak bandwidth, GB/s (from the device table or the source). */
  bandwidth: SourcedValue;
  /** The measured generation speed, tokens per second (e.g. llama.cpp `tg128`). */
  decodeTokensPerSecond: SourcedValue;
  /** Software that ran it, e.g. "llama.cpp (Metal)". */
  runtime: string;
  note?: string;
}
