import {
  formatNumber,
  interpolate,
  serializeSvg,
  svgToPngBlob,
  themedRootStyle,
  type AnyTensorscopeError,
} from '@tensorscope/common';
import {
  Button,
  DataTable,
  ErrorMessage,
  ExportMenu,
  Field,
  FileDropZone,
  Input,
  Panel,
  Select,
  ToggleGroup,
  Toolbar,
  Tooltip,
  useTensorscopeSettings,
  type DataColumn,
} from '@tensorscope/common/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { TEXT } from './kitStoryText.js';

const VIEWS = ['heatmap', 'grid', 'lines', 'strip'] as const;
const SORTS = ['params', 'year', 'name'] as const;

interface Model {
  name: string;
  params: number;
  year: number;
}
const MODELS: Model[] = Array.from({ length: 23 }, (_, i) => ({
  name: `Model ${String.fromCharCode(65 + i)}`,
  params: Math.round(1.2 ** i * 1e8),
  year: 2012 + Math.floor(i / 2),
}));

/** A kit story's frame: the theme's variables, background and font, as every component root sets them. */
export function KitFrame({ children }: { children: ReactNode }) {
  const { theme } = useTensorscopeSettings({});
  return <div style={{ ...themedRootStyle(theme), display: 'grid', gap: 12, maxWidth: 760 }}>{children}</div>;
}

export function ButtonsDemo() {
  const { locale } = useTensorscopeSettings({});
  const t = TEXT[locale];
  const [labels, setLabels] = useState(true);
  return (
    <Panel title={t.buttons}>
      <Toolbar aria-label={t.buttons}>
        <Button>{t.default}</Button>
        <Button variant="primary">{t.primary}</Button>
        <Button variant="quiet">{t.quiet}</Button>
        <Button variant="link">{t.link}</Button>
        <Button size="sm">{t.small}</Button>
        <Button pressed={labels} onClick={() => setLabels(!labels)}>
          {t.pressed}
        </Button>
        <Button disabled>{t.disabled}</Button>
      </Toolbar>
    </Panel>
  );
}

export function ToolbarDemo() {
  const { locale } = useTensorscopeSettings({});
  const t = TEXT[locale];
  const [view, setView] = useState<(typeof VIEWS)[number]>('heatmap');
  const [sort, setSort] = useState<(typeof SORTS)[number]>('params');
  return (
    <Panel title={t.controls}>
      <Toolbar aria-label={t.controls}>
        <ToggleGroup
          label={t.view}
          items={VIEWS.map((value, i) => ({ value, label: t.views[i]!, disabled: value === 'lines' }))}
          value={view}
          onValueChange={setView}
        />
        <Select
          label={t.sort}
          value={sort}
          onValueChange={setSort}
          options={SORTS.map((value, i) => ({ value, label: t.sorts[i]! }))}
        />
        <Button size="sm" onClick={() => setView('heatmap')}>
          {t.reset}
        </Button>
      </Toolbar>
      <output className="kit-story-state">{`${view} · ${sort}`}</output>
    </Panel>
  );
}

export function FieldsDemo() {
  const { locale } = useTensorscopeSettings({});
  const t = TEXT[locale];
  const [tokens, setTokens] = useState('300e9');
  const valid = Number(tokens) > 0;
  return (
    <Panel title={t.form}>
      <Field label={t.tokens} hint={t.tokensHint} error={valid ? undefined : t.tokensError}>
        <Input value={tokens} onChange={(event) => setTokens(event.target.value)} inputMode="decimal" />
      </Field>
    </Panel>
  );
}

