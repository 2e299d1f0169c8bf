// Red team, round 56r1: this stop's loosenings, things now SENT or SKIPPED without a question,
// attacked for wrong sends and silent skips only. (1) legend-status-column.ts reads a `Stat` /
// `Sts` / `Appt Stat` column as the visit's status when a legend line of the file explains every
// code it writes; (2) block-words.ts skips a patientless row whose service is `In-Service`,
// `Inservice`, `Staff In-Service` or `Staff Training` as the staff's blocked time. Each probe is
// the three-row file (Hollis, Obi, Lindqvist) with the sign on Obi's row (line 3). Outcomes were
// worked out by hand before the first run:
//   held       nothing of Obi's goes unasked: the file is held or refused, or Obi's row is a row
//              error (a person could not be sure what the row says);
//   cancel     held, or sent with Obi cancelled and the two others booked;
//   booked     held, or sent with all three booked as written (a hold is no wrong send);
//   skip       held, or sent with Obi's row skipped and the two others booked.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  noObi,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-56r1');
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];
const TITLE = ['Appointment List', 'Kapiolani Family Clinic', 'Date Range: 03/22/2027 thru 03/23/2027'];

type Outcome = 'held' | 'cancel' | 'booked' | 'skip';

/** The probe, with `after` lines printed under the rows (a report's legend and footer). */
async function run(cols: Cols, title: string[] = TITLE, after: string[] = []): Promise<Run> {
  try {
    return await collect(files.write([...lines(cols, title), ...after]), { timeZone: 'America/Los_Angeles' });
  } catch {
    return 'refused';
  }
}

const obiGone = (r: Run): boolean =>
  r !== 'refused' && !r.appointments.some((a) => a.patient.lastName === 'Obi');
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const OBI_CANCELLED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];
const WITHOUT_OBI = [`${STARTS[0]} NEW Hollis`, `${STARTS[2]} NEW Lindqvist`];

/** Whether `r` is no wrong send for the hand-worked `outcome`. */
function fits(r: Run, outcome: Outcome): boolean {
  if (held(r)) return true;
  const went = JSON.stringify(sent(r));
  switch (outcome) {
    case 'held':
      return obiGone(r) && went === JSON.stringify(WITHOUT_OBI) && r !== 'refused' && r.errors.length > 0;
    case 'cancel':
      return went === JSON.stringify(OBI_CANCELLED);
    case 'booked':
      return went === JSON.stringify(ALL_THREE);
    case 'skip':
      return went === JSON.stringify(WITHOUT_OBI);
  }
}

// ---------------------------------------------------------------------------------------------
// A. A `Stat` column read by the file's legend (legend-status-column.ts)
// ---------------------------------------------------------------------------------------------
const MDO = 'Status: P=Pending  K=Kept  C=Cancelled  N=No Show  R=Rescheduled';
/** The base file with a `header` column of `obi` on Obi's row and `others` on the two others. */
const stat = (obi: string, others = 'K', header = 'Stat'): Cols => [...BASE, col(header, obi, others)];

describe("A1. the legend is the status column's own (controls)", () => {
  it.each<[string, string, string[], Outcome]>([
    ['Stat', 'C', [MDO], 'cancel'],
    ['Stat', 'R', [MDO], 'cancel'],
    ['Stat', 'P', [MDO], 'booked'],
    ['Appt Stat', 'C', [MDO], 'cancel'],
    ['Sts', 'C', [MDO], 'cancel'],
    // the same legend printed on two pages, the same each time
    ['Stat', 'C', [MDO, 'Page 1 of 1', MDO], 'cancel'],
    // C = Confirmed in this system: booked, never cancelled
    ['Stat', 'C', ['Status: K=Kept  C=Confirmed  X=Cancelled'], 'booked'],
    ['Stat', 'X', ['Status: K=Kept  C=Confirmed  X=Cancelled'], 'cancel'],
    // unlabelled, and under a generic label
    ['Stat', 'C', ['K=Kept  C=Cancelled'], 'cancel'],
    ['Stat', 'C', ['Legend: K=Kept  C=Cancelled'], 'cancel'],
    ['Stat', 'C', ['Appt Status Codes: K=Kept  C=Cancelled'], 'cancel'],
    // in other languages
    ['Stat', 'C', ['Estado: K=Confirmada  C=Cancelada'], 'cancel'],
    ['Stat', 'K', ['Estado: K=Confirmada  C=Cancelada'], 'booked'],
    ['Stat', 'A', ['Statut: K=Confirmé  A=Annulé'], 'cancel'],
    ['Stat', 'A', ['Status: K=Bestätigt  A=Abgesagt'], 'cancel'],
    // lower-case codes with a lower-case legend
    ['Stat', 'c', ['Status: k=Kept  c=Cancelled'], 'cancel'],
  ])('%s = %s under %j: %s', async (header, obi, after, outcome) => {
    const others = obi === obi.toLowerCase() && /[a-z]/.test(obi) ? 'k' : 'K';
    expect(fits(await run(stat(obi, others, header), TITLE, after), outcome)).toBe(true);
  });

  it('the legend printed before the rows: read the same', async () => {
    expect(fits(await run(stat('C'), [...TITLE, MDO]), 'cancel')).toBe(true);
  });
});

