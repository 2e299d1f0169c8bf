// The cells of an XML export or a web page (HTML) that the value variations rewrite: an element's
// text (or its CDATA section) and an attribute's value in XML, a `<td>`'s text in a web page's
// tables. A cell's column is its name and place in the record (the third `FormattedValue`, the
// `ApptID` of a `Details` element) in XML, and its place in the table's grid (after `colspan` and
// `rowspan`) in a web page. A record is what stands from one expectation's line to the next in XML
// (those lines are the file's); a web page's expectations count the rows the page reads as, so
// there a `<tr>` is the record of the next expected appointment whose last name it holds.
//
// A value whose form the format fixes is no cell (rewriting it makes an invalid file of that
// format, which no writer makes): a typed cell of SpreadsheetML (`ss:Type="DateTime"`, `Number`),
// Crystal's raw `<Value>` of a typed field (its `FormattedValue` is the printed text, a cell),
// FileMaker's DATE, TIME and NUMBER fields (written in the DATEFORMAT the file states), an element
// an inline XML schema types (a .NET DataSet's `xs:dateTime`, `xs:int`), every FHIR value but a
// name or display text (instants, codes, ids, references), and in a file that names an external
// schema (SSRS, Access) a value written in an XML Schema form (`2027-03-02T08:00:00`, `3180`).
// Text is written back escaped (`&amp;`, `&lt;`); in a file kept as bytes (Windows-1252) a letter
// outside ASCII is written as a character reference (`&#233;`), as those files' writers do, and a
// cell whose bytes outside ASCII are not known letters (no Latin-1 charset declared) is left alone.
import type { ExpectedLayout } from './expected.ts';
import type { ExportText } from './export-text.ts';
import type { Cell, ValueTable } from './value-rewrite.ts';

interface Slot {
  /** The raw text's place in the file. */
  start: number;
  end: number;
  /** Its value (entities decoded); undefined when it may not be rewritten (typed, unknown bytes). */
  value: string | undefined;
  kind: 'text' | 'cdata' | 'attr';
  quote?: string;
  /** A CDATA section's own place (`<![CDATA[` to `]]>`): text that cannot stand in one replaces it. */
  outer?: [number, number];
  /** Its column's name (before numbering within the record). */
  key: string;
  /** Index of its record (-1: in none). */
  rec: number;
}

interface Rec {
  /** The expectation line it belongs to (0: none, a row no appointment is expected on). */
  line: number;
  slots: Slot[];
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!\[[^\]]*\]>|<![^>]*>|<\/([^\s>]+)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(\/?)>/g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Entities decoded; undefined when one is not known here (its letter is then not known). */
function decode(raw: string): string | undefined {
  let unknown = false;
  const out = raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1));
    const c = NAMED[e.toLowerCase()];
    if (c === undefined) unknown = true;
    return c ?? m;
  });
  return unknown ? undefined : out;
}

/** What a file kept as bytes may hold outside ASCII: Latin-1's letters where it says its charset
 *  is Windows-1252 or Latin-1 (the two agree from 0xA0), otherwise nothing. */
function knownBytes(t: ExportText, text: string): RegExp {
  if (t.form !== 'bytes') return /^/;
  const latin = /(?:charset|encoding)\s*=\s*["']?(?:windows-1252|cp1252|iso-8859-1|latin-?1)\b/i.test(
    text.slice(0, 4000),
  );
  return latin ? /^[\t\n\r\x20-\x7e\xa0-\xff]*$/ : /^[\t\n\r\x20-\x7e]*$/;
}

