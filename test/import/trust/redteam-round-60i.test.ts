// Red team, round 60i: an export with several columns that could be the visit's start, the
// patient's id or the appointment's id (the blind layouts 439 Oryx Dental, 440 drcloudEHR and 441
// AllegianceMD: created, last-modified, original, requested, actual and check-in times beside the
// booked one; a guarantor, an account, a case and an insurance member beside the chart number; a
// treatment plan, a recurring series and an encounter beside the appointment's id). Each probe is
// the three-row file (Hollis, Obi, Lindqvist) at the Los Angeles practice. Outcomes were worked out
// by hand before the first run:
//   sends     the file proves the reading: sent, all three booked at the booked times;
//   noGuess   no booked time in the file: held, row errors, or sent at the booked times only
//             (never a requested, original or check-in time sent as the start);
//   pid / aid sent with the named column's values as the patient's / the appointment's ids;
//   notPid / notAid  held, or sent without the named column's values as those ids (a guarantor,
//             subscriber, member, series or treatment-plan number is never taken for one).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  obiNotBooked,
  type Run,
  sent,
  STARTS,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-60i');
const run = probeRunner(files);
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

const dated = (header: string, days: string[], times: string[]): [string, string[]] => [
  header,
  times.map((t, i) => `${days[i]} ${t}`),
];
const OTHER_TIMES = ['8:00 AM', '3:00 PM', '11:15 AM'];
const EARLIER_DAYS = ['03/19/2027', '03/20/2027', '03/21/2027'];
const CREATED_DAYS = ['03/01/2027', '03/02/2027', '03/05/2027'];
const CHECK_IN_TIMES = ['8:52 AM', '10:07 AM', '1:41 PM'];
const BOOKED_TIMES = TIME[1];

/** Every sent start is one of the booked starts (or nothing was sent). */
const noGuess = (r: Run): void => {
  if (held(r) || r === 'refused') return;
  for (const a of r.appointments) expect(STARTS).toContain(a.start.toISOString().slice(0, 16));
};

describe('a start beside other times of the same visit', () => {
  const withDate = (cols: Cols): Cols => [DATE, ...cols, PATIENT, DOB, PID, PROVIDER, APPT];
  const noDate = (cols: Cols): Cols => [...cols, PATIENT, DOB, PID, PROVIDER, APPT];
  it.each<[string, Cols, 'sends' | 'noGuess']>([
    [
      'Original Date/Time before Appt Time',
      withDate([dated('Original Date/Time', EARLIER_DAYS, OTHER_TIMES), TIME]),
      'sends',
    ],
    [
      'Rescheduled From before Appt Time',
      withDate([dated('Rescheduled From', EARLIER_DAYS, OTHER_TIMES), TIME]),
      'sends',
    ],
    ['Requested Time before Appt Time', withDate([['Requested Time', OTHER_TIMES], TIME]), 'sends'],
    ['Preferred Time before Appt Time', withDate([['Preferred Time', OTHER_TIMES], TIME]), 'sends'],
    ['Original Appt Time before Appt Time', withDate([['Original Appt Time', OTHER_TIMES], TIME]), 'sends'],
    [
      'Actual Start (date and time) before Scheduled Time',
      withDate([dated('Actual Start', DATE[1], CHECK_IN_TIMES), ['Scheduled Time', BOOKED_TIMES]]),
      'sends',
    ],
    [
      'Check-In (date and time) before Appt Time',
      withDate([dated('Check-In', DATE[1], CHECK_IN_TIMES), TIME]),
      'sends',
    ],
    [
      'Created (date and time) before Appt Time',
      withDate([dated('Created', CREATED_DAYS, OTHER_TIMES), TIME]),
      'sends',
    ],
    [
      'Last Modified (date and time) before Appt Time',
      withDate([dated('Last Modified', CREATED_DAYS, OTHER_TIMES), TIME]),
      'sends',
    ],
    [
      'Requested Date/Time before Appt Date/Time',
      noDate([
        dated('Requested Date/Time', EARLIER_DAYS, OTHER_TIMES),
        dated('Appt Date/Time', DATE[1], BOOKED_TIMES),
      ]),
      'sends',
    ],
    // no booked time at all: nothing here is the start
    ['only a Requested Time', withDate([['Requested Time', OTHER_TIMES]]), 'noGuess'],
    [
      'only an Original Date/Time',
      withDate([dated('Original Date/Time', EARLIER_DAYS, OTHER_TIMES)]),
      'noGuess',
    ],
    ['only a Check-In Time', withDate([['Check-In Time', CHECK_IN_TIMES]]), 'noGuess'],
  ])('%s', async (_, cols, outcome) => {
    const r = await run(cols);
    if (outcome === 'sends') expect(sent(r)).toEqual(ALL_THREE);
    else noGuess(r);
  });
});