describe('A2. a legend of something else than the visit', () => {
  it.each<[string, string, string, string[], Outcome]>([
    // an order's urgency
    ['Stat', 'S', 'R', ['Priority: S=STAT  R=Routine  U=Urgent'], 'booked'],
    ['Stat', 'U', 'R', ['Priority: S=STAT  R=Routine  U=Urgent'], 'booked'],
    ['Stat', 'A', 'R', ['Priority: R=Routine  A=ASAP  W=Will Call'], 'booked'],
    ['Stat', 'Y', 'N', ['STAT: Y=Yes  N=No'], 'booked'],
    // insurance eligibility under a bare `Stat` / `Sts`
    ['Stat', 'T', 'A', ['Eligibility: A=Active  I=Inactive  T=Terminated  P=Pending'], 'booked'],
    ['Stat', 'I', 'A', ['Eligibility: A=Active  I=Inactive  T=Terminated  P=Pending'], 'booked'],
    ['Sts', 'X', 'A', ['Elig: A=Active  X=Expired  P=Pending'], 'booked'],
    ['Sts', 'D', 'V', ['Ins Status: V=Verified  U=Unverified  D=Denied  E=Expired'], 'booked'],
    ['Stat', 'C', 'A', ['Insurance: A=Active  C=Cancelled  P=Pending'], 'booked'],
    ['Stat', 'C', 'A', ['Coverage: A=Active  C=Cancelled  T=Termed'], 'booked'],
    ['Stat', 'C', 'A', ['Policy Status: A=Active  C=Cancelled  L=Lapsed'], 'booked'],
    // an eligibility column headed so: no visit word
    ['Ins Sts', 'C', 'A', ['Ins Status: A=Active  C=Cancelled'], 'booked'],
    ['Elig Stat', 'C', 'A', ['A=Active  C=Cancelled'], 'booked'],
    // a confirmation call's outcome
    ['Stat', 'N', 'C', ['Conf: C=Confirmed  L=Left Message  N=No Answer'], 'booked'],
    ['Stat', 'L', 'C', ['Conf: C=Confirmed  L=Left Message  N=No Answer'], 'booked'],
    ['Stat', 'X', 'C', ['Confirmation: C=Confirmed  X=Cancelled by text  N=No reply'], 'booked'],
    ['Stat', 'C', 'U', ['Reminder: C=Cancelled  S=Sent  U=Undeliverable'], 'booked'],
    // an account, a claim, an order, a referral, a patient
    ['Stat', 'C', 'A', ['Account: A=Active  C=Closed  B=Bad Debt'], 'booked'],
    ['Stat', 'V', 'P', ['Claim: P=Paid  D=Denied  V=Void  S=Submitted'], 'booked'],
    ['Stat', 'X', 'O', ['Order Status: O=Ordered  C=Completed  X=Cancelled'], 'booked'],
    ['Stat', 'X', 'A', ['Referral: A=Approved  X=Cancelled  E=Expired'], 'booked'],
    ['Stat', 'C', 'A', ['Auth: A=Approved  C=Cancelled  P=Pending'], 'booked'],
    ['Stat', 'D', 'A', ['Patient Status: A=Active  I=Inactive  D=Discharged'], 'booked'],
    ['Stat', 'X', 'A', ['Pt Status: A=Active  X=Deleted'], 'booked'],
    ['Stat', 'C', 'P', ['Payment: P=Paid  C=Cancelled  O=Owing'], 'booked'],
    ['Stat', 'C', 'A', ['Recall: A=Active  C=Cancelled  D=Done'], 'booked'],
    ['Stat', 'C', 'R', ['Rx: R=Refill  C=Cancelled  N=New'], 'booked'],
    ['Stat', 'C', 'O', ['Lab: O=Ordered  C=Cancelled  R=Resulted'], 'booked'],
    ['Stat', 'X', 'A', ['Portal: A=Active  X=Disabled  I=Invited'], 'booked'],
    ['Stat', 'X', 'A', ['Consent: A=Signed  X=Revoked'], 'booked'],
    ['Stat', 'C', 'O', ['Chart: O=Open  C=Closed'], 'booked'],
    ['Stat', 'C', 'O', ['Encounter: O=Open  C=Closed  S=Signed'], 'booked'],
    ['Stat', 'C', 'O', ['Note Status: O=Open  C=Closed'], 'booked'],
    ['Stat', 'I', 'A', ['Provider: A=Available  I=In Office  O=Out'], 'booked'],
    // a room's legend whose letters match
    ['Stat', 'C', 'M', ['Room: M=Main  C=Closed  A=Annex'], 'booked'],
    ['Stat', 'C', 'M', ['Rooms: M=Main  C=Cancelled'], 'booked'],
  ])('%s = %s (others %s) under %j: %s', async (header, obi, others, after, outcome) => {
    expect(fits(await run(stat(obi, others, header), TITLE, after), outcome)).toBe(true);
  });
});

