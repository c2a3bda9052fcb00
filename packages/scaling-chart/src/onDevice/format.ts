import { formatNumber, type Locale } from '@tensorscope/common';

/** Bytes as GB (10⁹ bytes, as datasheets count): "4.85 GB", "512 MB" below one GB. */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1e9) return `${formatNumber(bytes / 1e6, locale, { maximumFractionDigits: 0 })} MB`;
  return `${formatNumber(bytes / 1e9, locale, { maximumFractionDigits: bytes < 1e10 ? 2 : 1 })} GB`;
}

/** Tokens per second: one decimal under 10, whole above. */
export function formatTps(tps: number, locale: Locale): string {
  return formatNumber(tps, locale, { maximumFractionDigits: tps < 10 ? 1 : 0 });
}

/** A signed share: "+23 %", "−41 %". */
export function formatSignedPercent(share: number, locale: Locale): string {
  const text = formatNumber(Math.abs(share) * 100, locale, { maximumFractionDigits: 0 });
  return `${share >= 0 ? '+' : '−'}${text} %`;
}

/** A share as "55 %". */
export function formatPercent(share: number, locale: Locale): string {
  return `${formatNumber(share * 100, locale, { maximumFractionDigits: 0 })} %`;
}
