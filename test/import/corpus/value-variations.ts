// The corpus with its values written another way: the same appointments as another system, or
// the same system under another regional setting or report option, writes them. Dates, clock
// times, names, status words and ids are rewritten in the columns the expectations identify
// (value-columns.ts); every other cell stays as written. Each variation says whether the file
// must still be sent ("must send") or may now be held, by one rule per style, never per layout:
//
// - A numeric date (`03/01/2027`) is must-send only when a rewritten date proves its order (a day
//   above 12); otherwise day and month could be either, and holding is right. A two-digit year
//   may hold (a birth date's century is a guess). ISO, month-name and YYYYMMDD dates must send.
// - A 24-hour time without a colon or AM/PM (`09:00` from `9:00 AM`, `0900`) is must-send only when
//   an hour above 12 proves the clock; 12-hour times with AM/PM, seconds and the Nordic dot must send.
// - Status words are swapped only for another real system's word of the same meaning; names only
//   where the parts are single words (so the split is not in question); ids keep their value.
//
// Who writes each style (the corpus's own layouts, whose sources are in their expected.json):
// ISO (01 OpenEMR, 17 Jane), MM/DD/YYYY and M/D/YYYY (05 Dentrix, 64 Crystal, US Windows short
// date), DD/MM/YYYY (09 Cliniko, 12 Best Practice), two-digit years (37 Practice Fusion, 11
// Zanda), DD-Mon-YYYY (15 EMIS, 57 Oracle CCL), 'Mon d, yyyy' and 'Monday, March 1, 2027' (39
// WebPT, Windows long date), YYYYMMDD (49 Medical Manager), 9:00 AM (26, 64), 8:00a (06
// Eaglesoft), 0900 (55 Intergy), 08.30 (60 Sweden, 61 Denmark, 63 Switzerland), `12345.0` (pandas
// writing an integer column that has a gap as float, 93), ids zero-padded (Medical Manager and
// Epic MRNs are fixed-width).
import type { ExpectedLayout } from './expected.ts';
import { fieldOf, isQuoted, rawOf, readDelimited, splitFields, valueOf } from './export-records.ts';
import { readExportText, writeExportText, type ExportText } from './export-text.ts';
import { findValueColumns, type ValueColumns } from './value-columns.ts';
import {
  dateTimeParts,
  orderOf,
  readDate,
  sameYmd,
  ymdOf,
  readDateTime,
  readTime,
  writeDate,
  writeTime,
  type DateForm,
  type DateStyle,
  type Hm,
  type TimeStyle,
  type Ymd,
} from './value-codec.ts';
import { mapFields, type Variation } from './variations.ts';

export interface ValueVariation extends Variation {
  /** The file still settles every value: holding it is a false hold. */
  mustSend: boolean;
  /** Why a hold is acceptable, when it is. */
  mayHold?: string;
  /** The expectations for this variation, when a rewrite changes a value (a zero-padded id). */
  expect?: (layout: ExpectedLayout) => ExpectedLayout;
}

/** Zones whose practices write month-first numeric dates (the US; Canada writes both, and a
 *  Canadian file is written month-first here, as its US-made software does). */
const MONTH_FIRST =
  /^America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Indiana\/.*|Toronto|Vancouver)$/;
/** Zones whose practices write a clock time with a dot (Danish, Norwegian, Swedish, Finnish,
 *  Swiss German conventions; corpus layouts 60, 61, 63). */
const DOT_TIMES = /^Europe\/(Copenhagen|Oslo|Stockholm|Helsinki|Zurich)$/;
/** Zones whose practices write `09h30` (French usage; corpus layout 21, Doctolib France). */
const H_TIMES = /^Europe\/(Paris|Brussels|Luxembourg|Monaco)$/;

/** Status words of the same meaning in different real systems (sources in status-words.ts):
 *  a word is replaced by the next one of its group. */
