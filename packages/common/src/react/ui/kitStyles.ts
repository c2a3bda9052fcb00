import { THEMES, type ThemePalette } from '../../theme.js';

/**
 * A theme variable with the light palette as fallback, so the kit still looks right where no
 * component root has set the `--ts-*` variables (e.g. a kit button used on its own).
 */
const v = (name: keyof ThemePalette): string => `var(${name}, ${THEMES.light[name]})`;

const FOCUS_RING = `outline: 2px solid ${v('--ts-focus')}; outline-offset: 2px;`;

/**
 * The whole UI kit's CSS: every rule is scoped to a `ts-` class and reads only theme variables.
 * Kit components deliver it through React 19's deduplicated `<style href precedence>` resource
 * (see `KitStyle`); it is exported for pages that want to inline it themselves.
 */
export const KIT_CSS = `
.ts-button {
  box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center; gap: 4px;
  margin: 0; font: inherit; font-size: 13px; line-height: 1.25; min-height: 28px; padding: 3px 10px;
  color: ${v('--ts-fg')}; background: ${v('--ts-surface')};
  border: 1px solid ${v('--ts-border')}; border-radius: 6px;
  cursor: pointer; white-space: nowrap; text-decoration: none;
  transition: background-color 120ms ease, border-color 120ms ease, color 120ms ease;
}
.ts-button--sm { font-size: 12px; min-height: 24px; padding: 1px 8px; border-radius: 4px; }
.ts-button:hover:not(:disabled):not([aria-disabled="true"]) { border-color: ${v('--ts-accent')}; }
.ts-button:focus-visible { ${FOCUS_RING} }
.ts-button--primary, .ts-button[aria-pressed="true"], .ts-button[aria-checked="true"] {
  color: ${v('--ts-accent-fg')}; background: ${v('--ts-accent')}; border-color: ${v('--ts-accent')};
}
.ts-button--primary:hover:not(:disabled), .ts-button[aria-pressed="true"]:hover:not(:disabled) {
  border-color: ${v('--ts-fg')};
}
.ts-button--quiet { background: transparent; border-color: transparent; }
.ts-button--quiet:hover:not(:disabled):not([aria-disabled="true"]) {
  background: ${v('--ts-surface')}; border-color: ${v('--ts-border')};
}
.ts-button--link {
  min-height: 0; padding: 1px 0; border: 0; border-radius: 2px; background: none;
  color: ${v('--ts-accent')}; text-align: start; white-space: normal;
}
.ts-button--link:hover:not(:disabled) { text-decoration: underline; }
.ts-button:disabled, .ts-button[aria-disabled="true"] { opacity: 0.55; cursor: not-allowed; }

.ts-toggle-group { display: inline-flex; align-items: center; gap: 6px; }
.ts-toggle-group__label, .ts-field__label { font-size: 12px; color: ${v('--ts-muted')}; }
.ts-toggle-group__items { display: inline-flex; }
.ts-toggle-group__item { position: relative; border-radius: 0; margin-inline-start: -1px; }
.ts-toggle-group__item:first-child { margin-inline-start: 0; border-start-start-radius: 6px; border-end-start-radius: 6px; }
.ts-toggle-group__item:last-child { border-start-end-radius: 6px; border-end-end-radius: 6px; }
.ts-toggle-group__item:hover, .ts-toggle-group__item:focus-visible, .ts-toggle-group__item[aria-checked="true"] { z-index: 1; }

.ts-input, .ts-select {
  box-sizing: border-box; margin: 0; font: inherit; font-size: 13px; min-height: 28px; padding: 3px 6px;
  color: ${v('--ts-fg')}; background: ${v('--ts-surface')};
  border: 1px solid ${v('--ts-border')}; border-radius: 6px;
}
.ts-select { cursor: pointer; padding-inline-end: 4px; }
/* Native parts (the option list, scrollbars, number spinners) follow the theme, not the page. */
.ts-input, .ts-select, .ts-table-scroll, .ts-menu__list { color-scheme: ${v('--ts-color-scheme')}; }
.ts-input--sm, .ts-select--sm { font-size: 12px; min-height: 24px; padding-block: 1px; border-radius: 4px; }
.ts-input:hover:not(:disabled), .ts-select:hover:not(:disabled) { border-color: ${v('--ts-accent')}; }
.ts-input:focus-visible, .ts-select:focus-visible { ${FOCUS_RING} }
.ts-input[aria-invalid="true"] { border-color: ${v('--ts-error-fg')}; }
.ts-input:disabled, .ts-select:disabled { opacity: 0.55; cursor: not-allowed; }
.ts-select-field { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; color: ${v('--ts-muted')}; }

.ts-field { display: inline-grid; gap: 2px; align-content: start; }
.ts-field--inline { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }
.ts-field__hint, .ts-field__error { font-size: 12px; line-height: 1.35; }
.ts-field__hint { color: ${v('--ts-muted')}; }
.ts-field__error { color: ${v('--ts-error-fg')}; }

.ts-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin: 0 0 8px; }

.ts-panel {
  box-sizing: border-box; padding: 12px 16px; font-size: 14px; line-height: 1.5;
  color: ${v('--ts-fg')}; background: ${v('--ts-bg')};
  border: 1px solid ${v('--ts-border')}; border-radius: 8px;
}
.ts-panel__header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 4px 8px; margin: 0 0 8px; }
.ts-panel__title { margin: 0; font-size: 15px; font-weight: 600; line-height: 1.3; }

.ts-menu { position: relative; display: inline-flex; align-items: center; gap: 6px; }
.ts-menu__list {
  position: absolute; inset-block-start: calc(100% + 4px); inset-inline-start: 0; z-index: 10;
  box-sizing: border-box; min-width: 100%; margin: 0; padding: 4px; list-style: none;
  color: ${v('--ts-fg')}; background: ${v('--ts-bg')};
  border: 1px solid ${v('--ts-border')}; border-radius: 6px; box-shadow: 0 4px 14px rgb(0 0 0 / 0.2);
}
.ts-menu__list[hidden] { display: none; }
.ts-menu--end .ts-menu__list { inset-inline-start: auto; inset-inline-end: 0; }
.ts-menu__item {
  display: block; padding: 4px 10px; border-radius: 4px; font-size: 13px; line-height: 1.4;
  white-space: nowrap; cursor: pointer; outline: none;
}
.ts-menu__item:hover, .ts-menu__item:focus { color: ${v('--ts-accent-fg')}; background: ${v('--ts-accent')}; }
.ts-menu__item:focus-visible { outline: 2px solid ${v('--ts-focus')}; outline-offset: -2px; }
.ts-menu__item[aria-disabled="true"] { opacity: 0.55; cursor: not-allowed; }
.ts-menu__error { font-size: 12px; color: ${v('--ts-error-fg')}; }

.ts-file-drop { display: grid; gap: 6px; }
.ts-file-drop__target {
  display: grid; gap: 6px; justify-items: start; padding: 12px; text-align: start;
  color: ${v('--ts-fg')}; background: transparent;
  border: 2px dashed ${v('--ts-border')}; border-radius: 8px; cursor: pointer;
  transition: background-color 120ms ease, border-color 120ms ease;
}
.ts-file-drop__target:hover:not([aria-disabled="true"]), .ts-file-drop__target[data-dragging] {
  border-color: ${v('--ts-accent')}; background: ${v('--ts-surface')};
}
.ts-file-drop__target:focus-visible { ${FOCUS_RING} }
.ts-file-drop__target[aria-disabled="true"] { opacity: 0.55; cursor: not-allowed; }
.ts-file-drop__hint { font-size: 13px; color: ${v('--ts-muted')}; }

.ts-table-scroll { overflow: auto; max-height: 420px; border: 1px solid ${v('--ts-border')}; border-radius: 6px; }
.ts-table-scroll:focus-visible { ${FOCUS_RING} }
.ts-table { border-collapse: collapse; width: 100%; font-size: 12px; color: ${v('--ts-fg')}; }
.ts-table__caption { caption-side: top; text-align: start; padding: 6px 8px; color: ${v('--ts-muted')}; }
.ts-table th, .ts-table td { padding: 3px 8px; text-align: start; }
.ts-table th {
  position: sticky; top: 0; z-index: 1; padding-block: 4px; white-space: nowrap; font-weight: 600;
  background: ${v('--ts-surface')}; border-bottom: 1px solid ${v('--ts-border')};
}
.ts-table td { border-bottom: 1px solid ${v('--ts-grid')}; font-variant-numeric: tabular-nums; }
.ts-table .ts-table__cell--end { text-align: end; }
.ts-table .ts-table__cell--center { text-align: center; }
.ts-table-pager { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 6px; font-size: 12px; color: ${v('--ts-muted')}; }

.ts-tooltip { position: relative; display: inline-flex; }
.ts-tooltip__bubble {
  position: absolute; inset-block-end: calc(100% + 6px); inset-inline-start: 0; z-index: 20;
  box-sizing: border-box; width: max-content; max-width: 240px; padding: 4px 8px; border-radius: 4px;
  font-size: 12px; font-weight: 400; line-height: 1.4; white-space: normal; text-align: start;
  color: ${v('--ts-bg')}; background: ${v('--ts-fg')};
  pointer-events: none; visibility: hidden; opacity: 0;
  transition: opacity 120ms ease, visibility 120ms;
}
.ts-tooltip--end .ts-tooltip__bubble { inset-inline-start: auto; inset-inline-end: 0; }
.ts-tooltip--bottom .ts-tooltip__bubble { inset-block-end: auto; inset-block-start: calc(100% + 6px); }
.ts-tooltip__bubble[data-open] { visibility: visible; opacity: 1; }

.ts-visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}

@media (prefers-reduced-motion: reduce) {
  .ts-button, .ts-file-drop__target, .ts-tooltip__bubble { transition: none; }
}
.ts-error {
  box-sizing: border-box; padding: 0.75em 1em; border-radius: 6px; font-family: ${v('--ts-font')};
  font-size: 14px; line-height: 1.45; border: 1px solid ${v('--ts-error-border')};
  background: ${v('--ts-error-bg')}; color: ${v('--ts-error-fg')};
}
.ts-error__title { display: block; }
.ts-error__code { display: block; margin-top: 4px; font-size: 12px; opacity: 0.85; }
`;
