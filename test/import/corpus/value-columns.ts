// Which column of a corpus table holds which value, found from the layout's hand-written
// expectations (never from the importer): a column (a field, or an XML or web page's cell of one
// name or place in each record: value-markup.ts) is the start date when, on every expected
// appointment row, its cell reads as that row's expected date in one form; the birth date, the
// clock time, a name, an id and the status likewise. A column that does not agree on every row
// has no role, and the value variations leave it alone.
import type { ExpectedAppointment } from './expected.ts';
import {
  readDate,
  readDateTime,
  readTime,
  sameYmd,
  writeTime,
  ymdOf,
  type DateForm,
  type Ymd,
} from './value-codec.ts';
import type { ValueTable } from './value-rewrite.ts';

export type NameForm = 'first last' | 'last, first';

export interface ValueColumns {
  /** Date columns (the start's, the birth date's) and the one form each writes. */
  dates: Array<{ col: number; form: DateForm; of: 'start' | 'dob' }>;
  /** Date and time in one cell (`2027-03-01 09:00`). */
  dateTimes: Array<{ col: number; form: DateForm }>;
  times: number[];
  lastNames: number[];
  firstNames: number[];
  fullNames: Array<{ col: number; form: NameForm }>;
  /** Digit-only id columns and which expected id each is. */
  ids: Array<{ col: number; of: 'appointmentId' | 'patientId' }>;
}

/** A row's expected start date or birth date. */
export const expectedDate = (e: ExpectedAppointment, of: 'start' | 'dob'): Ymd =>
  ymdOf(of === 'dob' ? e.dob : e.local.slice(0, 10));

/** The one form in which every row's cell reads as its expected value, if there is one. */
function commonForm<T extends { form: DateForm }>(
  rows: Array<{ e: ExpectedAppointment; cells: string[] }>,
  col: number,
  read: (v: string) => T[],
  fits: (x: T, e: ExpectedAppointment) => boolean,
): DateForm | undefined {
  let forms: Set<DateForm> | undefined;
  for (const { e, cells } of rows) {
    const here = new Set(
      read(cells[col]!)
        .filter((x) => fits(x, e))
        .map((x) => x.form),
    );
    forms = forms ? new Set([...forms].filter((f) => here.has(f))) : here;
    if (forms.size === 0) return undefined;
  }
  // Both numeric orders fit only when no row tells them apart: the order is then unknown.
  return forms?.size === 1 ? [...forms][0] : undefined;
}

export function findValueColumns(table: ValueTable): ValueColumns {
  const { rows } = table;
  const found: ValueColumns = {
    dates: [],
    dateTimes: [],
    times: [],
    lastNames: [],
    firstNames: [],
    fullNames: [],
    ids: [],
  };
  if (rows.length < 2) return found;
  const every = (col: number, ok: (v: string, e: ExpectedAppointment) => boolean): boolean =>
    rows.every(({ e, cells }) => ok(cells[col]!, e));
  const clock = (local: string): string => local.slice(11, 16);
  for (let col = 0; col < table.width; col++) {
    const start = commonForm(rows, col, readDate, (x, e) => sameYmd(x.ymd, expectedDate(e, 'start')));
    const dob = commonForm(rows, col, readDate, (x, e) => sameYmd(x.ymd, expectedDate(e, 'dob')));
    const dt = commonForm(
      rows,
      col,
      readDateTime,
      (x, e) => sameYmd(x.ymd, expectedDate(e, 'start')) && writeTime(x.hm, '24h') === clock(e.local),
    );
    // A date-time first: its midnight also reads as a date (`2027-03-08T00:00:00`).
    if (dt) found.dateTimes.push({ col, form: dt });
    else if (start) found.dates.push({ col, form: start, of: 'start' });
    else if (dob) found.dates.push({ col, form: dob, of: 'dob' });
    else if (
      every(col, (v, e) => {
        const x = readTime(v);
        return !!x && writeTime(x, '24h') === clock(e.local);
      })
    )
      found.times.push(col);
    else if (every(col, (v, e) => v === e.lastName)) found.lastNames.push(col);
    else if (every(col, (v, e) => v === e.firstName)) found.firstNames.push(col);
    else if (every(col, (v, e) => v === `${e.firstName} ${e.lastName}`))
      found.fullNames.push({ col, form: 'first last' });
    else if (every(col, (v, e) => v === `${e.lastName}, ${e.firstName}`))
      found.fullNames.push({ col, form: 'last, first' });
    else if (every(col, (v, e) => /^\d+$/.test(v) && v === e.appointmentId))
      found.ids.push({ col, of: 'appointmentId' });
    else if (every(col, (v, e) => /^\d+$/.test(v) && v === e.patientId))
      found.ids.push({ col, of: 'patientId' });
  }
  return found;
}
