// Day and month order of numeric dates (`03/04/2027`), decided without guessing:
// 1. the data, when it proves it (a part above 12, a weekday that fits one reading only);
// 2. else the order a person set in the profile;
// 2b. else the order a date column's header states (`Appt Date (DD/MM/YYYY)`), unless a person's
//    order or earlier exports say otherwise (then held); data proving the other order holds too;
// 3. else the order this practice's earlier exports settled (practice memory);
// 4. else the practice time zone's region (month-first in the US; Europe, Asia, Australia,
//    Pacific/Auckland… day-first; none in Canada or the Philippines, which write both); a US
//    practice's file whose headers are German, Dutch, French, Italian, Portuguese or Spanish is
//    asked (its program may write its language's day-first order), and so is one separated by
//    semicolons and no time written with AM/PM (a spreadsheet set to a decimal-comma locale,
//    which writes day-first, may have saved it: trust/semicolon-locale.ts).
// A file whose dates prove both orders, or prove the order opposite to the one a person set or
// earlier exports settled, is held: never silently flipped. With no way to decide and dates that
// could be read both ways, the file is held too. Proof in another column (the birth dates) settles
// the appointment dates only when they are written alike (date-styles.ts); and unless a person
// set the order, appointment dates that read months in the past, ahead the other way round, hold
// the file whatever settled it.
import type { Doubt } from '../../model/doubt.ts';
import { numericParts, orderEvidence, type DateOrder } from '../map/parse-date.ts';
import { regionDateOrder, writesBothOrders, writesYearFirst } from '../map/region-date-order.ts';
import { statedDateOrder } from '../map/stated-date-order.ts';
import { dateStyle, mixesPadding, stylesDiffer, type DateStyle } from './date-styles.ts';

export type DateOrderSource = 'data' | 'setting' | 'header' | 'memory' | 'region';

export interface DateOrderDecision {
  order: DateOrder;
  source: DateOrderSource;
  /** The value that settled it (data), or where the order came from, in words. */
  evidence?: string;
  doubt?: Doubt;
}

export interface DateColumn {
  header: string;
  values: string[];
  /** The column whose dates these values repeat (a weekday column beside the start's date): what
   *  they prove, that column proves. */
  of?: string;
  /** The order a workbook's own number format shows the column's date cells in (`dd/mm/yyyy`):
   *  stated for it as a header's `(DD/MM/YYYY)` would be. */
  stated?: DateOrder;
  /** `stated` comes from a format over date numbers only (serials: no text date of the column
   *  writes its day and month in numbers): the serials are days whatever the format shows, so the
   *  format only says how the workbook shows dates, and text dates elsewhere that prove their
   *  order outweigh it (58g: `dd/mm/yyyy` over serials beside birth dates typed `08/29/1963`). */
  overSerials?: boolean;
}

const NUMERIC = /^\d{1,2}[/-]\d{1,2}[/-](\d{2}|\d{4})\b/;

/** The name the title lines go by among the date columns (weekday-evidence.ts). */
export const TITLE_LINES = 'the title lines';
/** The name a report's print stamps go by among the date columns: `Printed 25/03/2027 08:15`
 *  under the rows, or a title line stating when the report was printed (weekday-evidence.ts). */
export const STAMP_LINES = 'the print stamp';

/** The columns whose dates were looked at for proof, in words (`columns 'Appt Date' and 'Booked
 *  On'; 'Created' is written otherwise, so proves nothing`): a person told the file proves no order
 *  sees where the connector looked. */
function lookedAt(columns: readonly DateColumn[], unlike: readonly string[]): string {
  const list = (names: readonly string[]): string =>
    names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const seen = columns
    .filter((c) => c.values.some((v) => numericParts(v)))
    .map((c) => (c.header === TITLE_LINES || c.header === STAMP_LINES ? c.header : `'${c.header}'`));
  const other = unlike.map((h) => `'${h}'`);
  const looked = seen.length ? `looked at ${seen.length === 1 ? 'column ' : 'columns '}${list(seen)}` : '';
  const apart = other.length
    ? `${list(other)} ${other.length === 1 ? 'is' : 'are'} written otherwise than the appointment dates, so ${other.length === 1 ? 'proves' : 'prove'} nothing`
    : '';
  return [looked, apart].filter(Boolean).join('; ');
}

/** The order the date columns' headers state, and the first header stating each; with the order
 *  `proven` by the data, a format over serials states nothing (`overSerials`). */