const STATUS_GROUPS: Array<{ status: 'NEW' | 'CANCEL'; words: string[] }> = [
  { status: 'NEW', words: ['Scheduled', 'Booked'] }, // Tebra, CollaborateMD / EMIS, Best Practice
  { status: 'CANCEL', words: ['Cancelled', 'Canceled'] }, // Dentally, Nookal / SimplePractice, Epic
  // Epic, CollaborateMD / EMIS, Vision / Dentally / Healthie, Vagaro / Nookal, Cliniko
  { status: 'NEW', words: ['No Show', 'DNA', 'Did Not Attend', 'No-Show', 'Did Not Arrive'] },
  { status: 'NEW', words: ['Arrived', 'Checked In', 'Checked-In'] }, // EMIS, Dentally / Tebra / CollaborateMD
  { status: 'NEW', words: ['Completed', 'Checked Out'] }, // Epic, Dentally / Tebra, Elation
];

const groupOf = (v: string): (typeof STATUS_GROUPS)[number] | undefined =>
  STATUS_GROUPS.find((g) => g.words.some((w) => w.toLowerCase() === v.trim().toLowerCase()));

function nextWord(v: string): string | undefined {
  const g = groupOf(v);
  if (!g) return undefined;
  const i = g.words.findIndex((w) => w.toLowerCase() === v.trim().toLowerCase());
  return g.words[(i + 1) % g.words.length];
}

type Table = NonNullable<ReturnType<typeof readDelimited>>;

type Cell = (value: string, col: number, line: number) => string | undefined;

interface Draft {
  name: string;
  text: ExportText;
  mayHold?: string;
  expect?: ValueVariation['expect'];
}

/** Read a date cell in a column's form (its numeric order known from the expectations); of a
 *  two-digit year's centuries, the one the row's expectation has (`want`), else this one. */
function dateIn(v: string, form: DateForm, want?: Ymd): Ymd | undefined {
  const all = readDate(v).filter((x) => x.form === form);
  return (all.find((x) => want && sameYmd(x.ymd, want)) ?? all[0])?.ymd;
}

function dateTimeIn(v: string, form: DateForm, want?: Ymd): { ymd: Ymd; hm: Hm } | undefined {
  const all = readDateTime(v).filter((x) => x.form === form);
  return all.find((x) => want && sameYmd(x.ymd, want)) ?? all[0];
}

const DATE_STYLES: DateStyle[] = [
  'iso',
  'numeric',
  'numeric unpadded',
  'numeric two-digit year',
  'dotted',
  'weekday and numeric',
  'dd-Mon-yyyy',
  'Mon d, yyyy',
  'weekday and month name',
  'yyyymmdd',
];
const TIME_STYLES: TimeStyle[] = [
  '24h',
  '24h with seconds',
  '24h with milliseconds',
  '12h AM/PM',
  '12h AM/PM unspaced',
  '12h am/pm',
  '12h a.m./p.m.',
  '12h a/p',
  'HHMM',
  'dot',
  'French h',
];

/** A variation's text, rewriting cells of table rows only; undefined when nothing changed. */
function rewrite(t: ExportText, table: Table, cell: Cell): ExportText | undefined {
  let changed = false;
  const text = mapFields(t, table, (fields, kind, line) => {
    if (kind !== 'row') return undefined;
    return fields.map((f, col) => {
      const v = valueOf(f).trim();
      const out = v ? cell(v, col, line) : undefined;
      if (out === undefined || out === v) return f;
      changed = true;
      return fieldOf(out, table.delimiter, f.trim().startsWith('"'));
    });
  });
  return changed ? text : undefined;
}

