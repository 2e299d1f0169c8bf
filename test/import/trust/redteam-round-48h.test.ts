// Red-team probes, round 48h: the rules merged this stop about time, dates, notes and web and
// Excel formats, pushed to send something wrong. The marked-UTC answer's remembered hours (an
// answer given on one row, a later file whose hours overlap the answered ones only partly,
// clock changes, a Sydney day across UTC midnight); the year's width in "written alike" (mixed
// padding in one column, a part re-saved by Excel); a note answered cancelled that later stands
// beside a status saying the patient came, or is written with other spacing, case or date; web
// pages' icons, row classes, struck cells and tick boxes; Excel formulas calculated and struck.
// Every right outcome was worked out by hand before the probe ran. New York is UTC-5 in January
// and UTC-4 from 14 March 2027, Berlin UTC+1 then UTC+2 from 28 March, Sydney UTC+11 until
// 4 April 2027. `sends`: must go with no question; a probe whose file may be asked checks only what
// is sent when it is not held (collect returns the rows of a held file too).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { headerRow, struckStyles, writeBook, xRow } from '../read/xlsx-appointment-rows.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-48h');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const isoStarts = (r: Result): string[] => r.appointments.map((a) => a.start.toISOString());
const who = (r: Result): string[] => r.appointments.map((a) => `${a.patient.lastName}:${a.status}`);
const NAMES = ['Ortega, Marisol', 'Osei, Kevin', 'Feldman, Ruth', 'Baptiste, Tyrone', 'Kaur, Simran'];
const NY = { timeZone: 'America/New_York' };
const DE = { timeZone: 'Europe/Berlin' };
const AU = { timeZone: 'Australia/Sydney' };
const LA = { timeZone: 'America/Los_Angeles' };

function sends(r: Result, right: string[]): void {
  expect(r.summary.doubts).toEqual([]);
  expect(isoStarts(r)).toEqual(right);
}

// 1. The marked-UTC answer's hours ----------------------------------------------------------------

function utcList(starts: string[]): { file: string; headers: string[] } {
  const headers = ['appointment_id', 'patient', 'date_of_birth', 'start', 'status'];
  const file = files.write([
    headers.join(','),
    ...starts.map((t, i) => `${71500 + i},"${NAMES[i % NAMES.length]}",19${60 + i}-06-14,${t},scheduled`),
  ]);
  return { file, headers };
}
const utcProfile = (headers: string[], kept: Record<string, unknown>): string =>
  confirmedProfile(
    files,
    {
      appointmentId: 'appointment_id',
      patientName: 'patient',
      dob: 'date_of_birth',
      dateTime: 'start',
      status: 'status',
    },
    headers,
    { markedUtc: { column: 'start', ...kept } },
  );
/** An answer given on a day of 08:00Z to 17:00Z (480 to 1020 minutes as written). */
const DAY = { marks: ['Z'], from: 480, to: 1020 };

