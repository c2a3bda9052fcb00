import { TensorscopeError, interpolate, type Locale, type ThemeSetting } from '@tensorscope/common';
import {
  ATTENTION_PARAMS,
  ATTENTION_VIEWS,
  DEFAULT_ATTENTION_VIEW,
  parseAttentionView,
  type AttentionViewKind,
} from '@tensorscope/attention-heatmap/element';
import type { EmbeddingViewState } from '@tensorscope/embedding-space/core';
import {
  EMBEDDING_SPACE_PARAMS,
  EMBEDDING_SPACE_PARAM_ALIASES,
  readEmbeddingSpaceParams,
  type EmbeddingMode,
} from '@tensorscope/embedding-space/element';
import {
  DEFAULT_SCALING_CHART,
  SCALING_CHARTS,
  SCALING_CHART_PARAMS,
  parsePreset,
  parseScalingChart,
  type ScalingChartKind,
} from '@tensorscope/scaling-chart/element';
import { messages } from '../messages.js';

export const EMBED_VIEWS = [
  'attention-heatmap',
  'embedding-space',
  'scaling-chart',
  'gpu-chart',
  'tokens',
  'rag',
  'on-device',
  'transformer',
] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export type EmbedConfig = { locale: Locale; theme: ThemeSetting } & (
  | { view: 'attention-heatmap'; sentence: string | undefined; attentionView: AttentionViewKind }
  | { view: 'embedding-space'; state: EmbeddingViewState | undefined; mode: EmbeddingMode | undefined }
  | { view: 'scaling-chart'; chart: ScalingChartKind; preset: string | undefined }
  | { view: 'gpu-chart'; device: { gflops: number; backend: string } | undefined }
  | { view: 'tokens'; text: string | undefined }
  | { view: 'rag'; query: string | undefined; map: boolean }
  | { view: 'on-device'; model: string | undefined }
  | {
      view: 'transformer';
      transformerView: TransformerEmbedView;
      model: TransformerEmbedModel;
      text: string | undefined;
      repeat: number | undefined;
    }
);

/** What `/embed/transformer` shows, and on which of the project's checkpoints. */
export const TRANSFORMER_EMBED_VIEWS = ['next-token', 'attention', 'ablation', 'training'] as const;
export type TransformerEmbedView = (typeof TRANSFORMER_EMBED_VIEWS)[number];
export const TRANSFORMER_EMBED_MODELS = ['induction', 'brown'] as const;
export type TransformerEmbedModel = (typeof TRANSFORMER_EMBED_MODELS)[number];

const ALLOWED: Record<EmbedView, readonly string[]> = {
  'attention-heatmap': ['sentence', ...ATTENTION_PARAMS],
  'embedding-space': [...EMBEDDING_SPACE_PARAMS, ...Object.keys(EMBEDDING_SPACE_PARAM_ALIASES)],
  'scaling-chart': SCALING_CHART_PARAMS,
  'gpu-chart': ['gflops', 'backend'],
  tokens: ['text'],
  rag: ['query', 'map'],
  'on-device': ['model'],
  transformer: ['view', 'model', 'text', 'repeat'],
};

/**
 * Reads an embed URL: `/embed/<view>?locale=en|ko&theme=light|dark|auto&…`. Every problem (an
 * unknown view or parameter, a value out of range, an unreadable embedding view state) is
 * collected, so the frame can name them all. The locale of the messages is the `locale`
 * parameter when valid, else English.
 */
