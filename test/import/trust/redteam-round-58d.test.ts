// Red team, round 58d: the gaps 57r1 left, attacked again with new variants. Outcomes were
// worked out by hand before the first run (a hold is never a wrong send):
//   booked     held, or all three sent booked as written;
//   notBooked  Obi's row never goes booked unasked (held, refused, a row error, or cancelled);
//   a list     held, or exactly these sent (`start status last-name`);
//   sentAs     exactly these sent, nothing asked (a hold there is a false hold).
// Calendar, by hand: Los Angeles is UTC-8 until 14 March 2027 02:00, then UTC-7; New York UTC-5,
// then UTC-4. Hollis 22 March 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30
// = 20:30Z.
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
  held,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-58d');
const run = probeRunner(files);
const runText = structuredRunner(files);
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];
const BOOKED_ALL = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

function expectSentAs(r: Run, list: string[]): void {
  expect(held(r), explain(r)).toBe(false);
  expect(sent(r)?.sort(), explain(r)).toEqual([...list].sort());
}

describe('1. an outreach-headed column that is the only status', () => {
  // A lapse the column's own item does not name, or a death said whole: a person could not say
  // the visit stands (a registration or confirmation window some systems close the booking on).
  it.each<[string, string, string]>([
    ['Pre-Registration Status', 'Expired', 'Completed'],
    ['Confirmation Status', 'Timeout', 'Confirmed'],
    ['Intake Forms', 'Lapsed', 'Submitted'],
    ['Registration', 'Deceased - pt', 'Registered'],
    ['Check-In', 'Patient expired', 'Checked In'],
    ['Confirmation', 'Confirmation request timed out', 'Confirmed'],
    ['Registro', 'Falleció', 'Registrado'],
  ])('%s = %s (others %s): Obi never booked unasked', async (h, obi, others) => {
    const r = await run([...BASE, col(h, obi, others)]);
    expect(fits(r, 'notBooked'), explain(r)).toBe(true);
  });
  // The outreach's own item lapsed: the visit may stand (held or sent booked).
  it.each<[string, string, string]>([
    ['Reminder', 'Text expired', 'Delivered'],
    ['Invite Status', 'Link expired', 'Sent'],
  ])('%s = %s (others %s): booked or held', async (h, obi, others) => {
    const r = await run([...BASE, col(h, obi, others)]);
    expect(fits(r, 'booked'), explain(r)).toBe(true);
  });
  // Not the visit's outreach: an insurance's eligibility expires while the visit stands. No hold.
  it('Eligibility = Expired (others Active): all three sent, nothing asked', async () => {
    expectSentAs(await run([...BASE, col('Eligibility', 'Expired', 'Active')]), BOOKED_ALL);
  });
});

describe('1b. an outreach-headed column beside Status = Scheduled', () => {
  // The column writes a missed visit on another row: it is the visit's own status, its lapse unknown.
  it.each<[string, string[]]>([
    ['Kiosk Status', ['Did not arrive', 'Expired', 'Arrived']],
    ['Confirmation Status', ['Confirmed', 'Timed out', 'No-Show']],
    ['Check-In Status', ['Checked In', 'Lapsed', 'No Show']],
  ])('%s = %j: Obi never booked unasked', async (h, v) => {
    const r = await run([...BASE, status('Scheduled'), [h, v]]);
    expect(fits(r, 'notBooked'), explain(r)).toBe(true);
  });
  it.each<[string, string]>([
    ['Registration', 'Deceased (patient)'],
    ['Intake Status', 'Expired - pt'],
  ])('%s = %s (a death): Obi never booked unasked', async (h, obi) => {
    const r = await run([...BASE, status('Scheduled'), col(h, obi)]);
    expect(fits(r, 'notBooked'), explain(r)).toBe(true);
  });
  // A reminder's lapse among reminder words: the visit stands, nothing asked.
  it('Reminder Status = Expired (others Delivered): all three sent, nothing asked', async () => {
    expectSentAs(
      await run([...BASE, status('Scheduled'), col('Reminder Status', 'Expired', 'Delivered')]),
      BOOKED_ALL,
    );
  });
  // A missed visit is booked on the portal, as a status of `No Show` sends it.
  it('Check-In Status = Did not attend: booked', async () => {
    const r = await run([...BASE, status('Scheduled'), col('Check-In Status', 'Did not attend')]);
    expect(fits(r, 'booked'), explain(r)).toBe(true);
  });
});

describe('1c. SIU: SCH-11 with an offset beside a bare TQ1-7', () => {
  // Hollis 12 March 9:00, Obi 15 March 10:00, Lindqvist 16 March 13:30 (across the change).
  const hA = { ...H, at: '202703120900' };
  const oA = { ...O, at: '202703151000' };
  const lA = { ...L, at: '202703161330' };
  const LA = ['2027-03-12T17:00 NEW Hollis', '2027-03-15T17:00 NEW Obi', '2027-03-16T20:30 NEW Lindqvist'];
  const NY = ['2027-03-12T14:00 NEW Hollis', '2027-03-15T14:00 NEW Obi', '2027-03-16T17:30 NEW Lindqvist'];
  it.each<[string, string, Outcome]>([
    [
      'SCH-11 NY offsets on two, Obi bare in both, TQ1 bare',
      hl7({ ...hA, sch: '-0500', tq1: '' }, { ...oA, sch: '', tq1: '' }, { ...lA, sch: '-0400', tq1: '' }),
      NY,
    ],
    [
      'SCH-11 LA offsets, TQ1 bare',
      hl7(
        { ...hA, sch: '-0800', tq1: '' },
        { ...oA, sch: '-0700', tq1: '' },
        { ...lA, sch: '-0700', tq1: '' },
      ),
      LA,
    ],
    [
      'SCH-11 UTC (+0000), TQ1 bare on the same clock',
      hl7(
        { ...hA, at: '202703121700', sch: '+0000', tq1: '' },
        { ...oA, at: '202703151700', sch: '+0000', tq1: '' },
        { ...lA, at: '202703162030', sch: '+0000', tq1: '' },
      ),
      LA,
    ],
    [
      'SCH-11 NY offsets, TQ1 bare, MSH-7 NY too',
      hl7(
        { ...hA, sch: '-0500', tq1: '', msh: '-0500' },
        { ...oA, sch: '-0400', tq1: '', msh: '-0400' },
        { ...lA, sch: '-0400', tq1: '', msh: '-0400' },
      ),
      NY,
    ],
    [
      'SCH-11 Chicago offsets (-0600, -0500), TQ1 bare',
      hl7(
        { ...hA, sch: '-0600', tq1: '' },
        { ...oA, sch: '-0500', tq1: '' },
        { ...lA, sch: '-0500', tq1: '' },
      ),
      ['2027-03-12T15:00 NEW Hollis', '2027-03-15T15:00 NEW Obi', '2027-03-16T18:30 NEW Lindqvist'],
    ],
  ])('%s', async (_, text, outcome) => {
    const r = await runText(text, 'hl7');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});