describe('A3. a legend that does not settle the code', () => {
  it.each<[string, string, string[], Outcome]>([
    // one code defined twice, differently
    ['Stat', 'C', ['Status: K=Kept  C=Cancelled', 'Conf: C=Confirmed  U=Unconfirmed'], 'held'],
    ['Stat', 'C', ['Status: K=Kept  C=Cancelled', 'Page 1 of 2', 'Status: K=Kept  C=Confirmed'], 'held'],
    // a code the legend lacks
    ['Stat', 'X', [MDO], 'held'],
    // Revised after the first run (worked out as held): the vocabulary reads `Wait List` as no
    // appointment, and the legend says W is that: skipped, the file's own word.
    ['Stat', 'W', ['Status: K=Kept  C=Cancelled  W=Wait List'], 'skip'],
    // upper-case legend, lower-case code
    ['Stat', 'c', [MDO], 'held'],
    // a meaning the vocabulary does not know
    ['Stat', 'Z', ['Status: K=Kept  Z=Zapped'], 'held'],
    // Revised after the first run (worked out as held): `Bumped` is the vocabulary's word for a
    // visit the practice moved off this slot, cancelled as the legend says.
    ['Stat', 'B', ['Status: K=Kept  B=Bumped'], 'cancel'],
  ])('%s = %s under %j: %s', async (header, obi, after, outcome) => {
    const others = obi === 'c' ? 'k' : 'K';
    const r = await run(stat(obi, obi === 'c' ? 'K' : others, header), TITLE, after);
    expect(fits(r, outcome)).toBe(true);
  });

  it('two Stat columns both explained by the legend: held', async () => {
    const cols: Cols = [...BASE, col('Stat', 'C', 'K'), col('Appt Stat', 'K', 'K')];
    expect(fits(await run(cols, TITLE, [MDO]), 'held')).toBe(true);
  });

  it('a confirmation column of the same letters beside the Stat column: held', async () => {
    const cols: Cols = [...BASE, col('Stat', 'C', 'K'), col('Conf', 'C', 'N')];
    expect(fits(await run(cols, TITLE, ['K=Kept  C=Cancelled  N=No Answer']), 'held')).toBe(true);
  });

  it('a file longer than the sample: the legend is not read as the status unasked', async () => {
    // 600 rows (the sample is 500), every one Hollis's kept visit, Obi's cancelled on row 2
    const body = Array.from({ length: 600 }, (_, i) => {
      const d = 1 + (i % 28);
      const day = `04/${String(d).padStart(2, '0')}/2027`;
      const hh = 8 + (Math.floor(i / 28) % 9);
      const mm = ['00', '15', '30', '45'][Math.floor(i / (28 * 9)) % 4];
      const who = i === 1 ? 'Obi, Adaeze' : 'Hollis, Grace';
      return `${day},${hh}:${mm},"${who}",${i === 1 ? '04/05/1999' : '06/02/1970'},${i === 1 ? 100871 : 100415},Dr. Nina Patel,${90000 + i},${i === 1 ? 'C' : 'K'}`;
    });
    const f = files.write([
      ...TITLE,
      'Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Appt ID,Stat',
      ...body,
      MDO,
    ]);
    let r: Run;
    try {
      r = await collect(f, { timeZone: 'America/Los_Angeles' });
    } catch {
      r = 'refused';
    }
    const obiBooked =
      r !== 'refused' && r.appointments.some((a) => a.patient.lastName === 'Obi' && a.status === 'NEW');
    expect(held(r) || !obiBooked).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. In-service and staff-training words on a row (block-words.ts)
// ---------------------------------------------------------------------------------------------
describe('B. in-service and training as the service', () => {
  /** Obi's row with no patient name, id or birth date, `service` as its service, and `extra`. */
  const patientless = (service: string, extra: Cols = [], keep: Array<'dob' | 'pid'> = []): Cols => [
    DATE,
    TIME,
    noObi(PATIENT),
    keep.includes('dob') ? DOB : noObi(DOB),
    keep.includes('pid') ? PID : noObi(PID),
    PROVIDER,
    APPT,
    ['Service', ['Office Visit', service, 'Office Visit']],
    ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
    ...extra,
  ];
  const named = (service: string): Cols => [
    ...BASE,
    ['Service', ['Office Visit', service, 'Office Visit']],
    ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
  ];

  // The staff's own time, no one else on the row: skipped (controls).
  it.each<[string, Outcome]>([
    ['In-Service', 'skip'],
    ['Inservice', 'skip'],
    ['IN-SERVICE', 'skip'],
    ['Staff In-Service', 'skip'],
    ['Staff Inservice', 'skip'],
    ['Staff Training', 'skip'],
    ['STAFF TRAINING', 'skip'],
    ['In-Service Training', 'skip'],
  ])('no patient, Service = %s: %s', async (service, outcome) => {
    expect(fits(await run(patientless(service)), outcome)).toBe(true);
  });

  // A patient's own training or education visit, its patient printed once above: asked.
  it.each<[string, Outcome]>([
    ['Diabetes Training', 'held'],
    ['CPAP Training', 'held'],
    ['Inhaler Training', 'held'],
    ['Insulin Pump Training', 'held'],
    ['Parent Training', 'held'],
    ['Caregiver Training', 'held'],
    ['Parent Training - ABA', 'held'],
    ['Training - Parent', 'held'],
    ['Patient In-Service', 'held'],
    ['In-Service training for pt Obi', 'held'],
    ['In-Service - Patient', 'held'],
    ['In-Service (Caregiver)', 'held'],
    ['Home Oxygen In-Service', 'held'],
    ['CPAP In-Service', 'held'],
    ['In-Service - CPAP Setup', 'held'],
    ['In-Service - Home Oxygen', 'held'],
    ['In-Service: Insulin Pump', 'held'],
    ['Inservice - Nebulizer', 'held'],
    ['97156 Family Training', 'held'],
    ['Gait Training', 'held'],
    ['Toilet Training', 'held'],
    ['Balance Training', 'held'],
  ])('no patient, Service = %s: %s', async (service, outcome) => {
    expect(fits(await run(patientless(service)), outcome)).toBe(true);
  });

  // The patient named elsewhere on the patientless row: never skipped unasked.
  it.each<[string, Cols, Outcome]>([
    ['In-Service', [col('Client Names', 'Obi, Adaeze')], 'held'],
    ['Inservice', [col('Attendees', 'Obi, Adaeze')], 'held'],
    ['In-Service', [col('Home Phone', '(503) 555-0142')], 'held'],
    ['Staff Training', [col('Cell Phone', '(503) 555-0142')], 'held'],
    ['In-Service', [col('Email', 'adaeze.obi@example.com')], 'held'],
    ['In-Service', [col('Guarantor', 'Obi, Chidi')], 'held'],
    ['In-Service', [col('Resident', 'Obi, Adaeze')], 'held'],
    ['In-Service', [col('Notes', 'In-Service training for pt Obi')], 'held'],
  ])('no patient, Service = %s beside %j: %s', async (service, extra, outcome) => {
    expect(fits(await run(patientless(service, extra)), outcome)).toBe(true);
  });

  // Closed in 57f: a free comment led by a person's name (`Adaeze Obi - new nebulizer`) on a
  // patientless in-service row is a row error unless the name is the row's own provider's
  // (row-person.ts): a staff in-service's comment (`Dana Reyes - fire safety`) reads the same.
  it('no patient, In-Service beside a comment naming her: held', async () => {
    const r = await run(patientless('In-Service', [col('Comments', 'Adaeze Obi - new nebulizer')]));
    expect(fits(r, 'held')).toBe(true);
  });

  it.each<[string, Array<'dob' | 'pid'>, Outcome]>([
    ['In-Service', ['dob'], 'held'],
    ['Staff In-Service', ['dob'], 'held'],
    ['Staff Training', ['dob'], 'held'],
    ['In-Service', ['pid'], 'held'],
    ['Staff Training', ['pid'], 'held'],
  ])('no name, Service = %s with the %j written: %s', async (service, keep, outcome) => {
    expect(fits(await run(patientless(service, [], keep)), outcome)).toBe(true);
  });

  // A database's NULL in the birth date is no birth date (MOSAIQ's sqlcmd output, corpus 391):
  // the staff's block is still skipped (added after the fingerprint showed 391's Lunch row).
  it.each<[string, Outcome]>([
    ['In-Service', 'skip'],
    ['Staff Training', 'skip'],
  ])('no name, Service = %s with the birth date NULL: %s', async (service, outcome) => {
    const cols = patientless(service).map(([h, v]): [string, string[]] =>
      h === 'DOB' ? [h, [v[0]!, 'NULL', v[2]!]] : [h, v],
    );
    const r = await run(cols);
    // skipped, not a row error: nothing to ask of a staff block
    expect(fits(r, outcome) && r !== 'refused' && r.errors.length === 0).toBe(true);
  });

  // A patient on the row: the words never take the visit away.
  it.each<[string, Outcome]>([
    ['In-Service', 'booked'],
    ['Inservice', 'booked'],
    ['Staff In-Service', 'booked'],
    ['Staff Training', 'booked'],
    ['CPAP Training', 'booked'],
    ['Diabetes Training', 'booked'],
    ['Parent Training', 'booked'],
  ])('Obi named, Service = %s: %s', async (service, outcome) => {
    expect(fits(await run(named(service)), outcome)).toBe(true);
  });

  // The words in other columns of a patient's row.
  it.each<[Cols, Outcome]>([
    [[...BASE, col('Notes', 'In-Service'), ['Status', ['Scheduled', 'Scheduled', 'Scheduled']]], 'booked'],
    [
      [
        ...BASE,
        col('Location', 'In-Service Room', 'Main'),
        ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
      ],
      'booked',
    ],
    [
      [
        ...BASE,
        col('Reason', 'Staff Training', 'Follow-up'),
        ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
      ],
      'booked',
    ],
    [
      [
        ...BASE,
        col('Type', 'In-Service', 'Office Visit'),
        ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
      ],
      'booked',
    ],
    [[...BASE, ['Status', ['Scheduled', 'In-Service', 'Scheduled']]], 'booked'],
    [[...BASE, ['Status', ['Scheduled', 'Staff Training', 'Scheduled']]], 'booked'],
    [
      [
        ...BASE,
        col('Resource', 'Staff Training Room', 'Room 1'),
        ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
      ],
      'booked',
    ],
  ])('Obi named, the words in %j: %s', async (cols, outcome) => {
    expect(fits(await run(cols), outcome)).toBe(true);
  });
});
