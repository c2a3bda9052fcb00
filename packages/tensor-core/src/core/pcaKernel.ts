// The PCA kernels of pcaKernel.wat (WebAssembly SIMD), assembled with wabt's wat2wasm and embedded
// here so that no file is fetched: column statistics, centring, the covariance XᵀX (only the 4 × 8
// tiles on and above the diagonal, float32 products summed per block of rows, blocks summed in
// float64) and the projection. On wasm and cpu backends this beats tfjs's XᵀX, which
// streams all rows through every output tile and computes both halves of a symmetric matrix.
// Regenerate after editing the .wat: `npx wabt`'s parseWat(…, { simd: true }).toBinary({}), base64.
const WASM_BASE64 =
  'AGFzbQEAAAABIARgBX9/f39/AGAFf39/f30AYAN/e3sAYAZ/f39/f38AAwYFAAEAAgMFAwEAAQcsBQZtZW1vcnkCAAVzdGF0cwAABmNlbnRlcgABBGdyYW0AAgdwcm9qZWN0AAQK1woFlwIDBX8CewJ9IAQqAgD9EyELIAQqAgAhDCAAIQhBACEGAkADQCAGIAFPDQFBACEHIAMhCQJAA0AgB0EEaiACSw0BIAj9AAQAIQogCyAK/eAB/ekBIQsgCSAJ/QAEACAK/V/98AH9CwQAIAkgCf0ABBAgCiAK/Q0ICQoLDA0ODwABAgMEBQYH/V/98AH9CwQQIAhBEGohCCAJQSBqIQkgB0EEaiEHDAALCwJAA0AgByACTw0BIAgqAgAhDSAMIA2LlyEMIAkgCSsDACANu6A5AwAgCEEEaiEIIAlBCGohCSAHQQFqIQcMAAsLIAZBAWohBgwACwsgDCAL/R8AIAv9HwGXIAv9HwIgC/0fA5eXlyEMIAQgDDgCAAuqAQIEfwF7IAT9EyEJIAAhB0EAIQUCQANAIAUgAU8NAUEAIQYgAyEIAkADQCAGQQRqIAJLDQEgByAH/QAEACAI/QAEAP3lASAJ/eYB/QsEACAHQRBqIQcgCEEQaiEIIAZBBGohBgwACwsCQANAIAYgAk8NASAHIAcqAgAgCCoCAJMgBJQ4AgAgB0EEaiEHIAhBBGohCCAGQQFqIQYMAAsLIAVBAWohBQwACwsLjgQDBn8LewF/IAJBAnQhCUEAIQUCQANAIAUgAk8NASAFQXhxIQYCQANAIAYgAk8NAf0MAAAAAAAAAAAAAAAAAAAAACEO/QwAAAAAAAAAAAAAAAAAAAAAIQ/9DAAAAAAAAAAAAAAAAAAAAAAhEP0MAAAAAAAAAAAAAAAAAAAAACER/QwAAAAAAAAAAAAAAAAAAAAAIRL9DAAAAAAAAAAAAAAAAAAAAAAhE/0MAAAAAAAAAAAAAAAAAAAAACEU/QwAAAAAAAAAAAAAAAAAAAAAIRUgACAFQQJ0aiEHIAAgBkECdGohCCABIQoCQANAIApFDQEgCP0ABAAhDCAI/QAEECENIAf9CQIAIQsgDiALIAz95gH95AEhDiAPIAsgDf3mAf3kASEPIAf9CQIEIQsgECALIAz95gH95AEhECARIAsgDf3mAf3kASERIAf9CQIIIQsgEiALIAz95gH95AEhEiATIAsgDf3mAf3kASETIAf9CQIMIQsgFCALIAz95gH95AEhFCAVIAsgDf3mAf3kASEVIAcgCWohByAIIAlqIQggCkEBayEKDAALCyAEIAUgA2wgBmpBA3RqIRYgFiAOIA8QAyAWIANBA3RqIRYgFiAQIBEQAyAWIANBA3RqIRYgFiASIBMQAyAWIANBA3RqIRYgFiAUIBUQAyAGQQhqIQYMAAsLIAVBBGohBQwACwsLdgAgACAA/QAEACAB/V/98AH9CwQAIAAgAP0ABBAgASAB/Q0ICQoLDA0ODwABAgMEBQYH/V/98AH9CwQQIAAgAP0ABCAgAv1f/fAB/QsEICAAIAD9AAQwIAIgAv0NCAkKCwwNDg8AAQIDBAUGB/1f/fAB/QsEMAuIAgQFfwF7AX0CfyACQQJ0IQ4gACENQQAhBgJAA0AgBiABTw0BQQAhByADIQoCQANAIAcgBE8NASANIQn9DAAAAAAAAAAAAAAAAAAAAAAhC0EAIQgCQANAIAhBBGogAksNASALIAn9AAQAIAr9AAQA/eYB/eQBIQsgCUEQaiEJIApBEGohCiAIQQRqIQgMAAsLIAv9HwAgC/0fAZIgC/0fAiAL/R8DkpIhDAJAA0AgCCACTw0BIAwgCSoCACAKKgIAlJIhDCAJQQRqIQkgCkEEaiEKIAhBAWohCAwACwsgBSAMOAIAIAVBBGohBSAHQQFqIQcMAAsLIA0gDmohDSAGQQFqIQYMAAsLCw==';

/** @internal */
export interface PcaKernel {
  memory: WebAssembly.Memory;
  stats(x: number, rows: number, d: number, sums: number, maxp: number): void;
  center(x: number, rows: number, d: number, mean: number, inv: number): void;
  gram(x: number, rows: number, d: number, dp: number, c: number): void;
  project(x: number, rows: number, d: number, axes: number, k: number, out: number): void;
}

let cached: PcaKernel | null | undefined;

function decode(base64: string): Uint8Array<ArrayBuffer> {
  if (typeof atob === 'function') return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Uint8Array(
    (globalThis as { Buffer?: { from(s: string, e: string): Uint8Array } }).Buffer!.from(base64, 'base64'),
  ) as Uint8Array<ArrayBuffer>;
}

/** @internal */
/** The kernel instance, or null where WebAssembly SIMD is not available (the caller uses tfjs). */
export function pcaKernel(): PcaKernel | null {
  if (cached !== undefined) return cached;
  cached = null;
  try {
    if (typeof WebAssembly !== 'object') return null;
    const bytes = decode(WASM_BASE64);
    if (!WebAssembly.validate(bytes)) return null;
    // 1.5 KB: synchronous compilation is allowed on the main thread.
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    cached = instance.exports as unknown as PcaKernel;
  } catch {
    cached = null;
  }
  return cached;
}
