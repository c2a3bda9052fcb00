import { describeValue } from '@tensorscope/common';
import { checkAnyNumber } from './args.js';
import { EmbeddingError } from './errors.js';

/** A colour as red, green, blue in [0, 1] (sRGB), the form WebGL vertex colours take. */
export type Rgb = [number, number, number];

/** The sequential colour maps for number columns. */
export type NumericScheme = 'viridis' | 'cividis';

/**
 * Paul Tol's "muted" qualitative scheme, in his order: nine colours that stay distinct for
 * colour-blind viewers (https://personal.sron.nl/~pault/#sec:qualitative, figure 4).
 */
export const TOL_MUTED: readonly string[] = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
];

/** The colour of the "other" bucket (Tol's grey from the "bright" scheme). */
export const OTHER_COLOR_HEX = '#BBBBBB';
/** {@link OTHER_COLOR_HEX} as [r, g, b] in [0, 1]. */
export const OTHER_COLOR: Readonly<Rgb> = [0xbb / 255, 0xbb / 255, 0xbb / 255];
/** The colour of a missing (NaN) number: Tol's "bad data" pale grey of the muted scheme. */
export const MISSING_COLOR_HEX = '#DDDDDD';
/** {@link MISSING_COLOR_HEX} as [r, g, b] in [0, 1]. */
export const MISSING_COLOR: Readonly<Rgb> = [0xdd / 255, 0xdd / 255, 0xdd / 255];

// matplotlib's 256-entry viridis and cividis tables (lib/matplotlib/_cm_listed.py, _viridis_data
// by van der Walt & Smith, _cividis_data by Nuñez, Anderton & Renslow), each entry rounded to
// 8-bit sRGB and written as 6 hex digits.
const VIRIDIS_HEX =
  '44015444025645045745055946075a46085c460a5d460b5e470d60470e6147106347116447136548146748166848176948186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a' +
  '472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f854240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b' +
  '3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e' +
  '2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d218f8d21908d' +
  '21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f881fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad81' +
  '28ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc743fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc863' +
  '5ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32' +
  'addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11cd2e21bd5e21ad8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6e620f8e621fbe723fde725';
const CIVIDIS_HEX =
  '00224e00234f00245100255300255400265600275800285900285b00295d002a5f002a61002b62002c64002c66002d68002e6a002e6c002f6d00306f0030700031700031710132710533710833700c34700f357012357014367016377018376f' +
  '1a386f1c396f1e3a6f203a6f213b6e233c6e243c6e263d6e273e6e293f6e2a3f6d2b406d2d416d2e416d2f426d31436d32436d33446d34456c35456c36466c38476c39486c3a486c3b496c3c4a6c3d4a6c3e4b6c3f4c6c404c6c414d6c424e6c' +
  '434e6c444f6c45506c46516c47516c48526c49536c4a536c4b546c4c556c4d556c4e566c4f576c50576c51586d52596d535a6d545a6d555b6d555c6d565c6d575d6d585e6d595e6e5a5f6e5b606e5c616e5d616e5e626e5e636f5f636f60646f' +
  '61656f62656f636670646770656870656870666970676a71686a71696b716a6c716b6d726c6d726c6e726d6f726e6f736f70737071737172747272747273747374757474757575757676767777767777777878777979777a7a787b7a787c7b78' +
  '7d7c787e7c787e7d787f7e78807f78817f788280798381798482798582798683798784788885788985788a86788b87788c88788d88788e89788f8a78908b78918b78928c78928d78938e78948e77958f779690779791779892779992779a9376' +
  '9b94769c95769d95769e96769f9775a09875a19975a29975a39a74a49b74a59c74a69c74a79d73a89e73a99f73aaa073aba072aca172ada272aea371afa471b0a571b1a570b3a670b4a76fb5a86fb6a96fb7a96eb8aa6eb9ab6dbaac6dbbad6d' +
  'bcae6cbdae6cbeaf6bbfb06bc0b16ac1b26ac2b369c3b369c4b468c5b568c6b667c7b767c8b866c9b965cbb965ccba64cdbb63cebc63cfbd62d0be62d1bf61d2c060d3c05fd4c15fd5c25ed6c35dd7c45cd9c55cdac65bdbc75adcc859ddc858' +
  'dec958dfca57e0cb56e1cc55e2cd54e4ce53e5cf52e6d051e7d150e8d24fe9d34eead34cebd44bedd54aeed649efd748f0d846f1d945f2da44f3db42f5dc41f6dd3ff7de3ef8df3cf9e03afbe138fce236fde334fee434fee535fee636fee838';

const GOLDEN_ANGLE = 137.50776405003785;
// The 2nd and 3rd steps of Martin Roberts' R3 low-discrepancy sequence (1/g², 1/g³ with
// g³ = g + 1), so lightness and chroma never repeat in step with the hue.
const R3_LIGHTNESS_STEP = 0.7548776662466927;
const R3_CHROMA_STEP = 0.5698402909980532;

/** Parses "#rrggbb" into [r, g, b] in [0, 1]. */
export function hexToRgb(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!match) {
    throw new EmbeddingError('INVALID_VALUE', `Expected a colour as "#rrggbb", got ${JSON.stringify(hex)}.`, {
      details: { hex },
    });
  }
  const value = parseInt(match[1] as string, 16);
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}

