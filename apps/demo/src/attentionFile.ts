import {
  decodeAttention,
  fromHuggingFace,
  validateAttentionData,
  type AttentionData,
  type HuggingFaceAttentions,
} from '@tensorscope/attention-heatmap';
import { TensorscopeError } from '@tensorscope/common';

/** Largest attention file accepted (a 12-layer × 12-head × 512-token float32 export is ~150 MB as JSON). */
export const MAX_ATTENTION_BYTES = 64 * 1024 * 1024;

const MAGIC = 'TSAT';

/**
 * Reads a user's attention file: the tensorscope binary format ("TSAT" magic) or a Hugging Face
 * JSON export `{ tokens, attentions, model? }` (also accepted: `input_tokens` / `attention`).
 * Throws a `TensorscopeError` naming the problem; never returns invalid data.
 */
export async function readAttentionFile(file: Blob & { name: string }): Promise<AttentionData> {
  if (file.size > MAX_ATTENTION_BYTES) {
    throw new TensorscopeError(
      'TOO_LARGE',
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ATTENTION_BYTES / 1024 / 1024} MB.`,
      { details: { size: file.size, limit: MAX_ATTENTION_BYTES } },
    );
  }
  if (file.size === 0) throw new TensorscopeError('EMPTY_INPUT', `${file.name} is empty.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (String.fromCharCode(...bytes.subarray(0, 4)) === MAGIC) {
    const data = decodeAttention(bytes);
    validateAttentionData(data);
    return data;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new TensorscopeError(
      'INVALID_FORMAT',
      `${file.name} is neither a tensorscope attention file (it does not start with "TSAT") nor UTF-8 JSON text.`,
      { cause },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new TensorscopeError('INVALID_FORMAT', `${file.name} is not valid JSON: ${reason}`, { cause });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new TensorscopeError(
      'INVALID_FORMAT',
      `${file.name} must hold a JSON object with "tokens" and "attentions"; it holds ${Array.isArray(json) ? 'an array' : typeof json}.`,
    );
  }
  const record = json as Record<string, unknown>;
  const tokens = record.tokens ?? record.input_tokens;
  const attentions = record.attentions ?? record.attention;
  if (!Array.isArray(tokens) || !tokens.every((t) => typeof t === 'string')) {
    throw new TensorscopeError('INVALID_FORMAT', `${file.name} has no "tokens" array of strings.`);
  }
  if (!Array.isArray(attentions)) {
    throw new TensorscopeError(
      'INVALID_FORMAT',
      `${file.name} has no "attentions" array ([layers][batch][heads][q][k], as Hugging Face output_attentions=True gives).`,
    );
  }
  const data = fromHuggingFace(attentions as HuggingFaceAttentions, tokens as string[], {
    ...(typeof record.model === 'string' ? { model: record.model } : {}),
    ...(typeof record.description === 'string' ? { note: record.description } : {}),
  });
  validateAttentionData(data);
  return data;
}
