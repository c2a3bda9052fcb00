/** Tick label styles shared by every chart's visx axes. */
export const leftTickLabel = () =>
  ({ fill: 'var(--ts-fg)', fontSize: 11, textAnchor: 'end', dx: '-0.25em', dy: '0.33em' }) as const;
export const bottomTickLabel = () => ({ fill: 'var(--ts-fg)', fontSize: 11, textAnchor: 'middle' }) as const;
export const axisColours = { stroke: 'var(--ts-border)', tickStroke: 'var(--ts-border)' } as const;
