import { TensorscopeError, type TensorscopeErrorCode, type TensorscopeErrorOptions } from '@tensorscope/common';

/** Codes of tensor-core errors, in addition to the shared ones. */
export type TensorCoreErrorCode =
  TensorscopeErrorCode | 'DEVICE_LOST' | 'DISPOSED' | 'TOO_LARGE' | 'ZERO_VECTOR' | 'ABORTED';

/**
 * What every tensor-core operation throws for bad input or a failed device: a
 * `TensorscopeError` (so `isTensorscopeError` and `ErrorMessage` work) with a `code` and a message
 * that names the argument, the shape received and the shape expected.
 */
export class TensorCoreError extends TensorscopeError<TensorCoreErrorCode> {
  constructor(code: TensorCoreErrorCode, message: string, options?: TensorscopeErrorOptions) {
    super(code, message, options);
  }
}