function escape(
  v: string,
  kind: Slot['kind'],
  quote: string | undefined,
  bytes: boolean,
): string | undefined {
  if (kind === 'cdata') return v.includes(']]>') || (bytes && /[^\x20-\x7e]/.test(v)) ? undefined : v;
  let out = v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (kind === 'attr') out = out.replace(quote === "'" ? /'/g : /"/g, quote === "'" ? '&#39;' : '&quot;');
  return bytes ? out.replace(/[^\x20-\x7e]/gu, (c) => `&#${c.codePointAt(0)!};`) : out;
}

const localName = (n: string): string => n.slice(n.indexOf(':') + 1);

/** An XML Schema lexical date, time, date-time or number (what a schema-typed value looks like). */
const XSD_VALUE =
  /^(?:-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?|\d{2}:\d{2}:\d{2}(?:\.\d+)?|true|false)$/;
/** FHIR values that are free text: a person's name parts and a reference's display. */
const FHIR_TEXT = new Set(['family', 'given', 'display', 'text']);

interface Frame {
  name: string;
  attrs: Map<string, string>;
  contentStart: number;
  children: number;
  /** FileMaker: the field index of a COL. */
  col?: number;
  colCount: number;
}

/** XML cells in records from one expectation's line to the next. */
function xmlSlots(t: ExportText, text: string, layout: ExpectedLayout): Slot[] {
  const ok = knownBytes(t, text);
  const lines = [...new Set(layout.rows.map((r) => r.line))].sort((a, b) => a - b);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const recAt = (pos: number): number => {
    const line = lineAt(pos);
    let r = -1;
    while (r + 1 < lines.length && lines[r + 1]! <= line) r++;
    return r;
  };
  // Types the file states: an inline schema's elements, FileMaker's fields, FHIR's spec, a schema
  // it names elsewhere.
  const schemaTyped = new Set<string>();
  if (/<(?:\w+:)?schema\b/.test(text))
    for (const m of text.matchAll(/<(?:\w+:)?element\s[^>]*?name="([^"]+)"[^>]*?type="(?:\w+:)?(\w+)"/g))
      if (m[2] !== 'string') schemaTyped.add(m[1]!);
  const fmTypes = [...text.matchAll(/<FIELD\s[^>]*?TYPE="(\w+)"/g)].map((m) => m[1]!);
  const fhir = /xmlns="http:\/\/hl7\.org\/fhir"/.test(text);
  const namesSchema = /\bxsi:(?:noNamespaceSchemaLocation|schemaLocation)\s*=/.test(text);
  const typed = (f: Frame, parent: Frame | undefined, value: string, attr?: string): boolean => {
    const name = localName(f.name);
    if (fhir) return !(attr === 'value' && FHIR_TEXT.has(name));
    if (attr) return namesSchema && XSD_VALUE.test(value);
    const type = [...f.attrs].find(([k]) => localName(k) === 'Type')?.[1];
    if (type && !/^(?:\w+:)?string$/i.test(type)) return true;
    const parentType = parent && [...parent.attrs].find(([k]) => localName(k) === 'Type')?.[1];
    if (name === 'Value' && parentType && !/^(?:\w+:)?string$/i.test(parentType)) return true;
    if (schemaTyped.has(name)) return true;
    if (parent?.col !== undefined && fmTypes[parent.col] && fmTypes[parent.col] !== 'TEXT') return true;
    return namesSchema && XSD_VALUE.test(value);
  };
  const slots: Slot[] = [];
  const stack: Frame[] = [];
  const cdata: Array<{ start: number; end: number; at: number; outer: [number, number] }> = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) {
      cdata.push({
        start: m.index + 9,
        end: m.index + 9 + m[1].length,
        at: stack.length,
        outer: [m.index, TOKEN.lastIndex],
      });
      continue;
    }
    if (m[3]) {
      const attrs = new Map<string, string>();
      const f: Frame = { name: m[3], attrs, contentStart: TOKEN.lastIndex, children: 0, colCount: 0 };
      if (top) {
        top.children++;
        if (m[3] === 'COL') f.col = top.colCount++;
      }
      const attrText = m[4] ?? '';
      const attrStart = m.index + 1 + m[3].length;
      ATTR.lastIndex = 0;
      for (let a = ATTR.exec(attrText); a; a = ATTR.exec(attrText)) {
        const raw = a[2] ?? a[3];
        if (raw === undefined) continue;
        attrs.set(a[1]!, raw);
        // Namespace and schema declarations, and an attribute that states its element's type, hold
        // no value.
        if (/^(?:xmlns|xsi:)/.test(a[1]!) || /^type$/i.test(localName(a[1]!))) continue;
        const start = attrStart + a.index + a[0].length - raw.length - 1;
        const v = decode(raw);
        slots.push({
          start,
          end: start + raw.length,
          value: v !== undefined && ok.test(raw) && !typed(f, top, v.trim(), a[1]) ? v.trim() : undefined,
          kind: 'attr',
          quote: a[2] !== undefined ? '"' : "'",
          key: `${m[3]}@${a[1]}`,
          rec: recAt(start),
        });
      }
      if (!m[5]) stack.push(f);
      continue;
    }
    if (m[2] && top) {
      stack.pop();
      if (top.children > 0) continue;
      const parent = stack[stack.length - 1];
      const inner = cdata.filter((c) => c.at === stack.length + 1 && c.start >= top.contentStart);
      cdata.length = 0;
      const raw = text.slice(top.contentStart, m.index);
      const lead = raw.length - raw.trimStart().length;
      let slot: Omit<Slot, 'value' | 'key' | 'rec'> & { raw: string };
      if (inner.length === 1 && raw.replace(/<!\[CDATA\[[\s\S]*?\]\]>/, '').trim() === '')
        slot = {
          start: inner[0]!.start,
          end: inner[0]!.end,
          kind: 'cdata',
          raw: text.slice(inner[0]!.start, inner[0]!.end),
          outer: inner[0]!.outer,
        };
      else if (inner.length === 0 && !raw.includes('<'))
        slot = {
          start: top.contentStart + lead,
          end: top.contentStart + raw.trimEnd().length,
          kind: 'text',
          raw: raw.trim(),
        };
      else continue;
      const v = slot.kind === 'cdata' ? slot.raw : decode(slot.raw);
      // A value over lines is left alone: the expectations count the file's lines.
      const fine =
        v !== undefined && ok.test(slot.raw) && !slot.raw.includes('\n') && !typed(top, parent, v.trim());
      const { raw: _raw, ...place } = slot;
      slots.push({ ...place, value: fine ? v.trim() : undefined, key: top.name, rec: recAt(slot.start) });
    }
  }
  return slots;
}

