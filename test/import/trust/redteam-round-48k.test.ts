// Red-team probes, round 48k: the newest answers and Excel rules pushed to send something wrong.
// "Midnight means no time was saved" (kept per start column) against later files: a real time in
// another column, noon beside midnight, 24:00, a date-time column in UTC, a renamed column, the
// answer kept for an end column; the marked-UTC answer beside a midnight; Excel's struck rows with
// a struck Notes cell, a struck header, a struck time cell. Every right outcome was worked out by
// hand before the probe ran. Chicago is UTC-6 on 8 March 2027 (daylight time from 14 March), so
// 8:30 AM is 14:30Z, noon 18:00Z, 1:15 PM 19:15Z and midnight 06:00Z. A probe whose file may
// rightly be asked checks only what is sent when it is not held (collect returns a held file's
// rows too). Wrong = an appointment sent at a midnight that is no visit's time, or a struck row
// sent booked.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import {
  headerRow,
  struckStyles,
  writeBook,
  xRow as statusRow,
  xText,
} from '../read/xlsx-appointment-rows.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-48k');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const isoStarts = (r: Result): string[] => r.appointments.map((a) => a.start.toISOString());
const CHI = { timeZone: 'America/Chicago' };
const PEOPLE = [
  'Haugen,Tessa,02/11/1987,SV10442',
  'Ferris,Wade,10/14/1948,SV10305',
  'Moreau,Celeste,08/19/1971,SV10561',
  'Lindqvist,Annika,05/06/2002,SV10988',
];
const BASE = ['Appt Date', 'Appt Time', 'Last Name', 'First Name', 'DOB', 'Chart #', 'Status'];
const COLS = {
  date: 'Appt Date',
  time: 'Appt Time',
  lastName: 'Last Name',
  firstName: 'First Name',
  dob: 'DOB',
  patientId: 'Chart #',
  status: 'Status',
};
/** A day list on 8 March 2027, one patient a time. */
function dayList(times: string[], headers = BASE, extra: string[] = []): string {
  return files.write([
    headers.join(','),
    ...times.map(
      (t, i) => `03/08/2027,${t},${PEOPLE[i % 4]},Scheduled${extra[i] !== undefined ? `,${extra[i]}` : ''}`,
    ),
  ]);
}
/** The practice's answer: midnight in `column` means no time was saved. */
const answered = (headers: string[], column = 'Appt Time', cols: Record<string, string> = COLS) =>
  confirmedProfile(files, cols, headers, { midnightUntimed: { column } });
/** Nothing is sent at midnight Chicago (06:00Z) or at midnight UTC unasked. */
function noMidnightSent(r: Result, also: string[] = []): void {
  if (held(r)) return;
  for (const s of isoStarts(r))
    expect(['2027-03-08T06:00:00.000Z', '2027-03-09T06:00:00.000Z', ...also]).not.toContain(s);
}

