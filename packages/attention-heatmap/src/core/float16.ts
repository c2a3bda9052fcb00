/**
 * IEEE 754 binary16 ("half") conversion without `Math.f16round` or `Float16Array` (not in every
 * runtime yet). Encoding rounds to nearest, ties to even, using two 256-entry tables indexed by
 * the float32 exponent; decoding is a single lookup in a 65,536-entry table of float32 bit
 * patterns, so a decode loop is an integer copy.
 *
 * Internal to the binary format (`binaryFormat.ts`); not part of the package's public API.
 */

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

/** Per float32 exponent: the half bits before the mantissa is added. */
let baseTable: Uint16Array | undefined;
/** Per float32 exponent: how far the 23-bit mantissa is shifted right (25 = drop it all, never round). */
let shiftTable: Uint8Array | undefined;
/** float16 bits → float32 bits, for all 65,536 half values. */
let decodeTable: Uint32Array | undefined;

function buildEncodeTables(): void {
  const base = new Uint16Array(256);
  const shift = new Uint8Array(256);
  for (let exp = 0; exp < 256; exp++) {
    const e = exp - 127;
    if (exp === 0 || e < -25) {
      // float32 zero/subnormal or below half of the smallest half subnormal (2^-25): 0.
      base[exp] = 0;
      shift[exp] = 25;
    } else if (e < -14) {
      // half subnormal: the hidden bit becomes part of the mantissa.
      base[exp] = e === -25 ? 0 : 0x0400 >> (-e - 14);
      shift[exp] = -e - 1;
    } else if (e <= 15) {
      base[exp] = (e + 15) << 10;
      shift[exp] = 13;
    } else {
      // overflow and infinity (NaN is handled separately).
      base[exp] = 0x7c00;
      shift[exp] = 25;
    }
  }
  baseTable = base;
  shiftTable = shift;
}

function buildDecodeTable(): Uint32Array {
  const table = new Uint32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = (h & 0x8000) << 16;
    const exp = (h >> 10) & 0x1f;
    let mant = h & 0x3ff;
    let bits: number;
    if (exp === 0x1f) {
      bits = sign | 0x7f800000 | (mant << 13);
    } else if (exp !== 0) {
      bits = sign | ((exp - 15 + 127) << 23) | (mant << 13);
    } else if (mant === 0) {
      bits = sign;
    } else {
      // subnormal half → normal float32.
      let e = -14;
      while ((mant & 0x400) === 0) {
        mant <<= 1;
        e--;
      }
      bits = sign | ((e + 127) << 23) | ((mant & 0x3ff) << 13);
    }
    table[h] = bits >>> 0;
  }
  decodeTable = table;
  return table;
}

/** The float32 bits of every half value (index = half bits). Built on first use (256 KB). */
export function float16DecodeTable(): Uint32Array {
  return decodeTable ?? buildDecodeTable();
}

/**
 * Converts float32 bit patterns to half bit patterns, round-to-nearest-even. `source` and `target`
 * have the same length. Overflow gives ±Infinity, NaN stays NaN (quiet).
 */
export function float32BitsToFloat16(source: Uint32Array, target: Uint16Array): void {
  if (!baseTable) buildEncodeTables();
  const base = baseTable as Uint16Array;
  const shift = shiftTable as Uint8Array;
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const x = source[i] as number;
    const sign = (x >>> 16) & 0x8000;
    const exp = (x >>> 23) & 0xff;
    const mant = x & 0x7fffff;
    if (exp === 0xff && mant !== 0) {
      target[i] = sign | 0x7e00;
      continue;
    }
    const s = shift[exp] as number;
    let h = (base[exp] as number) + (s >= 24 ? 0 : mant >>> s);
    if (s <= 24) {
      // round to nearest, ties to even; the hidden bit only matters when s = 24.
      const full = mant | 0x800000;
      const half = 1 << (s - 1);
      const rest = full & ((1 << s) - 1);
      if (rest > half || (rest === half && (h & 1) === 1)) h++;
    }
    target[i] = sign | h;
  }
}

/** One float32 value → half bits (round-to-nearest-even). */
export function toFloat16Bits(value: number): number {
  F32[0] = value;
  const out = new Uint16Array(1);
  float32BitsToFloat16(U32, out);
  return out[0] as number;
}

/** Half bits → the number they encode. */
export function fromFloat16Bits(bits: number): number {
  U32[0] = float16DecodeTable()[bits & 0xffff] as number;
  return F32[0] as number;
}
