// An .xlsx workbook's sheets as records of shown text (SpreadsheetML 2006, ECMA-376 Part 1 §18):
// the sheets in the workbook's order (`xl/workbook.xml`, found through its relationships), their
// cells (`<c r="B2" t="s" s="3"><v>`), the shared strings, and the number formats that make a
// number a date. The small parts are parsed with the safe XML parser the XML exports use, the
// sheets and shared strings by a scanner of their own (xlsx-sheet-xml.ts: the large parts); elements
// are matched by local name, so the ISO "Strict" namespaces read the same as the usual ones.
import type { XmlElement } from 'libxml2-wasm';
import { withXmlDocument } from '../../xml/safe-xml.ts';
import { attrValue, childElements, firstElement } from './xml-elements.ts';
import type { DateOrder } from '../map/parse-date.ts';
import { dateTimeText } from './spreadsheet-ml.ts';
import { cellFormat, GENERAL, numberText, type CellFormat } from './xlsx-formats.ts';
import { DATE_TEXT, headerKey, WORD, type CountedSheet } from './sheet-choice.ts';
import { scanSheetXml } from './xlsx-sheet-xml.ts';
import { strikes, StruckRuns } from './xlsx-struck.ts';
import { InkRuns } from './xlsx-run-colours.ts';
import { colourFrom, fillColour, fontColour, themeColours } from './xlsx-fills.ts';
import { inkColour } from './row-colours.ts';
import { classifyBuiltInStatus } from '../map/status-vocabulary.ts';
import {
  ruleTest,
  ruleWords,
  sqrefRanges,
  type CellRange,
  type CfRule,
  type RuleStyle,
} from './xlsx-conditional.ts';
import { colourText } from './row-colours.ts';
import type { ZipParts } from './xlsx-zip.ts';

export interface Sheet extends CountedSheet {
  /** `state="hidden"` or `veryHidden`: a sheet the person does not see (lookup lists, macros). */
  hidden: boolean;
  /** Record N-1 is the sheet's row N (an empty record for a row the sheet leaves out). */
  records: string[][];
  /** Rows hidden in Excel (`<row hidden="1">`), by row number. */
  hiddenRows: Set<number>;
  /** Rows with a cell struck through (its font, or every run of its text), by row number: the
   *  first such cell's column and text (xlsx-struck.ts). */
  struckRows?: Map<number, { column: number; value: string }>;
  /** Cells' fill colours (xlsx-fills.ts), directly or by a conditional format, by row number and
   *  column; only rows with a filled cell. */
  cellFills?: Map<number, Array<string | undefined>>;
  /** Cells' text colours (xlsx-fills.ts fontColour), directly or by a conditional format, the
   *  same way; only rows with a cell in a colour. */
  cellInks?: Map<number, Array<string | undefined>>;
  /** Rows a conditional format strikes through, or formats by a rule that is not read
   *  (xlsx-conditional.ts), by row number: the first such cell's column and text, and how. */
  ruleDrawn?: Map<number, { column: number; value: string; how: string }>;
  filledRows: number;
  /** The sheet holds a pivot table (its relationships name one): a summary of other rows. */
  pivot: boolean;
  /** Per column, the day/month order its date cells' own number formats show (xlsx-formats.ts
   *  numericOrder); a column whose formats show both orders has none. */
  formatOrders?: Map<number, DateOrder | 'both'>;
}

export interface Workbook {
  sheets: Array<{ name: string; hidden: boolean; part: string | undefined }>;
  date1904: boolean;
}

const parse = <T>(parts: ZipParts, name: string, fn: (root: XmlElement) => T): T | undefined => {
  const text = parts.text(name);
  return text === undefined ? undefined : withXmlDocument(text, (_doc, root) => fn(root), name);
};

/** The part a relationship points at, from the folder of the part that holds it. */
function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const path = from.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') path.pop();
    else if (step !== '.') path.push(step);
  }
  return path.join('/');
}

/** A part's `_rels/<name>.rels`. */
function relsPart(owner: string): string {
  const at = owner.lastIndexOf('/');
  return `${owner.slice(0, at + 1)}_rels/${owner.slice(at + 1)}.rels`;
}