const ids = (r: Run, of: 'patient' | 'appointment'): string[] | null =>
  held(r) || r === 'refused'
    ? null
    : r.appointments.map((a) => (of === 'patient' ? a.patient.patientId : a.appointmentId));

describe("the patient's own number beside other people's and other things' numbers", () => {
  const base = (cols: Cols): Cols => [DATE, TIME, PATIENT, DOB, ...cols, PROVIDER, APPT];
  const CHART = ['1042', '1043', '2210'];
  it.each<[string, Cols, 'pid' | 'notPid', string[]]>([
    [
      'Chart # beside a shared Guarantor #',
      [
        ['Chart #', CHART],
        ['Guarantor #', ['1042', '1042', '2210']],
      ],
      'pid',
      CHART,
    ],
    [
      'a shared Account # before the MRN',
      [
        ['Account #', ['A-2041', 'A-2041', 'A-2290']],
        ['MRN', ['KC00412', 'KC01320', 'KC00988']],
      ],
      'pid',
      ['KC00412', 'KC01320', 'KC00988'],
    ],
    [
      'Member ID before Patient ID',
      [['Member ID', ['HMSA-883190422', 'HMSA-771045213', 'UHA-20417753']], PID],
      'pid',
      PID[1],
    ],
    [
      'a family Case # before Client ID',
      [
        ['Case #', ['C-5522', 'C-5522', 'C-5540']],
        ['Client ID', ['10240', '10241', '10255']],
      ],
      'pid',
      ['10240', '10241', '10255'],
    ],
    [
      'only a Guarantor #, one per person',
      [['Guarantor #', ['200415', '200871', '200954']]],
      'notPid',
      ['200415', '200871', '200954'],
    ],
    [
      'only an Ins Subscriber ID',
      [['Ins Subscriber ID', ['DDP884201937', 'DLT55102', 'MTL400119827']]],
      'notPid',
      ['DDP884201937', 'DLT55102', 'MTL400119827'],
    ],
    [
      'only a Member ID',
      [['Member ID', ['HMSA-883190422', 'HMSA-771045213', 'UHA-20417753']]],
      'notPid',
      ['HMSA-883190422', 'HMSA-771045213', 'UHA-20417753'],
    ],
  ])('%s', async (_, cols, outcome, values) => {
    const r = await run(base(cols));
    const got = ids(r, 'patient');
    if (outcome === 'pid') expect(got).toEqual(values);
    else if (got) for (const v of got) expect(values).not.toContain(v);
  });
});

describe("the appointment's own id beside a series, a plan or an encounter", () => {
  const base = (cols: Cols): Cols => [DATE, TIME, PATIENT, DOB, PID, PROVIDER, ...cols];
  const SERIES = ['S-1187', 'S-1203', 'S-1290'];
  it.each<[string, Cols, 'aid' | 'notAid', string[]]>([
    ['Series ID before Appt ID', [['Series ID', SERIES], APPT], 'aid', APPT[1]],
    [
      'a repeated Series ID before Appointment ID',
      [
        ['Series ID', ['S-1187', 'S-1187', 'S-1203']],
        ['Appointment ID', APPT[1]],
      ],
      'aid',
      APPT[1],
    ],
    [
      'Encounter # before Appt #',
      [
        ['Encounter #', ['E-77810', 'E-77811', 'E-77815']],
        ['Appt #', ['61203', '61204', '61207']],
      ],
      'aid',
      ['61203', '61204', '61207'],
    ],
    ['Tx Plan # before Appt ID', [['Tx Plan #', ['TP-3120', 'TP-3155', 'TP-3167']], APPT], 'aid', APPT[1]],
    ['only a Series ID', [['Series ID', SERIES]], 'notAid', SERIES],
    ['only a Recurrence ID', [['Recurrence ID', SERIES]], 'notAid', SERIES],
    [
      'only a Tx Plan #',
      [['Tx Plan #', ['TP-3120', 'TP-3155', 'TP-3167']]],
      'notAid',
      ['TP-3120', 'TP-3155', 'TP-3167'],
    ],
  ])('%s', async (_, cols, outcome, values) => {
    const r = await run(base(cols));
    const got = ids(r, 'appointment');
    if (outcome === 'aid') expect(got).toEqual(values);
    else if (got) for (const v of got) expect(values).not.toContain(v);
  });
});