/** Formats [r, g, b] in [0, 1] (clamped) as "#rrggbb" (lower case). */
export function rgbToHex(rgb: Readonly<Rgb>): string {
  let hex = '#';
  for (const channel of rgb) {
    const byte = Math.round(Math.min(1, Math.max(0, channel)) * 255);
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

const encodeSrgb = (x: number): number => (x <= 0.0031308 ? 12.92 * x : 1.055 * Math.pow(x, 1 / 2.4) - 0.055);

/** OKLab → linear sRGB (Björn Ottosson, https://bottosson.github.io/posts/oklab/). */
function oklabToLinearSrgb(l: number, a: number, b: number): Rgb {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

/**
 * An OKLCH colour (lightness 0–1, chroma, hue in degrees) as sRGB in [0, 1]; out-of-gamut
 * colours keep their lightness and hue and lose chroma until they fit.
 */
export function oklchToRgb(lightness: number, chroma: number, hueDegrees: number): Rgb {
  const hue = (hueDegrees * Math.PI) / 180;
  const at = (c: number) => oklabToLinearSrgb(lightness, c * Math.cos(hue), c * Math.sin(hue));
  const inGamut = (rgb: Rgb) => rgb.every((x) => x >= -1e-6 && x <= 1 + 1e-6);
  let linear = at(chroma);
  if (!inGamut(linear)) {
    let lo = 0;
    let hi = chroma;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(at(mid))) lo = mid;
      else hi = mid;
    }
    linear = at(lo);
  }
  return linear.map((x) => encodeSrgb(Math.min(1, Math.max(0, x)))) as Rgb;
}

const generatedHex = new Map<number, string>();

/**
 * The colour of category `index` as "#rrggbb". The first nine are Paul Tol's colour-blind-safe
 * "muted" set ({@link TOL_MUTED}); after that colours are generated deterministically in OKLCH:
 * hue steps of the golden angle (137.5°), lightness 0.5–0.85 and chroma 0.08–0.17 stepped by
 * Roberts' R3 sequence, so every category gets its own colour (the first 4096 are all different,
 * and among the first 256 no two are closer than 3.5 in 0–255 RGB units), none of them grey. Beyond the first dozen the colours are distinct but no longer easy to tell apart: group
 * the long tail into "other" ({@link OTHER_COLOR}) where that matters.
 */
export function categoryColorHex(index: number): string {
  if (!Number.isInteger(index) || index < 0) {
    const shown = typeof index === 'number' ? String(index) : describeValue(index);
    throw new EmbeddingError('INVALID_VALUE', `Category index must be a whole number ≥ 0, got ${shown}.`, {
      details: { index: typeof index === 'number' ? index : shown },
    });
  }
  if (index < TOL_MUTED.length) return (TOL_MUTED[index] as string).toLowerCase();
  let hex = generatedHex.get(index);
  if (hex === undefined) {
    const k = index - TOL_MUTED.length;
    const lightness = 0.5 + 0.35 * ((k * R3_LIGHTNESS_STEP) % 1);
    const chroma = 0.08 + 0.09 * ((k * R3_CHROMA_STEP) % 1);
    const hue = (20 + k * GOLDEN_ANGLE) % 360;
    hex = rgbToHex(oklchToRgb(lightness, chroma, hue));
    generatedHex.set(index, hex);
  }
  return hex;
}

/** The colour of category `index` as [r, g, b] in [0, 1] (the same colour as {@link categoryColorHex}). */
export function categoryColor(index: number): Rgb {
  return hexToRgb(categoryColorHex(index));
}

function decodeTable(hex: string): Float32Array {
  const table = new Float32Array(hex.length / 2);
  for (let i = 0; i < table.length; i++) table[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16) / 255;
  return table;
}

const tables = new Map<NumericScheme, Float32Array>();

/**
 * The 256 colours of a sequential scheme as a flat `256 × 3` table of r, g, b in [0, 1]
 * (matplotlib's viridis or cividis), for colouring many points without allocating per point.
 * Shared: do not modify it.
 */
export function numericColorTable(scheme: NumericScheme): Float32Array {
  // Checked first: a name such as "constructor" must not find an inherited property of a lookup object.
  if (scheme !== 'viridis' && scheme !== 'cividis') {
    const shown = typeof scheme === 'string' ? JSON.stringify(scheme) : describeValue(scheme);
    throw new EmbeddingError('INVALID_VALUE', `Unknown colour scheme ${shown}; expected "viridis" or "cividis".`, {
      details: { scheme: typeof scheme === 'string' ? scheme : shown },
    });
  }
  let table = tables.get(scheme);
  if (table === undefined) {
    table = decodeTable(scheme === 'viridis' ? VIRIDIS_HEX : CIVIDIS_HEX);
    tables.set(scheme, table);
  }
  return table;
}

/**
 * The colour at position `t` in [0, 1] (clamped) of a perceptually uniform sequential scheme,
 * interpolated linearly between matplotlib's 256 entries. viridis runs dark purple → yellow;
 * cividis (dark blue → yellow) is also uniform for red–green colour-blind viewers. NaN gives
 * {@link MISSING_COLOR}.
 */
export function numericColor(t: number, scheme: NumericScheme = 'viridis'): Rgb {
  checkAnyNumber(t, 't');
  const table = numericColorTable(scheme);
  if (Number.isNaN(t)) return [...MISSING_COLOR];
  const position = Math.min(1, Math.max(0, t)) * 255;
  const i = Math.min(254, Math.floor(position));
  const f = position - i;
  const rgb: Rgb = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    const a = table[i * 3 + c] as number;
    const b = table[(i + 1) * 3 + c] as number;
    rgb[c] = a + (b - a) * f;
  }
  return rgb;
}
