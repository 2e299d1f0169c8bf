// Red team, round 63r2: what 63c and 63g changed in what is sent, attacked for wrong sends.
//   A. A lone status mark (trust/lone-status-mark.ts): `X` among written-out words is asked unless
//      the column has other marks or codes, or a legend or the practice's list says what it is.
//   B. Header word order (header-meaning.ts): a list's entry about the appointment (`Appt Recall
//      ID`) is never the appointment id; a list's appointment (`Recall Appt ID`) is.
//   C. Dates typed once (map/date-carry-for-checks.ts, blank-dates.ts): once the practice answered
//      "an empty date is the row above's day", every row must land on its own day; and the doctor's
//      day away typed in the patient's column ('DR OUT') skipped, never a patient's row.
// Each probe's outcome was worked out by hand before the first run. Calendar, by hand: Los Angeles
// is on daylight time from 14 March 2027 02:00 (UTC-8 before, UTC-7 after) to 7 November 2027
// 02:00 (01:00-01:59 happens twice that night); 22 and 23 March 2027 are a Monday and a Tuesday.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';
import {
  APPT,
  DATE,
  DOB,
  held,
  lines,
  linesRunner,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  statusJudge,
  TIME,
  withPatients,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-63r2');
const runLines = linesRunner(files);

const statuses = (values: string[], footer: string[] = []): Promise<Run> =>
  runLines([...lines(withPatients([['Status', values]])), ...footer]);

// ---------------------------------------------------------------------------------------------
// A. A lone status mark
// ---------------------------------------------------------------------------------------------
describe('A1. a cancel-looking mark typed among words, with nothing else of a code: asked', () => {
  it.each<[string[], string]>([
    [['Arrived', 'x', 'Confirmed'], 'nHn'],
    [['Scheduled', ' X ', 'Scheduled'], 'nHn'],
    [['Scheduled', 'X', 'No-Show'], 'nHn'],
    [['Cancelled', 'X', 'Scheduled'], 'nHn'],
    [['Checked Out', 'x', 'Checked Out'], 'nHn'],
    [['Rescheduled', 'X', 'Confirmed'], 'nHn'],
    [['confirmed', 'x', 'confirmed'], 'nHn'],
    [['SCHEDULED', 'X', 'SCHEDULED'], 'nHn'],
    // two cancel marks and no booked mark: both guesses, each a tick as well as a strike
    [['Scheduled', 'X', '%'], 'nHH'],
    [['Confirmed', '%', 'X'], 'nHH'],
    [['Scheduled', 'X', 'x'], 'nHH'],
    // a mark with punctuation around it: still one mark typed by hand
    [['Scheduled', 'X.', 'Scheduled'], 'nHn'],
    [['Scheduled', '(X)', 'Scheduled'], 'nHn'],
    [['Scheduled', '[x]', 'Scheduled'], 'nHn'],
    [['Scheduled', 'X!', 'Scheduled'], 'nHn'],
    [['Scheduled', '*X*', 'Scheduled'], 'nHn'],
    [['Scheduled', '"X"', 'Scheduled'], 'nHn'],
    [['Scheduled', '%%', 'Scheduled'], 'nHn'],
    [['Scheduled', 'x.', 'Arrived'], 'nHn'],
    [['Booked', '(x)', 'Booked'], 'nHn'],
    [['Scheduled', "'X'", 'Scheduled'], 'nHn'],
    [['Scheduled', '!X!', 'Scheduled'], 'nHn'],
    [['Scheduled', 'xx', 'Scheduled'], 'nHn'],
    [['Scheduled', '(X)', '(X)'], 'nHH'],
    // two letters of one mark, ticks and crosses: no built-in meaning, asked as unknown words
    [['Scheduled', 'XX', 'Scheduled'], 'nHn'],
    [['Scheduled', '✓', 'Scheduled'], 'nHn'],
    [['Scheduled', '✗', 'Scheduled'], 'nHn'],
    [['Scheduled', '✔', 'Scheduled'], 'nHn'],
    [['Scheduled', '✘', 'Scheduled'], 'nHn'],
    [['Scheduled', '×', 'Scheduled'], 'nHn'],
    [['Scheduled', 'Ｘ', 'Scheduled'], 'nHn'],
    [['Scheduled', '☒', 'Scheduled'], 'nHn'],
    // another unknown letter beside it: asked anyway
    [['Scheduled', 'X', 'C'], 'nHH'],
    [['Confirmed', 'X', 'Y'], 'nHH'],
  ])('%j: Obi never sent on a guess', async (values, want) => {
    expect(statusJudge(await statuses(values), want)).toBe('');
  });
});

describe('A2. a legend about another column, or one that disagrees: still asked', () => {
  it.each<[string[], string]>([
    [['', 'Confirmation Legend: X=Confirmed'], 'nHn'],
    [['', 'Confirmed column: X = confirmed by phone'], 'nHn'],
    [['', 'Legend: C=Confirmed, X=Left message'], 'nHn'],
    [['', 'Status Legend: X=No Show'], 'nHn'],
    [['', 'Status Legend: X=Checked In'], 'nHn'],
    [['', 'Status Legend: X=Arrived, S=Scheduled'], 'nHn'],
  ])('legend %j: Obi asked', async (footer, want) => {
    expect(statusJudge(await statuses(['Scheduled', 'X', 'Scheduled'], footer), want)).toBe('');
  });
  it.each<[string[], string]>([
    [['', 'Status Legend: X=Canceled by patient'], 'NCN'],
    [['', 'Status Legend: X = Cancelled'], 'NCN'],
    [['', 'Status Legend: S=Scheduled, X=Cancelled'], 'NCN'],
  ])('legend %j agreeing: sent cancelled', async (footer, want) => {
    expect(statusJudge(await statuses(['Scheduled', 'X', 'Scheduled'], footer), want)).toBe('');
  });
});

describe("A3. the practice's own list, then a later file", () => {
  const head = ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID', 'Status'];
  const columns = {
    date: 'Appt Date',
    time: 'Appt Time',
    patientName: 'Patient',
    dob: 'DOB',
    patientId: 'Patient ID',
    providerName: 'Provider',
    appointmentId: 'Appt ID',
    status: 'Status',
  };
  const withList = async (status: Record<string, string[]>, values: string[]): Promise<Run> => {
    const profile = confirmedProfile(files, columns, head, { status });
    const file = files.write(lines(withPatients([['Status', values]])));
    return collect(file, { timeZone: 'America/Los_Angeles', profile });
  };
  it.each<[Record<string, string[]>, string[], string]>([
    // the practice said X = Arrived (booked): later files send it booked, never cancelled
    [{ new: ['X'] }, ['Scheduled', 'X', 'Scheduled'], 'NNN'],
    [{ new: ['X'] }, ['X', 'X', 'Cancelled'], 'NNC'],
    [{ new: ['X'] }, ['Scheduled', 'X', '%'], 'nnH'],
    // the practice said X = Cancelled
    [{ cancel: ['X'] }, ['Confirmed', 'X', 'Arrived'], 'NCN'],
    [{ cancel: ['X'] }, ['X', 'Scheduled', 'X'], 'CNC'],
    // the practice said X is no appointment: never booked, never cancelled
    [{ skip: ['X'] }, ['Scheduled', 'X', 'Scheduled'], 'N?N'],
  ])('%j then %j', async (status, values, want) => {
    const r = await withList(status, values);
    if (want.includes('?')) {
      expect(held(r)).toBe(false);
      if (r === 'refused') return;
      expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Hollis', 'Lindqvist']);
      return;
    }
    expect(statusJudge(r, want)).toBe('');
  });
  it("said 'X' = cancelled, the later file writes 'x': cancelled or asked, never booked", async () => {
    const r = await withList({ cancel: ['X'] }, ['Scheduled', 'x', 'Scheduled']);
    expect(statusJudge(r, 'nCn') === '' || held(r)).toBe(true);
  });
});

describe("A4. the export's own marks and codes: read as they say", () => {
  it.each<[string[], string]>([
    // OpenEMR's symbols: - none, * reminder done, + chart pulled, ~ arrived late, < in exam
    // room, > checked out, x canceled, % canceled < 24h
    [['*', 'x', '+'], 'NCN'],
    [['~', '%', '<'], 'NCN'],
    [['-', 'x', '-'], 'NCN'],
    [['>', 'X', '@'], 'NCN'],
    [['-', '(x)', '@'], 'NCN'],
    [['@', 'X.', '>'], 'NCN'],
    [['- None', 'x Canceled', '@ Arrived'], 'NCN'],
    [['@ Arrived', '% Canceled < 24h', '> Checked out'], 'NCN'],
    // cancel codes typed as codes
    [['Scheduled', 'CX', 'Scheduled'], 'NCN'],
    [['Scheduled', 'Cxl', 'Scheduled'], 'NCN'],
    [['Confirmed', 'Canc', 'Confirmed'], 'NCN'],
    [['Confirmed', 'Cancelled', 'Confirmed'], 'NCN'],
  ])('%j', async (values, want) => {
    expect(statusJudge(await statuses(values), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// B. Header word order: whose id
// ---------------------------------------------------------------------------------------------
const OTHER = ['40211', '40212', '40377'];
const withId = (header: string, values: string[]): Promise<Run> =>
  runLines(lines([DATE, TIME, PATIENT, DOB, PID, PROVIDER, [header, values]]));
const ids = (r: Run): string[] => (r === 'refused' ? [] : r.appointments.map((a) => a.appointmentId));

describe("B1. another thing's id about the appointment: never the appointment id", () => {
  it.each<[string]>([
    ['Appointment ID (Recall)'],
    ['ApptRecallID'],
    ['Appt ID Recall'],
    ['Appt Follow-up ID'],
    ['Appt Followup ID'],
    ['Appt Referral ID'],
    ['Appt Series ID'],
    ['Appt Parent ID'],
    ['Original Appt ID'],
    ['Rescheduled Appt ID'],
    ['Linked Appt ID'],
    ['Related Appt ID'],
    ['Previous Appt ID'],
    ['Prior Appt ID'],
    ['Next Appt ID'],
    ['Last Appt ID'],
    ['Parent Appointment ID'],
    ['Recurring Series ID'],
    ['Appt Reminder ID'],
    ['Appt Claim ID'],
    ['Appt Group ID'],
    ['Rescheduled From Appt ID'],
    ['Appt Waitlist Entry ID'],
    ['Appt Follow Up ID'],
    ['Visit Followup ID'],
    ['Resched Appt ID'],
    ['Appt Rescheduled ID'],
  ])('%s: held, or sent with none of its numbers as an id', async (header) => {
    const r = await withId(header, OTHER);
    if (held(r)) return;
    expect(ids(r).filter((id) => OTHER.includes(id))).toEqual([]);
  });
});

describe("B2. the list's word first, or the booking's: the appointment id", () => {
  it.each<[string]>([
    ['Recall_Appt_Id'],
    ['RecallApptID'],
    ['Appt Booking ID'],
    ['Recall Appointment ID'],
    ['Request Appt ID'],
    ['Followup Appt ID'],
  ])('%s: sent with its numbers', async (header) => {
    const r = await withId(header, APPT[1]);
    expect(held(r)).toBe(false);
    expect(ids(r)).toEqual(APPT[1]);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Dates typed once, answered "the row above's day"
// ---------------------------------------------------------------------------------------------
const HEAD = 'Date,Time,Provider,Patient,DOB,Status';
const COLUMNS = {
  date: 'Date',
  time: 'Time',
  providerName: 'Provider',
  patientName: 'Patient',
  dob: 'DOB',
  status: 'Status',
};
const answered = async (rows: string[]): Promise<Run> => {
  const profile = confirmedProfile(files, COLUMNS, HEAD.split(','), { blankDate: 'above' });
  try {
    return await collect(files.write([HEAD, ...rows]), { timeZone: 'America/Los_Angeles', profile });
  } catch {
    return 'refused';
  }
};
const row = (date: string, time: string, name: string, dob: string, provider = 'Dr. Nina Patel'): string =>
  `${date},${time},${provider},"${name}",${dob},Confirmed`;
const H = (d: string, t: string) => row(d, t, 'Hollis, Grace', '06/02/1970');
const O = (d: string, t: string, p?: string) => row(d, t, 'Obi, Adaeze', '04/05/1999', p);
const L = (d: string, t: string, p?: string) => row(d, t, 'Lindqvist, Sven', '08/29/1963', p);
const S = (d: string, t: string, p?: string) => row(d, t, 'Smith, Margaret', '02/14/1951', p);

/** What went, last name → UTC start (minutes); null where the file is held or refused. */
const starts = (r: Run): Record<string, string> | null =>
  held(r) || r === 'refused'
    ? null
    : Object.fromEntries(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString().slice(0, 16)]));

/** Every appointment sent is on its start in `want` (a name missing from `want` must not go);
 *  `sure`: the file must not be held (a hold would be a false one). */
function onItsDay(r: Run, want: Record<string, string>, sure: boolean): string {
  const got = starts(r);
  if (got === null) return sure ? 'false hold' : '';
  const bad = Object.entries(got).filter(([n, s]) => want[n] !== s);
  return bad.map(([n, s]) => `${n} at ${s} (want ${want[n] ?? 'not sent'})`).join('; ');
}

describe('C1. the empty date read as the row above’s: every row on its own day', () => {
  it.each<[string, string[], Record<string, string>, boolean]>([
    [
      'a day typed once per day, two days',
      [H('03/22/2027', '9:00 AM'), O('', '10:00 AM'), L('03/23/2027', '1:30 PM'), S('', '3:00 PM')],
      // 22nd 9:00 PDT = 16:00Z, 10:00 = 17:00Z; 23rd 13:30 = 20:30Z, 15:00 = 22:00Z
      {
        Hollis: '2027-03-22T16:00',
        Obi: '2027-03-22T17:00',
        Lindqvist: '2027-03-23T20:30',
        Smith: '2027-03-23T22:00',
      },
      true,
    ],
    [
      'sorted by provider: the second block starts on a date typed again',
      [
        H('03/22/2027', '9:00 AM'),
        O('', '1:30 PM'),
        L('03/23/2027', '8:00 AM', 'Dr. Raj Lee'),
        S('', '10:00 AM', 'Dr. Raj Lee'),
      ],
      // 22nd 13:30 = 20:30Z; 23rd 8:00 = 15:00Z, 10:00 = 17:00Z
      {
        Hollis: '2027-03-22T16:00',
        Obi: '2027-03-22T20:30',
        Lindqvist: '2027-03-23T15:00',
        Smith: '2027-03-23T17:00',
      },
      true,
    ],
    [
      'sorted by provider, the second block on the same day, its date suppressed too',
      [
        H('03/22/2027', '9:00 AM'),
        O('', '1:30 PM'),
        L('', '8:00 AM', 'Dr. Raj Lee'),
        S('', '10:00 AM', 'Dr. Raj Lee'),
      ],
      // all on the 22nd: 8:00 = 15:00Z, 10:00 = 17:00Z
      {
        Hollis: '2027-03-22T16:00',
        Obi: '2027-03-22T20:30',
        Lindqvist: '2027-03-22T15:00',
        Smith: '2027-03-22T17:00',
      },
      false,
    ],
    [
      'late evening then after midnight, the date not typed again: the day above (as answered)',
      [H('03/22/2027', '11:30 PM'), O('', '11:45 PM'), L('03/23/2027', '12:15 AM')],
      // 22nd 23:30 PDT = 23rd 06:30Z, 23:45 = 06:45Z; 23rd 00:15 PDT = 07:15Z
      // (not sure: '12:15 AM' is asked on its own, twelve-am, as some programs print 12:15 PM so)
      { Hollis: '2027-03-23T06:30', Obi: '2027-03-23T06:45', Lindqvist: '2027-03-23T07:15' },
      false,
    ],
    [
      'a carried day across the spring change',
      [H('03/14/2027', '1:30 AM'), O('', '3:30 AM'), L('03/15/2027', '9:00 AM')],
      // 14th 1:30 PST = 09:30Z; 3:30 PDT = 10:30Z; 15th 9:00 PDT = 16:00Z
      { Hollis: '2027-03-14T09:30', Obi: '2027-03-14T10:30', Lindqvist: '2027-03-15T16:00' },
      false,
    ],
    [
      'a carried day onto the hour the spring change skips: never sent',
      [H('03/14/2027', '1:00 AM'), O('', '2:30 AM'), L('03/15/2027', '9:00 AM')],
      // 14th 1:00 PST = 09:00Z; 2:30 does not exist that night
      { Hollis: '2027-03-14T09:00', Lindqvist: '2027-03-15T16:00' },
      false,
    ],
    [
      'a carried day onto the hour the autumn change repeats: never sent on a guess',
      [H('11/07/2027', '12:30 AM'), O('', '1:30 AM'), L('11/08/2027', '9:00 AM')],
      // 7 Nov 00:30 PDT = 07:30Z; 1:30 is twice; 8 Nov 9:00 PST = 17:00Z
      { Hollis: '2027-11-07T07:30', Lindqvist: '2027-11-08T17:00' },
      false,
    ],
    [
      'the first row without a date: never sent',
      [O('', '10:00 AM'), H('03/22/2027', '9:00 AM'), L('', '1:30 PM')],
      { Hollis: '2027-03-22T16:00', Lindqvist: '2027-03-22T20:30' },
      false,
    ],
  ])('%s', async (_, rows, want, sure) => {
    expect(onItsDay(await answered(rows), want, sure)).toBe('');
  });
});

describe('C2. a line between the rows that may start a new day: never the day above', () => {
  // Obi's date, if read, is the 23rd: 10:00 PDT = 17:00Z; the only wrong send is the 22nd.
  const want = { Hollis: '2027-03-22T16:00', Obi: '2027-03-23T17:00', Lindqvist: '2027-03-23T20:30' };
  it.each<[string, string]>([
    ['a day heading', 'Tuesday 03/23/2027,,,,,'],
    ['a day heading in words', '"Tuesday, March 23, 2027",,,,,'],
    ['a date heading with its label', 'Date: 03/23/2027,,,,,'],
    ['a provider heading', 'Provider: Dr. Raj Lee,,,,,'],
    ['a total', 'Total appointments: 1,,,,,'],
  ])('%s', async (_, line) => {
    const r = await answered([
      H('03/22/2027', '9:00 AM'),
      line,
      O('', '10:00 AM'),
      L('03/23/2027', '1:30 PM'),
    ]);
    expect(onItsDay(r, want, false)).toBe('');
  });
  // Left: an empty line between two rows is no heading the reader sets apart (blank-dates.ts
  // carries across it), so Obi goes on the 22nd. A report that suppresses repeated dates prints a
  // new day's date even after a blank line, so the answer reads it right there; a week typed by
  // hand may leave a line between days and forget the new date. Which one a file is, the row
  // cannot say; stopping the carry at every blank line would turn answered files' rows into
  // errors, a change of the answer's meaning for the lead to decide. Looked at by 65d and left: a
  // report that suppresses repeated dates also leaves a blank line between providers' groups on
  // one day, where carrying the date is right; stopping at every blank would make those rows errors.
  it.fails('a blank line between two days: the day above is not carried across it', async () => {
    const r = await answered([
      H('03/22/2027', '9:00 AM'),
      ',,,,,',
      O('', '10:00 AM'),
      L('03/23/2027', '1:30 PM'),
    ]);
    expect(onItsDay(r, want, false)).toBe('');
  });
});

describe("C3. 'DR OUT' and its neighbours in the patient's column", () => {
  const rows = (patient: string, dob = '', time = '', status = ''): string[] => [
    HEAD,
    '03/22/2027,9:00 AM,Dr. Nina Patel,"Hollis, Grace",06/02/1970,Confirmed',
    `03/23/2027,${time},Dr. Nina Patel,"${patient}",${dob},${status}`,
    '03/23/2027,1:30 PM,Dr. Raj Lee,"Lindqvist, Sven",08/29/1963,Confirmed',
  ];
  const sentNames = (r: Run): string[] =>
    r === 'refused' || held(r) ? [] : r.appointments.map((a) => a.patient.lastName);

  it.each<[string, string, string, string]>([
    ['DR OUT - sick, see Pt Lee', '', '', ''],
    ['DR OUT - sick', '', '9:00 AM', 'Confirmed'],
    ['Dr out, Pt Lee to reschedule', '', '', ''],
    ['DR OUT', '', '10:00 AM', 'Confirmed'],
    ['Doctor Out', '', '8:00 AM', ''],
    ['DR AWAY - CME', '', '', ''],
    ['Dr Off', '', '', ''],
    ['Out, Dr', '', '', ''],
  ])("'%s': nothing of that row sent", async (patient, dob, time, status) => {
    const r = await runLines(rows(patient, dob, time, status));
    expect(sentNames(r).filter((n) => n !== 'Hollis' && n !== 'Lindqvist')).toEqual([]);
  });

  it.each<[string, string]>([
    ['Doctor, Outi', 'Doctor'],
    ['Drout, Mary', 'Drout'],
    ['Outram, Dr James', 'Outram'],
    ['Away, Drew', 'Away'],
  ])(
    "'%s' with a birth date and a time: a patient, sent (or asked), never skipped",
    async (patient, last) => {
      const r = await runLines(rows(patient, '01/02/1980', '10:00 AM', 'Confirmed'));
      expect(r).not.toBe('refused');
      if (r === 'refused') return;
      expect(r.skipped.some((s) => s.line === 3)).toBe(false);
      if (!held(r)) expect(r.appointments.map((a) => a.patient.lastName)).toContain(last);
    },
  );
});