function dateDrafts(t: ExportText, table: Table, cols: ValueColumns, layout: ExpectedLayout): Draft[] {
  const zone = layout.timeZone;
  if (cols.dates.length + cols.dateTimes.length === 0) return [];
  const fileOrder =
    [...cols.dates, ...cols.dateTimes].map((c) => orderOf(c.form)).find(Boolean) ??
    (MONTH_FIRST.test(zone) ? 'MDY' : 'DMY');
  const dateCol = new Map(cols.dates.map((c) => [c.col, c.form]));
  const dtCol = new Map(cols.dateTimes.map((c) => [c.col, c.form]));
  const dobCols = new Set(cols.dates.filter((c) => c.of === 'dob').map((c) => c.col));
  // A two-digit year's century, from the row's expectation (never decided here).
  const expected = new Map(layout.rows.flatMap((r) => (r.expect === 'appointment' ? [[r.line, r]] : [])));
  const want = (line: number, col: number): Ymd | undefined => {
    const e = expected.get(line);
    return e && ymdOf(dobCols.has(col) ? e.dob : e.local.slice(0, 10));
  };
  const drafts: Draft[] = [];
  // A two-digit year written with four digits gains the century from the expectations: in a
  // layout that must hold, the century may be what is in question (a birth year 08), so there the
  // years keep their two digits.
  const addsCentury =
    !!layout.mustHold && [...dateCol.values(), ...dtCol.values()].some((f) => f.endsWith('yy'));
  for (const style of DATE_STYLES) {
    if (addsCentury && style !== 'numeric two-digit year') continue;
    // Dots are written day-first only (German, Nordic, Swiss, Polish... short dates).
    if (style === 'dotted' && fileOrder !== 'DMY') continue;
    const numeric = style.startsWith('numeric') || style === 'dotted' || style === 'weekday and numeric';
    let proves = false;
    const write = (ymd: Ymd): string => {
      if (ymd.d > 12 && ymd.d !== ymd.m) proves = true;
      return writeDate(ymd, style, fileOrder);
    };
    const text = rewrite(t, table, (v, col, line) => {
      const f = dateCol.get(col);
      if (f) {
        const ymd = dateIn(v, f, want(line, col));
        return ymd && write(ymd);
      }
      const g = dtCol.get(col);
      if (!g) return undefined;
      const x = dateTimeIn(v, g, want(line, col));
      const p = dateTimeParts(v)!;
      // ISO's `T` stands only after an ISO date.
      return x && `${write(x.ymd)}${p.sep === 'T' ? ' ' : p.sep}${p.time}`;
    });
    if (!text) continue;
    const mayHold =
      style === 'numeric two-digit year'
        ? 'a two-digit year: the century of a birth date is a guess'
        : numeric && !proves
          ? 'no day above 12: day and month could be either'
          : undefined;
    drafts.push({ name: `dates ${style}`, text, mayHold });
  }
  return drafts;
}

function timeDrafts(t: ExportText, table: Table, cols: ValueColumns, zone: string): Draft[] {
  const timeCols = new Set(cols.times);
  const dtCol = new Map(cols.dateTimes.map((c) => [c.col, c.form]));
  if (timeCols.size + dtCol.size === 0) return [];
  const drafts: Draft[] = [];
  for (const style of TIME_STYLES) {
    if (style === 'dot' && !DOT_TIMES.test(zone)) continue;
    if (style === 'French h' && !H_TIMES.test(zone)) continue;
    // `T` is followed by a 24-hour time only.
    const afterT = (g: DateForm | undefined): boolean => g === 'iso' && style.startsWith('12h');
    let afternoon = false;
    const write = (hm: Hm): string => {
      if (hm.h > 12) afternoon = true;
      return writeTime(hm, style);
    };
    const text = rewrite(t, table, (v, col) => {
      if (timeCols.has(col)) {
        const hm = readTime(v);
        return hm && write(hm);
      }
      // A time without a colon stands in a column of its own, never after a date in one cell.
      const g = style === 'HHMM' || style === 'dot' || style === 'French h' ? undefined : dtCol.get(col);
      if (!g || (afterT(g) && dateTimeParts(v)?.sep === 'T')) return undefined;
      const x = dateTimeIn(v, g);
      const p = dateTimeParts(v)!;
      return x && `${p.date}${p.sep}${write(x.hm)}`;
    });
    if (!text) continue;
    const bare = style === '24h' || style === 'HHMM' || style === 'dot';
    drafts.push({
      name: `times ${style}`,
      text,
      mayHold: bare && !afternoon ? 'no hour above 12: a time without AM/PM could be either' : undefined,
    });
  }
  return drafts;
}