describe('1. the marked-UTC answer around its hours', () => {
  it('answered on one row (09:00Z), a later file of 14:00Z to 21:00Z: as UTC 9:00 to 16:00 in New York, held', async () => {
    const { file, headers } = utcList([
      '2027-01-19T14:00:00Z',
      '2027-01-19T16:00:00Z',
      '2027-01-19T21:00:00Z',
    ]);
    const r = await collect(file, {
      ...NY,
      profile: utcProfile(headers, { marks: ['Z'], from: 540, to: 540 }),
    });
    // Read as written these go 14:00 to 21:00 New York (19:00Z to 02:00Z): never without asking.
    expect(held(r)).toBe(true);
  });
  it('answered on one row (09:00Z), the same hour again (09:00Z, 09:30Z) goes as the practice clock', async () => {
    const { file, headers } = utcList(['2027-01-19T09:00:00Z', '2027-01-19T09:30:00Z']);
    const r = await collect(file, {
      ...NY,
      profile: utcProfile(headers, { marks: ['Z'], from: 540, to: 540 }),
    });
    sends(r, ['2027-01-19T14:00:00.000Z', '2027-01-19T14:30:00.000Z']);
  });
  it('partly overlapping hours, January: 12:00Z to 19:00Z is 7:00 to 14:00 as UTC, past 18:00 as written: held', async () => {
    const { file, headers } = utcList([
      '2027-01-19T12:00:00Z',
      '2027-01-19T15:00:00Z',
      '2027-01-19T19:00:00Z',
    ]);
    const r = await collect(file, { ...NY, profile: utcProfile(headers, DAY) });
    expect(held(r)).toBe(true);
  });
  it('partly overlapping hours, July (EDT): 11:00Z to 19:30Z is 7:00 to 15:30 as UTC: held', async () => {
    const { file, headers } = utcList([
      '2027-07-13T11:00:00Z',
      '2027-07-13T14:00:00Z',
      '2027-07-13T19:30:00Z',
    ]);
    const r = await collect(file, { ...NY, profile: utcProfile(headers, DAY) });
    expect(held(r)).toBe(true);
  });
  it('an early slot whose UTC is night (07:30Z is 2:30 in New York) beside an evening one goes as written', async () => {
    const { file, headers } = utcList([
      '2027-01-19T07:30:00Z',
      '2027-01-19T12:00:00Z',
      '2027-01-19T18:30:00Z',
    ]);
    const r = await collect(file, { ...NY, profile: utcProfile(headers, DAY) });
    sends(r, ['2027-01-19T12:30:00.000Z', '2027-01-19T17:00:00.000Z', '2027-01-19T23:30:00.000Z']);
  });
  it('Sydney: a day of 8:00 to 16:00 written as true UTC crosses UTC midnight (21:00Z to 05:00Z): held', async () => {
    const { file, headers } = utcList([
      '2027-01-18T21:00:00Z',
      '2027-01-18T23:00:00Z',
      '2027-01-19T02:00:00Z',
      '2027-01-19T05:00:00Z',
    ]);
    const r = await collect(file, { ...AU, profile: utcProfile(headers, DAY) });
    expect(held(r)).toBe(true);
  });
  it('Sydney: the answered hours again (08:00Z to 16:00Z) go as the practice clock, the day before in UTC', async () => {
    const { file, headers } = utcList(['2027-01-19T08:00:00Z', '2027-01-19T16:00:00Z']);
    const r = await collect(file, { ...AU, profile: utcProfile(headers, DAY) });
    // 8:00 AEDT (UTC+11) on 19 January is 21:00Z on the 18th.
    sends(r, ['2027-01-18T21:00:00.000Z', '2027-01-19T05:00:00.000Z']);
  });
  it('Berlin, answered in January, true UTC in July (06:00Z to 15:00Z, 8:00 to 17:00 CEST): held', async () => {
    const { file, headers } = utcList([
      '2027-07-13T06:00:00Z',
      '2027-07-13T10:00:00Z',
      '2027-07-13T15:00:00Z',
    ]);
    const r = await collect(file, { ...DE, profile: utcProfile(headers, DAY) });
    expect(held(r)).toBe(true);
  });
  it('New York fall-back day (7 November): 13:00Z to 21:00Z is 8:00 to 16:00 EST as UTC: held', async () => {
    const { file, headers } = utcList(['2027-11-08T13:00:00Z', '2027-11-08T21:00:00Z']);
    const r = await collect(file, { ...NY, profile: utcProfile(headers, DAY) });
    expect(held(r)).toBe(true);
  });
  it('a later file of one row, 22:30Z (17:30 as UTC, 22:30 at night as written): held', async () => {
    const { file, headers } = utcList(['2027-01-19T22:30:00Z']);
    const r = await collect(file, { ...NY, profile: utcProfile(headers, DAY) });
    expect(held(r)).toBe(true);
  });
  it('the same hours, some rows marked Z and some +00:00: held (the writer changed mid-file)', async () => {
    const { file, headers } = utcList(['2027-01-19T08:00:00Z', '2027-01-19T12:00:00+00:00']);
    const r = await collect(file, { ...NY, profile: utcProfile(headers, DAY) });
    expect(held(r)).toBe(true);
  });
  it('a later file inside the answered hours goes as the practice clock (09:00Z, 16:30Z)', async () => {
    const { file, headers } = utcList(['2027-01-19T09:00:00Z', '2027-01-19T16:30:00Z']);
    const r = await collect(file, { ...NY, profile: utcProfile(headers, DAY) });
    sends(r, ['2027-01-19T14:00:00.000Z', '2027-01-19T21:30:00.000Z']);
  });
});

