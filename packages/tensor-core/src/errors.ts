import { SHARED_ERROR_CODES, TensorscopeError, type TensorscopeErrorOptions } from '@tensorscope/common';

/** Every code a tensor-core error can carry: the shared ones plus the device, vector and range failures. */
export const TENSOR_CORE_ERROR_CODES = [
  ...SHARED_ERROR_CODES,
  'DEVICE_LOST',
  'DISPOSED',
  'ZERO_VECTOR',
  'OVERFLOW',
] as const;

/** A code from {@link TENSOR_CORE_ERROR_CODES}. */
export type TensorCoreErrorCode = (typeof TENSOR_CORE_ERROR_CODES)[number];

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