/** The start in one cell or in two: a date column and a time column joined (Epic, ModMed and
 *  Curve write one cell), one cell split in two (most list reports), and ISO's `T` or SQL Server's
 *  milliseconds in the one cell (drchrono's API, a `SELECT` saved by SSMS). */
function startCellDrafts(t: ExportText, table: Table, cols: ValueColumns): Draft[] {
  const drafts: Draft[] = [];
  const starts = cols.dates.filter((c) => c.of === 'start');
  const headers = splitFields(rawOf(table.records[table.header]!, t.eol), table.delimiter).map((f) =>
    valueOf(f).trim(),
  );
  // A database table's columns (`pc_eventDate`, `APPT_DATE`) are not joined: a table holding the
  // one moment names that column itself, and a name made of two would be invented here.
  const database = headers.some((h) => /_|[a-z][A-Z]/.test(h));
  if (starts.length === 1 && cols.times.length === 1 && !database) {
    const [d, tm] = [starts[0]!.col, cols.times[0]!];
    // Headed as the two were, joined as such reports head it (ModMed's `Appointment Date/Time`):
    // a bare `Date` over date-times is asked by design (it may be a record's stamp).
    const text = mapFields(t, table, (fields, kind) => {
      if (kind === 'other') return undefined;
      const out = [...fields];
      if (kind === 'header')
        out[d] = fieldOf(
          `${valueOf(fields[d]!).trim()}/${valueOf(fields[tm]!).trim()}`,
          table.delimiter,
          isQuoted(fields[d]!),
        );
      if (kind === 'row') {
        const [dv, tv] = [valueOf(fields[d]!).trim(), valueOf(fields[tm]!).trim()];
        out[d] = fieldOf(dv && tv ? `${dv} ${tv}` : dv || tv, table.delimiter, isQuoted(fields[d]!));
      }
      out.splice(tm, 1);
      return out;
    });
    drafts.push({ name: 'start date and time in one cell', text });
  }
  for (const { col, form } of cols.dateTimes) {
    const text = mapFields(t, table, (fields, kind) => {
      if (kind === 'other') return undefined;
      const v = valueOf(fields[col]!).trim();
      const p = kind === 'row' && dateTimeIn(v, form) ? dateTimeParts(v) : undefined;
      const cells =
        kind === 'header' ? ['Appointment Date', 'Appointment Time'] : p ? [p.date, p.time] : [v, ''];
      const out = [...fields];
      out.splice(col, 1, ...cells.map((c) => fieldOf(c, table.delimiter, isQuoted(fields[col]!))));
      return out;
    });
    drafts.push({ name: 'start date and time in two columns', text });
    if (form !== 'iso') continue;
    for (const [name, write] of [
      ['start as ISO with T', (date: string, hm: Hm) => `${date}T${writeTime(hm, '24h with seconds')}`],
      [
        'start as SQL Server datetime',
        (date: string, hm: Hm) => `${date} ${writeTime(hm, '24h with milliseconds')}`,
      ],
    ] as const) {
      const text = rewrite(t, table, (v, c) => {
        const x = c === col ? dateTimeIn(v, form) : undefined;
        return x && write(dateTimeParts(v)!.date, x.hm);
      });
      if (text) drafts.push({ name, text });
    }
  }
  return drafts;
}

/** Words whose proper case a capitalised name does not settle (`DE` is `de` or `De`). */
const UNSURE_CAPITALS = new Set([
  'De',
  'La',
  'Le',
  'Del',
  'Della',
  'Van',
  'Von',
  'Der',
  'Den',
  'Du',
  'Da',
  'Di',
  'Dos',
  'Das',
  'Te',
  'Ter',
  'Ten',
]);
/** Particles the corpus's expectations write in lower case (its README: "de la Cruz"). */
const PARTICLES = new Set([
  'de',
  'la',
  'le',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'du',
  'da',
  'di',
  'dos',
  'das',
  'af',
  'ap',
  'ter',
  'ten',
  'y',
]);