/** A web page's `<td>` cells by their grid column, in records of `<tr>`. */
function htmlRows(t: ExportText, text: string): Array<{ table: number; slots: Slot[] }> {
  const ok = knownBytes(t, text);
  const rows: Array<{ table: number; slots: Slot[] }> = [];
  interface Table {
    id: number;
    carry: Map<number, number>;
    row?: { slots: Slot[]; col: number; occupied: Set<number>; spans: Array<[number, number, number]> };
    outer?: OpenCell;
  }
  interface OpenCell {
    col: number;
    runs: Array<[number, number]>;
    complex: boolean;
    th: boolean;
  }
  const tables: Table[] = [];
  let cell: OpenCell | undefined;
  let ids = 0;
  const closeCell = (): void => {
    const tb = tables[tables.length - 1];
    if (!cell || !tb?.row) return (cell = undefined);
    const runs = cell.runs.filter(([s, e]) => (decode(text.slice(s, e)) ?? 'x').trim() !== '');
    if (!cell.th && !cell.complex && runs.length === 1) {
      const [s, e] = runs[0]!;
      const raw = text.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const v = decode(raw.trim());
      tb.row.slots.push({
        start: s + lead,
        end: s + raw.trimEnd().length,
        value: v !== undefined && ok.test(raw) ? v.replace(/[ \t\r\n]+/g, ' ').trim() : undefined,
        kind: 'text',
        key: String(cell.col),
        rec: -1,
      });
    }
    cell = undefined;
  };
  const closeRow = (): void => {
    closeCell();
    const tb = tables[tables.length - 1];
    if (!tb?.row) return;
    for (const [k, n] of [...tb.carry]) {
      if (n > 1) tb.carry.set(k, n - 1);
      else tb.carry.delete(k);
    }
    for (const [col, span, down] of tb.row.spans)
      for (let k = col; k < col + span; k++) if (down > 1) tb.carry.set(k, down - 1);
    rows.push({ table: tb.id, slots: tb.row.slots });
    tb.row = undefined;
  };
  const openRow = (tb: Table): void => {
    tb.row = { slots: [], col: 0, occupied: new Set(tb.carry.keys()), spans: [] };
  };
  TOKEN.lastIndex = 0;
  let from = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (cell && m.index > from) cell.runs.push([from, m.index]);
    from = TOKEN.lastIndex;
    const open = m[3]?.toLowerCase();
    const close = m[2]?.toLowerCase();
    if (open === 'script' || open === 'style') {
      const end = text.toLowerCase().indexOf(`</${open}`, TOKEN.lastIndex);
      TOKEN.lastIndex = from = end < 0 ? text.length : end;
      continue;
    }
    if (open === 'table') {
      if (cell) cell.complex = true;
      tables.push({ id: ids++, carry: new Map(), outer: cell });
      cell = undefined;
    } else if (close === 'table') {
      closeRow();
      cell = tables.pop()?.outer;
    } else if (open === 'tr') {
      closeRow();
      if (tables.length) openRow(tables[tables.length - 1]!);
    } else if (close === 'tr') closeRow();
    else if (open === 'td' || open === 'th') {
      closeCell();
      const tb = tables[tables.length - 1];
      if (!tb) continue;
      if (!tb.row) openRow(tb);
      const row = tb.row!;
      while (row.occupied.has(row.col)) row.col++;
      const attr = (n: string): number => {
        const a = new RegExp(`\\b${n}\\s*=\\s*["']?(\\d+)`, 'i').exec(m![4] ?? '');
        return a ? Math.max(1, +a[1]!) : 1;
      };
      const span = attr('colspan');
      row.spans.push([row.col, span, attr('rowspan')]);
      cell = { col: row.col, runs: [], complex: false, th: open === 'th' };
      row.col += span;
    } else if (close === 'td' || close === 'th') closeCell();
  }
  return rows;
}

