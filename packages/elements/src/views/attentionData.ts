import { TensorscopeError } from '@tensorscope/common';
import {
  decodeAttention,
  fromCircuitsVis,
  fromHuggingFace,
  type AttentionData,
  type AttentionMatrixInput,
} from '@tensorscope/attention-heatmap/core';

/** What `<tensorscope-attention-heatmap>` draws: a whole model's attention, or one matrix. */
export type AttentionInput = { data: AttentionData } | { matrix: AttentionMatrixInput };

const TSAT = [0x54, 0x53, 0x41, 0x54];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

function tokensOf(value: unknown, key: string): readonly string[] {
  if (!Array.isArray(value) || !value.every((token) => typeof token === 'string')) {
    throw new TensorscopeError('INVALID_VALUE', `"${key}" must be an array of strings.`);
  }
  return value;
}

/**
 * Accepts every form `<tensorscope-attention-heatmap>` takes as `data` or from `src`:
 *
 * - `AttentionData` (`{ queryTokens, keyTokens, weights: Float32Array, shape }`), e.g. from `fromHuggingFace`;
 * - Hugging Face JSON `{ tokens, attentions: [layers][batch][heads][q][k], model?, batch? }`;
 * - CircuitsVis JSON `{ tokens, attention: [heads][q][k] | [q][k], maskUpperTri? }`;
 * - one matrix `{ queryTokens, keyTokens?, weights, mask?, signed? }`;
 * - the binary "TSAT" format (`encodeAttention`) as a `Uint8Array` or `ArrayBuffer`;
 * - JSON text of any of the above.
 *
 * Throws a `TensorscopeError` naming what is wrong.
 */
export function toAttentionInput(value: unknown): AttentionInput {
  if (value instanceof ArrayBuffer) return toAttentionInput(new Uint8Array(value));
  if (value instanceof Uint8Array) {
    if (TSAT.every((byte, i) => value[i] === byte)) return { data: decodeAttention(value) };
    return toAttentionInput(new TextDecoder().decode(value));
  }
  if (typeof value === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      throw new TensorscopeError(
        'INVALID_VALUE',
        `Attention data is neither the binary "TSAT" format nor JSON: ${(error as Error).message}`,
        { cause: error },
      );
    }
    return toAttentionInput(parsed);
  }
  if (!isObject(value)) {
    throw new TensorscopeError(
      'INVALID_VALUE',
      `Attention data must be an object ({ tokens, attentions } from Hugging Face, { tokens, attention } from CircuitsVis, or { queryTokens, weights }); received ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`,
    );
  }
  if (value.weights instanceof Float32Array && Array.isArray(value.shape) && value.shape.length === 4) {
    return { data: value as unknown as AttentionData };
  }
  const model = typeof value.model === 'string' ? value.model : undefined;
  if ('attentions' in value) {
    const batch = typeof value.batch === 'number' ? value.batch : undefined;
    return {
      data: fromHuggingFace(value.attentions as never, tokensOf(value.tokens, 'tokens'), {
        ...(model ? { model } : {}),
        ...(batch !== undefined ? { batch } : {}),
        ...(value.keyTokens ? { keyTokens: tokensOf(value.keyTokens, 'keyTokens') } : {}),
      }),
    };
  }
  if ('attention' in value) {
    return {
      data: fromCircuitsVis(
        {
          tokens: tokensOf(value.tokens, 'tokens'),
          attention: value.attention as never,
          ...(typeof value.maskUpperTri === 'boolean' ? { maskUpperTri: value.maskUpperTri } : {}),
        },
        model ? { model } : {},
      ),
    };
  }
  if ('weights' in value && 'queryTokens' in value) {
    return {
      matrix: {
        queryTokens: tokensOf(value.queryTokens, 'queryTokens'),
        keyTokens: value.keyTokens === undefined ? undefined : tokensOf(value.keyTokens, 'keyTokens'),
        weights: value.weights as AttentionMatrixInput['weights'],
        mask: value.mask instanceof Uint8Array ? value.mask : undefined,
        signed: value.signed === true,
      },
    };
  }
  throw new TensorscopeError(
    'INVALID_VALUE',
    `Attention data has none of the expected keys: "attentions" (Hugging Face), "attention" (CircuitsVis) or "queryTokens" + "weights"; it has ${Object.keys(value).slice(0, 8).join(', ') || 'no keys'}.`,
  );
}