describe('1. midnight answered as no time saved, against later files', () => {
  it('control: the answered column, a day file: 8:30 and 1:15 go, midnight a row error', async () => {
    const r = await collect(dayList(['8:30 AM', '12:00 AM', '1:15 PM']), { ...CHI, profile: answered(BASE) });
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-03-08T14:30:00.000Z', '2027-03-08T19:15:00.000Z']);
    expect(r.errors).toHaveLength(1);
  });
  it('12:00 PM (noon) beside 12:00 AM: noon goes at noon, midnight never sent', async () => {
    const r = await collect(dayList(['8:30 AM', '12:00 PM', '12:00 AM']), {
      ...CHI,
      profile: answered(BASE),
    });
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-03-08T14:30:00.000Z', '2027-03-08T18:00:00.000Z']);
  });
  it('noon alone on the 24-hour clock (12:00) is no midnight: it goes', async () => {
    const r = await collect(dayList(['09:00', '12:00']), { ...CHI, profile: answered(BASE) });
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-03-08T15:00:00.000Z', '2027-03-08T18:00:00.000Z']);
  });
  it('midnight rows with a real time in another column (Check-in 00:05): never sent at midnight', async () => {
    const headers = [...BASE, 'Check-in'];
    const f = dayList(['8:30 AM', '12:00 AM', '1:15 PM'], headers, ['08:22', '00:05', '']);
    const r = await collect(f, { ...CHI, profile: answered(headers) });
    noMidnightSent(r);
  });
  it('24:00 (end of day) after the answer: never sent at midnight of either day', async () => {
    const r = await collect(dayList(['09:00', '24:00', '13:15']), { ...CHI, profile: answered(BASE) });
    noMidnightSent(r);
  });
  it('12 AM, 12:00a and 12:00:00 AM spellings are midnight too: never sent', async () => {
    const r = await collect(dayList(['8:30 AM', '12 AM', '12:00a', '12:00:00 AM']), {
      ...CHI,
      profile: answered(BASE),
    });
    noMidnightSent(r);
  });
  it('a second after midnight (00:00:01) is a night start: never sent unasked', async () => {
    const r = await collect(dayList(['09:00', '00:00:01', '13:15']), { ...CHI, profile: answered(BASE) });
    noMidnightSent(r, ['2027-03-08T06:00:01.000Z']);
  });
  it('11:59 PM beside midnight is night: held again', async () => {
    const r = await collect(dayList(['09:00', '12:00 AM', '11:59 PM']), { ...CHI, profile: answered(BASE) });
    expect(held(r)).toBe(true);
  });
  it('the answered column renamed by the export (Appt Time -> Start Time): midnight never sent unasked', async () => {
    const renamed = BASE.map((h) => (h === 'Appt Time' ? 'Start Time' : h));
    const r = await collect(dayList(['8:30 AM', '12:00 AM', '1:15 PM'], renamed), {
      ...CHI,
      profile: answered(BASE),
    });
    noMidnightSent(r);
  });
  it('the answer kept for an end column (End Time) covers no start: a start at midnight is held', async () => {
    const headers = [...BASE, 'End Time'];
    const f = dayList(['8:30 AM', '12:00 AM', '1:15 PM'], headers, ['9:00 AM', '12:00 AM', '1:45 PM']);
    const r = await collect(f, {
      ...CHI,
      profile: answered(headers, 'End Time', { ...COLS, end: 'End Time' }),
    });
    noMidnightSent(r);
  });
  it('answered on the start, a row ending at midnight (4:00 PM to 12:00 AM) goes at its start, never at the midnight it ends', async () => {
    const headers = [...BASE, 'End Time'];
    const f = dayList(['8:30 AM', '4:00 PM'], headers, ['9:00 AM', '12:00 AM']);
    const r = await collect(f, {
      ...CHI,
      profile: answered(headers, 'Appt Time', { ...COLS, end: 'End Time' }),
    });
    // The start is what goes (the document has no end): 8:30 AM and 4:00 PM CST, 14:30Z and 22:00Z;
    // the end at midnight never turns into a start.
    if (!held(r))
      for (const s of isoStarts(r))
        expect(['2027-03-08T14:30:00.000Z', '2027-03-08T22:00:00.000Z']).toContain(s);
  });
  it('a blank time beside a date cell stamped 12:00 AM is never sent at midnight', async () => {
    const f = files.write([
      BASE.join(','),
      `03/08/2027,8:30 AM,${PEOPLE[0]},Scheduled`,
      `03/08/2027 12:00 AM,,${PEOPLE[1]},Scheduled`,
      `03/08/2027,1:15 PM,${PEOPLE[2]},Scheduled`,
    ]);
    noMidnightSent(await collect(f, { ...CHI, profile: answered(BASE) }));
  });
});

describe('2. a date-time column after the answer', () => {
  const headers = ['Start', 'Last Name', 'First Name', 'DOB', 'Chart #', 'Status'];
  const cols = {
    dateTime: 'Start',
    lastName: 'Last Name',
    firstName: 'First Name',
    dob: 'DOB',
    patientId: 'Chart #',
    status: 'Status',
  };
  const stamps = (s: string[]) =>
    files.write([headers.join(','), ...s.map((t, i) => `${t},${PEOPLE[i % 4]},Scheduled`)]);
  it('2027-03-08T00:00:00Z among a day in UTC: never sent at 18:00 on 7 March unasked', async () => {
    const r = await collect(
      stamps(['2027-03-08T14:30:00Z', '2027-03-08T00:00:00Z', '2027-03-08T19:15:00Z']),
      {
        ...CHI,
        profile: answered(headers, 'Start', cols),
      },
    );
    noMidnightSent(r, ['2027-03-08T00:00:00.000Z']);
  });
  it('a zone-less 2027-03-08 00:00 among a day: a row error, the rest go', async () => {
    const r = await collect(stamps(['2027-03-08 08:30', '2027-03-08 00:00', '2027-03-08 13:15']), {
      ...CHI,
      profile: answered(headers, 'Start', cols),
    });
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-03-08T14:30:00.000Z', '2027-03-08T19:15:00.000Z']);
  });
  it('an offset written (2027-03-08T00:00:00-06:00) is Chicago midnight: never sent', async () => {
    const r = await collect(
      stamps(['2027-03-08T08:30:00-06:00', '2027-03-08T00:00:00-06:00', '2027-03-08T13:15:00-06:00']),
      { ...CHI, profile: answered(headers, 'Start', cols) },
    );
    noMidnightSent(r);
  });
  it('the marked-UTC answer beside a midnight written 00:00Z: never sent at midnight unasked', async () => {
    const p = confirmedProfile(files, cols, headers, {
      markedUtc: { column: 'Start', marks: ['Z'], from: 480, to: 1020 },
    });
    const r = await collect(
      stamps(['2027-03-08T08:30:00Z', '2027-03-08T00:00:00Z', '2027-03-08T13:15:00Z']),
      {
        ...CHI,
        profile: p,
      },
    );
    noMidnightSent(r, ['2027-03-08T00:00:00.000Z']);
  });
});

