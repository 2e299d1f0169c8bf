// Red team, round 62r3: what this stop's loosenings now send. 62g made `Appt GUID` and
// `AppointmentUUID` sure appointment ids (a bare `GUID` asked like a bare `ID`); 62f takes only the
// day of a date column written as a zoned timestamp beside a time column. Outcomes were worked out
// by hand before the first run (zone arithmetic with @js-temporal/polyfill).
//
// Part 1 (GUIDs): six-row exports at the Los Angeles practice, the column under test first:
//   own(v)      sent unasked with v as the six ids (a hold is a false hold);
//   ownOrAsk(v) held, or sent with v as the ids (GUIDs compared without braces, in lower case);
//   notAid(v)   held, or sent with none of v as an id and six ids apart (no two visits merged).
// Calendar: Los Angeles is on daylight time from 14 March 2027 (UTC-7):
//   Hollis 22 March 09:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z,
//   Hollis 24 March 08:30 = 15:30Z, Moreau 24 March 11:00 = 18:00Z, Obi 25 March 15:15 = 22:15Z.
//
// Part 2 (zoned date stamps): the three-row probe (Hollis 22 March 9:00, Obi 22 March 10:00,
// Lindqvist 23 March 13:30 at Los Angeles), judged by start-probes.ts; DST days in other zones.
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';
import { expectNoWrong, MARCH, obiAt, type Want } from './start-probes.ts';
import {
  APPT,
  type Cols,
  held,
  lines as threeLines,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-62r3');
const LA = 'America/Los_Angeles';
const read = (file: string, timeZone = LA, profile?: string): Promise<Run> =>
  collect(file, { timeZone, ...(profile ? { profile } : {}) }).catch(() => 'refused' as const);

// =============================================================================================
// Part 1. GUIDs
// =============================================================================================
type Col = [string, string[]];
const SIX: Col[] = [
  ['Appt Date', ['03/22/2027', '03/22/2027', '03/23/2027', '03/24/2027', '03/24/2027', '03/25/2027']],
  ['Appt Time', ['9:00 AM', '10:00 AM', '1:30 PM', '8:30 AM', '11:00 AM', '3:15 PM']],
  [
    'Patient',
    ['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven', 'Hollis, Grace', 'Moreau, Claire', 'Obi, Adaeze'],
  ],
  ['DOB', ['06/02/1970', '04/05/1999', '08/29/1963', '06/02/1970', '12/11/1985', '04/05/1999']],
  ['Patient ID', ['100415', '100871', '100954', '100415', '101122', '100871']],
  [
    'Provider',
    ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel', 'Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Raj Lee'],
  ],
  ['Type', ['Follow Up', 'New Patient', 'Follow Up', 'Physical', 'Consult', 'Follow Up']],
  ['Status', ['Scheduled', 'Scheduled', 'Confirmed', 'Scheduled', 'Scheduled', 'Confirmed']],
];
const SIX_STARTS = [
  '2027-03-22T16:00',
  '2027-03-22T17:00',
  '2027-03-23T20:30',
  '2027-03-24T15:30',
  '2027-03-24T18:00',
  '2027-03-25T22:15',
];
const cell = (v: string): string => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const sixLines = (cols: Col[]): string[] => [
  cols.map(([h]) => cell(h)).join(','),
  ...cols[0]![1].map((_, i) => cols.map(([, v]) => cell(v[i] ?? '')).join(',')),
];
const runSix = (extra: Col[]): Promise<Run> => read(files.write(sixLines([...extra, ...SIX])));

type Outcome = { own: string[] } | { ownOrAsk: string[] } | { notAid: string[] };
/** A GUID as compared: braces off, lower case (an id written either way is the same key). */
const norm = (v: string): string => v.replace(/^\{|\}$/g, '').toLowerCase();
const ids = (r: Run): string[] => (r === 'refused' ? [] : r.appointments.map((a) => a.appointmentId));

function wrongSix(r: Run, outcome: Outcome): string {
  if ('own' in outcome && held(r))
    return `false hold: ${r === 'refused' ? 'refused' : JSON.stringify(r.summary.doubts?.map((d) => d.message))}`;
  if (held(r) || r === 'refused') return '';
  if (r.errors.length) return `row errors: ${r.errors.map((e) => e.message).join('; ')}`;
  const starts = r.appointments.map((a) => a.start.toISOString().slice(0, 16));
  if (JSON.stringify(starts) !== JSON.stringify(SIX_STARTS)) return `starts ${starts.join(', ')}`;
  if ('notAid' in outcome) {
    const values = new Set(outcome.notAid.map(norm));
    const taken = ids(r).filter((v) => values.has(norm(v)));
    if (taken.length) return `taken as the id: ${taken.join(', ')}`;
    return new Set(ids(r)).size === 6 ? '' : `visits merged: ${ids(r).join(', ')}`;
  }
  const want = 'own' in outcome ? outcome.own : outcome.ownOrAsk;
  return JSON.stringify(ids(r).map(norm)) === JSON.stringify(want.map(norm))
    ? ''
    : `ids ${ids(r).join(', ')}`;
}
const expectSix = async (extra: Col[], outcome: Outcome): Promise<void> => {
  expect(wrongSix(await runSix(extra), outcome)).toBe('');
};

const OWN = ['88101', '88102', '88109', '88117', '88120', '88134'];
/** Six GUIDs, one per row. */
const G = [
  '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  'a8098c1a-f86e-11da-bd1a-00112444be1e',
  '16fd2706-8baf-433b-82eb-8c7fada847da',
  '886313e1-3b8a-5372-9b90-0c9aee199e5d',
  'c9bf9e57-1685-4c89-bafb-ff5af830be8a',
];
/** The patient's GUID on each row: Hollis' and Obi's repeat. */
const BY_PATIENT = [G[0]!, G[1]!, G[2]!, G[0]!, G[4]!, G[1]!];
/** The provider's GUID: Patel, Lee. */
const BY_PROVIDER = [G[3]!, G[5]!, G[3]!, G[3]!, G[5]!, G[5]!];
/** One GUID on every row: the practice's, the export run's. */
const ONE = Array<string>(6).fill(G[2]!);
const upper = (v: string[]) => v.map((g) => g.toUpperCase());
const braced = (v: string[]) => v.map((g) => `{${g}}`);
const bare = (v: string[]) => v.map((g) => g.replace(/-/g, ''));

describe("1A. another thing's GUID beside Appt ID: the Appt ID", () => {
  it.each<[string, string[]]>([
    ['Patient GUID', BY_PATIENT],
    ['PatientGUID', BY_PATIENT],
    ['Patient UUID', BY_PATIENT],
    ['patient_guid', BY_PATIENT],
    ['PatientUUID', BY_PATIENT],
    ['Person GUID', BY_PATIENT],
    ['Chart GUID', BY_PATIENT],
    ['Provider GUID', BY_PROVIDER],
    ['ProviderUUID', BY_PROVIDER],
    ['Resource GUID', BY_PROVIDER],
    ['Practice GUID', ONE],
    ['PracticeUUID', ONE],
    ['Location GUID', ONE],
    ['Facility GUID', ONE],
    ['Session GUID', ONE],
    ['Export GUID', ONE],
    ['Batch GUID', ONE],
    ['RowGuid', G],
    ['rowguid', G],
    ['ROWGUID', G],
    ['Row GUID', G],
    ['Record GUID', G],
    ['GUID', G],
    ['UUID', G],
    ['Encounter GUID', G],
    ['Claim GUID', G],
    ['Reminder GUID', G],
    ['Slot GUID', G],
    ['Patient GUID', upper(BY_PATIENT)],
    ['Patient GUID', braced(BY_PATIENT)],
  ])('%s (%#) beside Appt ID: sent with the Appt ID', async (header, values) => {
    await expectSix(
      [
        [header, values],
        ['Appt ID', OWN],
      ],
      { own: OWN },
    );
  });
});

describe("1B. another thing's GUID and no appointment id: never the id", () => {
  it.each<[string, string[]]>([
    ['Patient GUID', BY_PATIENT],
    ['PatientUUID', BY_PATIENT],
    ['patient_guid', BY_PATIENT],
    ['Person GUID', BY_PATIENT],
    ['Provider GUID', BY_PROVIDER],
    ['ProviderUUID', BY_PROVIDER],
    ['Resource GUID', BY_PROVIDER],
    ['Practice GUID', ONE],
    ['Location GUID', ONE],
    ['Session GUID', ONE],
    ['Export GUID', ONE],
    ['Batch GUID', ONE],
    ['Encounter GUID', G],
    ['EncounterUUID', G],
    ['Claim GUID', G],
    ['Reminder GUID', G],
    ['Message GUID', G],
    ['Slot GUID', G],
    ['Series GUID', G],
    ['Recurrence GUID', G],
    ['Request GUID', G],
    ['Transaction GUID', G],
    ['Correlation ID', G],
    ['GUID', BY_PATIENT],
    ['UUID', BY_PROVIDER],
    ['GUID', ONE],
  ])('%s (%#) alone: never the id', async (header, values) => {
    await expectSix([[header, values]], { notAid: values });
  });
  // A SQL Server `rowguid` (ROWGUIDCOL) is the row's key in its table: an appointments table's
  // would be the visit's own, a view's NEWID() a new one each run. Asked, or taken as a bare ID.
  it.each<[string]>([['RowGuid'], ['rowguid'], ['Row GUID'], ['Record GUID']])(
    '%s of six GUIDs alone: held, or sent with them',
    async (header) => {
      await expectSix([[header, G]], { ownOrAsk: G });
    },
  );
});

describe('1C. Appt GUID as real exports write it', () => {
  it.each<[string, string, string[]]>([
    ['Appt GUID', 'upper case', upper(G)],
    ['Appt GUID', 'in braces', braced(G)],
    ['Appt GUID', 'in braces, upper case', braced(upper(G))],
    ['Appt GUID', 'without dashes', bare(G)],
    ['AppointmentUUID', 'upper case', upper(G)],
    ['AppointmentUUID', 'in braces', braced(G)],
    ['Appointment GUID', 'as written', G],
    ['ApptGuid', 'as written', G],
    ['appointment_uuid', 'as written', G],
  ])('%s %s: held, or sent with them', async (header, _how, values) => {
    await expectSix([[header, values]], { ownOrAsk: values });
  });
  it.each<[string, string, string[]]>([
    ['Appt GUID', "the patient's GUID copied in (Hollis' two visits one GUID)", BY_PATIENT],
    ['Appt GUID', "the provider's GUID", BY_PROVIDER],
    ['Appt GUID', 'one GUID on every row', ONE],
    ['Appt GUID', 'the nil GUID on every row', Array<string>(6).fill('00000000-0000-0000-0000-000000000000')],
    ['AppointmentUUID', "the patient's GUID copied in", BY_PATIENT],
    ['AppointmentUUID', 'one GUID on every row', ONE],
    [
      'Appt GUID',
      'upper and lower case of one GUID on two rows',
      [G[0]!, G[1]!, G[2]!, G[0]!.toUpperCase(), G[4]!, G[5]!],
    ],
    [
      'Appt GUID',
      'braced and bare of one GUID on two rows',
      [G[0]!, G[1]!, G[2]!, `{${G[0]!}}`, G[4]!, G[5]!],
    ],
  ])('%s, %s: never merges two visits', async (header, _how, values) => {
    await expectSix([[header, values]], { notAid: values });
  });
  it('Appt GUID beside Patient GUID: the Appt GUID', async () => {
    await expectSix(
      [
        ['Patient GUID', BY_PATIENT],
        ['Appt GUID', G],
      ],
      { ownOrAsk: G },
    );
  });
  it('Appt GUID whose values are the Patient GUID column copied: never the id', async () => {
    await expectSix(
      [
        ['Patient GUID', BY_PATIENT],
        ['Appt GUID', BY_PATIENT],
      ],
      { notAid: BY_PATIENT },
    );
  });
  it('Appt GUID with the nil GUID on one row: held, or that row not sent under it', async () => {
    const values = [G[0]!, '00000000-0000-0000-0000-000000000000', G[2]!, G[3]!, G[4]!, G[5]!];
    const r = await runSix([['Appt GUID', values]]);
    if (held(r) || r === 'refused') return;
    expect(ids(r)).not.toContain('00000000-0000-0000-0000-000000000000');
  });
  it('Appt GUID empty on one row: held, or that row a row error', async () => {
    const values = [G[0]!, '', G[2]!, G[3]!, G[4]!, G[5]!];
    const r = await runSix([['Appt GUID', values]]);
    if (held(r) || r === 'refused') return;
    const obi = r.appointments.find((a) => a.start.toISOString().startsWith('2027-03-22T17:00'));
    if (obi) expect(obi.appointmentId).not.toBe('');
    else expect(r.errors.some((e) => e.line === 3)).toBe(true);
  });
});

// =============================================================================================
// Part 2. A date column written as a zoned timestamp beside a time column
// =============================================================================================
const DOB3: [string, string[]] = ['DOB', ['06/02/1970', '04/05/1999', '08/09/1963']];
const REST3: Cols = [PATIENT, DOB3, PID, PROVIDER, APPT];
const TIMES = ['9:00 AM', '10:00 AM', '1:30 PM'];
/** The three rows' date cells, `f` of each row's day (22, 22, 23 March). */
const days = (f: (day: number) => string): string[] => [f(22), f(22), f(23)];
const ALL_HELD: Want = [null, null, null];
const runThree = (cols: Cols, timeZone = LA): Promise<Run> => read(files.write(threeLines(cols)), timeZone);
const HEADS = ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID'];
const COLUMNS = {
  date: 'Appt Date',
  time: 'Appt Time',
  patientName: 'Patient',
  dob: 'DOB',
  patientId: 'Patient ID',
  providerName: 'Provider',
  appointmentId: 'Appt ID',
};
const confirmed = (dates: string[], times: string[]): Promise<Run> =>
  read(
    files.write(threeLines([['Appt Date', dates], ['Appt Time', times], ...REST3])),
    LA,
    confirmedProfile(files, COLUMNS, HEADS),
  );
const dd = (d: number): string => String(d).padStart(2, '0');

/** Each stamp, by hand: Los Angeles PDT (UTC-7). */
const STAMPS: Array<[string, (d: number) => string, Want]> = [
  // Los Angeles' midnight by toISOString: local 00:00 on the day
  ["LA's midnight in UTC", (d) => `2027-03-${dd(d)}T07:00:00.000Z`, MARCH],
  // a .NET DataSet's UTC midnight: the day as written
  ['UTC midnight, Z', (d) => `2027-03-${dd(d)}T00:00:00.000Z`, MARCH],
  ['UTC midnight, +00:00', (d) => `2027-03-${dd(d)}T00:00:00+00:00`, MARCH],
  ["LA's midnight with its offset", (d) => `2027-03-${dd(d)}T00:00:00-07:00`, MARCH],
  // midnight PST written in winter's offset: 01:00 PDT on the day
  ['midnight with the winter offset', (d) => `2027-03-${dd(d)}T00:00:00-08:00`, MARCH],
  ['midnight PST in UTC (08:00Z = 01:00 PDT)', (d) => `2027-03-${dd(d)}T08:00:00.000Z`, MARCH],
  ['noon UTC (05:00 PDT)', (d) => `2027-03-${dd(d)}T12:00:00Z`, MARCH],
  ['noon, +00:00', (d) => `2027-03-${dd(d)}T12:00:00.000+00:00`, MARCH],
  ["Berlin's midnight with its offset", (d) => `2027-03-${dd(d)}T00:00:00+01:00`, MARCH],
  ["Tokyo's midnight with its offset", (d) => `2027-03-${dd(d)}T00:00:00+09:00`, MARCH],
  ["India's midnight with its offset", (d) => `2027-03-${dd(d)}T00:00:00+05:30`, MARCH],
  ['a moment in the afternoon, LA offset (21:22Z)', (d) => `2027-03-${dd(d)}T14:22:00-07:00`, MARCH],
  ['a morning moment in New York (14:00Z, 07:00 PDT)', (d) => `2027-03-${dd(d)}T10:00:00-04:00`, MARCH],
  // the visits' own starts, in UTC, in LA's offset, in New York's
  ['the start in UTC', (d) => (d === 23 ? '2027-03-23T20:30:00Z' : '2027-03-22T16:00:00Z'), MARCH],
  // UTC midnight of the day, written on LA's clock (a JavaScript date-only string read as UTC and
  // printed with the local offset): 17:00 the day before, which no visit's day is
  ['UTC midnight printed on LA clock', (d) => `2027-03-${dd(d - 1)}T17:00:00-07:00`, ALL_HELD],
  ['UTC midnight printed on LA clock, ms', (d) => `2027-03-${dd(d - 1)}T17:00:00.000-07:00`, ALL_HELD],
  // a midnight of a zone one hour east (Denver, -06:00) printed on LA's clock or in UTC: 23:00
  // local the day before
  ['23:00 local the day before, LA offset', (d) => `2027-03-${dd(d - 1)}T23:00:00-07:00`, ALL_HELD],
  ['23:00 local the day before, in UTC', (d) => `2027-03-${dd(d)}T06:00:00Z`, ALL_HELD],
  ['19:40 local the day before, in UTC', (d) => `2027-03-${dd(d)}T02:40:00Z`, ALL_HELD],
  // 01:00+02:00 is 23:00Z the day before and 16:00 PDT: written and local days differ
  ['01:00 at +02:00', (d) => `2027-03-${dd(d)}T01:00:00+02:00`, ALL_HELD],
  // UTC midnight printed in India's offset: 05:30 written, 17:00 PDT the day before
  ['UTC midnight printed at +05:30', (d) => `2027-03-${dd(d)}T05:30:00+05:30`, ALL_HELD],
];

describe('2A. zoned stamps beside a time column, read without a mapping', () => {
  it.each(STAMPS.map(([what, f, want]) => [what, f, want] as const))('%s', async (_what, f, want) => {
    await expectNoWrong(runThree([['Appt Date', days(f)], ['Appt Time', TIMES], ...REST3]), want);
  });
  it.each(STAMPS.map(([what, f, want]) => [what, f, want] as const))(
    'headed Date / Start Time: %s',
    async (_what, f, want) => {
      await expectNoWrong(runThree([['Date', days(f)], ['Start Time', TIMES], ...REST3]), want);
    },
  );
  it.each(STAMPS.map(([what, f, want]) => [what, f, want] as const))(
    '24-hour times: %s',
    async (_what, f, want) => {
      await expectNoWrong(
        runThree([['Appt Date', days(f)], ['Appt Time', ['09:00', '10:00', '13:30']], ...REST3]),
        want,
      );
    },
  );
});

describe('2B. the same stamps through a confirmed mapping', () => {
  it.each(STAMPS.map(([what, f, want]) => [what, f, want] as const))('%s', async (_what, f, want) => {
    await expectNoWrong(confirmed(days(f), TIMES), want);
  });
});

describe('2C. the time column empty on a row, or the end', () => {
  const obiNoTime = ['9:00 AM', '', '1:30 PM'];
  it.each<[string, (d: number) => string, Want]>([
    // a kept midnight with no time on Obi's row: Obi's start is not known
    ["LA's midnight in UTC", (d) => `2027-03-${dd(d)}T07:00:00.000Z`, obiAt(null)],
    ['UTC midnight', (d) => `2027-03-${dd(d)}T00:00:00.000Z`, obiAt(null)],
    ['noon UTC', (d) => `2027-03-${dd(d)}T12:00:00Z`, obiAt(null)],
    ['a moment, LA offset', (d) => `2027-03-${dd(d)}T14:22:00-07:00`, obiAt(null)],
    ['UTC midnight on LA clock', (d) => `2027-03-${dd(d - 1)}T17:00:00-07:00`, ALL_HELD],
  ])('no time on Obi’s row, %s', async (_what, f, want) => {
    const r = await runThree([['Appt Date', days(f)], ['Appt Time', obiNoTime], ...REST3]);
    if (held(r) || r === 'refused') return;
    // Obi's row: a row error on line 3 naming the empty time (an empty cell has no value to name)
    if (want[1] === null) {
      expect(r.appointments.map((a) => a.patient.lastName)).not.toContain('Obi');
      expect(r.errors.some((e) => e.line === 3 && e.field === 'time')).toBe(true);
    }
    const others = r.appointments.filter((a) => a.patient.lastName !== 'Obi');
    for (const a of others)
      expect(a.start.toISOString().slice(0, 16)).toBe(a.patient.lastName === 'Hollis' ? MARCH[0] : MARCH[2]);
  });
  it("no time on Obi's row, the stamps the starts: Obi at 17:00Z or a row error", async () => {
    const dates = ['2027-03-22T16:00:00Z', '2027-03-22T17:00:00Z', '2027-03-23T20:30:00Z'];
    await expectNoWrong(runThree([['Appt Date', dates], ['Appt Time', obiNoTime], ...REST3]), MARCH);
  });
  it.each<[string, (d: number) => string]>([
    ["LA's midnight in UTC", (d) => `2027-03-${dd(d)}T07:00:00.000Z`],
    ['UTC midnight', (d) => `2027-03-${dd(d)}T00:00:00.000Z`],
    ['noon UTC', (d) => `2027-03-${dd(d)}T12:00:00Z`],
    ['UTC midnight on LA clock', (d) => `2027-03-${dd(d - 1)}T17:00:00-07:00`],
  ])('only an End Time beside %s: no start sent', async (_what, f) => {
    const ends = ['9:30 AM', '10:30 AM', '2:00 PM'];
    await expectNoWrong(runThree([['Appt Date', days(f)], ['End Time', ends], ...REST3]), ALL_HELD);
  });
  it.each<[string, (d: number) => string]>([
    ["LA's midnight in UTC", (d) => `2027-03-${dd(d)}T07:00:00.000Z`],
    ['UTC midnight', (d) => `2027-03-${dd(d)}T00:00:00.000Z`],
  ])('Start Time and End Time beside %s: the start time', async (_what, f) => {
    const ends = ['9:30 AM', '10:30 AM', '2:00 PM'];
    await expectNoWrong(
      runThree([['Appt Date', days(f)], ['Start Time', TIMES], ['End Time', ends], ...REST3]),
      MARCH,
    );
  });
});

/** `local` on the clock of `zone` as UTC minutes, or null where that wall time does not happen or
 *  happens twice (the row must then not go). */
const utcOf = (zone: string, local: string): string | null => {
  try {
    return Temporal.PlainDateTime.from(local)
      .toZonedDateTime(zone, { disambiguation: 'reject' })
      .toInstant()
      .toString()
      .slice(0, 16);
  } catch {
    return null;
  }
};
/** The zone's midnight of `day` as toISOString writes it. */
const keptMidnight = (zone: string, day: string): string =>
  Temporal.PlainDate.from(day)
    .toZonedDateTime({ timeZone: zone })
    .toInstant()
    .toString({ fractionalSecondDigits: 3 });

describe('2D. clock-change days: a kept midnight beside the time', () => {
  // Spring forward: LA 14 March 2027 02:00, New York 14 March, London 28 March 01:00 UTC, Berlin
  // 28 March 02:00, Sydney back 4 April 03:00, Auckland back 4 April 03:00; fall back: LA and New
  // York 7 November 2027.
  const DAYS: Array<[string, string]> = [
    [LA, '2027-03-14'],
    [LA, '2027-11-07'],
    ['America/New_York', '2027-03-14'],
    ['America/New_York', '2027-11-07'],
    ['America/Chicago', '2027-03-14'],
    ['Europe/London', '2027-03-28'],
    ['Europe/Berlin', '2027-03-28'],
    ['Australia/Sydney', '2027-04-04'],
    ['Pacific/Auckland', '2027-04-04'],
    ['Pacific/Honolulu', '2027-03-22'],
  ];
  // Three times: Hollis 9:00, Obi 1:30 (missing or doubled near the change in the Americas),
  // Lindqvist 13:30.
  const CLOCKS = ['09:00', '01:30', '13:30'];
  it.each(DAYS)('%s %s: each start on that day, a missing or doubled time never sent', async (zone, day) => {
    const stamp = keptMidnight(zone, day);
    const want = CLOCKS.map((c) => utcOf(zone, `${day}T${c}`));
    const r = await runThree([['Appt Date', [stamp, stamp, stamp]], ['Appt Time', CLOCKS], ...REST3], zone);
    await expectNoWrong(Promise.resolve(r), want);
  });
  // UTC midnight printed on the practice's clock west of UTC: the day before at 16:00-20:00
  it.each<[string, string]>([
    ['America/New_York', '2027-03-21T20:00:00-04:00'],
    ['America/Chicago', '2027-03-21T19:00:00-05:00'],
    ['America/Denver', '2027-03-21T18:00:00-06:00'],
    ['America/Phoenix', '2027-03-21T17:00:00-07:00'],
    ['Pacific/Honolulu', '2027-03-21T14:00:00-10:00'],
  ])('%s, UTC midnight of 22 March printed on its clock (%s): held', async (zone, stamp) => {
    const r = await runThree([['Appt Date', [stamp, stamp, stamp]], ['Appt Time', CLOCKS], ...REST3], zone);
    await expectNoWrong(Promise.resolve(r), ALL_HELD);
  });
  // East of UTC the same printing keeps the day: Tokyo 22 March 09:00+09:00 is 00:00Z 22 March
  it.each<[string, string, string]>([
    ['Asia/Tokyo', '2027-03-22T09:00:00+09:00', '2027-03-22'],
    ['Europe/Berlin', '2027-03-22T01:00:00+01:00', '2027-03-22'],
    ['Australia/Sydney', '2027-03-22T11:00:00+11:00', '2027-03-22'],
  ])('%s, UTC midnight printed on its clock (%s): that day', async (zone, stamp, day) => {
    const want = ['09:00', '10:00', '13:30'].map((c) => utcOf(zone, `${day}T${c}`));
    const r = await runThree(
      [['Appt Date', [stamp, stamp, stamp]], ['Appt Time', ['09:00', '10:00', '13:30']], ...REST3],
      zone,
    );
    await expectNoWrong(Promise.resolve(r), want);
  });
});

describe('2E. a time column that repeats a kept date’s clock on one row', () => {
  // Every stamp is UTC's midnight of the row's day printed on LA's clock (17:00-07:00 the day
  // before); Obi's visit is at 5:00 PM, the stamp's clock. The other rows show the stamp is a kept
  // date, not a start: Obi's row names 22 March (23 March 00:00Z) or 21 March 17:00 (22 March
  // 00:00Z), and which is not sure.
  const dates = days((d) => `2027-03-${dd(d - 1)}T17:00:00-07:00`);
  const times = ['9:00 AM', '5:00 PM', '1:30 PM'];
  it('read without a mapping: nothing sent at 21 March 17:00', async () => {
    await expectNoWrong(runThree([['Appt Date', dates], ['Appt Time', times], ...REST3]), ALL_HELD);
  });
  it('through a confirmed mapping: nothing sent at 21 March 17:00', async () => {
    await expectNoWrong(confirmed(dates, times), ALL_HELD);
  });
});
