// The background colour a web page draws a row or a cell on: the `bgcolor` attribute of old
// report pages (`<tr bgcolor="#FFCCCC">`), an inline `style="background-color: …"`, or a class the
// page's own stylesheet colours (`tr.cancelled { background: #f8d7da }`, Excel's "Save as Web
// Page" `.xl66 { background:#FFC7CE }`). Web schedules draw a cancelled appointment on a red or
// grey background as often as struck through; which rows a colour marks is read by
// row-colours.ts, as for an Excel fill. White and `transparent` are no colour. The colour a row's
// text is written in is read the same way (`<font color="red">`, `style="color:#c00"`, a class's
// `color`): hand-made pages and web grids write a cancelled row in red or grey text as often.
import type { DefaultTreeAdapterMap } from 'parse5';
import { inkColour } from './row-colours.ts';

type Element = DefaultTreeAdapterMap['element'];

/** The CSS and HTML colour names a page uses for a row's background, as `#RRGGBB`. */
const NAMED: Record<string, string> = {
  red: 'FF0000', darkred: '8B0000', pink: 'FFC0CB', lightpink: 'FFB6C1', salmon: 'FA8072',
  lightsalmon: 'FFA07A', lightcoral: 'F08080', mistyrose: 'FFE4E1', orange: 'FFA500',
  yellow: 'FFFF00', lightyellow: 'FFFFE0', lemonchiffon: 'FFFACD', khaki: 'F0E68C', gold: 'FFD700',
  green: '008000', lime: '00FF00', lightgreen: '90EE90', palegreen: '98FB98', honeydew: 'F0FFF0',
  blue: '0000FF', lightblue: 'ADD8E6', lightcyan: 'E0FFFF', aliceblue: 'F0F8FF', cyan: '00FFFF',
  aqua: '00FFFF', purple: '800080', lavender: 'E6E6FA', violet: 'EE82EE', gray: '808080',
  grey: '808080', silver: 'C0C0C0', lightgray: 'D3D3D3', lightgrey: 'D3D3D3', darkgray: 'A9A9A9',
  darkgrey: 'A9A9A9', gainsboro: 'DCDCDC', whitesmoke: 'F5F5F5', black: '000000', white: 'FFFFFF',
  ivory: 'FFFFF0', beige: 'F5F5DC', linen: 'FAF0E6', snow: 'FFFAFA',
}; // prettier-ignore

/** A CSS colour (`#f00`, `#FFCCCC`, `rgb(255, 204, 204)`, `red`) as `#RRGGBB`; undefined for
 *  none, white, a transparent one, or one not read (a variable, `inherit`). */
export function cssColour(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  let hex: string | undefined;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  const long = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(v);
  const rgb = /^rgba?\(\s*(\d+)\s*,?\s*(\d+)\s*,?\s*(\d+)\s*(?:[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (short)
    hex = short
      .slice(1, 4)
      .map((c) => c + c)
      .join('');
  else if (long) hex = long[1];
  else if (rgb) {
    if (rgb[4] !== undefined && parseFloat(rgb[4]) === 0) return undefined;
    hex = rgb
      .slice(1, 4)
      .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
      .join('');
  } else hex = NAMED[v];
  if (!hex) return undefined;
  hex = hex.toUpperCase();
  return hex === 'FFFFFF' ? undefined : `#${hex}`;
}

/** The background colour a rule's declarations give (`background-color: #fcc`, or a colour in
 *  the `background` shorthand), or null when they set it to none (`background: none`,
 *  `transparent`, white), undefined when they do not set it. */
export function declaredBackground(declarations: string): string | null | undefined {
  let found: string | null | undefined;
  for (const d of declarations.split(';')) {
    const m = /^\s*(background(?:-color)?)\s*:\s*(.*?)\s*(?:!important)?\s*$/i.exec(d);
    if (!m) continue;
    // The shorthand's colour is one of its words (`#fcc url(x.png) no-repeat`).
    const words =
      m[1]!.toLowerCase() === 'background'
        ? m[2]!.replace(/\([^)]*\)/g, (p) => p.replace(/\s+/g, '')).split(/\s+/)
        : [m[2]!];
    found = null;
    for (const w of words) {
      const colour = cssColour(w);
      if (colour) found = colour;
    }
  }
  return found;
}

/** The text colour a rule's declarations give (`color: #c00`), null when they set it to the
 *  usual (black, white: row-colours.ts inkColour), undefined when they do not set it. */
export function declaredInk(declarations: string): string | null | undefined {
  let found: string | null | undefined;
  for (const d of declarations.split(';')) {
    const m = /^\s*color\s*:\s*(.*?)\s*(?:!important)?\s*$/i.exec(d);
    if (m) found = inkColour(cssColour(m[1]!)) ?? null;
  }
  return found;
}

/** The background colours the page's stylesheets give simple selectors (`tag.class`, `*` for any
 *  element), as html-styles.ts reads its rules. */
export type ClassBackgrounds = ReadonlyMap<string, string>;

/** An element's own background: its `style`, else its `bgcolor`, else its classes' rule. */
export function backgroundOf(el: Element, classes: ClassBackgrounds): string | undefined {
  let names: string | undefined;
  let attr: string | undefined;
  for (const a of el.attrs) {
    if (a.name === 'style') {
      const b = declaredBackground(a.value);
      if (b !== undefined) return b ?? undefined;
    } else if (a.name === 'bgcolor') attr = a.value;
    else if (a.name === 'class') names = a.value;
  }
  if (attr !== undefined) return cssColour(attr);
  return classRule(el, names, classes);
}

/** The colour a stylesheet's rule gives one of the element's classes (`tr.cx`, then `.cx`). */
function classRule(el: Element, names: string | undefined, rules: ClassBackgrounds): string | undefined {
  if (!names || rules.size === 0) return undefined;
  for (const c of names.toLowerCase().split(/\s+/)) {
    if (c === '') continue;
    const colour = rules.get(`${el.nodeName}.${c}`) ?? rules.get(`*.${c}`);
    if (colour) return colour;
  }
  return undefined;
}

/** The colours a page's stylesheets give its classes: backgrounds, and text (`.cx { color: red }`). */
export interface PageColours {
  backgrounds: ClassBackgrounds;
  inks: ClassBackgrounds;
}

/** The colour an element sets for the text in it: its `style`'s `color`, else an old page's
 *  `<font color>`, else its classes' rule; null when it sets the usual (black), undefined when
 *  it sets none (its text is in its parent's colour). */
export function inkOf(el: Element, inks: ClassBackgrounds): string | null | undefined {
  let names: string | undefined;
  let attr: string | undefined;
  for (const a of el.attrs) {
    if (a.name === 'style') {
      const ink = declaredInk(a.value);
      if (ink !== undefined) return ink;
    } else if (a.name === 'color' && el.nodeName === 'font') attr = a.value;
    else if (a.name === 'class') names = a.value;
  }
  if (attr !== undefined) return inkColour(cssColour(attr)) ?? null;
  return classRule(el, names, inks);
}
