import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { DataTable } from '@tensorscope/common/react';
import { medianAbsoluteError, isCpuRuntime, type CheckedRun } from '../core/onDevice/checkRuns.js';
import { COST_CONSTANTS } from '../core/onDevice/costModel.js';
import { ON_DEVICE_DEVICES, ON_DEVICE_MODELS } from '../core/onDevice/index.js';
import { SourceLink } from '../ui/SourceLink.js';
import { formatPercent, formatSignedPercent, formatTps } from './format.js';
import { onDeviceMessages } from './messages.js';

/**
 * Predicted vs measured for every published run, with the error; a miss over 50 % says why: the
 * share of peak bandwidth the run really reached against the one the model assumes, and the source's note.
 */
export function RunCheck({ checked, locale }: { checked: readonly CheckedRun[]; locale: Locale }) {
  const t = onDeviceMessages[locale];
  const misses = checked.filter((c) => Math.abs(c.error) > 0.5);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <p style={{ margin: 0 }}>
        {interpolate(t.checkSummary, {
          count: checked.length,
          median: formatPercent(medianAbsoluteError(checked), locale),
        })}
      </p>
      <DataTable<CheckedRun>
        caption={t.check}
        locale={locale}
        rows={checked}
        rowKey={(row) => row.run.id}
        columns={[
          { key: 'model', header: t.runModel, format: (_v, row) => `${modelName(row.run.model)} · ${row.run.format}` },
          {
            key: 'device',
            header: t.runDevice,
            format: (_v, row) => `${deviceName(row.run.device)} (${row.run.runtime})`,
          },
          {
            key: 'measured',
            header: t.measured,
            align: 'end',
            format: (_v, row) => (
              <SourceLink href={row.run.decodeTokensPerSecond.source} text={formatTps(row.measured, locale)} />
            ),
          },
          {
            key: 'predicted',
            header: t.predicted,
            align: 'end',
            format: (value) => formatTps(value as number, locale),
          },
          {
            key: 'error',
            header: t.error,
            align: 'end',
            format: (value) => formatSignedPercent(value as number, locale),
          },
        ]}
      />
      {misses.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: 20, fontSize: 13 }}>
          {misses.map((miss) => (
            <li key={miss.run.id}>
              <strong>
                {t.missNote}
                {modelName(miss.run.model)} · {miss.run.format} · {deviceName(miss.run.device)} (
                {formatSignedPercent(miss.error, locale)}).
              </strong>{' '}
              {interpolate(t.achieved, {
                ms: formatNumber(1000 / miss.measured, locale, { maximumFractionDigits: 1 }),
                readMs: formatNumber(1000 / (miss.measured / miss.achievedShare), locale, { maximumFractionDigits: 1 }),
                share: formatPercent(miss.achievedShare, locale),
                eff: formatPercent(
                  (isCpuRuntime(miss.run.runtime) ? COST_CONSTANTS.cpuEfficiency : COST_CONSTANTS.gpuEfficiency).value,
                  locale,
                ),
              })}{' '}
              {miss.run.note ?? ''}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A run names a model or device by its table id when it has one: show the table's name. */
const modelName = (id: string) => ON_DEVICE_MODELS.find((m) => m.id === id)?.name ?? id;
const deviceName = (id: string) => ON_DEVICE_DEVICES.find((d) => d.id === id)?.name ?? id;