function statedOrders(
  columns: readonly DateColumn[],
  proven: DateOrder | undefined,
): Partial<Record<DateOrder, string>> {
  const found: Partial<Record<DateOrder, string>> = {};
  for (const c of columns) {
    if (proven && c.overSerials && !statedDateOrder(c.header)) continue;
    const order = c.stated ?? statedDateOrder(c.header);
    // A workbook's cell format is named with its column, so the question says where it is.
    if (order) found[order] ??= c.stated ? `${c.header} (its cells' date format)` : c.header;
  }
  return found;
}

function words(order: DateOrder): string {
  return order === 'DMY' ? 'day-first (DD/MM/YYYY)' : 'month-first (MM/DD/YYYY)';
}

/** The order one value proves, for dates written like it. A dotted date (`04.03.2027`) is read
 *  day-first wherever it is written (parse-date.ts), so it proves nothing about dates written with
 *  slashes or dashes: dotted appointment dates at a US practice once made its slashed birth dates
 *  (`04/07/1958`) read day-first. */
function proofIn(value: string): DateOrder | undefined {
  return numericParts(value)?.m[2] === '.' ? undefined : orderEvidence(value);
}

/** The first value proving each order, per column. */
export function collectEvidence(
  columns: readonly DateColumn[],
): Partial<Record<DateOrder, { value: string; column: string }>> {
  const found: Partial<Record<DateOrder, { value: string; column: string }>> = {};
  for (const c of columns)
    for (const v of c.values) {
      const e = proofIn(v);
      if (e && !found[e]) found[e] = { value: v.trim(), column: c.header };
    }
  return found;
}

/** Values that read differently day-first and month-first (both parts ≤ 12 and unequal). */
export function ambiguousSamples(columns: readonly DateColumn[], max = 3): string[] {
  const out: string[] = [];
  for (const c of columns)
    for (const v of c.values) {
      const t = v.trim();
      const m = NUMERIC.exec(t);
      if (!m) continue;
      const [a, b] = t.split(/[/-]/).map((x) => parseInt(x, 10));
      if (a! <= 12 && b! <= 12 && a !== b && !orderEvidence(t) && out.length < max && !out.includes(t))
        out.push(t);
    }
  return out;
}

const TWO_DIGIT_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})(?!\d)/;
const FULL_YEAR_FIRST = /^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?!\d)/;

/**
 * A date with a two-digit year that may be written year first (`27-03-25`: 25 March 2027 in
 * Japan or Korea, but day-first it is 27 March 2025, and a first part above 12 "proves" it): in a
 * region that writes year first, or in a file whose four-digit dates are year first
 * (`1978-04-15` beside it), when the year-first reading is within two years of now. Undefined
 * when there is none.
 */
