// The fill colour of an Excel cell style (Home > Fill Color; ECMA-376 Part 1 §18.8.20 fill,
// §18.8.32 patternFill, §18.8.19 fgColor) and of a conditional format's style (§18.8.17 dxf), as
// the `#RRGGBB` a person sees: a colour is written as `rgb="FFFF0000"` (alpha first), as an index
// into the legacy palette (`indexed="10"`), or as a theme colour with a tint (`theme="5"
// tint="0.3999"`, Excel's "Accent 2, lighter 40%"), read from the workbook's theme part. A fill
// of no pattern, Excel's two default fills, and white are no colour: they look like no fill.
// A font's colour is read too (`<font><color rgb="FFFF0000"/>`, Home > Font Color): a hand-kept
// sheet marks a cancelled row in red or grey text as often as with a fill.
// A row filled or written unlike its column is read by row-colours.ts.
import type { XmlElement } from 'libxml2-wasm';
import { attrValue, childElements, firstElement } from './xml-elements.ts';
import { colourName, inkColour } from './row-colours.ts';

/** The legacy palette of `indexed` colours 0-63 (ECMA-376 Part 1 §18.8.27 indexedColors). */
const INDEXED = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF ' +
  'FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 ' +
  'FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 ' +
  '0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 ' +
  'FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333'
).split(' ');

/** Office's default theme colours (lt1, dk1, lt2, dk2, accent1-6, in `theme` index order), for a
 *  workbook that names a theme colour but holds no theme part. */
const OFFICE_THEME = 'FFFFFF 000000 E7E6E6 44546A 4472C4 ED7D31 A5A5A5 FFC000 5B9BD5 70AD47'.split(' ');

/** The workbook theme's colours in the order a `theme` attribute counts them: Excel swaps the
 *  scheme's first two pairs (index 0 is lt1, "Background 1"; 1 is dk1, "Text 1"). */
export function themeColours(root: XmlElement | undefined): string[] {
  const scheme = firstElement(firstElement(root, 'themeElements'), 'clrScheme');
  if (!scheme) return OFFICE_THEME;
  const byName = new Map<string, string>();
  for (const el of childElements(scheme)) {
    const srgb = firstElement(el, 'srgbClr');
    const sys = firstElement(el, 'sysClr');
    const hex = attrValue(srgb, 'val') ?? attrValue(sys, 'lastClr');
    if (hex) byName.set(el.name.replace(/^.*:/, ''), hex.toUpperCase());
  }
  const order = [
    'lt1',
    'dk1',
    'lt2',
    'dk2',
    'accent1',
    'accent2',
    'accent3',
    'accent4',
    'accent5',
    'accent6',
  ];
  return order.map((n, i) => byName.get(n) ?? OFFICE_THEME[i]!);
}

/** A `<fgColor>`/`<bgColor>`/`<color>` as `#RRGGBB`, or undefined when it names none (the
 *  system's colours, `auto`). */
export function colourOf(el: XmlElement | undefined, theme: readonly string[]): string | undefined {
  return el ? colourFrom((name) => attrValue(el, name), theme) : undefined;
}

/** The same, from a colour element's attributes as the sheet scanner reads them (an Excel 2010
 *  conditional format's style is written inside the sheet). */
export function colourFrom(
  attr: (name: string) => string | undefined,
  theme: readonly string[],
): string | undefined {
  let hex: string | undefined;
  const rgb = attr('rgb');
  const indexed = attr('indexed');
  const themed = attr('theme');
  if (rgb && /^[0-9a-f]{6,8}$/i.test(rgb)) hex = rgb.slice(-6);
  else if (indexed !== undefined) hex = INDEXED[Number(indexed)];
  else if (themed !== undefined) hex = theme[Number(themed)];
  if (!hex) return undefined;
  const tint = Number(attr('tint') ?? 0);
  return `#${(tint ? tinted(hex, tint) : hex).toUpperCase()}`;
}

/** A colour lightened (tint > 0) or darkened (tint < 0) as Excel does, on its HSL lightness
 *  (ECMA-376 Part 1 §18.8.19 `tint`). */
function tinted(hex: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d + 6) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 1
      ? [c, x, 0]
      : h < 2
        ? [x, c, 0]
        : h < 3
          ? [0, c, x]
          : h < 4
            ? [0, x, c]
            : h < 5
              ? [x, 0, c]
              : [c, 0, x];
  return [r1, g1, b1]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
}

/** The colour a `<fill>` shows, or undefined for none: a pattern's foreground (its background
 *  for a conditional format's solid fill, which Excel writes as `bgColor`), a gradient's first
 *  stop. White is none. */
export function fillColour(
  fill: XmlElement | undefined,
  theme: readonly string[],
  dxf = false,
): string | undefined {
  if (!fill) return undefined;
  const pattern = firstElement(fill, 'patternFill');
  let colour: string | undefined;
  if (pattern) {
    const type = attrValue(pattern, 'patternType') ?? (dxf ? 'solid' : 'none');
    if (type === 'none' || (!dxf && type === 'gray125')) return undefined;
    const fg = colourOf(firstElement(pattern, 'fgColor'), theme);
    const bg = colourOf(firstElement(pattern, 'bgColor'), theme);
    colour = dxf && type === 'solid' ? (bg ?? fg) : (fg ?? bg);
  } else {
    const gradient = firstElement(fill, 'gradientFill');
    colour = gradient ? colourOf(firstElement(firstElement(gradient, 'stop'), 'color'), theme) : undefined;
  }
  return colour === '#FFFFFF' ? undefined : colour;
}

/** The colour a `<font>` writes its text in, or undefined for the usual (inkColour: automatic,
 *  black, Text 1), and for a link's look: an underlined blue or purple font (Excel's Hyperlink
 *  style, theme colour 10 or 11, which a workbook's theme has no place for here). */
export function fontColour(font: XmlElement | undefined, theme: readonly string[]): string | undefined {
  const colour = inkColour(colourOf(firstElement(font, 'color'), theme));
  const u = firstElement(font, 'u');
  const underlined = u !== undefined && attrValue(u, 'val') !== 'none';
  if (colour && underlined && /blue|purple/.test(colourName(colour))) return undefined;
  return colour;
}