/** A small themed SVG that the export items serialise and rasterise for real (no download in the story). */
export function ExportDemo() {
  const { locale } = useTensorscopeSettings({});
  const t = TEXT[locale];
  const svgRef = useRef<SVGSVGElement>(null);
  const [result, setResult] = useState('');
  const report = (kind: string, blob: Blob) =>
    setResult(interpolate(t.exported, { kind, bytes: formatNumber(blob.size, locale), type: blob.type }));
  const svg = () => svgRef.current!;
  return (
    <Panel
      title={t.export}
      actions={
        <ExportMenu
          align="end"
          items={[
            {
              id: 'png',
              label: 'PNG',
              onSelect: async () => report('PNG', await svgToPngBlob(svg(), { title: t.export })),
            },
            {
              id: 'svg',
              label: 'SVG',
              onSelect: () => report('SVG', new Blob([serializeSvg(svg())], { type: 'image/svg+xml' })),
            },
            { id: 'csv', label: 'CSV', onSelect: () => report('CSV', new Blob(['a,b\n1,2\n'], { type: 'text/csv' })) },
            {
              id: 'json',
              label: 'JSON',
              onSelect: () => {
                throw new Error(locale === 'ko' ? 'JSON은 이 예시에 없습니다.' : 'JSON is not part of this example.');
              },
            },
          ]}
        />
      }
    >
      <svg ref={svgRef} width={240} height={60} role="img" aria-label={t.export}>
        <rect x={4} y={4} width={232} height={52} rx={6} fill="var(--ts-surface)" stroke="var(--ts-border)" />
        <circle cx={30} cy={30} r={14} fill="var(--ts-accent)" />
        <text x={54} y={35} fill="var(--ts-fg)" fontSize={14}>
          tensorscope
        </text>
      </svg>
      <p role="status" className="kit-story-result">
        {result}
      </p>
    </Panel>
  );
}

/** Reading is simulated in steps so the progress slot and its Cancel button can be seen and tested. */
export function FileDropDemo() {
  const { locale } = useTensorscopeSettings({});
  const t = TEXT[locale];
  const [loaded, setLoaded] = useState<string | null>(null);
  const [error, setError] = useState<AnyTensorscopeError | null>(null);
  const [reading, setReading] = useState<{ file: File; progress: number } | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  useEffect(() => () => clearInterval(timer.current), []);
  const stop = () => {
    clearInterval(timer.current);
    setReading(null);
  };
  const read = (file: File) => {
    setError(null);
    let progress = 0;
    setReading({ file, progress });
    clearInterval(timer.current);
    timer.current = setInterval(() => {
      progress += 0.25;
      if (progress < 1) return setReading({ file, progress });
      stop();
      setLoaded(interpolate(t.loaded, { name: file.name, bytes: formatNumber(file.size, locale) }));
    }, 150);
  };
  return (
    <Panel title={t.file}>
      <FileDropZone
        accept=".txt,.tsv,text/plain"
        maxBytes={1024}
        hint={t.fileHint}
        disabled={reading !== null}
        onFiles={([file]) => read(file!)}
        onReject={setError}
      >
        {reading ? (
          <p className="kit-story-progress">
            <progress
              max={1}
              value={reading.progress}
              aria-label={interpolate(t.reading, { name: reading.file.name })}
            />{' '}
            {interpolate(t.reading, { name: reading.file.name })}{' '}
            <Button
              size="sm"
              onClick={() => {
                stop();
                setLoaded(loaded ?? t.cancelled);
              }}
            >
              {t.cancel}
            </Button>
          </p>
        ) : null}
        <p role="status" className="kit-story-loaded">
          {loaded ?? t.nothing}
        </p>
        {error ? <ErrorMessage error={error} locale={locale} /> : null}
      </FileDropZone>
    </Panel>
  );
}

export function TableDemo() {
  const { locale } = useTensorscopeSettings({});
  const t = TEXT[locale];
  const columns: DataColumn<Model>[] = [
    { key: 'name', header: t.model },
    { key: 'params', header: t.params, align: 'end' },
    { key: 'year', header: t.year, align: 'end', format: (value) => String(value) },
  ];
  return <DataTable caption={t.table} columns={columns} rows={MODELS} rowKey={(row) => row.name} pageSize={8} />;
}

export function TooltipDemo() {
  const { locale } = useTensorscopeSettings({});
  const t = TEXT[locale];
  return (
    <Panel title={t.tooltip}>
      <Tooltip content={t.helpText}>
        <Button size="sm">{t.help}</Button>
      </Tooltip>
    </Panel>
  );
}

/** Every kit component on one page. */
export function KitGallery() {
  return (
    <KitFrame>
      <ButtonsDemo />
      <ToolbarDemo />
      <FieldsDemo />
      <ExportDemo />
      <FileDropDemo />
      <TableDemo />
      <TooltipDemo />
    </KitFrame>
  );
}