/** Relationship id → part, from a part's `_rels/<name>.rels`. */
function relationships(parts: ZipParts, owner: string): Map<string, string> {
  const out = new Map<string, string>();
  parse(parts, relsPart(owner), (root) => {
    for (const r of childElements(root, 'Relationship')) {
      const id = attrValue(r, 'Id');
      const target = attrValue(r, 'Target');
      if (id && target && attrValue(r, 'TargetMode') !== 'External') out.set(id, resolve(owner, target));
    }
  });
  return out;
}

/** Whether a sheet holds a pivot table: Excel relates each one to the sheet it is on
 *  (ECMA-376 Part 1 §12.3.21, relationship type `.../pivotTable`). */
function holdsPivotTable(parts: ZipParts, sheet: string): boolean {
  return (
    parse(parts, relsPart(sheet), (root) =>
      childElements(root, 'Relationship').some((r) => /\/pivotTable$/.test(attrValue(r, 'Type') ?? '')),
    ) ?? false
  );
}

/** The workbook part the package's root relationships name (`xl/workbook.xml` as Excel writes it). */
export function workbookPart(parts: ZipParts): string | undefined {
  let found: string | undefined;
  parse(parts, '_rels/.rels', (root) => {
    for (const r of childElements(root, 'Relationship'))
      if (/\/officeDocument$/.test(attrValue(r, 'Type') ?? ''))
        found ??= resolve('', attrValue(r, 'Target') ?? '');
  });
  return found ?? (parts.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined);
}

export function readWorkbook(parts: ZipParts, part: string): Workbook {
  const rels = relationships(parts, part);
  return (
    parse(parts, part, (root) => {
      const pr = firstElement(root, 'workbookPr');
      const date1904 = /^(1|true)$/.test(attrValue(pr, 'date1904') ?? '');
      const sheets = childElements(firstElement(root, 'sheets') ?? root, 'sheet').map((s) => ({
        name: attrValue(s, 'name') ?? '',
        hidden: /hidden/i.test(attrValue(s, 'state') ?? ''),
        part: rels.get(attrValue(s, 'id') ?? ''),
      }));
      return { sheets, date1904 };
    }) ?? { sheets: [], date1904: false }
  );
}

/** A string item's text is its `<t>` and its runs' `<r><t>`, never the phonetic reading
 *  (`<rPh><t>`) Japanese workbooks add; `item` is `si` (a shared string) or `is` (inline). */
const itemTextAt = (item: string, parent: string, grandparent: string): boolean =>
  parent === item || (parent === 'r' && grandparent === item);

/** The shared strings, by the scanner the sheets use (a list of 100,000 patients' names is a
 *  large part too). */
export function sharedStrings(
  parts: ZipParts,
  workbook: string,
  /** Filled with the items whose every run with text is struck through (xlsx-struck.ts). */
  struck?: Set<number>,
  /** Filled with the items whose every run with text is in one colour (xlsx-run-colours.ts),
   *  read with the workbook theme's colours. */
  inks?: { theme: readonly string[]; items: Map<number, string> },
): string[] {
  const rels = relationships(parts, workbook);
  const part = [...rels.values()].find((p) => /sharedStrings\d*\.xml$/i.test(p)) ?? 'xl/sharedStrings.xml';
  const xml = parts.text(part);
  const out: string[] = [];
  if (xml === undefined) return out;
  let text = '';
  let inText = false;
  const runs = new StruckRuns();
  const inkRuns = new InkRuns(inks?.theme ?? []);
  scanSheetXml(xml, part, {
    get wantsText() {
      return inText;
    },
    open(name, parent, grandparent, attr) {
      if (name === 'si' && parent === 'sst') {
        text = '';
        runs.item();
        inkRuns.item();
      } else if (name === 't' && itemTextAt('si', parent, grandparent)) {
        inText = true;
        runs.text(parent === 'r');
        inkRuns.text(parent === 'r');
      } else {
        runs.open(name, parent, attr);
        if (inks) inkRuns.open(name, parent, attr);
      }
    },
    text(piece) {
      text += piece;
      runs.piece(piece);
      inkRuns.piece(piece);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'si') {
        if (runs.struck) struck?.add(out.length);
        const ink = inkRuns.ink;
        if (ink) inks?.items.set(out.length, ink);
        out.push(unescapeX(text));
      }
    },
  });
  return out;
}

