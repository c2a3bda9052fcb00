'use client';
import {
  TensorscopeArgumentError,
  createStore,
  toTensorscopeError,
  type AnyTensorscopeError,
} from '@tensorscope/common';
import { useStore } from '@tensorscope/common/react';
import { useEffect, useRef, useState } from 'react';
import {
  createNextTokenController,
  type NextTokenController,
  type NextTokenControllerOptions,
  type NextTokenState,
} from './core/nextTokenController.js';

/**
 * What the next-token views read: a controller of your own (shared by `NextTokenPanel`,
 * `AblationGrid` and `TransformerAttention` so they show one model on one text), or the options
 * each view makes its own controller from.
 */
export interface NextTokenSourceProps extends Partial<Omit<NextTokenControllerOptions, 'text'>> {
  /** A controller shared with other views; the other source props are then ignored. */
  controller?: NextTokenController;
  /** The text to read. Changing it reads the new text (a view with a text box starts from it). */
  text?: string;
}

/**
 * The controller of a view: the one passed in, or one created from the props in an effect,
 * started, and disposed when the checkpoint, runtime, tokenizer or top-k change or the view
 * unmounts. Null on the server and before the first effect.
 */
export function useNextTokenController(props: NextTokenSourceProps): {
  controller: NextTokenController | null;
  state: NextTokenState | null;
  error: AnyTensorscopeError | null;
} {
  const given = isController(props.controller) ? props.controller : undefined;
  const badController =
    props.controller !== undefined && !given
      ? new TensorscopeArgumentError('controller', 'a controller from createNextTokenController', props.controller)
      : null;
  const [own, setOwn] = useState<NextTokenController | null>(null);
  const [error, setError] = useState<AnyTensorscopeError | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const { checkpoint, runtime, runtimeOptions, tokenize, topK, fetch } = props;
  useEffect(() => {
    if (given) return;
    const p = latest.current;
    let created: NextTokenController;
    try {
      created = createNextTokenController({
        checkpoint: checkpoint as NextTokenControllerOptions['checkpoint'],
        runtime,
        runtimeOptions,
        tokenize,
        topK,
        fetch,
        text: p.text,
        repeat: p.repeat,
        temperature: p.temperature,
        seed: p.seed,
      });
    } catch (caught) {
      setError(toTensorscopeError(caught, 'INVALID_ARGUMENT'));
      return;
    }
    setError(null);
    setOwn(created);
    void created.start();
    return () => {
      created.dispose();
      setOwn((current) => (current === created ? null : current));
    };
  }, [given, checkpoint, runtime, runtimeOptions, tokenize, topK, fetch]);
  const controller = given ?? own;
  useEffect(() => {
    if (given) void given.start();
  }, [given]);
  // A new `text` or `repeat` prop is read (the first ones were read at creation; a bad one is state.error).
  useEffect(() => {
    if (!controller || props.text === undefined || controller.store.getState().text === props.text) return;
    void controller.setText(props.text);
  }, [controller, props.text]);
  useEffect(() => {
    if (!controller || props.repeat === undefined || controller.store.getState().repeat === props.repeat) return;
    void controller.setRepeat(props.repeat);
  }, [controller, props.repeat]);
  const state = useStore<object>(controller?.store ?? NO_STATE);
  return {
    controller,
    state: controller ? (state as NextTokenState) : null,
    error: badController ?? (given ? null : error),
  };
}

function isController(value: unknown): value is NextTokenController {
  const store = (value as { store?: { getState?: unknown; subscribe?: unknown } } | null)?.store;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof store?.getState === 'function' &&
    typeof store.subscribe === 'function' &&
    typeof (value as { start?: unknown }).start === 'function'
  );
}

/** What useStore reads before there is a controller (hooks cannot be skipped). */
const NO_STATE = createStore<object>({});