// 3. Excel: struck cells --------------------------------------------------------------------------

const HEAD = ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status', 'Notes'];
const header = (s = '') => headerRow(HEAD, s);
/** A Confirmed row with its note in column G; `s` the style of its text cells, `cells` replaces any. */
const xRow = (
  r: number,
  time: string,
  name: string,
  note: string,
  cells: Record<string, string> = {},
  s = '',
) => statusRow(r, time, name, 'Confirmed', { G: xText(`G${r}`, note, s), ...cells }, s);
const book = (rows: string, head = header(), opts: { strings?: string } = {}) =>
  writeBook(files, head, rows, { styles: struckStyles(), ...opts });
const LA = { timeZone: 'America/Los_Angeles' };
const names = (r: Result) => r.appointments.map((a) => a.patient.lastName);
// 9:00 and 10:30 PDT on 15 March 2027 are 16:00Z and 17:30Z.

describe('3. Excel struck rows', () => {
  it('struck text only in a Notes cell: the row is never sent with the struck note as if current', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', 'New patient') +
          xRow(3, '0.4375', 'Nguyen, An', 'Cancelled by phone', {
            G: xText('G3', 'Cancelled by phone', ' s="3"'),
          }),
      ),
      LA,
    );
    if (!held(r)) expect(names(r)).not.toContain('Nguyen');
  });
  it('a struck row in a sheet whose header row is struck: the struck row never goes', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', '') + xRow(3, '0.4375', 'Nguyen, An', '', {}, ' s="3"'),
        header(' s="3"'),
      ),
      LA,
    );
    if (!held(r)) expect(names(r)).not.toContain('Nguyen');
  });
  it('every row and the header struck: nothing goes booked', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', '', {}, ' s="3"') +
          xRow(3, '0.4375', 'Nguyen, An', '', {}, ' s="3"'),
        header(' s="3"'),
      ),
      LA,
    );
    if (!held(r)) expect(r.appointments).toEqual([]);
  });
  it('a struck font in a style without applyFont still strikes (Excel draws it): never sent', async () => {
    const r = await collect(
      book(xRow(2, '0.375', 'Okafor, Grace', '') + xRow(3, '0.4375', 'Nguyen, An', '', {}, ' s="5"')),
      LA,
    );
    if (!held(r)) expect(names(r)).not.toContain('Nguyen');
  });
  it('only the time cell struck (a number in a struck time style): never sent at that time', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', '') +
          xRow(3, '0.4375', 'Nguyen, An', '', { B: '<c r="B3" s="4"><v>0.4375</v></c>' }),
      ),
      LA,
    );
    if (!held(r)) expect(names(r)).not.toContain('Nguyen');
  });
  it('a name struck in a shared string with an unstruck space after it is still struck', async () => {
    const strings =
      '<si><r><rPr><strike/></rPr><t>Nguyen, An</t></r><r><t xml:space="preserve"> </t></r></si>';
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', '') +
          xRow(3, '0.4375', 'Nguyen, An', '', { C: '<c r="C3" t="s"><v>0</v></c>' }),
        header(),
        { strings },
      ),
      LA,
    );
    if (!held(r)) expect(names(r)).not.toContain('Nguyen');
  });
  it('control: an unstruck sheet sends both at 9:00 and 10:30', async () => {
    const r = await collect(
      book(xRow(2, '0.375', 'Okafor, Grace', '') + xRow(3, '0.4375', 'Nguyen, An', '')),
      LA,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-03-15T16:00:00.000Z', '2027-03-15T17:30:00.000Z']);
  });
});