// 2. Year width in "written alike" ----------------------------------------------------------------

/** Rows of [visit date, birth date] under `Appt ID,Appt Date,Appt Time,Patient,DOB,Status`. */
const dated = (rows: Array<[string, string]>): string =>
  files.write([
    'Appt ID,Appt Date,Appt Time,Patient,DOB,Provider,Status',
    ...rows.map(
      ([d, dob], i) => `${80300 + i},${d},09:${10 + i},"${NAMES[i % NAMES.length]}",${dob},Dr. Lee,Confirmed`,
    ),
  ]);
const dobs = (r: Result): string[] => r.appointments.map((a) => a.patient.dob);

describe('2. year width in written alike', () => {
  it('Berlin: padded visits 03/16/27 prove month-first, padded 04/05/1961 beside them is 5 April', async () => {
    const r = await collect(
      dated([
        ['03/16/27', '04/05/1961'],
        ['03/17/27', '11/02/1958'],
      ]),
      DE,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(dobs(r)).toEqual(['1961-04-05', '1958-11-02']);
  });
  it('Berlin: a birth column padded on one row and not on another (04/05/1961, 4/7/1958): never read day-first', async () => {
    const r = await collect(
      dated([
        ['03/16/27', '04/05/1961'],
        ['03/17/27', '4/7/1958'],
      ]),
      DE,
    );
    if (!held(r)) expect(dobs(r)).toEqual(['1961-04-05', '1958-04-07']);
  });
  it('Berlin: visits re-saved by Excel on some rows (03/16/2027 then 3/17/27): birth dates never read day-first', async () => {
    const r = await collect(
      dated([
        ['03/16/2027', '04/05/1961'],
        ['3/17/27', '06/02/1958'],
      ]),
      DE,
    );
    if (!held(r)) expect(dobs(r)).toEqual(['1961-04-05', '1958-06-02']);
  });
  it('Berlin: birth dates with dashes (04-05-1961) beside 03/16/27: never 4 May without asking', async () => {
    const r = await collect(
      dated([
        ['03/16/27', '04-05-1961'],
        ['03/17/27', '06-02-1958'],
      ]),
      DE,
    );
    if (!held(r)) expect(dobs(r)).toEqual(['1961-04-05', '1958-06-02']);
  });
  it('New York: day-first visits (25/03/27) beside padded 04/05/1961: never 5 April', async () => {
    const r = await collect(
      dated([
        ['25/03/27', '04/05/1961'],
        ['26/03/27', '06/02/1958'],
      ]),
      NY,
    );
    if (!held(r)) expect(dobs(r)).toEqual(['1961-05-04', '1958-02-06']);
  });
  it('Berlin: two-digit birth years (04/05/61) beside 03/16/2027: never read day-first', async () => {
    const r = await collect(
      dated([
        ['03/16/2027', '04/05/61'],
        ['03/17/2027', '06/02/58'],
      ]),
      DE,
    );
    if (!held(r)) expect(dobs(r)).toEqual(['1961-04-05', '1958-06-02']);
  });
  it('Berlin: a birth column mixing 1961 and 61 (part re-saved): never read day-first', async () => {
    const r = await collect(
      dated([
        ['03/16/27', '04/05/1961'],
        ['03/17/27', '06/02/58'],
      ]),
      DE,
    );
    if (!held(r)) expect(dobs(r)).toEqual(['1961-04-05', '1958-06-02']);
  });
});

// 3. Notes answered cancelled ---------------------------------------------------------------------

const TOM = 'CANCELLED - pt called 3/15';
/** A list with a status and a note: rows of [status, note]. */
function noted(rows: Array<[string, string]>, noteHeader = 'Notes'): { file: string; headers: string[] } {
  const headers = ['Appt ID', 'Date', 'Time', 'Patient', 'DOB', 'Status', noteHeader];
  const file = files.write([
    headers.join(','),
    ...rows.map(
      ([s, n], i) =>
        `${90100 + i},03/16/2027,${9 + i}:00 AM,"${NAMES[i % NAMES.length]}",4/9/196${i},${s},"${n}"`,
    ),
  ]);
  return { file, headers };
}
const noteProfile = (headers: string[], noteStatus: Record<string, unknown>, noteHeader = 'Notes'): string =>
  confirmedProfile(
    files,
    {
      appointmentId: 'Appt ID',
      date: 'Date',
      time: 'Time',
      patientName: 'Patient',
      dob: 'DOB',
      status: 'Status',
      note: noteHeader,
    },
    headers,
    { noteStatus: [noteStatus] },
  );
const ANSWERED = { column: 'Notes', cancel: [TOM] };
const statusOf = (r: Result, last: string): string | undefined =>
  r.appointments.find((a) => a.patient.lastName === last)?.status;

describe('3. a note answered cancelled', () => {
  it('the answered text beside Scheduled cancels (the answer as given)', async () => {
    const { file, headers } = noted([
      ['Scheduled', ''],
      ['Scheduled', TOM],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, ANSWERED) });
    expect(r.summary.doubts).toEqual([]);
    expect(who(r)).toEqual(['Ortega:NEW', 'Osei:CANCEL']);
  });
  it('other spacing and case of the answered text cancels too', async () => {
    const { file, headers } = noted([
      ['Scheduled', ''],
      ['Scheduled', '  cancelled  -  PT CALLED 3/15 '],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, ANSWERED) });
    expect(who(r)).toEqual(['Ortega:NEW', 'Osei:CANCEL']);
  });
  it('beside Arrived, the patient came: never sent cancelled (held or a row error)', async () => {
    const { file, headers } = noted([
      ['Scheduled', ''],
      ['Arrived', TOM],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, ANSWERED) });
    expect(statusOf(r, 'Osei')).not.toBe('CANCEL');
    if (!held(r)) expect(statusOf(r, 'Osei')).toBeUndefined();
  });
  it('beside Checked Out: never sent cancelled', async () => {
    const { file, headers } = noted([
      ['Checked Out', TOM],
      ['Scheduled', ''],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, ANSWERED) });
    expect(statusOf(r, 'Ortega')).not.toBe('CANCEL');
  });
  it('beside Seen, answered not an appointment: never skipped in silence nor sent booked', async () => {
    const { file, headers } = noted([
      ['Seen', TOM],
      ['Scheduled', ''],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, { column: 'Notes', skip: [TOM] }) });
    if (!held(r)) {
      expect(r.skipped.map((s) => s.line)).not.toContain(2);
      expect(statusOf(r, 'Ortega')).toBeUndefined();
    }
  });
  it('beside No Show: never sent cancelled in silence (a row error)', async () => {
    const { file, headers } = noted([
      ['No Show', TOM],
      ['Scheduled', ''],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, ANSWERED) });
    expect(statusOf(r, 'Ortega')).toBeUndefined();
    expect(r.errors[0]!.message).toContain(
      "the note 'CANCELLED - pt called 3/15' in 'Notes' was answered as cancelled",
    );
  });
  it('beside an empty status the answered text cancels, as answered', async () => {
    const { file, headers } = noted([
      ['', TOM],
      ['Scheduled', ''],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, ANSWERED) });
    if (!held(r)) expect(who(r)).toEqual(['Ortega:CANCEL', 'Osei:NEW']);
  });
  it('beside Cancelled the row is cancelled as its status says', async () => {
    const { file, headers } = noted([
      ['Cancelled', TOM],
      ['Scheduled', ''],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, ANSWERED) });
    expect(who(r)).toEqual(['Ortega:CANCEL', 'Feldman:NEW'.replace('Feldman', 'Osei')]);
  });
  it('the same words with another date inside (3/22) are asked again, never sent booked', async () => {
    const { file, headers } = noted([
      ['Scheduled', ''],
      ['Scheduled', 'CANCELLED - pt called 3/22'],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, ANSWERED) });
    expect(held(r)).toBe(true);
  });
  it('NOT CANCELLED before the same words is asked, never read as the answer', async () => {
    const { file, headers } = noted([
      ['Scheduled', 'NOT CANCELLED - pt called 3/15'],
      ['Scheduled', ''],
    ]);
    const r = await collect(file, { ...LA, profile: noteProfile(headers, ANSWERED) });
    expect(statusOf(r, 'Ortega')).not.toBe('CANCEL');
  });
  it('the answered text in another column (Reason) is asked again', async () => {
    const { file, headers } = noted(
      [
        ['Scheduled', ''],
        ['Scheduled', TOM],
      ],
      'Reason',
    );
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        date: 'Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'DOB',
        status: 'Status',
        reason: 'Reason',
      },
      headers,
      { noteStatus: [ANSWERED] },
    );
    const r = await collect(file, { ...LA, profile });
    expect(held(r)).toBe(true);
  });
});

