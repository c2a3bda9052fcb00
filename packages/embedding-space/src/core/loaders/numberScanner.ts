/** Exact powers of ten as doubles (10^0 … 10^22). */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** While the mantissa is below this, `mantissa * 10 + digit` stays an exact integer (< 2^53). */
const MANTISSA_LIMIT = Math.floor((2 ** 53 - 9) / 10);

/**
 * Reads decimal numbers (`-1`, `0.25`, `.5`, `3.`, `1e-5`, `+2E+3`) out of a string in place,
 * without slicing. Most numbers are read exactly with one multiplication or division of two exact
 * doubles (Clinger's fast path, so the result equals `parseFloat`); long mantissas and large
 * exponents fall back to `parseFloat` on a slice. `NaN`, `Infinity` and hex are not numbers here.
 */
export class NumberScanner {
  /** Index just after the last number read (after a failure: where reading stopped). */
  end = 0;

  /**
   * Reads the longest number starting at `start`. Returns NaN when there is no number at `start`;
   * `end` is then where reading stopped. Reading stops at the first character that cannot continue
   * a number (a separator or line break), so `end` may pass a line's end only when the caller's line
   * bounds exclude number characters; callers compare `end` with their own bounds.
   */
  scan(text: string, start: number): number {
    let i = start;
    let code = text.charCodeAt(i);
    let negative = false;
    if (code === 45 || code === 43) {
      negative = code === 45;
      i++;
      code = text.charCodeAt(i);
    }
    let mantissa = 0;
    let digits = 0;
    let exact = true;
    let exponent = 0;
    while (code >= 48 && code <= 57) {
      if (mantissa < MANTISSA_LIMIT) mantissa = mantissa * 10 + (code - 48);
      else {
        exact = false;
        exponent++;
      }
      digits++;
      i++;
      code = text.charCodeAt(i);
    }
    if (code === 46) {
      i++;
      code = text.charCodeAt(i);
      while (code >= 48 && code <= 57) {
        if (mantissa < MANTISSA_LIMIT) {
          mantissa = mantissa * 10 + (code - 48);
          exponent--;
        } else exact = false;
        digits++;
        i++;
        code = text.charCodeAt(i);
      }
    }
    if (digits === 0) {
      this.end = i;
      return NaN;
    }
    if (code === 101 || code === 69) {
      let j = i + 1;
      let c = text.charCodeAt(j);
      let negativeExponent = false;
      if (c === 45 || c === 43) {
        negativeExponent = c === 45;
        j++;
        c = text.charCodeAt(j);
      }
      if (c >= 48 && c <= 57) {
        let value = 0;
        while (c >= 48 && c <= 57) {
          if (value < 100000) value = value * 10 + (c - 48);
          j++;
          c = text.charCodeAt(j);
        }
        exponent += negativeExponent ? -value : value;
        i = j;
      }
      // "1e" or "1e+" without digits: the number ends before the "e", which the caller reports.
    }
    this.end = i;
    let result: number;
    if (exact && exponent === 0) result = mantissa;
    else if (exact && exponent > 0 && exponent <= 22) result = mantissa * (POW10[exponent] as number);
    else if (exact && exponent < 0 && exponent >= -22) result = mantissa / (POW10[-exponent] as number);
    else return parseFloat(text.slice(start, i));
    return negative ? -result : result;
  }
}
