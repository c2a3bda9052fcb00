'use client';
import { themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import {
  Button,
  DataTable,
  ErrorMessage,
  Panel,
  Toolbar,
  useLastValid,
  useStore,
  useTensorscopeSettings,
} from '@tensorscope/common/react';
import { useMemo, type CSSProperties } from 'react';
import { createTransformerController, loadTransformer, type TransformerData } from './core/transformer.js';

const MESSAGES = {
  en: { title: 'Transformer', controls: 'Transformer controls', previous: 'Previous', next: 'Next', table: 'Values', label: 'Label', value: 'Value', selected: 'Selected: {label}' },
  ko: { title: 'Transformer', controls: 'Transformer 조작', previous: '이전', next: '다음', table: '값 목록', label: '이름', value: '값', selected: '선택: {label}' },
} satisfies Record<Locale, Record<string, string>>;

export interface TransformerProps {
  /** What to show: anything `loadTransformer` reads (an object or its JSON text). */
  data: unknown;
  locale?: Locale;
  theme?: ThemeSetting;
  /** Called with the index of the entry the user selects. */
  onSelect?: (index: number) => void;
  className?: string;
  style?: CSSProperties;
}

/**
 * The package's main view: a thin layer over the headless controller in core/. Bad data shows an
 * inline message and keeps the last valid data on screen.
 */
export function Transformer({ data, locale: localeProp, theme: themeProp, onSelect, className, style }: TransformerProps) {
  const { locale, theme } = useTensorscopeSettings({ locale: localeProp, theme: themeProp });
  const valid = useLastValid<TransformerData>(() => loadTransformer(data), [data]);
  const controller = useMemo(() => (valid.value ? createTransformerController(valid.value) : null), [valid.value]);
  return (
    <div className={['ts-transformer', className].filter(Boolean).join(' ')} style={{ ...themedRootStyle(theme), ...style }}>
      {valid.error && <ErrorMessage error={valid.error} locale={locale} />}
      {controller && valid.value && (
        <Body data={valid.value} controller={controller} locale={locale} onSelect={onSelect} />
      )}
    </div>
  );
}

function Body({
  data,
  controller,
  locale,
  onSelect,
}: {
  data: TransformerData;
  controller: ReturnType<typeof createTransformerController>;
  locale: Locale;
  onSelect: ((index: number) => void) | undefined;
}) {
  const t = MESSAGES[locale];
  const selected = useStore(controller.store, (state) => state.selected);
  const step = (by: number) => {
    controller.step(by);
    onSelect?.(controller.store.getState().selected);
  };
  const rows = data.labels.map((label, index) => ({ label, value: data.values[index] ?? 0, index }));
  return (
    <Panel title={t.title}>
      <Toolbar aria-label={t.controls}>
        <Button size="sm" onClick={() => step(-1)}>
          {t.previous}
        </Button>
        <Button size="sm" onClick={() => step(1)}>
          {t.next}
        </Button>
        <output aria-live="polite">{t.selected.replace('{label}', data.labels[selected] ?? '')}</output>
      </Toolbar>
      <DataTable
        caption={t.table}
        locale={locale}
        rows={rows}
        rowKey={(row) => row.index}
        columns={[
          { key: 'label', header: t.label, format: (value, row) => (row.index === selected ? <strong>{String(value)}</strong> : String(value)) },
          { key: 'value', header: t.value, align: 'end' },
        ]}
      />
    </Panel>
  );
}
