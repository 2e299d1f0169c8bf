// Red team, round 57r1: the loosenings of stop 57 (files once held and now sent) attacked for
// WRONG SENDS only: a visit sent booked that is off, on another day or clock, or under an id
// another patient's visit also carries. Outcomes were worked out by hand before the first run
// (a hold is never a wrong send):
//   booked     held, or all three sent booked as written;
//   notBooked  Obi's row never goes booked unasked (held, refused, a row error, or cancelled);
//   a list     held, or exactly these sent (`start status last-name`).
// Calendar, by hand: Los Angeles is on standard time (UTC-8) until 14 March 2027 02:00, then on
// daylight time (UTC-7); New York is UTC-5 until 14 March, then UTC-4. Hollis 22 March 9:00 =
// 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { H, hl7, L, O } from './siu-three-probes.ts';
import { explain, fits, type Outcome, structuredRunner } from './structured-probes.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  linesRunner,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-57r1');
const run = probeRunner(files);
const runText = structuredRunner(files);
const linesRun = linesRunner(files);
const BOOKED_ALL = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

/** Wrong sends this round found and left (each also sent so before stop 57's loosenings, so
 *  none is one of them; see the report): the probe asserts the wrong send still happens, so a
 *  fix fails it here and moves it out of this list. Round 58d fixed the lapses and deaths in an
 *  outreach column that is the only status, and the SIU bare TQ1; it found the missed-visit words
 *  beside `Scheduled` (`No Show`, `Did not arrive`, `left without being seen`) no wrong send: the
 *  status list reads each as a booked visit the patient missed (status-vocabulary.ts, a status
 *  column of `No Show` sends NEW), so the expectation there is `booked` now (redteam-round-58d). */
const LEFT = new Set<string>([]);

async function expectFits(r: Run, outcome: Outcome, key = ''): Promise<void> {
  expect(fits(r, outcome), explain(r)).toBe(!LEFT.has(key));
}

