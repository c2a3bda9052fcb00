'use client';
import type { Locale } from '../../locale.js';
import { useTensorscopeSettings } from '../settings.js';

/** The language of the kit's own text: the `locale` prop, else the nearest provider, else English. */
export function useKitLocale(locale: Locale | undefined): Locale {
  return useTensorscopeSettings({ locale }).locale;
}
