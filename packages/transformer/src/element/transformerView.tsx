import { TensorscopeError } from '@tensorscope/common';
import { getWasmPaths, type ViewProps } from '@tensorscope/common/element';
import { ErrorMessage } from '@tensorscope/common/react';
import { useMemo } from 'react';
import { AblationGrid } from '../AblationGrid.js';
import { builtInCheckpointUrl } from './builtIn.js';
import type { Checkpoint } from '../core/checkpoint.js';
import { NextTokenPanel } from '../NextTokenPanel.js';
import { TrainingPanel } from '../TrainingPanel.js';
import { TransformerAttention } from '../TransformerAttention.js';

// Here, in the lazily loaded view, so that a bundler that inlines it does so outside the page's entry.
const DEFAULT_CHECKPOINT = new URL('../../checkpoints/induction.tsgpt', import.meta.url).href;

/**
 * What `<tensorscope-transformer>` renders: one of the package's views on the checkpoint from
 * `src` / `.data`, or on the built-in induction model, with tfjs's `.wasm` files from where the page
 * serves them (`setWasmPaths`).
 */
export function View({ data, locale, theme, host }: ViewProps) {
  const wasmPaths = getWasmPaths();
  const key = JSON.stringify(wasmPaths ?? null);
  // One options object per wasm location: a new object would restart the model.
  const runtimeOptions = useMemo(() => (wasmPaths === undefined ? undefined : { wasmPaths }), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const view = host.getAttribute('view') ?? 'next-token';
  const repeat = Number(host.getAttribute('repeat') ?? Number.NaN);
  const common = { locale, theme, ...(runtimeOptions ? { runtimeOptions } : {}) };
  if (view === 'training') return <TrainingPanel {...common} />;
  if (!isCheckpointData(data)) {
    const error = new TensorscopeError(
      'INVALID_FORMAT',
      '`data` must be a checkpoint: a decoded one, or the bytes of a .tsgpt file.',
    );
    return <ErrorMessage error={error} locale={locale} />;
  }
  const source = {
    ...common,
    checkpoint: data ?? builtInCheckpointUrl() ?? DEFAULT_CHECKPOINT,
    text: host.getAttribute('text') ?? undefined,
    // Copies of the text: the built-in induction model shows its job on the second copy.
    repeat: Number.isInteger(repeat) && repeat >= 1 && repeat <= 8 ? repeat : data ? 1 : 2,
  };
  if (view === 'attention') return <TransformerAttention {...source} />;
  if (view === 'ablation') return <AblationGrid {...source} />;
  return <NextTokenPanel {...source} />;
}

/** What `.data` may be: nothing (the built-in model), a decoded checkpoint, or a file's bytes. */
function isCheckpointData(data: unknown): data is Checkpoint | Uint8Array | ArrayBuffer | null | undefined {
  if (data === null || data === undefined || data instanceof Uint8Array || data instanceof ArrayBuffer) return true;
  return typeof data === 'object' && !Array.isArray(data) && 'config' in data && 'weights' in data;
}
