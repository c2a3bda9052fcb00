import { describe, expect, it } from 'vitest';
import { ACCELERATORS } from '../../data/accelerators.js';
import { sourcedValueProblem, type SourcedValue } from '../sourced.js';
import { ON_DEVICE_DEVICES, ON_DEVICE_MODELS, PUBLISHED_RUNS, WEIGHT_FORMATS } from './index.js';

/** Every sourced value of the four tables, with a label naming where it sits. */
function allSourcedValues(): [string, SourcedValue][] {
  const values: [string, SourcedValue][] = [];
  for (const f of WEIGHT_FORMATS) values.push([`${f.id}.bitsPerWeight`, f.bitsPerWeight]);
  for (const m of ON_DEVICE_MODELS) {
    for (const key of ['parameters', 'layers', 'heads', 'kvHeads', 'headDim', 'contextLength'] as const) {
      values.push([`${m.id}.${key}`, m[key]]);
    }
  }
  for (const d of ON_DEVICE_DEVICES) {
    values.push([`${d.id}.memory`, d.memory], [`${d.id}.bandwidth`, d.bandwidth]);
    if (d.fp16Tflops) values.push([`${d.id}.fp16Tflops`, d.fp16Tflops]);
  }
  for (const r of PUBLISHED_RUNS) {
    values.push([`${r.id}.bandwidth`, r.bandwidth], [`${r.id}.decodeTokensPerSecond`, r.decodeTokensPerSecond]);
  }
  return values;
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('on-device data', () => {
  it('gives every sourced value a positive value, a known status and an https source', () => {
    for (const [label, value] of allSourcedValues()) {
      expect(sourcedValueProblem(label, value), label).toBeNull();
      expect(value.value, label).toBeGreaterThan(0);
      expect(value.source, label).toMatch(/^https:\/\/\S+$/);
    }
  });

  it('has unique ids in every table', () => {
    for (const table of [WEIGHT_FORMATS, ON_DEVICE_MODELS, ON_DEVICE_DEVICES, PUBLISHED_RUNS]) {
      expect(new Set(ids(table)).size).toBe(table.length);
    }
  });

  it('covers the four formats with bits per weight in increasing precision order', () => {
    expect(ids(WEIGHT_FORMATS).sort()).toEqual(['fp16', 'q4_0', 'q4_k_m', 'q8_0']);
    const bits = Object.fromEntries(WEIGHT_FORMATS.map((f) => [f.id, f.bitsPerWeight.value]));
    expect(bits).toMatchObject({ fp16: 16, q8_0: 8.5, q4_0: 4.5 });
    expect(bits.q4_k_m).toBeGreaterThan(4.5);
    expect(bits.q4_k_m).toBeLessThan(5);
  });

  it('has at least 6 models with consistent attention shapes', () => {
    expect(ON_DEVICE_MODELS.length).toBeGreaterThanOrEqual(6);
    for (const id of ['llama-3.2-1b', 'llama-3.2-3b', 'llama-3.1-8b', 'llama-3.1-70b']) {
      expect(ids(ON_DEVICE_MODELS)).toContain(id);
    }
    expect(new Set(ON_DEVICE_MODELS.map((m) => m.family)).size).toBeGreaterThanOrEqual(3);
    for (const m of ON_DEVICE_MODELS) {
      for (const v of [m.layers, m.heads, m.kvHeads, m.headDim, m.contextLength]) {
        expect(Number.isInteger(v.value), m.id).toBe(true);
      }
      expect(m.heads.value % m.kvHeads.value, `${m.id}: query heads share KV heads evenly`).toBe(0);
    }
  });

  it('has phones, laptops, desktop GPUs and a datacenter GPU', () => {
    const count = (kind: string) => ON_DEVICE_DEVICES.filter((d) => d.kind === kind).length;
    expect(ON_DEVICE_DEVICES.length).toBeGreaterThanOrEqual(8);
    expect(count('phone')).toBeGreaterThanOrEqual(2);
    expect(count('laptop')).toBeGreaterThanOrEqual(3);
    expect(count('desktop-gpu')).toBeGreaterThanOrEqual(2);
    expect(count('datacenter')).toBeGreaterThanOrEqual(1);
  });

  it('reuses the GPU chart figures for the H100 and RTX 4090', () => {
    const pairs = [
      ['h100-sxm', 'H100 SXM5'],
      ['rtx-4090', 'GeForce RTX 4090'],
    ] as const;
    for (const [id, name] of pairs) {
      const device = ON_DEVICE_DEVICES.find((d) => d.id === id)!;
      const chip = ACCELERATORS.find((a) => a.name === name)!;
      for (const [mine, theirs] of [
        [device.memory, chip.memory],
        [device.bandwidth, chip.bandwidth],
        [device.fp16Tflops, chip.fp16],
      ] as const) {
        expect(mine?.value, id).toBe(theirs?.value);
        expect(mine?.source, id).toBe(theirs?.source);
      }
    }
  });

  it('has at least 8 published runs, each in a known format and naming its row', () => {
    expect(PUBLISHED_RUNS.length).toBeGreaterThanOrEqual(8);
    const formats = new Set(ids(WEIGHT_FORMATS));
    const devices = new Map(ON_DEVICE_DEVICES.map((d) => [d.id, d]));
    for (const r of PUBLISHED_RUNS) {
      expect(formats.has(r.format), r.id).toBe(true);
      expect(r.parameters, r.id).toBeGreaterThan(1e9);
      expect(r.note, r.id).toMatch(/row/);
      const device = devices.get(r.device);
      if (device) expect(r.bandwidth.value, r.id).toBe(device.bandwidth.value);
    }
  });

  it('never lets a run decode faster than its bandwidth could stream the weights', () => {
    const bits = Object.fromEntries(WEIGHT_FORMATS.map((f) => [f.id, f.bitsPerWeight.value]));
    for (const r of PUBLISHED_RUNS) {
      const gbPerToken = (r.parameters * bits[r.format]!) / 8 / 1e9;
      expect(r.decodeTokensPerSecond.value, r.id).toBeLessThan(r.bandwidth.value / gbPerToken);
    }
  });
});