function yearFirstTwoDigit(
  columns: readonly DateColumn[],
  timeZone: string,
  now: Date,
): { text: string; iso: string } | undefined {
  const hint =
    writesYearFirst(timeZone) || columns.some((c) => c.values.some((v) => FULL_YEAR_FIRST.test(v.trim())));
  if (!hint) return undefined;
  const thisYear = now.getUTCFullYear();
  for (const c of columns)
    for (const v of c.values) {
      const m = TWO_DIGIT_YEAR.exec(v.trim());
      if (!m) continue;
      const [y, mo, d] = [2000 + Number(m[1]), Number(m[2]), Number(m[3])];
      if (Math.abs(y - thisYear) <= 2 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
        return { text: v.trim(), iso: `${y}-${m[2]!.padStart(2, '0')}-${m[3]}` };
    }
  return undefined;
}

const DAY_MS = 86_400_000;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const spoken = (t: number): string => {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/**
 * A schedule whose dates the region's order puts months in the past, and the other order ahead:
 * Excel set to US English at an Australian practice saves `2026-12-08` as `12/8/2026`, which
 * read day-first is 12 August, four months gone. Only dates that read both ways count, and
 * every one must say so: more than 60 days before `now` in `order`, within 60 days before to two
 * years after it the other way round. The first such date, both ways; undefined otherwise.
 */
function pastUnlessSwapped(
  values: readonly string[],
  order: DateOrder,
  now: Date,
): { text: string; read: string; other: string } | undefined {
  const today = now.getTime();
  let first: { text: string; read: string; other: string } | undefined;
  for (const v of values) {
    const t = v.trim();
    const m = NUMERIC.exec(t);
    if (!m) continue;
    const [a, b] = t.split(/[/-]/).map((x) => parseInt(x, 10)) as [number, number];
    if (a === b) continue;
    if (a > 12 || b > 12) return undefined;
    const year = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    const [day, month] = order === 'DMY' ? [a, b] : [b, a];
    const read = Date.UTC(year, month - 1, day);
    const other = Date.UTC(year, day - 1, month);
    if (read > today - 60 * DAY_MS || other < today - 60 * DAY_MS || other > today + 730 * DAY_MS)
      return undefined;
    first ??= { text: t, read: spoken(read), other: spoken(other) };
  }
  return first;
}

/** The past-unless-swapped hold on the start column read in `order`, settled as `why` says. */
function pastDoubt(
  start: DateColumn | undefined,
  order: DateOrder,
  why: string,
  now: Date,
): Doubt | undefined {
  const swapped = start && pastUnlessSwapped(start.values, order, now);
  if (!swapped) return undefined;
  return {
    kind: 'date-order',
    column: start.header,
    message: `read ${words(order)} ${why}, every appointment date lies months in the past ('${swapped.text}' is ${swapped.read}); read the other way round they are ahead (${swapped.other}): a spreadsheet set to another country's dates may have saved the file`,
    samples: [swapped.text],
    question: 'Are the dates in this export written day-first or month-first?',
  };
}

/**
 * The column proving `order` that the start column is written unlike (`14/03/1978` beside
 * `1/5/2027 9:30`), when the start (with `own`, the columns repeating its dates) proves nothing
 * itself and reads both ways: that proof does not settle it. Undefined when a proving column is
 * written like the start and pads its dates one way (a spreadsheet that rewrote some of a
 * column's dates leaves both ways in it).
 */
function proofApart(
  columns: readonly DateColumn[],
  target: DateColumn,
  own: readonly DateColumn[],
  order: DateOrder,
  /** Whether a column proves `order`: by its values unless said otherwise (a header stating it). */
  proves: (c: DateColumn) => boolean = (c) => c.values.some((v) => proofIn(v) === order),
): { column: string; style: DateStyle } | undefined {
  const startStyle = ambiguousSamples([target], 1).length ? dateStyle(target.values) : undefined;
  if (!startStyle) return undefined;
  let apart: { column: string; style: DateStyle } | undefined;
  for (const c of columns) {
    if (own.includes(c) || !proves(c)) continue;
    const style = dateStyle(c.values);
    if (!style) continue;
    if (!mixesPadding(style) && !stylesDiffer(style, startStyle)) return undefined;
    apart ??= { column: c.header, style };
  }
  return apart;
}

/** Whether the columns proving `order` besides the start's `own` are the birth dates alone. */
function onlyBirthDatesProve(
  columns: readonly DateColumn[],
  own: readonly DateColumn[],
  order: DateOrder,
  sent: readonly SentDateColumn[] = [],
): boolean {
  const births = new Set(sent.filter((c) => c.what === 'birth dates').map((c) => c.header));
  const proving = columns.filter((c) => !own.includes(c) && c.values.some((v) => proofIn(v) === order));
  return proving.length > 0 && proving.every((c) => births.has(c.header));
}

/** The hold for dates (`what`: the appointment dates, the birth dates) of column `target` that
 *  another column's proof does not settle. */
function apartDoubt(p: {
  target: DateColumn;
  what: string;
  check: 'start-date-style' | 'sent-date-style';
  apart: { column: string; style: DateStyle };
  order: DateOrder;
  proof: string;
  region: DateOrder | undefined;
  timeZone: string;
}): Doubt {
  const sample = ambiguousSamples([p.target], 1)[0]!;
  const { column, style } = p.apart;
  const other: DateOrder = p.order === 'DMY' ? 'MDY' : 'DMY';
  const why = mixesPadding(style)
    ? `column '${column}' writes some dates with a zero ('${style.padded}') and some without ('${style.unpadded}'), as a spreadsheet leaves a column when it rewrote the dates it could read ${words(other)} and kept the rest as they were: '${p.target.header}' ('${sample}') proves no order itself and may be ${words(other)} while '${column}' is ${words(p.order)}`
    : `only column '${column}' proves the order (${words(p.order)}: '${p.proof}'), and '${p.target.header}' is written otherwise ('${sample}') and proves nothing itself; ${p.region ? `${p.timeZone}'s region writes ${words(p.region)}` : 'nothing else tells its order'}`;
  return {
    kind: 'date-order',
    check: p.check,
    column: p.target.header,
    message: why,
    samples: [sample, p.proof],
    question: `Are the ${p.what} ('${sample}') ${words(p.order)} like '${p.proof}'? If the file was opened and saved in a spreadsheet, export it again and put it in the folder unopened; confirm the mapping only if they are`,
  };
}

/** A date column sent besides the start (the birth dates), with the words for its dates. */
export interface SentDateColumn {
  header: string;
  /** `birth dates`, `end dates`: how the question names them. */
  what: string;
}

/**
 * The hold for a sent date column besides the start's (the birth dates) that proves no order
 * itself, reads both ways, and is written unlike every column proving `proven`: `23/03/2027`
 * proves how its program writes slashed dates, not how `4/7/58` beside it was written. Read as the
 * file would be read without proof (earlier exports' order, else the region's) when that is the
 * same order; held otherwise, the region's order being as much a guess as the proof's.
 */
function sentApart(input: {
  columns: readonly DateColumn[];
  sentColumns?: readonly SentDateColumn[];
  memory?: { order: DateOrder };
  timeZone: string;
  locale?: string;
  proven: DateOrder;
  proof: string;
  /** The order is stated by a header (`Appt Date (DD/MM/YYYY)`), for its own column's dates. */
  byHeader?: boolean;
}): Doubt | undefined {
  const region = regionDateOrder(input.timeZone, input.locale);
  for (const sent of input.sentColumns ?? []) {
    const target = input.columns.find((c) => c.header === sent.header);
    // A column that proves its order itself, or whose header states it, needs no other proof.
    if (!target || target.stated || statedDateOrder(target.header)) continue;
    if (target.values.some((v) => proofIn(v))) continue;
    const stating = (c: DateColumn): boolean => (c.stated ?? statedDateOrder(c.header)) === input.proven;
    const apart = input.byHeader
      ? proofApart(input.columns, target, [target], input.proven, stating)
      : proofApart(input.columns, target, [target], input.proven);
    if (!apart) continue;
    if (!mixesPadding(apart.style) && (input.memory?.order ?? region) === input.proven) continue;
    return apartDoubt({
      target,
      what: sent.what,
      check: 'sent-date-style',
      apart,
      order: input.proven,
      proof: input.proof,
      region,
      timeZone: input.timeZone,
    });
  }
  return undefined;
}

type DecideInput = Parameters<typeof decideFromColumns>[0];

/**
 * The order, where a report's print stamp is the only proof (`Printed 25/03/2027 08:15` under rows
 * that all read both ways) only confirming: a report template formats its stamp as its designer set
 * it (a UK-made template's `dd/MM/yyyy` stamp over a US practice's month-first rows, an SSRS stamp
 * in the report's language over rows a query wrote as text), so a stamp proves how the stamp is
 * written, not the rows. Agreeing with the order the file is otherwise read in (a person's, earlier
 * exports', the header's or the region's), it changes nothing; disagreeing, the file is held, where
 * it had gone the stamp's way. With other proof in the file the stamp is proof among the rest (both
 * orders proved hold the file).
 */
export function decideDateOrder(input: DecideInput): DateOrderDecision {
  const stamp = input.columns.find((c) => c.header === STAMP_LINES);
  if (!stamp) return decideFromColumns(input);
  const rest = input.columns.filter((c) => c !== stamp);
  const others = collectEvidence(rest);
  const stamped = collectEvidence([stamp]);
  const stampOrder = stamped.DMY && !stamped.MDY ? 'DMY' : stamped.MDY && !stamped.DMY ? 'MDY' : undefined;
  if (others.DMY || others.MDY || !stampOrder) return decideFromColumns(input);
  const without = decideFromColumns({ ...input, columns: rest });
  if (without.doubt || without.order === stampOrder || ambiguousSamples(rest).length === 0) return without;
  const value = stamped[stampOrder]!.value;
  const sample = ambiguousSamples(rest, 1)[0]!;
  return {
    ...without,
    doubt: {
      kind: 'date-order',
      message: `only the report's print stamp ('${value}') proves an order, ${words(stampOrder)}, while the file is otherwise read ${words(without.order)} (${without.evidence ?? 'the region'}); a report's template may write its stamp otherwise than its rows, and nothing in the rows tells whether '${sample}' is day-first or month-first`,
      samples: [sample, value],
      question: 'Are the dates in this export written day-first or month-first?',
    },
  };
}

function decideFromColumns(input: {
  columns: readonly DateColumn[];
  /** Set by a person in the profile (`dateOrder: 'DMY'`). */
  profileOrder?: DateOrder;
  /** Settled by this practice's earlier exports, or confirmed by a person. */
  memory?: { order: DateOrder; source: 'data' | 'person' };
  timeZone: string;
  locale?: string;
  /** Today, for the check of two-digit years written year first, and of starts in the past. */
  now?: Date;
  /** The column of the appointments' start dates, among `columns`. */
  startColumn?: string;
  /** Date columns left out of `columns` as written otherwise (other-date-columns.ts): named when
   *  the file is held for proving no order. */
  unlike?: readonly string[];
  /** Headers in a language written day-first (`Fecha`, `Hora`: map/day-first-headers.ts). */
  dayFirstHeaders?: readonly string[];
  /** The file's values are separated by semicolons, and no time is written with AM/PM (or an
   *  amount has a decimal comma): a spreadsheet in a locale of decimal commas, whose dates are
   *  day-first, may have saved it (semicolon-locale.ts). */
  semicolons?: boolean;
  /** Date columns sent besides the start's (the birth dates), among `columns`: the order must be
   *  proved for dates written like theirs. */
  sentColumns?: readonly SentDateColumn[];
}): DateOrderDecision {
  const ev = collectEvidence(input.columns);
  const samples = ambiguousSamples(input.columns);
  const question = 'Are the dates in this export written day-first or month-first?';
  // Asked unless a person already set the order (then the two-digit dates are theirs to read).
  const yearFirst =
    input.profileOrder || input.memory?.source === 'person'
      ? undefined
      : yearFirstTwoDigit(input.columns, input.timeZone, input.now ?? new Date());
  if (yearFirst) {
    const proven = ev.DMY ? 'DMY' : ev.MDY ? 'MDY' : undefined;
    return {
      order: proven ?? input.memory?.order ?? regionDateOrder(input.timeZone, input.locale) ?? 'DMY',
      source: proven ? 'data' : 'region',
      doubt: {
        kind: 'date-order',
        message: `dates are written with a two-digit year ('${yearFirst.text}'), which may be year first (${yearFirst.iso}, as ${writesYearFirst(input.timeZone) ? `dates are written in ${input.timeZone}'s region` : "this file's four-digit dates are"}); read day- or month-first it is another day of another year`,
        samples: [yearFirst.text],
        question:
          'Can the export write four-digit years (2027-03-25)? Confirm a day/month order only if the dates really are day- or month-first',
      },
    };
  }
  if (ev.DMY && ev.MDY) {
    return {
      order: input.profileOrder ?? input.memory?.order ?? 'MDY',
      source: 'data',
      doubt: {
        kind: 'date-order',
        message: `the dates read both ways: '${ev.DMY.value}' (column '${ev.DMY.column}') can only be day-first, '${ev.MDY.value}' (column '${ev.MDY.column}') only month-first`,
        samples: [ev.DMY.value, ev.MDY.value],
        question,
      },
    };
  }
  const proven = ev.DMY ? 'DMY' : ev.MDY ? 'MDY' : undefined;
  // A person's order is their answer: the checks below are what they answered.
  const personal = input.profileOrder !== undefined || input.memory?.source === 'person';
  const stated = personal ? {} : statedOrders(input.columns, proven);
  const statedDoubt = (message: string, samples: string[]): Doubt => ({
    kind: 'date-order',
    check: 'stated-date-order',
    message,
    samples,
    question,
  });
  if (stated.DMY && stated.MDY)
    return {
      order: proven ?? regionDateOrder(input.timeZone, input.locale) ?? 'MDY',
      source: proven ? 'data' : 'region',
      doubt: statedDoubt(
        `the headers state both orders: '${stated.DMY}' ${words('DMY')}, '${stated.MDY}' ${words('MDY')}`,
        [stated.DMY, stated.MDY],
      ),
    };
  const statedOrder: DateOrder | undefined = stated.DMY ? 'DMY' : stated.MDY ? 'MDY' : undefined;
  if (statedOrder && proven && proven !== statedOrder) {
    const e = ev[proven]!;
    return {
      order: proven,
      source: 'data',
      evidence: `'${e.value}' in column '${e.column}'`,
      doubt: statedDoubt(
        `the header '${stated[statedOrder]}' states ${words(statedOrder)}, but '${e.value}' in column '${e.column}' can only be ${words(proven)}`,
        [e.value],
      ),
    };
  }
  const settled = input.profileOrder
    ? { order: input.profileOrder, why: 'the order set in the mapping' }
    : input.memory
      ? {
          order: input.memory.order,
          why:
            input.memory.source === 'person'
              ? 'the order confirmed for this practice'
              : "this practice's earlier exports",
        }
      : undefined;
  const now = input.now ?? new Date();
  const start = input.columns.find((c) => c.header === input.startColumn);
  const own = start ? input.columns.filter((c) => c === start || c.of === start.header) : [];
  if (proven) {
    const e = ev[proven]!;
    const evidence = `'${e.value}' in column '${e.column}'`;
    if (settled && settled.order !== proven)
      return {
        order: settled.order,
        source: 'data',
        evidence,
        doubt: {
          kind: 'date-order',
          column: e.column,
          message: `this file's dates are ${words(proven)} (${evidence}), but ${settled.why} are ${words(settled.order)}`,
          samples: [e.value],
          question,
        },
      };
    const decided: DateOrderDecision = { order: proven, source: 'data', evidence };
    if (personal) return decided;
    // Birth dates (and other sent dates) written unlike every column proving the order.
    const sentDoubt = sentApart({ ...input, proven, proof: e.value });
    if (sentDoubt) return { ...decided, doubt: sentDoubt };
    if (own.some((c) => c.values.some((v) => proofIn(v)))) return decided;
    const past = pastDoubt(start, proven, `as column '${e.column}' is ('${e.value}')`, now);
    if (past) return { ...decided, doubt: past };
    const apart = start && proofApart(input.columns, start, own, proven);
    // Unproven, the start column is settled as a file without proof is: by the order earlier
    // exports settled (the same as the proof's here), else the region.
    const region = regionDateOrder(input.timeZone, input.locale);
    if (!apart) {
      // Proved only by the birth dates, written alike (`29/08/1963` beside visits `04/03/2027`),
      // against the region with nothing remembered: the patient's record may keep its birth
      // dates in another order than the schedule writes its visits (red team 59r1), and the
      // region says the other. A date of the appointment's own record (`Date Booked`
      // 15/02/2027) is written by the schedule itself, and proves its visits. So do headers in a
      // day-first language (`Data di nascita`, `Geboortedatum`) with day-first birth dates: the
      // program is set to its language, whose order the birth dates show, and nothing says the
      // region's; a person reading it would be sure too.
      const languageAgrees = proven === 'DMY' && !!input.dayFirstHeaders?.length;
      const alike =
        start &&
        !input.memory &&
        region &&
        region !== proven &&
        !languageAgrees &&
        onlyBirthDatesProve(input.columns, own, proven, input.sentColumns) &&
        ambiguousSamples([start], 1)[0];
      if (!alike) return decided;
      return {
        ...decided,
        doubt: {
          kind: 'date-order',
          check: 'start-date-style',
          column: start.header,
          message: `only column '${e.column}' proves the order (${words(proven)}: '${e.value}'); '${start.header}' ('${alike}') proves nothing itself, and ${input.timeZone}'s region writes ${words(region)}`,
          samples: [alike, e.value],
          question: `Are the appointment dates ('${alike}') ${words(proven)} like '${e.value}'?`,
        },
      };
    }
    if (!mixesPadding(apart.style) && (input.memory?.order ?? region) === proven) return decided;
    const doubt = apartDoubt({
      target: start,
      what: 'appointment dates',
      check: 'start-date-style',
      apart,
      order: proven,
      proof: e.value,
      region,
      timeZone: input.timeZone,
    });
    return { ...decided, doubt };
  }
  if (input.profileOrder) return { order: input.profileOrder, source: 'setting', evidence: settled!.why };
  if (statedOrder) {
    const header = stated[statedOrder]!;
    const decided = { order: statedOrder, source: 'header' as const, evidence: `'${header}'` };
    if (settled && settled.order !== statedOrder)
      return {
        ...decided,
        doubt: statedDoubt(
          `the header '${header}' states ${words(statedOrder)}, but ${settled.why} are ${words(settled.order)}`,
          [header],
        ),
      };
    const sentDoubt = sentApart({ ...input, proven: statedOrder, proof: header, byHeader: true });
    if (sentDoubt) return { ...decided, doubt: sentDoubt };
    const past = pastDoubt(start, statedOrder, `as the header '${header}' states`, now);
    return past ? { ...decided, doubt: past } : decided;
  }
  if (input.memory) {
    const decided = { order: input.memory.order, source: 'memory' as const, evidence: settled!.why };
    const past =
      !personal && pastDoubt(start, input.memory.order, "as this practice's earlier exports were", now);
    return past ? { ...decided, doubt: past } : decided;
  }
  const region = regionDateOrder(input.timeZone, input.locale);
  if (region) {
    const decided = {
      order: region,
      source: 'region' as const,
      evidence: `the practice's time zone ${input.timeZone}`,
    };
    // Headers in a day-first language, or dates written with dots (`04.03.2027`, a style written
    // day-first wherever it is used) in another column: the program may write the day-first order
    // its dotted dates show, or the region's, in the dates that read both ways.
    const language = region === 'MDY' && samples.length ? input.dayFirstHeaders : undefined;
    const dotted = region === 'MDY' && samples.length ? dottedColumns(input.columns) : [];
    const semicolons = region === 'MDY' && samples.length > 0 && input.semicolons === true;
    if (language || dotted.length || semicolons)
      return {
        ...decided,
        doubt: {
          kind: 'date-order',
          message: `${
            language
              ? `the headers are in a language whose dates are written day-first (${language.map((h) => `'${h}'`).join(', ')})`
              : semicolons && !dotted.length
                ? `the values are separated by semicolons, as a spreadsheet saves a file in a locale that writes decimal commas and day-first dates`
                : `the file writes dates day-first with dots (${dotted.map((c) => `'${c.value}' in column '${c.header}'`).join(', ')})`
          }, while ${input.timeZone}'s region writes month-first, and nothing in the file tells whether '${samples[0]}' is day-first or month-first`,
          samples,
          question,
        },
      };
    const past = pastDoubt(start, region, `as in ${input.timeZone}'s region`, now);
    return past ? { ...decided, doubt: past } : decided;
  }
  if (samples.length === 0) return { order: 'MDY', source: 'region' };
  // The value with its column, so the person asked knows where to look.
  const column = input.columns.find((c) => c.values.some((v) => v.trim() === samples[0]));
  const sample = `'${samples[0]}'${column ? ` (column '${column.header}')` : ''}`;
  const looked = lookedAt(input.columns, input.unlike ?? []);
  const where = looked ? ` (${looked})` : '';
  return {
    order: 'MDY',
    source: 'region',
    doubt: {
      kind: 'date-order',
      message: writesBothOrders(input.timeZone)
        ? `${input.timeZone}'s region writes dates both day-first and month-first, and nothing in the file${where} tells whether ${sample} is day-first or month-first`
        : `nothing in the file${where} or the practice's time zone (${input.timeZone}) tells whether ${sample} is day-first or month-first`,
      samples,
      question,
    },
  };
}

/** Columns that write a date with dots (`04.03.2027`, `4.3.27`), each with its first such value.
 *  Not a column whose dots are month-first (`12.25.1980`: 25 is no month), as some US programs
 *  write them: it shows the region's order, not a day-first program. */
function dottedColumns(columns: readonly DateColumn[]): Array<{ header: string; value: string }> {
  const out: Array<{ header: string; value: string }> = [];
  for (const c of columns) {
    const dotted = c.values
      .map((v) => /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?!\d)/.exec(v.trim()))
      .filter((m) => m !== null);
    if (dotted.some((m) => +m[1]! <= 12 && +m[2]! > 12)) continue;
    if (dotted.length) out.push({ header: c.header, value: dotted[0]![0] });
  }
  return out;
}

/** How the order was settled, for `detect` and `convert`: "MDY (from the data: '12/28/2026' in
 *  column 'Visit Date')". */
export function describeDateOrder(
  d: Pick<DateOrderDecision, 'order' | 'source' | 'evidence' | 'doubt'>,
): string {
  const why: Record<DateOrderSource, string> = {
    data: `from the data: ${d.evidence ?? ''}`,
    setting: 'set in the mapping',
    header: `as the header states: ${d.evidence ?? ''}`,
    memory: d.evidence ?? "this practice's earlier exports",
    region: d.evidence
      ? `from ${d.evidence}`
      : d.doubt
        ? 'not settled: the file is held to ask'
        : 'no numeric dates to settle',
  };
  return `${d.order} (${why[d.source]})`;
}
