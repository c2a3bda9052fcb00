import type { SourcedValue } from '../core/sourced.js';
import { SOURCES } from './sources.js';

/** Neurons in the human brain: 86.1 ± 8.1 billion (Azevedo et al. 2009). */
export const BRAIN_NEURONS: SourcedValue = {
  value: 8.61e10,
  low: 7.8e10,
  high: 9.42e10,
  status: 'official',
  source: SOURCES.brainNeurons,
  note: '86.1 ± 8.1 billion neurons (adult male brains).',
};

/**
 * Synapses in the human brain: ~10^14. Stereology puts the neocortex alone at ~1.5e14; some
 * estimates for the whole connectome reach 10^15. A synapse is not a model parameter: comparing
 * the two on one axis is an analogy.
 */
export const BRAIN_SYNAPSES: SourcedValue = {
  value: 1e14,
  low: 1e14,
  high: 1e15,
  status: 'estimate',
  source: SOURCES.brainSynapses,
  note: 'Published estimates span ~10^14–10^15 (neocortex alone ≈ 1.5e14; connectome up to 1e15).',
};

/** BERT-Base represents each token as a vector of 768 numbers (hidden size 768). */
export const BERT_HIDDEN_SIZE: SourcedValue = {
  value: 768,
  status: 'official',
  source: SOURCES.bert,
  note: 'Checkpoint uncased_L-12_H-768_A-12; BERT-Large: 1024.',
};

/** Reference points for a sense of scale. */
export const REFERENCE_POINTS = {
  brainNeurons: BRAIN_NEURONS,
  brainSynapses: BRAIN_SYNAPSES,
  bertHiddenSize: BERT_HIDDEN_SIZE,
} as const;
