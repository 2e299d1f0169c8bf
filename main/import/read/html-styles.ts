// The marks a page's own stylesheet gives its classes: a row drawn as cancelled by `class="cancelled"`
// with `.cancelled { text-decoration: line-through }` in the page's `<style>`, as web schedules
// style their rows, and Excel's "Save as Web Page", which writes every cell's formatting, a
// struck-through cell included, as a class in the page's `<style>` (`.xl66 {... text-decoration:
// line-through; ...}`). Only simple selectors are read (`.class`, `tr.class`, `td.class`: an
// element name and one class); a rule under an at-rule (`@media print { .no-print { display:
// none } }`) is not how the page is shown on screen and is left out, as are selectors of more
// parts, whose match would need the page's structure, but two: the cells under a class
// (`tr.cancelled td`, `.cx > td`, the usual way to strike a row's text), which mark exactly what
// the class's own element would (a row's cells are all its content), and a class scoped by what
// it is inside (`#appts tr.cancelled td`, `.table tr.cx`), read as the class alone. A class no rule marks is no mark: a class's
// name alone (`class="cancelled"` with no such rule) says nothing the page draws.
import type { MarkKind } from './html-marks.ts';
import { declaredBackground, declaredInk, type ClassBackgrounds } from './html-backgrounds.ts';

/** The mark of `tag.class` (`*` for any element), from the page's stylesheets. */
export type ClassMarks = ReadonlyMap<string, MarkKind>;

/** `tag.class` or `.class`, alone or with the cells inside it (`tr.cancelled td`, `.cx > th`: the
 *  cells of an element of a class), last in a selector: what comes before it (`#appts`, `.table`,
 *  `table.schedule >`, as a page's stylesheet scopes its rules to its table) only narrows where
 *  it applies, and read without it a class marks at most more rows, which are then asked about. */
const CLASS_LAST = /(?:^|[\s>+~]\s*)([a-z][a-z0-9]*)?\.(-?[_a-z][_a-z0-9-]*)(?:\s*(?:>\s*|\s+)t[dh])?$/i;

/** What one rule's declarations make of an element's content, if anything. */
export function declarationMark(declarations: string): MarkKind | undefined {
  const style = declarations.toLowerCase().replace(/\s+/g, '');
  if (/(?:^|;)display:none/.test(style) || /(?:^|;)visibility:(?:hidden|collapse)/.test(style))
    return 'hidden';
  if (/(?:^|;)text-decoration(?:-line)?:[^;]*line-through/.test(style)) return 'struck';
  return undefined;
}

/** Top-level `selectors { declarations }` rules of a stylesheet, at-rules and comments left out. */
function topRules(css: string): Array<{ selectors: string; body: string }> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/<!--|-->/g, ' ');
  const rules: Array<{ selectors: string; body: string }> = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const selectors = text.slice(start, open).trim();
        // An at-rule's block (`@media print { ... }`) holds rules of its own, for another medium.
        if (!selectors.includes('@')) rules.push({ selectors, body: text.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) start = i + 1; // `@import url(...);`, `@charset`
  }
  return rules;
}

/** The marks the stylesheets (the texts of the page's `<style>` elements) give simple selectors. */
export function classMarks(sheets: readonly string[]): ClassMarks {
  const marks = new Map<string, MarkKind>();
  for (const css of sheets)
    for (const { selectors, body } of topRules(css)) {
      const mark = declarationMark(body);
      for (const s of selectors.split(',')) {
        const m = CLASS_LAST.exec(s.trim());
        if (!m) continue;
        const key = `${(m[1] ?? '*').toLowerCase()}.${m[2]!.toLowerCase()}`;
        // A later rule for the same selector wins, as in the cascade: it may unmark the class.
        if (mark) marks.set(key, mark);
        else if (/(?:^|;)\s*(display|visibility|text-decoration(?:-line)?)\s*:/i.test(body))
          marks.delete(key);
      }
    }
  return marks;
}

/** The background colours the stylesheets give the same simple selectors (html-backgrounds.ts);
 *  a later rule that sets none (`background: none`, white) takes a colour back. With `ink`, the
 *  text colours (`color`) instead, black taking one back. */
export function classBackgrounds(sheets: readonly string[], ink = false): ClassBackgrounds {
  const colours = new Map<string, string>();
  for (const css of sheets)
    for (const { selectors, body } of topRules(css)) {
      const colour = ink ? declaredInk(body) : declaredBackground(body);
      if (colour === undefined) continue;
      for (const s of selectors.split(',')) {
        const m = CLASS_LAST.exec(s.trim());
        if (!m) continue;
        const key = `${(m[1] ?? '*').toLowerCase()}.${m[2]!.toLowerCase()}`;
        if (colour) colours.set(key, colour);
        else colours.delete(key);
      }
    }
  return colours;
}

/** The mark an element's classes give it (`class="row cancelled"`), if any. */
export function classMark(tag: string, classes: string | undefined, marks: ClassMarks): MarkKind | undefined {
  if (!classes || marks.size === 0) return undefined;
  for (const c of classes.toLowerCase().split(/\s+/)) {
    if (c === '') continue;
    const mark = marks.get(`${tag}.${c}`) ?? marks.get(`*.${c}`);
    if (mark) return mark;
  }
  return undefined;
}