export function parseEmbed(view: string, search: string): { config: EmbedConfig } | { locale: Locale; error: Error } {
  const params = new URLSearchParams(search);
  const localeParam = params.get('locale');
  const locale: Locale = localeParam === 'ko' ? 'ko' : 'en';
  const t = messages[locale];
  const problems: string[] = [];
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(name);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(interpolate(t.embedBadValue, { name, allowed: allowed.join(', '), value }));
    return fallback;
  };
  /** A parameter read by a package's own parser (the one its custom element uses for the attribute). */
  const parsed = <T>(
    name: string,
    parse: (value: string) => T | undefined,
    allowed: readonly string[],
    fallback: T,
  ): T => {
    const value = params.get(name);
    if (value === null) return fallback;
    const result = parse(value);
    if (result !== undefined) return result;
    problems.push(interpolate(t.embedBadValue, { name, allowed: allowed.join(', '), value }));
    return fallback;
  };
  oneOf('locale', ['en', 'ko'] as const, 'en');
  const theme = oneOf<ThemeSetting>('theme', ['light', 'dark', 'auto'], 'light');
  if (!(EMBED_VIEWS as readonly string[]).includes(view)) {
    problems.push(interpolate(t.embedUnknownView, { view, views: EMBED_VIEWS.join(', ') }));
    return { locale, error: new TensorscopeError('INVALID_VALUE', problems.join(' ')) };
  }
  const name = view as EmbedView;
  const allowed = ['locale', 'theme', ...ALLOWED[name]];
  for (const key of new Set(params.keys())) {
    if (!allowed.includes(key))
      problems.push(interpolate(t.embedUnknownParam, { name: key, allowed: allowed.join(', ') }));
  }
  let config: EmbedConfig;
  switch (name) {
    case 'attention-heatmap':
      config = {
        view: name,
        locale,
        theme,
        sentence: params.get('sentence') ?? undefined,
        attentionView: parsed('view', parseAttentionView, ATTENTION_VIEWS, DEFAULT_ATTENTION_VIEW),
      };
      break;
    case 'embedding-space': {
      const { state, mode, problems: bad } = readEmbeddingSpaceParams((key) => params.get(key));
      for (const { param, error } of bad) problems.push(`${param}: ${error.message}`);
      config = { view: name, locale, theme, state, mode };
      break;
    }
    case 'scaling-chart':
      config = {
        view: name,
        locale,
        theme,
        chart: parsed('chart', parseScalingChart, SCALING_CHARTS, DEFAULT_SCALING_CHART),
        preset: parsePreset(params.get('preset')),
      };
      break;
    case 'gpu-chart': {
      const gflopsText = params.get('gflops');
      let device: { gflops: number; backend: string } | undefined;
      if (gflopsText !== null) {
        const gflops = Number(gflopsText);
        if (!Number.isFinite(gflops) || gflops <= 0 || gflopsText.trim() === '') {
          problems.push(interpolate(t.embedBadNumber, { name: 'gflops', value: gflopsText }));
        } else device = { gflops, backend: (params.get('backend') ?? 'browser').slice(0, 40) };
      }
      config = { view: name, locale, theme, device };
      break;
    }
    case 'tokens':
      config = { view: name, locale, theme, text: params.get('text') ?? undefined };
      break;
    case 'on-device':
      config = { view: name, locale, theme, model: params.get('model') ?? undefined };
      break;
    case 'transformer': {
      const transformerView = oneOf('view', TRANSFORMER_EMBED_VIEWS, 'next-token');
      const model = oneOf('model', TRANSFORMER_EMBED_MODELS, 'induction');
      const repeatText = params.get('repeat');
      let repeat: number | undefined;
      if (repeatText !== null) {
        const value = Number(repeatText);
        if (Number.isInteger(value) && value >= 1 && value <= 8) repeat = value;
        else problems.push(interpolate(t.embedBadValue, { name: 'repeat', allowed: '1–8', value: repeatText }));
      }
      config = { view: name, locale, theme, transformerView, model, text: params.get('text') ?? undefined, repeat };
      break;
    }
    case 'rag':
      config = {
        view: name,
        locale,
        theme,
        query: params.get('query') ?? undefined,
        map: oneOf('map', ['true', 'false'] as const, 'true') === 'true',
      };
      break;
  }
  if (problems.length > 0) return { locale, error: new TensorscopeError('INVALID_VALUE', problems.join(' ')) };
  return { config };
}