// 4. Web pages ------------------------------------------------------------------------------------

const TH = '<tr><th>Date</th><th>Time</th><th>Patient</th><th>DOB</th><th>Provider</th><th>Status</th></tr>';
const td = (...cells: string[]) => cells.map((c) => `<td>${c}</td>`).join('');
const row = (i: number, status: string, attrs = '') =>
  `<tr${attrs}>${td('03/16/2027', `${9 + i}:00 AM`, NAMES[i]!, `04/0${i + 1}/1970`, 'Dr. Lee', status)}</tr>`;
const page = (rows: string, head = '', header = TH) =>
  files.write(`<html><head>${head}</head><body><table>${header}${rows}</table></body></html>`, 'html');

describe('4. web pages', () => {
  it('an icon with an empty alt but a tooltip of Cancelled is never sent booked', async () => {
    const r = await collect(
      page(row(0, 'Confirmed') + row(1, '<img src="img/x-red.png" alt="" title="Cancelled">')),
      LA,
    );
    expect(statusOf(r, 'Osei')).not.toBe('NEW');
  });
  it('an icon whose alt says Confirmed but whose tooltip says Cancelled is never sent booked', async () => {
    const r = await collect(
      page(row(0, 'Confirmed') + row(1, '<img src="img/cancelled.png" alt="Confirmed" title="Cancelled">')),
      LA,
    );
    expect(held(r)).toBe(true);
    expect(r.summary.doubts.find((d) => d.kind === 'status')?.samples).toContain('Confirmed / Cancelled');
  });
  it('an alt and a tooltip saying the same (Confirmed, confirmed.) read as the alt: sent', async () => {
    const r = await collect(
      page(row(0, '<img src="ok.png" alt="Confirmed" title="confirmed.">') + row(1, 'Confirmed')),
      LA,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(who(r)).toEqual(['Ortega:NEW', 'Osei:NEW']);
  });
  it('icons only: alt Confirmed and alt Cancelled read as those words', async () => {
    const r = await collect(
      page(row(0, '<img src="ok.png" alt="Confirmed">') + row(1, '<img src="x.png" alt="Cancelled">')),
      LA,
    );
    expect(who(r)).toEqual(['Ortega:NEW', 'Osei:CANCEL']);
  });
  it('a row classed no-cancel (a policy flag) is read as its status says', async () => {
    const r = await collect(page(row(0, 'Confirmed', ' class="no-cancel"') + row(1, 'Confirmed')), LA);
    expect(who(r)).toEqual(['Ortega:NEW', 'Osei:NEW']);
  });
  it('a row classed cancelled-policy is never sent booked in silence (a row error or held)', async () => {
    const r = await collect(page(row(0, 'Confirmed', ' class="cancelled-policy"') + row(1, 'Confirmed')), LA);
    // Whether the class is a policy flag or says the row is cancelled is not guessed: never cancelled.
    expect(statusOf(r, 'Ortega')).not.toBe('CANCEL');
    expect(statusOf(r, 'Osei')).toBe('NEW');
  });
  it('a row classed not-cancelled or isNotDeleted is read as its status says; status-cancelled is a row error', async () => {
    const r = await collect(
      page(
        row(0, 'Confirmed', ' class="appt not-cancelled"') +
          row(1, 'Confirmed', ' class="isNotDeleted"') +
          row(2, 'Confirmed', ' class="appt status-cancelled"'),
      ),
      LA,
    );
    expect(who(r)).toEqual(['Ortega:NEW', 'Osei:NEW']);
    expect(r.errors.map((e) => e.line)).toEqual([4]);
  });
  it('a row struck by a grouped rule (.done td, .cx td {text-decoration: line-through}) is a row error', async () => {
    const r = await collect(
      page(
        row(0, 'Confirmed') + row(1, 'Confirmed', ' class="cx"'),
        '<style>.done td, .cx td { text-decoration: line-through; }</style>',
      ),
      LA,
    );
    expect(statusOf(r, 'Osei')).toBeUndefined();
  });
  it('a row struck by text-decoration-line on its cells is a row error', async () => {
    const r = await collect(
      page(
        row(0, 'Confirmed') + row(1, 'Confirmed', ' class="cx"'),
        '<style>tr.cx td { text-decoration-line: line-through }</style>',
      ),
      LA,
    );
    expect(statusOf(r, 'Osei')).toBeUndefined();
  });
  it('a row whose cells hold a span of a striking class is a row error', async () => {
    const r = await collect(
      page(
        row(0, 'Confirmed') +
          `<tr>${td('03/16/2027', '10:00 AM', '<span class="gone">Osei, Kevin</span>', '04/02/1970', 'Dr. Lee', 'Confirmed')}</tr>`,
        '<style>.gone { text-decoration: line-through }</style>',
      ),
      LA,
    );
    expect(statusOf(r, 'Osei')).toBeUndefined();
  });
  it('tick boxes under Confirmed: an unticked box is unconfirmed, never cancelled', async () => {
    const head =
      '<tr><th>Date</th><th>Time</th><th>Patient</th><th>DOB</th><th>Provider</th><th>Confirmed</th></tr>';
    const r = await collect(
      page(
        row(0, '<input type="checkbox" checked="checked" disabled="disabled">') +
          row(1, '<input type="checkbox" disabled="disabled">'),
        '',
        head,
      ),
      LA,
    );
    if (!held(r)) expect(who(r)).toEqual(['Ortega:NEW', 'Osei:NEW']);
  });
  it('tick boxes under Cancelled: the ticked row is cancelled', async () => {
    const head =
      '<tr><th>Date</th><th>Time</th><th>Patient</th><th>DOB</th><th>Provider</th><th>Cancelled</th></tr>';
    const r = await collect(
      page(
        row(0, '<input type="checkbox" disabled>') + row(1, '<input type="checkbox" checked disabled>'),
        '',
        head,
      ),
      LA,
    );
    if (!held(r)) expect(who(r)).toEqual(['Ortega:NEW', 'Osei:CANCEL']);
  });
  it('an unticked box labelled Cancelled beside a status of Confirmed is never sent cancelled', async () => {
    const head =
      '<tr><th>Date</th><th>Time</th><th>Patient</th><th>DOB</th><th>Provider</th><th>Status</th><th>Flags</th></tr>';
    const flagged = (i: number, ticked: boolean) =>
      `<tr>${td('03/16/2027', `${9 + i}:00 AM`, NAMES[i]!, `04/0${i + 1}/1970`, 'Dr. Lee', 'Confirmed', `<label><input type="checkbox"${ticked ? ' checked' : ''} disabled> Cancelled</label>`)}</tr>`;
    const r = await collect(page(flagged(0, false) + flagged(1, true), '', head), LA);
    if (!held(r)) expect(statusOf(r, 'Ortega')).not.toBe('CANCEL');
  });
});

// 5. Excel: formulas and struck text --------------------------------------------------------------

const X_HEADER = headerRow(['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status']);
const book = (rows: string, opts: { styles?: string; strings?: string } = {}) =>
  writeBook(files, X_HEADER, rows, opts);

describe('5. Excel formulas and struck rows', () => {
  it('a row struck through in Excel (its cells in a struck font) is never sent booked', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'Confirmed') +
          xRow(3, '0.4375', 'Nguyen, An', 'Confirmed', {}, ' s="3"'),
        {
          styles: struckStyles(),
        },
      ),
      LA,
    );
    expect(statusOf(r, 'Okafor')).toBe('NEW');
    expect(statusOf(r, 'Nguyen')).toBeUndefined();
  });
  it('a calculated status formula (=IF(...) saved as Confirmed) on a struck row is never sent booked', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'Confirmed') +
          xRow(3, '0.4375', 'Nguyen, An', '', {
            F: '<c r="F3" s="3" t="str"><f>IF(G3="X","Cancelled","Confirmed")</f><v>Confirmed</v></c>',
          }),
        { styles: struckStyles() },
      ),
      LA,
    );
    expect(statusOf(r, 'Nguyen')).toBeUndefined();
  });
  it('a struck font turned off (<strike val="0"/>) is no strike: both rows go', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'Confirmed') +
          xRow(3, '0.4375', 'Nguyen, An', 'Confirmed', {}, ' s="3"'),
        {
          styles: struckStyles('<strike val="0"/>'),
        },
      ),
      LA,
    );
    // 9:00 and 10:30 PDT on 15 March are 16:00Z and 17:30Z.
    sends(r, ['2027-03-15T16:00:00.000Z', '2027-03-15T17:30:00.000Z']);
  });
  it('a name struck in rich text (a shared string whose run is struck) is never sent booked', async () => {
    const strings = '<si><r><rPr><strike/></rPr><t>Nguyen, An</t></r></si>';
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'Confirmed') +
          xRow(3, '0.4375', 'Nguyen, An', 'Confirmed', { C: '<c r="C3" t="s"><v>0</v></c>' }),
        { strings },
      ),
      LA,
    );
    expect(statusOf(r, 'Nguyen')).toBeUndefined();
  });
  it('an inline string struck run by run is never sent booked', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'Confirmed') +
          xRow(3, '0.4375', 'Nguyen, An', 'Confirmed', {
            C: '<c r="C3" t="inlineStr"><is><r><rPr><strike/></rPr><t>Nguyen, </t></r><r><rPr><strike val="1"/></rPr><t>An</t></r></is></c>',
          }),
      ),
      LA,
    );
    expect(statusOf(r, 'Okafor')).toBe('NEW');
    expect(statusOf(r, 'Nguyen')).toBeUndefined();
    expect(r.errors.map((e) => e.message)).toEqual([
      "'Nguyen, An' in column 'Patient' is struck through in Excel: a struck-out appointment is usually cancelled or removed, and which one is not guessed",
    ]);
  });
  it('a name only partly struck (a typo corrected in the cell) is no struck row: both go', async () => {
    const strings = '<si><r><t>Nguyen, An</t></r><r><rPr><strike/></rPr><t>h</t></r></si>';
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'Confirmed') +
          xRow(3, '0.4375', 'Nguyen, An', 'Confirmed', { C: '<c r="C3" t="s"><v>0</v></c>' }),
        { strings },
      ),
      LA,
    );
    expect(who(r)).toEqual(['Okafor:NEW', 'Nguyen:NEW']);
  });
  it('a struck header row and an empty cell in a struck font mark no appointment: both go', async () => {
    const header = X_HEADER.replace(/<c r="([A-F])1"/g, '<c r="$11" s="3"');
    const rows =
      xRow(2, '0.375', 'Okafor, Grace', 'Confirmed', { G: '<c r="G2" s="3"/>' }) +
      xRow(3, '0.4375', 'Nguyen, An', 'Confirmed');
    const f = writeBook(files, header, rows, { styles: struckStyles() });
    sends(await collect(f, LA), ['2027-03-15T16:00:00.000Z', '2027-03-15T17:30:00.000Z']);
  });
  it('a status formula calculated to an error (#N/A) is never sent booked in silence', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'Confirmed') +
          xRow(3, '0.4375', 'Nguyen, An', '', {
            F: '<c r="F3" t="e"><f>VLOOKUP(G3,Codes!A:B,2,FALSE)</f><v>#N/A</v></c>',
          }),
      ),
      LA,
    );
    if (!held(r)) expect(statusOf(r, 'Nguyen')).toBeUndefined();
  });
  it('a time formula calculated to #VALUE! is a row error, never another time', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'Confirmed') +
          xRow(3, '', 'Nguyen, An', 'Confirmed', {
            B: '<c r="B3" s="2" t="e"><f>B2+"0:30"*X1</f><v>#VALUE!</v></c>',
          }),
      ),
      LA,
    );
    expect(statusOf(r, 'Nguyen')).toBeUndefined();
  });
  it('a time formula calculated (B2 + 30 minutes) reads as its value', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'Confirmed') +
          xRow(3, '', 'Nguyen, An', 'Confirmed', {
            B: '<c r="B3" s="2"><f>B2+TIME(0,30,0)</f><v>0.395833333333333</v></c>',
          }),
      ),
      LA,
    );
    sends(r, ['2027-03-15T16:00:00.000Z', '2027-03-15T16:30:00.000Z']);
  });
});