// ---------------------------------------------------------------------------------------------
// 1. An outreach-headed column's `Expired` (cancel-text-columns.ts outreachLapsed)
// ---------------------------------------------------------------------------------------------
describe('1. outreach-headed columns that are the visit status, or name a death', () => {
  const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];
  // The outreach-headed column is the only status column: its `Expired` is the booking's lapse
  // (a system that expires unconfirmed bookings, a check-in that closed the visit) or unsure.
  it.each<[string, string, string]>([
    ['Confirmation Status', 'Expired', 'Confirmed'],
    ['Confirmation Status', 'Timed out', 'Confirmed'],
    ['Confirmation', 'Expired', 'Confirmed'],
    ['Check-In Status', 'Expired', 'Checked In'],
    ['Check-In Status', 'Expired', 'Scheduled'],
    ['Checkin Status', 'Timed out', 'Arrived'],
    ['Registration', 'Expired', 'Registered'],
    ['Registration Status', 'Expired', 'Complete'],
    ['Intake Status', 'Expired', 'Complete'],
    ['Kiosk Status', 'Expired', 'Arrived'],
    ['Reminder Status', 'Expired', 'Confirmed'],
    ['Confirmation Status', 'Lapsed', 'Confirmed'],
    ['Arrival Status', 'Expired', 'Arrived'],
    ['Check In', 'EXPIRED', 'Checked In'],
    ['Confirmation Status', 'Request expired', 'Confirmed'],
  ])('only status column %s = %s (others %s): Obi never booked unasked', async (h, obi, others) => {
    await expectFits(await run([...BASE, col(h, obi, others)]), 'notBooked', `${h}=${obi}`);
  });

  // A death beside a booked status, in an intake or registration column
  it.each<[string, string]>([
    ['Registration', 'Patient expired'],
    ['Registration', 'Pt expired'],
    ['Intake Status', 'Patient expired'],
    ['Intake Notes', 'Expired'],
    ['Registration Notes', 'Expired'],
    ['Registration Status', 'Deceased'],
    ['Intake', 'Expired 3/20'],
    ['Check-In Status', 'Expired - deceased'],
    ['Reminder', 'Expired - cancelled'],
    ['Reminder Status', 'Expired - canceled by patient'],
    ['Confirmation', 'Expired - no show'],
    ['Registration', 'Expired (patient)'],
    ['Message Status', 'Expired / cancelled'],
    ['Confirmation', 'Expired appointment'],
  ])('Status Scheduled, %s = %s: Obi never booked unasked', async (h, obi) => {
    await expectFits(await run([...BASE, status('Scheduled'), col(h, obi)]), 'notBooked', `${h}=${obi}`);
  });

  // Spanish: a status column alone, or a Spanish outreach column's lapse with a death named
  it.each<[string, string, string]>([
    ['Estado', 'Expirado', 'Programado'],
    ['Estado', 'Vencido', 'Programado'],
    ['Estado de confirmación', 'Expirado', 'Confirmado'],
    ['Estado de confirmación', 'Vencida', 'Confirmado'],
    ['Confirmación', 'Caducado', 'Confirmado'],
    ['Registro', 'Paciente falleció', 'Registrado'],
    ['Estado de registro', 'Expirado', 'Completo'],
    ['Recordatorio', 'Cancelado', 'Enviado'],
  ])('only status column %s = %s (others %s): Obi never booked unasked', async (h, obi, others) => {
    await expectFits(await run([...BASE, col(h, obi, others)]), 'notBooked', `${h}=${obi}`);
  });

  // The same column with visit words on other rows: it is the visit's status column
  it.each<[string, string[]]>([
    ['Check-In Status', ['No Show', 'Expired', 'Checked In']],
    ['Confirmation Status', ['Cancelled', 'Expired', 'Confirmed']],
    ['Registration', ['Canceled', 'Expired', 'Registered']],
    ['Reminder Status', ['No show', 'Expired', 'Confirmed']],
    ['Confirmation', ['Confirmed', 'Expired', 'Cancelled']],
  ])('only status column %s = %j: Obi never booked unasked', async (h, v) => {
    await expectFits(await run([...BASE, [h, v]]), 'notBooked', `${h}=${v.join(',')}`);
  });
  it.each<[string, string[]]>([
    ['Check-In Status', ['No Show', 'Expired', 'Checked In']],
    ['Confirmation Status', ['Cancelled', 'Expired', 'Confirmed']],
    ['Registration', ['Canceled', 'Expired', 'Registered']],
  ])('Status Scheduled beside %s = %j: Obi never booked unasked', async (h, v) => {
    await expectFits(
      await run([...BASE, status('Scheduled'), [h, v]]),
      'notBooked',
      `beside ${h}=${v.join(',')}`,
    );
  });

  // A missed-visit word in an outreach column beside a booked status: booked, as a status column
  // of `No Show` sends it (a visit the patient missed stays on the portal as booked); worked out
  // as notBooked in 57r1, revised in 58d (see LEFT).
  it.each<[string, string]>([
    ['Check-In Status', 'No Show'],
    ['Check-In Status', 'No-show'],
    ['Confirmation Status', 'No Show'],
    ['Kiosk Status', 'Did not arrive'],
  ])('Status Scheduled beside %s = %s: booked, as a status of it is', async (h, obi) => {
    await expectFits(await run([...BASE, status('Scheduled'), col(h, obi)]), 'booked', `${h}=${obi}`);
  });

  // Sends stay as they were: the outreach lapse beside a booked status (round 57b); the check-in
  // that closed as the patient left unseen is a missed visit, booked as a status of LWBS is (58d)
  it.each<[string, string]>([
    ['Reminder Status', 'Expired'],
    ['Invite Status', 'Link expired'],
    ['Check-In Status', 'Timed out - left without being seen'],
  ])('Status Scheduled beside %s = %s: booked', async (h, obi) => {
    await expectFits(await run([...BASE, status('Scheduled'), col(h, obi, 'Completed')]), 'booked');
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Two date columns (start-day-columns.ts sameDayEveryRow, booked-after-start.ts)
// ---------------------------------------------------------------------------------------------
describe('2. a second date column beside the start', () => {
  const REST: Cols = [TIME, PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled')];
  const d = (h: string, v: string[]): [string, string[]] => [h, v];
  const VISIT = ['03/22/2027', '03/22/2027', '03/23/2027'];
  // Obi's row (only) booked earlier: the other rows were booked the day of the visit.
  const ALL_BUT_OBI = ['03/22/2027', '03/15/2027', '03/23/2027'];
  // The booking's days, each before the start, each another visit's date.
  const BEFORE = ['03/21/2027', '03/21/2027', '03/22/2027'];
  const RUN = ['03/20/2027', '03/20/2027', '03/20/2027'];
  it.each<[string, Cols, Outcome]>([
    // all rows but one agree: the other is the booking's day; the visit is Date's
    ['Date, Date Scheduled all-but-one', [d('Date', VISIT), d('Date Scheduled', ALL_BUT_OBI)], BOOKED_ALL],
    ['Date Scheduled all-but-one, Date', [d('Date Scheduled', ALL_BUT_OBI), d('Date', VISIT)], BOOKED_ALL],
    ['Date, Scheduled On all-but-one', [d('Date', VISIT), d('Scheduled On', ALL_BUT_OBI)], BOOKED_ALL],
    [
      'Appt Date, Date Scheduled all-but-one',
      [d('Appt Date', VISIT), d('Date Scheduled', ALL_BUT_OBI)],
      BOOKED_ALL,
    ],
    // `Scheduled Date` IS the visit's date at some systems: beside a Date that differs, unsure
    ['Date, Scheduled Date all-but-one', [d('Date', VISIT), d('Scheduled Date', ALL_BUT_OBI)], 'held'],
    ['Scheduled Date all-but-one, Date', [d('Scheduled Date', ALL_BUT_OBI), d('Date', VISIT)], 'held'],
    // Date is the report's run date, Scheduled Date the visits'
    ['Date = run date, Scheduled Date', [d('Date', RUN), d('Scheduled Date', VISIT)], BOOKED_ALL],
    ['Scheduled Date, Date = run date', [d('Scheduled Date', VISIT), d('Date', RUN)], BOOKED_ALL],
    ['Date = run date, Date Scheduled', [d('Date', RUN), d('Date Scheduled', VISIT)], 'held'],
    ['Date = run date, Scheduled On', [d('Date', RUN), d('Scheduled On', VISIT)], 'held'],
    // a booking column whose days all come before the start's, each another visit's date
    ['Date, Date Scheduled before', [d('Date', VISIT), d('Date Scheduled', BEFORE)], BOOKED_ALL],
    ['Date, Scheduled On before', [d('Date', VISIT), d('Scheduled On', BEFORE)], BOOKED_ALL],
    ['Date, Scheduled Date before', [d('Date', VISIT), d('Scheduled Date', BEFORE)], 'held'],
    ['Scheduled Date before, Date', [d('Scheduled Date', BEFORE), d('Date', VISIT)], 'held'],
    ['Date, Date 2 before', [d('Date', VISIT), d('Date 2', BEFORE)], 'held'],
    ['Date, Date B all-but-one', [d('Date', VISIT), d('Date B', ALL_BUT_OBI)], 'held'],
  ])('%s', async (_, dates, outcome) => {
    await expectFits(await run([...dates, ...REST]), outcome);
  });

  // Agreeing days, other times: a date-time column of the booking's moment beside Date and Time
  const REST_NO_TIME: Cols = [PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled')];
  const BOOKED_AT = ['03/22/2027 8:05 AM', '03/22/2027 8:40 AM', '03/23/2027 7:15 AM'];
  it.each<[string, Cols, Outcome]>([
    [
      'Date, Time, Scheduled On (same days, other times)',
      [d('Date', VISIT), TIME, d('Scheduled On', BOOKED_AT)],
      BOOKED_ALL,
    ],
    [
      'Date, Time, Date Scheduled (same days, other times)',
      [d('Date', VISIT), TIME, d('Date Scheduled', BOOKED_AT)],
      BOOKED_ALL,
    ],
    ['Scheduled On, Date, Time', [d('Scheduled On', BOOKED_AT), d('Date', VISIT), TIME], BOOKED_ALL],
    // no time column: which date-time is the visit's? unsure
    ['Date Scheduled (date-times), Date (dates)', [d('Date Scheduled', BOOKED_AT), d('Date', VISIT)], 'held'],
    ['Date (dates), Scheduled Date (date-times)', [d('Date', VISIT), d('Scheduled Date', BOOKED_AT)], 'held'],
    [
      'Date (dates), Time, Scheduled Date (date-times)',
      [d('Date', VISIT), TIME, d('Scheduled Date', BOOKED_AT)],
      'held',
    ],
  ])('%s', async (name, dates, outcome) => {
    await expectFits(await run([...dates, ...REST_NO_TIME]), outcome, name);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. HL7 SIU: starts with and without an offset (44942b3f)
// ---------------------------------------------------------------------------------------------

describe('3. SIU starts with and without an offset', () => {
  // Across the change: Hollis 12 March 9:00, Obi 15 March 10:00, Lindqvist 16 March 13:30.
  // Los Angeles: 17:00Z, 17:00Z, 20:30Z. New York (EST then EDT): 14:00Z, 14:00Z, 17:30Z.
  const hA = { ...H, at: '202703120900' };
  const oA = { ...O, at: '202703151000' };
  const lA = { ...L, at: '202703161330' };
  const LA = ['2027-03-12T17:00 NEW Hollis', '2027-03-15T17:00 NEW Obi', '2027-03-16T20:30 NEW Lindqvist'];
  const NY = ['2027-03-12T14:00 NEW Hollis', '2027-03-15T14:00 NEW Obi', '2027-03-16T17:30 NEW Lindqvist'];
  it.each<[string, string, Outcome]>([
    // the offsets are the practice's own: the bare start is on the practice's clock
    ['LA offsets, Obi bare', hl7({ ...hA, sch: '-0800' }, { ...oA, sch: '' }, { ...lA, sch: '-0700' }), LA],
    ['all bare', hl7({ ...hA, sch: '' }, { ...oA, sch: '' }, { ...lA, sch: '' }), LA],
    // the offsets are New York's: the sender's clock is not the practice's; Obi's bare start is
    // New York's (HL7: the sender's clock) or unsure, never Los Angeles 17:00Z
    [
      'NY offsets (-0500, -0400), Obi bare',
      hl7({ ...hA, sch: '-0500' }, { ...oA, sch: '' }, { ...lA, sch: '-0400' }),
      NY,
    ],
    [
      'NY -0500 on Hollis only, the others bare',
      hl7({ ...hA, sch: '-0500' }, { ...oA, sch: '' }, { ...lA, sch: '' }),
      NY,
    ],
    [
      '-0500 on Lindqvist only (EDT? CDT?), others bare',
      hl7({ ...hA, sch: '' }, { ...oA, sch: '' }, { ...lA, sch: '-0500' }),
      'held',
    ],
    [
      'NY offsets in MSH-7 too, Obi bare',
      hl7(
        { ...hA, sch: '-0500', msh: '-0500' },
        { ...oA, sch: '', msh: '-0400' },
        { ...lA, sch: '-0400', msh: '-0400' },
      ),
      NY,
    ],
    // TQ1 with offsets, SCH-11 without
    [
      'TQ1 LA offsets, SCH-11 bare',
      hl7(
        { ...hA, sch: '', tq1: '-0800' },
        { ...oA, sch: '', tq1: '-0700' },
        { ...lA, sch: '', tq1: '-0700' },
      ),
      LA,
    ],
    [
      'TQ1 NY offsets, SCH-11 bare',
      hl7(
        { ...hA, sch: '', tq1: '-0500' },
        { ...oA, sch: '', tq1: '-0400' },
        { ...lA, sch: '', tq1: '-0400' },
      ),
      NY,
    ],
    [
      'TQ1 NY offsets on two, SCH-11 bare, Obi no TQ1',
      hl7({ ...hA, sch: '', tq1: '-0500' }, { ...oA, sch: '' }, { ...lA, sch: '', tq1: '-0400' }),
      NY,
    ],
    [
      'SCH-11 NY offsets, TQ1 bare',
      hl7(
        { ...hA, sch: '-0500', tq1: '' },
        { ...oA, sch: '-0400', tq1: '' },
        { ...lA, sch: '-0400', tq1: '' },
      ),
      NY,
    ],
    [
      'TQ1 only, NY offsets but Obi bare',
      hl7(
        { ...hA, sch: null, tq1: '-0500' },
        { ...oA, sch: null, tq1: '' },
        { ...lA, sch: null, tq1: '-0400' },
      ),
      NY,
    ],
    // Revised after the first run (worked out as LA): a sender writing `+0000` on the others is
    // on UTC or converts to it; its bare 10:00 may be 10:00Z (the 57d hazard), so unsure.
    [
      'UTC marks on two, Obi bare',
      hl7(
        { ...hA, at: '202703121700', sch: '+0000' },
        { ...oA, sch: '' },
        { ...lA, at: '202703162030', sch: '+0000' },
      ),
      'held',
    ],
    [
      'Z-less UTC: +0000 on Hollis only, the others bare',
      hl7({ ...hA, at: '202703121700', sch: '+0000' }, { ...oA, sch: '' }, { ...lA, sch: '' }),
      'held',
    ],
    [
      'LA offsets on two, MSH bare, Obi bare across the change',
      hl7({ ...hA, sch: '-0800' }, { ...oA, sch: '' }, { ...lA, sch: '' }),
      LA,
    ],
    [
      '-0800 all year (winter offset in summer), Obi bare',
      hl7({ ...hA, sch: '-0800' }, { ...oA, sch: '' }, { ...lA, sch: '-0800' }),
      'held',
    ],
  ])('%s', async (name, text, outcome) => {
    await expectFits(await runText(text, 'hl7'), outcome, name);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Small numbers under a program's name for an id (small-id-numbers.ts)
// ---------------------------------------------------------------------------------------------
describe('4. a visit count under a program-style id name', () => {
  // Six visits: Hollis 1 and 2, Obi 1 and 2, Lindqvist 1 and 2 (each patient's own count): the
  // numbers repeat for different patients' visits, so no id of them is the visit's.
  const SIX_HEAD = ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Status'];
  const six = (header: string, ids: string[]): string[] => [
    [...SIX_HEAD, header].join(','),
    `03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,Dr. Nina Patel,Scheduled,${ids[0]}`,
    `03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee,Scheduled,${ids[1]}`,
    `03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,Dr. Nina Patel,Scheduled,${ids[2]}`,
    `03/24/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,Dr. Nina Patel,Scheduled,${ids[3]}`,
    `03/24/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee,Scheduled,${ids[4]}`,
    `03/25/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,Dr. Nina Patel,Scheduled,${ids[5]}`,
  ];
  const HEADERS = [
    'visit_no',
    'VisitNum',
    'ApptSeq',
    'SessionNo',
    'appt_count',
    'AptNum',
    'ApptNo',
    'appointment_id',
    'VisitNo',
    'visit_num',
    'session_number',
    'ApptID',
    'apptid',
  ];
  /** No two different visits sent under one id. */
  const idsDistinct = (r: Run): boolean => {
    if (r === 'refused' || (r.summary.doubts ?? []).length > 0) return true;
    const ids = r.appointments.map((a) => a.appointmentId);
    return new Set(ids).size === ids.length;
  };
  it.each(HEADERS)('%s = 1,1,1,2,2,2 (a count per patient): no id for two visits', async (h) => {
    const out = await linesRun(six(h, ['1', '1', '1', '2', '2', '2']));
    expect(idsDistinct(out), explain(out)).toBe(true);
  });
  it.each(HEADERS)('%s = 7,3,12,8,4,1 (counts of different patients): held or sent as written', async (h) => {
    const out = await linesRun(six(h, ['7', '3', '12', '8', '4', '1']));
    expect(idsDistinct(out), explain(out)).toBe(true);
  });
  // The three-row file: Hollis and Lindqvist under the same small number
  it.each(HEADERS)('%s = 1,2,1: no id for two visits', async (h) => {
    const out = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      status('Scheduled'),
      [h, ['1', '2', '1']],
    ]);
    expect(idsDistinct(out), explain(out)).toBe(true);
  });
});
