'use client';
import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { useEffect, useState } from 'react';
import type { EmbeddingData } from '../core/embeddingData.js';
import { createExplorerController, type ExplorerController } from '../core/explorerController.js';
import { profileSpan } from '../core/mountProfile.js';
import type { EmbeddingViewState } from '../core/viewState.js';

export interface ExplorerControllerProps {
  initialState?: Partial<EmbeddingViewState> | undefined;
  selection?: readonly number[] | undefined;
  onSelectionChange?: ((selection: number[]) => void) | undefined;
  onStateChange?: ((state: EmbeddingViewState) => void) | undefined;
  runtimeOptions?: RuntimeOptions | undefined;
}

/**
 * One explorer controller per mounted explorer, kept in step with the props: data, a controlled
 * selection, callbacks and runtime options. It computes only while mounted (never on a server).
 */
export function useExplorerController(data: EmbeddingData, props: ExplorerControllerProps): ExplorerController {
  const [controller] = useState(() => {
    const created = profileSpan('controller', () =>
      createExplorerController({
        data,
        initialState: props.initialState,
        runtimeOptions: props.runtimeOptions,
        onSelectionChange: props.onSelectionChange,
        onStateChange: props.onStateChange,
      }),
    );
    created.setControlledSelection(props.selection);
    return created;
  });
  useEffect(() => {
    controller.configure({
      onSelectionChange: props.onSelectionChange,
      onStateChange: props.onStateChange,
      runtimeOptions: props.runtimeOptions,
    });
  });
  // Data first: a selection that arrives with new data is checked against that data.
  useEffect(() => controller.setData(data), [controller, data]);
  useEffect(() => controller.setControlledSelection(props.selection), [controller, props.selection]);
  useEffect(() => {
    controller.start();
    return () => controller.dispose();
  }, [controller]);
  return controller;
}
