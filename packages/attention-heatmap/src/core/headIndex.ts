import { describeValue } from '@tensorscope/common';
import { fail } from './errors.js';

/** Throws `OUT_OF_RANGE` unless `layer` and `head` are integer indices within the model's shape. */
export function checkHeadIndex(layer: number, head: number, layers: number, heads: number): void {
  if (
    !Number.isInteger(layer) ||
    layer < 0 ||
    layer >= layers ||
    !Number.isInteger(head) ||
    head < 0 ||
    head >= heads
  ) {
    throw fail(
      'OUT_OF_RANGE',
      `There is no layer ${describeValue(layer)}, head ${describeValue(head)}: expected layer 0 … ${layers - 1} and head 0 … ${heads - 1}.`,
      { details: { layer: describeValue(layer), head: describeValue(head) } },
    );
  }
}