/** The number format of each cell style (`cellXfs`, indexed by a cell's `s`). */
export function cellFormats(parts: ZipParts, workbook: string): CellFormat[] {
  const rels = relationships(parts, workbook);
  const part = [...rels.values()].find((p) => /styles\.xml$/i.test(p)) ?? 'xl/styles.xml';
  return (
    parse(parts, part, (root) => {
      const custom = new Map<number, string>();
      for (const f of childElements(firstElement(root, 'numFmts') ?? root, 'numFmt'))
        custom.set(Number(attrValue(f, 'numFmtId')), attrValue(f, 'formatCode') ?? '');
      return childElements(firstElement(root, 'cellXfs') ?? root, 'xf').map((xf) =>
        cellFormat(Number(attrValue(xf, 'numFmtId') ?? 0), custom),
      );
    }) ?? []
  );
}

/** The cell styles (`cellXfs` indexes) whose font is struck through (xlsx-struck.ts). */
export function struckStyles(parts: ZipParts, workbook: string): Set<number> {
  const rels = relationships(parts, workbook);
  const part = [...rels.values()].find((p) => /styles\.xml$/i.test(p)) ?? 'xl/styles.xml';
  return (
    parse(parts, part, (root) => {
      const fonts = childElements(firstElement(root, 'fonts') ?? root, 'font').map((f) =>
        strikes(attrValue(firstElement(f, 'strike'), 'val'), firstElement(f, 'strike') !== undefined),
      );
      const out = new Set<number>();
      childElements(firstElement(root, 'cellXfs') ?? root, 'xf').forEach((xf, i) => {
        if (fonts[Number(attrValue(xf, 'fontId') ?? 0)]) out.add(i);
      });
      return out;
    }) ?? new Set<number>()
  );
}

/** What a workbook's styles draw beyond text: each cell style's fill colour and text colour
 *  (`cellXfs`, by a cell's `s`), and each conditional format style's strike, fill and text
 *  colour (`dxfs`, by a rule's `dxfId`), as xlsx-fills.ts reads them. */
export interface StyleFills {
  fills: ReadonlyArray<string | undefined>;
  inks: ReadonlyArray<string | undefined>;
  dxfs: ReadonlyArray<RuleStyle>;
  /** The workbook theme's colours, for the styles Excel 2010 rules write in the sheet. */
  theme: readonly string[];
}

export function styleFills(parts: ZipParts, workbook: string): StyleFills {
  const rels = relationships(parts, workbook);
  const part = [...rels.values()].find((p) => /styles\.xml$/i.test(p)) ?? 'xl/styles.xml';
  const themePart = [...rels.values()].find((p) => /theme\d*\.xml$/i.test(p));
  const theme = themeColours(themePart ? parse(parts, themePart, (root) => root) : undefined);
  return (
    parse(parts, part, (root) => {
      const fills = childElements(firstElement(root, 'fills') ?? root, 'fill').map((f) =>
        fillColour(f, theme),
      );
      const fonts = childElements(firstElement(root, 'fonts') ?? root, 'font').map((f) =>
        fontColour(f, theme),
      );
      const xfs = childElements(firstElement(root, 'cellXfs') ?? root, 'xf');
      const dxfs = childElements(firstElement(root, 'dxfs') ?? root, 'dxf').map((dxf) => {
        const strike = firstElement(firstElement(dxf, 'font'), 'strike');
        const fill = fillColour(firstElement(dxf, 'fill'), theme, true);
        const ink = fontColour(firstElement(dxf, 'font'), theme);
        return {
          strike: strikes(attrValue(strike, 'val'), strike !== undefined),
          ...(fill ? { fill } : {}),
          ...(ink ? { ink } : {}),
        };
      });
      return {
        fills: xfs.map((xf) => fills[Number(attrValue(xf, 'fillId') ?? 0)]),
        inks: xfs.map((xf) => fonts[Number(attrValue(xf, 'fontId') ?? 0)]),
        dxfs,
        theme,
      };
    }) ?? { fills: [], inks: [], dxfs: [], theme }
  );
}