// A second sweep (about 110 probes printed first, none sent a wrong start, id, name or birth date);
// kept here as guards, each outcome judged by hand by the rules at the top of this file.
describe('guards from the sweep', () => {
  const OBI_MOVED = ['', '03/24/2027 9:00 AM', ''];
  const GUARANTORS = ['Hollis, Mark', 'Obi, Chidi', 'Lindqvist, Eva'];
  const withDate = (cols: Cols): Cols => [DATE, ...cols, PATIENT, DOB, PID, PROVIDER, APPT];
  it.each<[string, Cols, 'sends' | 'noGuess']>([
    [
      "a plain 'Time' of check-in beside 'Scheduled Time'",
      withDate([
        ['Time', CHECK_IN_TIMES],
        ['Scheduled Time', BOOKED_TIMES],
      ]),
      'noGuess',
    ],
    [
      "a plain 'Date/Time' of creation beside 'Appt Date/Time'",
      [
        dated('Date/Time', CREATED_DAYS, OTHER_TIMES),
        dated('Appt Date/Time', DATE[1], BOOKED_TIMES),
        PATIENT,
        DOB,
        PID,
        PROVIDER,
        APPT,
      ],
      'noGuess',
    ],
    [
      "'Slot' beside 'Booked Time'",
      withDate([
        ['Slot', OTHER_TIMES],
        ['Booked Time', BOOKED_TIMES],
      ]),
      'noGuess',
    ],
    [
      'Requested Appt Date and Time before Appt Date and Time',
      [
        ['Requested Appt Date', EARLIER_DAYS],
        ['Requested Appt Time', OTHER_TIMES],
        DATE,
        TIME,
        PATIENT,
        DOB,
        PID,
        PROVIDER,
        APPT,
      ],
      'sends',
    ],
    [
      'Date Scheduled (when booked) before Appt Date',
      [['Date Scheduled', CREATED_DAYS], DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT],
      'sends',
    ],
    [
      'Guarantor DOB before DOB',
      [
        DATE,
        TIME,
        PATIENT,
        ['Guarantor DOB', ['01/15/1968', '09/30/1970', '02/27/1961']],
        DOB,
        PID,
        PROVIDER,
        APPT,
      ],
      'sends',
    ],
    [
      'Account Name before Patient',
      [DATE, TIME, ['Account Name', GUARANTORS], PATIENT, DOB, PID, PROVIDER, APPT],
      'sends',
    ],
  ])('%s', async (_, cols, outcome) => {
    const r = await run(cols);
    if (outcome === 'sends') {
      expect(sent(r)).toEqual(ALL_THREE);
      if (r !== 'refused')
        expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1970-06-02', '1999-04-05', '1963-08-29']);
    } else noGuess(r);
  });

  it("a moved booking ('Rescheduled To' on Obi's row, status Rescheduled) goes cancelled at its old time", async () => {
    const r = await run(
      withDate([TIME, ['Status', ['Scheduled', 'Rescheduled', 'Scheduled']], ['Rescheduled To', OBI_MOVED]]),
    );
    expect(sent(r)).toEqual([
      `${STARTS[0]} NEW Hollis`,
      `${STARTS[1]} CANCEL Obi`,
      `${STARTS[2]} NEW Lindqvist`,
    ]);
  });

  it("'Rescheduled To' on Obi's row with no status: never sent booked at the old time", async () => {
    const r = await run(withDate([TIME, ['Rescheduled To', OBI_MOVED]]));
    expect(obiNotBooked(r)).toBe(true);
  });

  it.each<[string, string, string[]]>([
    ['Claim #', 'appointment', ['CL-901', 'CL-902', 'CL-903']],
    ['Encounter #', 'appointment', ['E-77810', 'E-77811', 'E-77815']],
    ['Authorization #', 'appointment', ['AU-901', 'AU-902', 'AU-903']],
    ['Policy #', 'patient', ['W123456789', 'W223456789', 'W323456789']],
    ['Household ID', 'patient', ['H-11', 'H-12', 'H-13']],
  ])("only a '%s': never the %s's id", async (header, of, values) => {
    const cols: Cols =
      of === 'patient'
        ? [DATE, TIME, PATIENT, DOB, [header, values], PROVIDER, APPT]
        : [DATE, TIME, PATIENT, DOB, PID, PROVIDER, [header, values]];
    const got = ids(await run(cols), of as 'patient' | 'appointment');
    if (got) for (const v of got) expect(values).not.toContain(v);
  });

  it('an Appt ID two patients share is never sent as one appointment', async () => {
    const r = await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, ['Appt ID', ['88101', '88101', '88103']]]);
    const got = ids(r, 'appointment');
    if (got) expect(new Set(got).size).toBe(got.length);
  });
});
