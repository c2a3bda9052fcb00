import { checkInteger, checkString } from '@tensorscope/common';

/**
 * Shortens a token for an axis label: at most `maxLength` characters, with "…" when cut.
 * Whitespace is made visible (`·`) so that " the" and "the" differ on screen.
 */
export function tokenLabel(token: string, maxLength = 12): string {
  checkString(token, 'token');
  checkInteger(maxLength, 'maxLength', { min: 1 });
  const visible = token.replace(/ /g, '·').replace(/\n/g, '↵').replace(/\t/g, '→');
  const chars = Array.from(visible);
  return chars.length <= maxLength ? visible : `${chars.slice(0, maxLength - 1).join('')}…`;
}