/** `B12` → column 1 (0-based) and row 12; the letters may be left out (then only the row is). */
function reference(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return { col: col - 1, row: Number(ref.slice(i)) };
}

/** `_x000D_` in a string item is an escaped character (ECMA-376 §22.9.2.19 ST_Xstring). */
const unescapeX = (text: string): string =>
  text.replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A cell's shown text, and whether it is a date. `v` is its `<v>`, `inline` an inline string's
 *  text; `stringDated` says once per shared string whether it is written as a date. */
function cellText(
  type: string,
  style: string | undefined,
  v: string,
  inline: string,
  book: SheetBook,
  stringDated: Int8Array,
): { text: string; date: boolean } {
  if (type === 'inlineStr') {
    const text = unescapeX(inline);
    return { text, date: DATE_TEXT.test(text) };
  }
  if (v === '') return { text: '', date: false };
  const format = book.formats[Number(style ?? 0)] ?? GENERAL;
  switch (type) {
    case 's': {
      const i = Number(v);
      const text = book.strings[i] ?? '';
      if (stringDated[i] === 0) stringDated[i] = DATE_TEXT.test(text) ? 1 : -1;
      return { text, date: stringDated[i] === 1 };
    }
    case 'b':
      return { text: v === '1' ? 'TRUE' : 'FALSE', date: false };
    case 'd': // an ISO 8601 date (strict workbooks): shown as its format says
      return { text: dateTimeText(v, format.kind === 'date' ? format.shows : 'unknown'), date: true };
    case 'str':
    case 'e':
      return { text: v, date: DATE_TEXT.test(v) };
    default:
      return { text: numberText(v, format, book.date1904), date: format.kind === 'date' };
  }
}

/** A merged range (`A5:A7`) as 0-based columns and 1-based rows. */
function mergedRange(ref: string) {
  const [a, b] = ref.split(':');
  const from = reference(a ?? '');
  const to = reference(b ?? a ?? '');
  return { col: from.col, row: from.row, lastRow: to.row };
}

/** A cell's text as one line: a line break typed in a cell (Alt+Enter) is a space in a record. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** What every sheet of a workbook is read with. */
export interface SheetBook {
  strings: string[];
  formats: CellFormat[];
  date1904: boolean;
  /** Cell styles in a struck font, and shared strings struck through run by run (xlsx-struck.ts). */
  struckStyles?: ReadonlySet<number>;
  struckStrings?: ReadonlySet<number>;
  /** Shared strings written in one colour run by run (xlsx-run-colours.ts). */
  stringInks?: ReadonlyMap<number, string>;
  /** Cell styles' fills and conditional format styles (styleFills). */
  fills?: StyleFills;
}