/** Slots grouped by record, each column numbered by its key and its place among the record's
 *  cells of that key. */
function tableOf(
  t: ExportText,
  text: string,
  records: Rec[],
  rewritable: (r: number) => boolean,
  layout: ExpectedLayout,
): ValueTable {
  const cols = new Map<string, number>();
  const colOf = records.map((rec) => {
    const seen = new Map<string, number>();
    return rec.slots.map((s) => {
      const n = seen.get(s.key) ?? 0;
      seen.set(s.key, n + 1);
      const key = `${s.key}#${n}`;
      if (!cols.has(key)) cols.set(key, cols.size);
      return cols.get(key)!;
    });
  });
  const width = cols.size;
  const byLine = new Map(records.map((r, i) => [r.line, i]));
  const rows: ValueTable['rows'] = [];
  for (const e of layout.rows) {
    if (e.expect !== 'appointment') continue;
    const i = byLine.get(e.line);
    if (i === undefined) {
      rows.length = 0;
      break;
    }
    const cells = Array<string>(width).fill('');
    records[i]!.slots.forEach((s, k) => (cells[colOf[i]![k]!] = s.value ?? ''));
    rows.push({ e, cells });
  }
  const bytes = t.form === 'bytes';
  return {
    rows,
    width,
    asciiOnly: false,
    rewrite: (cell: Cell) => {
      const edits: Array<[number, number, string]> = [];
      let unwritable = false;
      records.forEach((rec, i) => {
        if (!rewritable(i)) return;
        rec.slots.forEach((s, k) => {
          if (!s.value) return;
          const out = cell(s.value, colOf[i]![k]!, rec.line);
          if (out === undefined || out === s.value) return;
          const raw = escape(out, s.kind, s.quote, bytes);
          const text = s.outer && raw === undefined ? escape(out, 'text', undefined, bytes) : undefined;
          if (raw !== undefined) edits.push([s.start, s.end, raw]);
          else if (text !== undefined) edits.push([s.outer![0], s.outer![1], text]);
          else unwritable = true;
        });
      });
      if (edits.length === 0 || unwritable) return undefined;
      edits.sort((a, b) => a[0] - b[0]);
      let out = '';
      let at = 0;
      for (const [s, e, raw] of edits) {
        out += text.slice(at, s) + raw;
        at = e;
      }
      out += text.slice(at);
      return { ...t, lines: out.split(t.eol) };
    },
  };
}

const HTML = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html|<table)/i;

/** An XML or HTML export's cells, or undefined when it is neither. */
export function markupTable(t: ExportText, layout: ExpectedLayout): ValueTable | undefined {
  const text = t.lines.join(t.eol);
  if (!/^\s*</.test(text)) return undefined;
  if (!HTML.test(text)) {
    const slots = xmlSlots(t, text, layout);
    const lines = [...new Set(layout.rows.map((r) => r.line))].sort((a, b) => a - b);
    const records: Rec[] = lines.map((line) => ({ line, slots: [] }));
    for (const s of slots) if (s.rec >= 0) records[s.rec]!.slots.push(s);
    return tableOf(t, text, records, () => true, layout);
  }
  // A web page: each expected appointment, in order, is the next `<tr>` holding its last name.
  const rows = htmlRows(t, text);
  const records: Rec[] = rows.map((r) => ({ line: 0, slots: r.slots }));
  const appointments = layout.rows.flatMap((r) => (r.expect === 'appointment' ? [r] : []));
  let next = 0;
  for (const e of appointments) {
    const last = e.lastName.toLowerCase();
    while (next < rows.length && !rows[next]!.slots.some((s) => s.value?.toLowerCase().includes(last)))
      next++;
    if (next === rows.length) break;
    records[next++]!.line = e.line;
  }
  // Rows of the tables that hold the appointments are rewritten (a blocked slot's time too).
  const tables = new Set(rows.filter((_, i) => records[i]!.line).map((r) => r.table));
  return tableOf(t, text, records, (i) => tables.has(rows[i]!.table), layout);
}