describe('4. Excel times at midnight and the day boundary', () => {
  const XHEAD = ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status', 'Notes'];
  const xCols = {
    date: 'Date',
    time: 'Time',
    patientName: 'Patient',
    dob: 'DOB',
    providerName: 'Provider',
    status: 'Status',
    note: 'Notes',
  };
  it('answered on Time, a time cell of 0 (0:00) beside 9:00 and 10:30: a row error, the others go', async () => {
    const p = confirmedProfile(files, xCols, XHEAD, { midnightUntimed: { column: 'Time' } });
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', '') +
          xRow(3, '0', 'Nguyen, An', '') +
          xRow(4, '0.4375', 'Baptiste, Tyrone', ''),
      ),
      { ...LA, profile: p },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-03-15T16:00:00.000Z', '2027-03-15T17:30:00.000Z']);
  });
  it('a time cell of 1 (24:00 as Excel counts it) is never sent at a midnight', async () => {
    const p = confirmedProfile(files, xCols, XHEAD, { midnightUntimed: { column: 'Time' } });
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', '') +
          xRow(3, '1', 'Nguyen, An', '') +
          xRow(4, '0.4375', 'Baptiste, Tyrone', ''),
      ),
      { ...LA, profile: p },
    );
    // Midnight of 15 or 16 March in Los Angeles (PDT) is 07:00Z.
    if (!held(r)) expect(names(r)).not.toContain('Nguyen');
  });
  it('a time a hair under a day (0.99999999, 23:59:59.999) is never sent at midnight of the next day unasked', async () => {
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', '') +
          xRow(3, '0.99999999', 'Nguyen, An', '') +
          xRow(4, '0.4375', 'Baptiste, Tyrone', ''),
      ),
      LA,
    );
    if (!held(r)) expect(isoStarts(r)).not.toContain('2027-03-16T07:00:00.000Z');
  });
  it('a time a hair over midnight (1e-9, what Excel arithmetic leaves) is midnight to the answer', async () => {
    const p = confirmedProfile(files, xCols, XHEAD, { midnightUntimed: { column: 'Time' } });
    const r = await collect(
      book(
        xRow(2, '0.375', 'Okafor, Grace', '') +
          xRow(3, '0.000000001', 'Nguyen, An', '') +
          xRow(4, '0.4375', 'Baptiste, Tyrone', ''),
      ),
      { ...LA, profile: p },
    );
    if (!held(r)) expect(isoStarts(r)).not.toContain('2027-03-15T07:00:00.000Z');
  });
});

describe('5. a note answered cancelled beside a status saying the patient came', () => {
  const TOM = 'CANCELLED - pt called 3/15';
  const headers = ['Appt ID', 'Date', 'Time', 'Patient', 'DOB', 'Status', 'Notes'];
  const PATIENTS = ['Ortega, Marisol', 'Osei, Kevin'];
  const profile = () =>
    confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        date: 'Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'DOB',
        status: 'Status',
        note: 'Notes',
      },
      headers,
      { noteStatus: [{ column: 'Notes', cancel: [TOM] }] },
    );
  const list = (status: string) =>
    files.write([
      headers.join(','),
      `90100,03/16/2027,9:00 AM,"${PATIENTS[0]}",4/9/1960,Scheduled,""`,
      `90101,03/16/2027,10:00 AM,"${PATIENTS[1]}",4/9/1961,${status},"${TOM}"`,
    ]);
  for (const status of [
    'Completed',
    'Attended',
    'Checked-Out',
    'Pt Arrived',
    'With Provider',
    'Arrived Late',
    'Seen by Provider',
  ])
    it(`'${status}' beside the answered note: never sent cancelled in silence`, async () => {
      const r = await collect(list(status), { timeZone: 'America/Los_Angeles', profile: profile() });
      if (!held(r))
        expect(r.appointments.find((a) => a.patient.lastName === 'Osei')?.status).not.toBe('CANCEL');
    });
  for (const status of ['Not Arrived', 'Left Message', 'Scheduled'])
    it(`control: '${status}' (booked, no visit yet) beside the answered note is cancelled as answered`, async () => {
      const r = await collect(list(status), { timeZone: 'America/Los_Angeles', profile: profile() });
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => `${a.patient.lastName}:${a.status}`)).toEqual([
        'Ortega:NEW',
        'Osei:CANCEL',
      ]);
    });
});