export function readSheet(
  parts: ZipParts,
  part: string,
  meta: { name: string; hidden: boolean },
  book: SheetBook,
): Sheet {
  const sheet: Sheet = {
    ...meta,
    records: [],
    hiddenRows: new Set(),
    datedRows: 0,
    listedRows: 0,
    filledRows: 0,
    pivot: holdsPivotTable(parts, part),
  };
  const xml = parts.text(part);
  if (xml === undefined) return sheet;
  const records = sheet.records;
  const merges: string[] = [];
  const stringDated = new Int8Array(book.strings.length);
  // Whether a shared string holds a word (a letter), decided once per string.
  const stringWorded = new Int8Array(book.strings.length);
  let rowNumber = 0;
  let values: string[] = [];
  let dated = false;
  let worded = false;
  // The cell being read: its attributes, its `<v>` and its inline string's text.
  let ref: string | undefined;
  let type = 'n';
  let style: string | undefined;
  let v = '';
  let inline = '';
  // Whether an inline string's runs are all struck (xlsx-struck.ts).
  const inlineRuns = new StruckRuns();
  // A formula's text, and whether the cell has a `<v>` (the value Excel calculated and saved).
  let formula: string | undefined;
  let valued = false;
  let into: 'v' | 't' | 'f' | 'cf' | 'sq' | undefined;
  // Conditional formatting rules, read after the rows (the sheet writes them after sheetData).
  const rules: CfRule[] = [];
  let ranges: CellRange[] = [];
  // Excel 2010's rules (`<extLst><ext><x14:conditionalFormattings>`): each rule holds its style
  // (`<x14:dxf>`) and formula (`<xm:f>`), and its ranges follow the rules (`<xm:sqref>`).
  const x14 = {
    from: 0,
    sqref: '',
    pattern: 'solid',
    fg: undefined as string | undefined,
    bg: undefined as string | undefined,
  };
  const theme = book.fills?.theme ?? [];
  scanSheetXml(xml, part, {
    get wantsText() {
      return into !== undefined;
    },
    open(name, parent, grandparent, attr) {
      const ruleStyle = rules[rules.length - 1]?.style;
      if (name === 'conditionalFormatting' && parent === 'conditionalFormattings') x14.from = rules.length;
      else if (
        name === 'cfRule' &&
        parent === 'conditionalFormatting' &&
        grandparent === 'conditionalFormattings'
      )
        rules.push({
          ranges: [],
          type: attr('type') ?? '',
          ...(attr('operator') !== undefined ? { operator: attr('operator') } : {}),
          ...(attr('text') !== undefined ? { text: attr('text') } : {}),
          formulas: [],
          dxf: -1,
          priority: Number(attr('priority') ?? 0),
          style: { strike: false },
        });
      else if (name === 'f' && parent === 'cfRule') {
        into = 'cf';
        rules[rules.length - 1]?.formulas.push('');
      } else if (name === 'sqref' && parent === 'conditionalFormatting') {
        into = 'sq';
        x14.sqref = '';
      } else if (ruleStyle && name === 'dxf' && parent === 'cfRule') {
        x14.pattern = 'solid';
        x14.fg = x14.bg = undefined;
      } else if (ruleStyle && name === 'strike' && parent === 'font' && grandparent === 'dxf')
        ruleStyle.strike = strikes(attr('val'), true);
      else if (ruleStyle && name === 'color' && parent === 'font' && grandparent === 'dxf') {
        const ink = inkColour(colourFrom(attr, theme));
        if (ink) ruleStyle.ink = ink;
      } else if (ruleStyle && name === 'patternFill' && parent === 'fill' && grandparent === 'dxf')
        x14.pattern = attr('patternType') ?? 'solid';
      else if (ruleStyle && (name === 'fgColor' || name === 'bgColor') && parent === 'patternFill')
        x14[name === 'fgColor' ? 'fg' : 'bg'] = colourFrom(attr, theme);
      else if (name === 'c' && parent === 'row') {
        ref = attr('r');
        type = attr('t') ?? 'n';
        style = attr('s');
        v = inline = '';
        inlineRuns.item();
        formula = undefined;
        valued = false;
      } else if (name === 'v' && parent === 'c') {
        into = 'v';
        valued = true;
      } else if (name === 'f' && parent === 'c') {
        into = 'f';
        formula = '';
      } else if (name === 't' && itemTextAt('is', parent, grandparent)) {
        into = 't';
        inlineRuns.text(parent === 'r');
      } else if (name === 'r' || name === 'strike') inlineRuns.open(name, parent, attr);
      else if (name === 'row' && parent === 'sheetData') {
        rowNumber = Number(attr('r') ?? rowNumber + 1);
        if (/^(1|true)$/.test(attr('hidden') ?? '')) sheet.hiddenRows.add(rowNumber);
        while (records.length < rowNumber) records.push([]);
        values = records[rowNumber - 1]!;
        dated = worded = false;
      } else if (name === 'mergeCell' && parent === 'mergeCells') merges.push(attr('ref') ?? '');
      else if (name === 'conditionalFormatting' && parent === 'worksheet')
        ranges = sqrefRanges(attr('sqref') ?? '');
      else if (name === 'cfRule' && parent === 'conditionalFormatting')
        rules.push({
          ranges,
          type: attr('type') ?? '',
          ...(attr('operator') !== undefined ? { operator: attr('operator') } : {}),
          ...(attr('text') !== undefined ? { text: attr('text') } : {}),
          formulas: [],
          dxf: Number(attr('dxfId') ?? -1),
          priority: Number(attr('priority') ?? 0),
        });
      else if (name === 'formula' && parent === 'cfRule') {
        into = 'cf';
        rules[rules.length - 1]?.formulas.push('');
      }
    },
    text(piece) {
      if (into === 'v') v += piece;
      else if (into === 'f') formula += piece;
      else if (into === 'sq') x14.sqref += piece;
      else if (into === 'cf') {
        const f = rules[rules.length - 1]!.formulas;
        f[f.length - 1] += piece;
      } else {
        inline += piece;
        inlineRuns.piece(piece);
      }
    },
    close(name) {
      if (name === 'v' || name === 't' || name === 'f' || name === 'formula') into = undefined;
      else if (name === 'sqref' && into === 'sq') {
        into = undefined;
        for (const rule of rules.slice(x14.from)) if (rule.style) rule.ranges = sqrefRanges(x14.sqref);
      } else if (name === 'dxf') {
        // A conditional style's solid fill is its background colour (xlsx-fills.ts fillColour).
        const style = rules[rules.length - 1]?.style;
        const fill =
          x14.pattern === 'none'
            ? undefined
            : x14.pattern === 'solid'
              ? (x14.bg ?? x14.fg)
              : (x14.fg ?? x14.bg);
        if (style && fill && fill !== '#FFFFFF') style.fill = fill;
      } else if (name === 'c') {
        const col = ref ? reference(ref).col : values.length;
        // A formula saved without its value (a workbook written by a program, never calculated in
        // Excel) is not empty: its value is not in the file. It reads as the formula, as a viewer
        // that does not calculate shows it (`=IF(G3="X","Cancelled","Confirmed")`): a status the
        // connector does not know (asked), a date or a name that cannot be read (a row error),
        // never an empty cell that sends the row as booked.
        const { text, date } =
          formula !== undefined && !valued && type !== 'inlineStr'
            ? { text: `=${formula.trim() || '(formula)'}`, date: false }
            : cellText(type, style, v, inline, book, stringDated);
        // Only a number's format shows it: a text cell (`03/04/2027` typed or pasted) is shown as
        // written whatever format a person gave its column, so it states no order of its own.
        const format = date && v !== '' && type === 'n' ? book.formats[Number(style ?? 0)] : undefined;
        if (format?.kind === 'date' && format.order) {
          sheet.formatOrders ??= new Map();
          const before = sheet.formatOrders.get(col);
          sheet.formatOrders.set(col, before && before !== format.order ? 'both' : format.order);
        }
        while (values.length < col) values.push('');
        values[col] = oneLine(text);
        const fill = book.fills?.fills[Number(style ?? 0)];
        if (fill) colourCell((sheet.cellFills ??= new Map()), rowNumber, col, fill);
        // A string's own run colour shows over its cell style's font colour.
        const ink = (type === 's' && book.stringInks?.get(Number(v))) || book.fills?.inks[Number(style ?? 0)];
        if (ink) colourCell((sheet.cellInks ??= new Map()), rowNumber, col, ink);
        if (values[col] !== '' && !sheet.struckRows?.has(rowNumber)) {
          const struck =
            book.struckStyles?.has(Number(style ?? 0)) ||
            (type === 's' && book.struckStrings?.has(Number(v))) ||
            (type === 'inlineStr' && inlineRuns.struck);
          if (struck) (sheet.struckRows ??= new Map()).set(rowNumber, { column: col, value: values[col]! });
        }
        dated ||= date && text !== '';
        if (!worded && !date && (type === 's' || type === 'inlineStr' || type === 'str')) {
          const i = type === 's' ? Number(v) : -1;
          if (i >= 0 && stringWorded[i] !== 0) worded = stringWorded[i] === 1;
          else {
            worded = WORD.test(text);
            if (i >= 0) stringWorded[i] = worded ? 1 : -1;
          }
        }
      } else if (name === 'row') {
        while (values.length > 0 && values[values.length - 1] === '') values.pop();
        if (values.length > 0) sheet.filledRows++;
        if (dated) sheet.datedRows++;
        if (dated && worded) sheet.listedRows++;
      }
    },
  });
  if (rules.length && book.fills) applyRules(sheet, rules, book.fills);
  // A cell merged down over several rows shows its value on each (a day written once beside
  // its appointments), as a web page's rowspan does; merged across, only its first column holds it.
  for (const m of merges) {
    const range = mergedRange(m);
    const value = records[range.row - 1]?.[range.col];
    if (!value) continue;
    for (let r = range.row + 1; r <= range.lastRow && r <= records.length; r++) {
      const values = records[r - 1]!;
      while (values.length <= range.col) values.push('');
      if (values[range.col] === '') values[range.col] = value;
    }
  }
  for (const r of records) if ((sheet.header = headerKey(r)) !== undefined) break;
  // Every row with a value is as wide as the sheet's used columns, as Excel writes the sheet
  // saved as CSV (`Title,,,,`): a row whose last cells are empty is no row cut short.
  let width = 0;
  for (const r of records) width = Math.max(width, r.length);
  for (const r of records) while (r.length > 0 && r.length < width) r.push('');
  return sheet;
}

