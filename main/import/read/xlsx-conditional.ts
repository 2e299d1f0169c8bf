// Excel's conditional formatting (Home > Conditional Formatting; ECMA-376 Part 1 §18.3.1.10
// conditionalFormatting, §18.3.1.10 cfRule): a front desk's "strike the row through / fill it grey
// when Status is Cancelled" is a rule over a range (`sqref="A2:F200"`), with a formula written for
// the range's top-left cell (`$F2="Cancelled"`) and a style of its own (a `dxf`: a strike, a
// fill). A cell the rule applies to is drawn as a direct strike or fill would draw it, and is read
// the same (row-colours.ts). The rules read are the ones a person writes for a word in a cell:
// "Cell Value equal to", "Text that Contains / Begins with / Ends with", and a formula of such
// comparisons (`$F2="Cancelled"`, `ISNUMBER(SEARCH("cancel",$F2))`, `OR(…)`, `AND(…)`, stripes
// by `MOD(ROW(),2)=0`). A rule that strikes or fills by a formula of anything else (`$B2<TODAY()`,
// `COUNTIF(…)`) is not evaluated: it is said to be unread, and its rows are not sent as booked.
// Rules that compare cells with one another or with a scale (duplicates, top ten, colour scales,
// data bars, icon sets, dates "this week") mark no appointment's state, and are left out.

/** What a conditional format's style draws (a `dxf`): a strike, a fill, a text colour. */
export interface RuleStyle {
  strike: boolean;
  fill?: string;
  ink?: string;
}

/** A rule as the sheet writes it. */
export interface CfRule {
  /** An Excel 2010 rule's own style (`<x14:dxf>` inside it), in place of `dxf`. */
  style?: RuleStyle;
  /** The ranges it formats (`A2:F200 H2:H200`), each 0-based columns and 1-based rows. */
  ranges: CellRange[];
  type: string;
  operator?: string;
  text?: string;
  formulas: string[];
  dxf: number;
  priority: number;
}

export interface CellRange {
  col: number;
  row: number;
  lastCol: number;
  lastRow: number;
}

/** Whether a rule applies to the cell at `row`, `col` (1-based row, 0-based column), given the
 *  sheet's shown text by row and column; undefined when the rule is not read. */
export type CellTest = (row: number, col: number, text: (row: number, col: number) => string) => boolean;

/** The types of rule that mark by comparing a cell with others or with a scale: never a state. */
const LEFT_OUT = new Set([
  'colorScale', 'dataBar', 'iconSet', 'duplicateValues', 'uniqueValues', 'top10', 'aboveAverage',
  'timePeriod', 'containsBlanks', 'notContainsBlanks', 'containsErrors', 'notContainsErrors',
]); // prettier-ignore

/** A formula of the row's parity only: `MOD(ROW(),2)=0`, `ISODD(ROW())`. */
const PARITY_ONLY = /^=?(?:MOD\(ROW\(\),2\)(?:=|<>)[01]|ISEVEN\(ROW\(\)\)|ISODD\(ROW\(\)\))$/i;

/** What a rule's test is: `left out` (a type that marks no state), a test, or `unread`. */
export function ruleTest(rule: CfRule): CellTest | 'left out' | 'unread' {
  if (LEFT_OUT.has(rule.type)) return 'left out';
  const origin = rule.ranges[0];
  if (!origin) return 'left out';
  const own = (row: number, col: number, text: (row: number, col: number) => string) => text(row, col);
  const word = (rule.text ?? '').toLowerCase();
  switch (rule.type) {
    case 'containsText':
      return (r, c, t) => own(r, c, t).toLowerCase().includes(word);
    case 'notContainsText':
      return (r, c, t) => !own(r, c, t).toLowerCase().includes(word);
    case 'beginsWith':
      return (r, c, t) => own(r, c, t).toLowerCase().startsWith(word);
    case 'endsWith':
      return (r, c, t) => own(r, c, t).toLowerCase().endsWith(word);
    case 'cellIs': {
      const value = literal(rule.formulas[0] ?? '');
      if (value === undefined || (rule.operator !== 'equal' && rule.operator !== 'notEqual')) return 'unread';
      const equal = rule.operator === 'equal';
      return (r, c, t) => same(own(r, c, t), value) === equal;
    }
    case 'expression': {
      // Stripes by the row's parity alone are the sheet's look, whatever a few rows make of them.
      if (PARITY_ONLY.test((rule.formulas[0] ?? '').replace(/\s+/g, ''))) return 'left out';
      const test = expression(rule.formulas[0] ?? '', origin);
      return test ?? 'unread';
    }
    default:
      return 'unread';
  }
}

/** The words a rule compares cells with (`"Confirmed"` in `$F2="Confirmed"`, a Text that
 *  Contains rule's text). */
export function ruleWords(rule: CfRule): string[] {
  if (rule.text !== undefined) return [rule.text];
  return [...rule.formulas.join(' ').matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
}

/** A string or number constant: `"Cancelled"` (a doubled quote is one), `1`. */
function literal(text: string): string | undefined {
  const t = text.trim();
  const q = /^"((?:[^"]|"")*)"$/.exec(t);
  if (q) return q[1]!.replace(/""/g, '"');
  return /^-?\d+(\.\d+)?$/.test(t) ? t : undefined;
}

