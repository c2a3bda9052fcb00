import { KIT_CSS } from './kitStyles.js';

/** The `href` React 19 deduplicates the kit's stylesheet by. */
export const KIT_STYLE_HREF = 'tensorscope-kit';

/**
 * Puts the kit's CSS on the page once. Every kit component renders it; React 19 hoists a
 * `<style href precedence>` into the document head (or the shadow root it renders in), keeps one
 * copy however many components use it, and emits it in server-rendered HTML.
 */
export function KitStyle() {
  return (
    <style href={KIT_STYLE_HREF} precedence="tensorscope">
      {KIT_CSS}
    </style>
  );
}