/** A cell's colour into a sheet's fills or inks, by row and column. */
function colourCell(
  into: Map<number, Array<string | undefined>>,
  row: number,
  col: number,
  colour: string,
): void {
  const colours = into.get(row) ?? [];
  colours[col] = colour;
  into.set(row, colours);
}

/** Draws the cells conditional formats apply to as their styles say (xlsx-conditional.ts): a fill
 *  or a text colour into the cell's own, a strike or an unread rule into TableRow.drawn. The
 *  first rule by priority that colours a cell gives its colour, as Excel shows it. A rule of
 *  Excel 2010's (`x14:cfRule`, its style written inside it) is read as the others are. */
function applyRules(sheet: Sheet, rules: CfRule[], styles: StyleFills): void {
  const records = sheet.records;
  const text = (row: number, col: number) => records[row - 1]?.[col] ?? '';
  const ruleFilled = new Set<string>();
  const ruleInked = new Set<string>();
  for (const rule of [...rules].sort((a, b) => a.priority - b.priority)) {
    const dxf: RuleStyle | undefined = rule.style ?? styles.dxfs[rule.dxf];
    if (!dxf || (!dxf.strike && !dxf.fill && !dxf.ink)) continue;
    const test = ruleTest(rule);
    if (test === 'left out') continue;
    const formula = rule.formulas[0] ? `=${rule.formulas[0].trim().replace(/^=/, '')}` : rule.type;
    const draws = dxf.strike
      ? 'strikes through'
      : dxf.fill
        ? `fills ${colourText(dxf.fill)}`
        : `writes in ${colourText(dxf.ink!)}`;
    // A colour on a word the connector reads as booked (`$F2="Confirmed"` green) says only what
    // the cell says: no mark. A strike is one whatever its rule.
    const words = ruleWords(rule);
    const booked =
      test !== 'unread' && words.length > 0 && words.every((w) => classifyBuiltInStatus(w) === 'NEW');
    const fill = booked ? undefined : dxf.fill;
    const ink = booked ? undefined : dxf.ink;
    if (!fill && !ink && !dxf.strike) continue;
    for (const range of rule.ranges)
      for (let r = range.row; r <= Math.min(range.lastRow, records.length); r++) {
        const values = records[r - 1]!;
        for (let c = range.col; c <= Math.min(range.lastCol, values.length - 1); c++) {
          if (test === 'unread') {
            if (values[c] !== '' && !sheet.ruleDrawn?.has(r))
              (sheet.ruleDrawn ??= new Map()).set(r, {
                column: c,
                value: values[c]!,
                how: `in a range an Excel conditional format ${draws} by a rule the connector does not read (${formula})`,
              });
            continue;
          }
          if (!test(r, c, text)) continue;
          if (fill && !ruleFilled.has(`${r}:${c}`)) {
            ruleFilled.add(`${r}:${c}`);
            colourCell((sheet.cellFills ??= new Map()), r, c, fill);
          }
          if (ink && !ruleInked.has(`${r}:${c}`)) {
            ruleInked.add(`${r}:${c}`);
            colourCell((sheet.cellInks ??= new Map()), r, c, ink);
          }
          if (dxf.strike && values[c] !== '' && !sheet.ruleDrawn?.has(r))
            (sheet.ruleDrawn ??= new Map()).set(r, {
              column: c,
              value: values[c]!,
              how: `struck through in Excel by a conditional format (${formula})`,
            });
        }
      }
  }
}
