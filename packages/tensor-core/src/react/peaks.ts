/** Datasheet peaks (not measurements) to compare a measured rate with, in GFLOP/s. */
export interface ReferencePeak {
  name: string;
  /** GFLOP/s. */
  gflops: number;
  /** What the figure counts. */
  precision: string;
  source: string;
}

/**
 * Dense FP16/BF16 tensor-core peaks from NVIDIA's datasheets (the "with sparsity" figures are
 * twice these). Sources as collected in tensorscope's scaling facts.
 */
export const DATASHEET_PEAKS: readonly ReferencePeak[] = [
  {
    name: 'NVIDIA V100',
    gflops: 125_000,
    precision: 'FP16 tensor',
    source: 'https://developer.nvidia.com/programming-tensor-cores-cuda-9-0',
  },
  {
    name: 'NVIDIA A100',
    gflops: 312_000,
    precision: 'BF16 tensor, dense',
    source: 'https://www.glennklockwood.com/garden/processors/A100',
  },
  {
    name: 'NVIDIA H100 SXM',
    gflops: 989_400,
    precision: 'BF16 tensor, dense',
    source: 'https://www.glennklockwood.com/garden/processors/h100',
  },
];
