import {
  checkArray,
  checkBoolean,
  checkFunction,
  checkNumber,
  checkObject,
  checkOneOf,
  checkString,
  checkStringArray,
  LOCALES,
  TensorscopeArgumentError,
} from '@tensorscope/common';
import { ACCELERATOR_METRICS } from './accelerators.js';
import { isIsoDate } from './models.js';

// Checks of the components' props, React-free so they run (and are tested) in Node. Each throws
// `INVALID_ARGUMENT` naming the prop; the component shows it in the inline error box. Data rows
// (models, accelerators) are not checked here: a bad row is skipped and listed by the chart.

/** Widths and heights above this are a mistake (or an attack on the layout), not a chart. */
export const MAX_CHART_SIZE = 20_000;
/** Below this the margins leave no room to draw. */
export const MIN_CHART_HEIGHT = 120;

type Props = Record<string, unknown>;
const given = (props: Props, name: string) => props[name] !== undefined;

/** The props every chart frame takes: width, className, style, showExport. */
export function checkFrameProps(props: Props): void {
  checkObject(props, 'props');
  if (given(props, 'width')) checkNumber(props.width, 'width', { min: 0, max: MAX_CHART_SIZE });
  if (given(props, 'height')) checkNumber(props.height, 'height', { min: MIN_CHART_HEIGHT, max: MAX_CHART_SIZE });
  if (given(props, 'className')) checkString(props.className, 'className');
  if (given(props, 'showExport')) checkBoolean(props.showExport, 'showExport');
  if (given(props, 'style')) checkStyle(props.style);
  if (given(props, 'view')) checkOneOf(props.view, 'view', ['chart', 'table']);
}

/** An inline style: an object of strings and numbers (what React can write into `style=""`). */
export function checkStyle(style: unknown): void {
  const record = checkObject(style, 'style');
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && value !== undefined && typeof value !== 'string' && typeof value !== 'number') {
      checkString(value, `style.${key}`);
    }
  }
}

/** The time charts' props: value scale, records, labels, highlighted organisation and dated annotations. */
export function checkTimeChartProps(props: Props, records = 'models'): void {
  checkFrameProps(props);
  if (given(props, 'scale')) checkOneOf(props.scale, 'scale', ['log', 'linear']);
  if (given(props, records)) checkArray(props[records], records);
  if (given(props, 'labels')) checkStringArray(props.labels, 'labels');
  if (given(props, 'highlightOrganisation')) checkString(props.highlightOrganisation, 'highlightOrganisation');
  for (const name of ['showTrend', 'showBrainReference', 'showSynapseReference']) {
    if (given(props, name)) checkBoolean(props[name], name);
  }
  if (given(props, 'annotations')) {
    checkArray(props.annotations, 'annotations').forEach((annotation, i) => checkAnnotation(annotation, i));
  }
}

function checkAnnotation(annotation: unknown, i: number): void {
  const { date, label, source } = checkObject(annotation, `annotations[${i}]`);
  if (!isIsoDate(date)) throw new TensorscopeArgumentError(`annotations[${i}].date`, 'a real YYYY-MM-DD date', date);
  if (typeof label !== 'string') {
    const labels = checkObject(label, `annotations[${i}].label`);
    for (const locale of LOCALES) checkString(labels[locale], `annotations[${i}].label.${locale}`);
  }
  if (source !== undefined) checkString(source, `annotations[${i}].source`);
}

/** The calculator's props; each preset is checked whole, because a preset fills every field. */
export function checkCalculatorProps(props: Props): void {
  checkObject(props, 'props');
  if (given(props, 'className')) checkString(props.className, 'className');
  if (given(props, 'style')) checkStyle(props.style);
  if (given(props, 'preset')) checkString(props.preset, 'preset');
  if (given(props, 'accelerators')) checkArray(props.accelerators, 'accelerators');
  if (given(props, 'onEstimate')) checkFunction(props.onEstimate, 'onEstimate');
  if (given(props, 'presets')) checkArray(props.presets, 'presets').forEach((preset, i) => checkPreset(preset, i));
}

/** The on-device calculator's props: ids as strings, a whole context, a measured device with a positive bandwidth. */
export function checkOnDeviceProps(props: Props): void {
  checkObject(props, 'props');
  if (given(props, 'className')) checkString(props.className, 'className');
  if (given(props, 'style')) checkStyle(props.style);
  for (const key of ['model', 'device']) if (given(props, key)) checkString(props[key], key);
  if (given(props, 'format')) checkOneOf(props.format, 'format', ['fp16', 'q8_0', 'q4_k_m', 'q4_0']);
  if (given(props, 'context')) checkNumber(props.context, 'context', { min: 1, integer: true });
  if (given(props, 'yourDevice')) {
    const device = checkObject(props.yourDevice, 'yourDevice');
    checkNumber(device.bandwidthGBs, 'yourDevice.bandwidthGBs', { min: Number.MIN_VALUE });
    checkString(device.what, 'yourDevice.what');
    if (device.tflops !== undefined) checkNumber(device.tflops, 'yourDevice.tflops', { min: Number.MIN_VALUE });
    if (device.memoryGB !== undefined) checkNumber(device.memoryGB, 'yourDevice.memoryGB', { min: Number.MIN_VALUE });
  }
}

function checkPreset(preset: unknown, i: number): void {
  const at = `presets[${i}]`;
  const { id, name, accelerator, input, published, tolerance, note } = checkObject(preset, at);
  checkString(id, `${at}.id`, { nonEmpty: true });
  checkString(name, `${at}.name`);
  checkString(accelerator, `${at}.accelerator`);
  const run = checkObject(input, `${at}.input`);
  for (const field of ['parameters', 'tokens', 'peakTflops']) {
    checkNumber(run[field], `${at}.input.${field}`, { min: Number.MIN_VALUE });
  }
  checkNumber(run.accelerators, `${at}.input.accelerators`, { min: 1, integer: true });
  checkNumber(run.utilisation, `${at}.input.utilisation`, { min: Number.MIN_VALUE, max: 1 });
  const outcome = checkObject(published, `${at}.published`);
  checkOneOf(outcome.quantity, `${at}.published.quantity`, ['wallClockDays', 'acceleratorHours']);
  checkNumber(outcome.value, `${at}.published.value`, { min: Number.MIN_VALUE });
  checkNumber(tolerance, `${at}.tolerance`, { min: 0 });
  const notes = checkObject(note, `${at}.note`);
  for (const locale of LOCALES) checkString(notes[locale], `${at}.note.${locale}`);
}

/** The GPU chart's props: accelerator rows, the metric, the value scale. */
export function checkGpuChartProps(props: Props): void {
  checkFrameProps(props);
  if (given(props, 'scale')) checkOneOf(props.scale, 'scale', ['log', 'linear']);
  if (given(props, 'accelerators')) checkArray(props.accelerators, 'accelerators');
  if (given(props, 'metric')) checkOneOf(props.metric, 'metric', ACCELERATOR_METRICS);
}

/** The scaling-law chart's props: law (one of `lawIds`), x-axis and model rows. */
export function checkScalingLawChartProps(props: Props, lawIds: readonly string[]): void {
  checkFrameProps(props);
  if (given(props, 'law')) checkOneOf(props.law, 'law', lawIds);
  if (given(props, 'axis')) checkOneOf(props.axis, 'axis', ['compute', 'parameters', 'tokens']);
  if (given(props, 'models')) checkArray(props.models, 'models');
}