/** A name whose proper case is certain once written in capitals: plain capitalised words, O' and
 *  Mc (never Mac: MacLeod and Macleod are both names), hyphenated, and lower-case particles. */
function certainCase(name: string): boolean {
  return name
    .split(' ')
    .every(
      (w) =>
        PARTICLES.has(w) ||
        w.split('-').every((p) => !UNSURE_CAPITALS.has(p) && /^(?:\p{Lu}'|Mc)?\p{Lu}\p{Ll}+$/u.test(p)),
    );
}

/** ASCII-only in a code page kept as bytes (its high bytes are not letters we know). */
const simpleWord = (t: ExportText, v: string): boolean =>
  t.form === 'bytes' ? /^[A-Z][a-z]+$/.test(v) : /^\p{Lu}\p{Ll}+$/u.test(v);

function nameDrafts(t: ExportText, table: Table, cols: ValueColumns): Draft[] {
  const drafts: Draft[] = [];
  const add = (name: string, text: ExportText | undefined): void => {
    if (text) drafts.push({ name, text });
  };
  // Capitals only where every name of the column has a certain proper case.
  const certain = (col: number): boolean => {
    let ok = true;
    rewrite(t, table, (v, c) => {
      if (c === col && !(t.form === 'bytes' ? /^[A-Za-z' -]+$/.test(v) && certainCase(v) : certainCase(v)))
        ok = false;
      return undefined;
    });
    return ok;
  };
  const capitals = (name: string, cols: number[]): void => {
    const sure = cols.filter(certain);
    if (sure.length)
      add(
        name,
        rewrite(t, table, (v, col) => (sure.includes(col) ? v.toUpperCase() : undefined)),
      );
  };
  capitals('last names in capitals', cols.lastNames);
  capitals('first names in capitals', cols.firstNames);
  capitals(
    'names in capitals',
    cols.fullNames.map((c) => c.col),
  );
  const oneWord = (s: string): boolean => simpleWord(t, s);
  for (const { col, form } of cols.fullNames) {
    const parts = (v: string): [string, string] | undefined => {
      if (form === 'last, first') {
        const m = /^([^,\s]+), ([^,\s]+)$/.exec(v);
        return m && oneWord(m[1]!) && oneWord(m[2]!) ? [m[2]!, m[1]!] : undefined;
      }
      const m = /^(\S+) (\S+)$/.exec(v);
      return m && oneWord(m[1]!) && oneWord(m[2]!) ? [m[1]!, m[2]!] : undefined;
    };
    // Every name of the column must split for sure, or the column stays as it is.
    let all = true;
    rewrite(t, table, (v, c) => {
      if (c === col && !parts(v)) all = false;
      return undefined;
    });
    if (!all) continue;
    const swap = (fn: (first: string, last: string) => string): ExportText | undefined =>
      rewrite(t, table, (v, c) => {
        const p = c === col ? parts(v) : undefined;
        return p && fn(p[0], p[1]);
      });
    if (form === 'first last')
      add(
        'names as Last, First',
        swap((f, l) => `${l}, ${f}`),
      );
    else
      add(
        'names as First Last',
        swap((f, l) => `${f} ${l}`),
      );
    add(
      'names with a middle initial',
      swap((f, l) => (form === 'first last' ? `${f} J. ${l}` : `${l}, ${f} J`)),
    );
  }
  return drafts;
}

function statusDraft(t: ExportText, table: Table, layout: ExpectedLayout): Draft[] {
  // The status column: its known words agree with every expected row's status.
  const expected = new Map(
    layout.rows.flatMap((r) => (r.expect === 'appointment' ? [[r.line, r.status]] : [])),
  );
  const votes = new Map<number, { agree: number; disagree: number }>();
  mapFields(t, table, (fields, kind, line) => {
    const want = expected.get(line);
    if (kind !== 'row' || !want) return undefined;
    fields.forEach((f, col) => {
      const g = groupOf(valueOf(f));
      if (!g) return;
      const v = votes.get(col) ?? { agree: 0, disagree: 0 };
      if (g.status === want) v.agree++;
      else v.disagree++;
      votes.set(col, v);
    });
    return undefined;
  });
  const cols = [...votes].filter(([, v]) => v.agree > 0 && v.disagree === 0).map(([c]) => c);
  if (cols.length !== 1) return [];
  const drafts: Draft[] = [];
  const other = rewrite(t, table, (v, col) => (col === cols[0] ? nextWord(v) : undefined));
  if (other) drafts.push({ name: 'status words of another system', text: other });
  // The group's third word, where it has one (Did Not Attend beside No Show and DNA).
  const third = rewrite(t, table, (v, col) => {
    const next = col === cols[0] ? nextWord(v) : undefined;
    return next && nextWord(next) !== v ? nextWord(next) : undefined;
  });
  if (third) drafts.push({ name: 'status words of a third system', text: third });
  // Dentrix, Oracle CCL and Medical Manager print status words in capitals.
  const caps = rewrite(t, table, (v, col) => (col === cols[0] && groupOf(v) ? v.toUpperCase() : undefined));
  if (caps) drafts.push({ name: 'status words in capitals', text: caps });
  return drafts;
}

/** Ids written another way, and sent as written: the importer keeps an id's text, and the engine
 *  finds one a spreadsheet rewrote among the ids sent before (changes/digit-ids.ts). Not where
 *  the layout joins another file by an id (that file would have to change too). */
function idDrafts(t: ExportText, table: Table, cols: ValueColumns, joined: boolean): Draft[] {
  if (cols.ids.length === 0 || joined) return [];
  const idCols = new Set(cols.ids.map((c) => c.col));
  const of = new Set(cols.ids.map((c) => c.of));
  const ways: Array<[string, (id: string) => string | undefined]> = [
    // pandas writes an integer column with a gap as floats: a lost leading zero cannot come back.
    ['ids as decimals (12345.0)', (id) => (/^[1-9]\d*$/.test(id) ? `${id}.0` : undefined)],
    ['ids zero-padded', (id) => (/^\d+$/.test(id) ? id.padStart(10, '0') : undefined)],
  ];
  return ways.flatMap(([name, fn]) => {
    const text = rewrite(t, table, (v, col) => (idCols.has(col) ? fn(v) : undefined));
    const as = (id: string | null): string | null => (id === null ? id : (fn(id) ?? id));
    if (!text) return [];
    return [
      {
        name,
        text,
        expect: (l: ExpectedLayout) => ({
          ...l,
          rows: l.rows.map((r) =>
            r.expect !== 'appointment'
              ? r
              : {
                  ...r,
                  appointmentId: of.has('appointmentId') ? as(r.appointmentId) : r.appointmentId,
                  patientId: of.has('patientId') ? as(r.patientId) : r.patientId,
                },
          ),
        }),
      },
    ];
  });
}

/** Every value variation of one layout's export (delimited tables only). */
export function valueVariationsOf(
  layout: ExpectedLayout,
  original: Buffer,
  /** The layout's folder holds another file the export is joined with. */
  joined = false,
): ValueVariation[] {
  const t = readExportText(original);
  if (t.mixedEol || /^\s*</.test(t.lines.find((l) => l.trim()) ?? '')) return [];
  const table = readDelimited(t);
  if (!table) return [];
  const cols = findValueColumns(t, table, layout);
  const drafts = [
    ...dateDrafts(t, table, cols, layout),
    ...timeDrafts(t, table, cols, layout.timeZone),
    ...startCellDrafts(t, table, cols),
    ...nameDrafts(t, table, cols),
    ...statusDraft(t, table, layout),
    ...idDrafts(t, table, cols, joined),
  ];
  return drafts.map((d) => ({
    name: d.name,
    bytes: writeExportText(d.text),
    lineOf: (l) => l,
    mustSend: !d.mayHold,
    mayHold: d.mayHold,
    expect: d.expect,
  }));
}