/** Excel's `=` on text: case left aside; numbers by value. */
function same(cell: string, value: string): boolean {
  const a = cell.trim();
  if (/^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(value)) return Number(a) === Number(value);
  return a.toLowerCase() === value.toLowerCase();
}

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

/** A reference (`$F2`) as a function of the cell the rule is applied to: a relative part moves
 *  with it from the range's top-left cell, as the formula was written for that cell. */
function reference(
  text: string,
  origin: CellRange,
): ((row: number, col: number) => [number, number]) | undefined {
  const m = REF.exec(text.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[2]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  col -= 1;
  const row = Number(m[4]);
  const fixedCol = m[1] === '$';
  const fixedRow = m[3] === '$';
  return (r, c) => [fixedRow ? row : row + (r - origin.row), fixedCol ? col : col + (c - origin.col)];
}

/** A formula's arguments at its top level: `a,"b,c",d(e,f)` → three. */
function args(text: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0 || quoted) return undefined;
  out.push(text.slice(start));
  return out.map((a) => a.trim());
}

/** A call `NAME(args)` spanning the whole text. */
function call(text: string): { name: string; args: string[] } | undefined {
  const m = /^([A-Za-z.]+)\((.*)\)$/s.exec(text.trim());
  if (!m) return undefined;
  const a = args(m[2]!);
  return a ? { name: m[1]!.toUpperCase(), args: a } : undefined;
}

type Test = CellTest;

/** A formula of comparisons of a cell with a word, or of the row's parity; undefined if it is
 *  anything else. */
function expression(formula: string, origin: CellRange): Test | undefined {
  const text = formula.trim().replace(/^=/, '').trim();
  const f = call(text);
  if (f && (f.name === 'OR' || f.name === 'AND') && f.args.length > 0) {
    const parts = f.args.map((a) => expression(a, origin));
    if (parts.some((p) => !p)) return undefined;
    const tests = parts as Test[];
    return f.name === 'OR'
      ? (r, c, t) => tests.some((p) => p(r, c, t))
      : (r, c, t) => tests.every((p) => p(r, c, t));
  }
  if (f && f.name === 'NOT' && f.args.length === 1) {
    // NOT(ISERROR(SEARCH("x",$F2))) is "contains": ISERROR of a search is its not finding.
    const inner = call(f.args[0]!);
    if (inner?.name === 'ISERROR' && inner.args.length === 1) return search(inner.args[0]!, origin);
    const test = expression(f.args[0]!, origin);
    return test && ((r, c, t) => !test(r, c, t));
  }
  if (f && f.name === 'ISNUMBER' && f.args.length === 1) return search(f.args[0]!, origin);
  if (f && (f.name === 'ISEVEN' || f.name === 'ISODD') && /^ROW\(\)$/i.test(f.args[0] ?? '')) {
    const odd = f.name === 'ISODD';
    return (r) => (r % 2 === 1) === odd;
  }
  const parity = /^MOD\(ROW\(\),2\)\s*(=|<>)\s*([01])$/i.exec(
    text.replace(/\s+(?=[(),])|(?<=[(),])\s+/g, ''),
  );
  if (parity) {
    const want = Number(parity[2]) === 1;
    const eq = parity[1] === '=';
    return (r) => ((r % 2 === 1) === want) === eq;
  }
  const cmp = /^(.+?)\s*(<>|=)\s*(.+)$/s.exec(text);
  if (!cmp) return undefined;
  let ref = reference(cmp[1]!, origin);
  let value = literal(cmp[3]!);
  if (!ref || value === undefined) {
    ref = reference(cmp[3]!, origin);
    value = literal(cmp[1]!);
  }
  if (!ref || value === undefined) return undefined;
  const at = ref;
  const word = value;
  const equal = cmp[2] === '=';
  return (r, c, t) => same(t(...at(r, c)), word) === equal;
}

/** `SEARCH("cancel",$F2)` (case left aside) or `FIND("Cancel",$F2)`: the cell holds the word. */
function search(text: string, origin: CellRange): Test | undefined {
  const f = call(text);
  if (!f || (f.name !== 'SEARCH' && f.name !== 'FIND') || f.args.length !== 2) return undefined;
  const word = literal(f.args[0]!);
  const at = reference(f.args[1]!, origin);
  if (word === undefined || !at) return undefined;
  if (f.name === 'FIND') return (r, c, t) => t(...at(r, c)).includes(word);
  const lower = word.toLowerCase();
  return (r, c, t) =>
    t(...at(r, c))
      .toLowerCase()
      .includes(lower);
}

/** Excel's last column (XFD), 0-based. */
const MAX_COLUMN = 16383;

/** `A2:F200 H2` → the ranges; a whole column `A:F` runs to the sheet's last row. */
export function sqrefRanges(sqref: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of sqref.trim().split(/\s+/)) {
    const [a, b] = part.replace(/\$/g, '').split(':');
    const from = cellAt(a ?? '');
    const to = cellAt(b ?? a ?? '');
    if (!from || !to) continue;
    // A whole row (`2:200`) has no letters: every column.
    out.push({
      col: Math.max(from.col, 0),
      row: from.row || 1,
      lastCol: to.col < 0 ? MAX_COLUMN : to.col,
      lastRow: to.row || Number.MAX_SAFE_INTEGER,
    });
  }
  return out;
}

function cellAt(ref: string): { col: number; row: number } | undefined {
  const m = /^([A-Za-z]{0,3})(\d*)$/.exec(ref);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: m[2] === '' ? 0 : Number(m[2]) };
}
