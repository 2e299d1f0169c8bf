// Red team, round 55b: the two rules the blind layouts 398-402 brought (newer US cloud systems),
// each probed with variants whose outcome was worked out by hand before the first run. Each probe
// is the three-row file (Hollis, Obi, Lindqvist) with the sign on Obi's row (line 3):
//   sent   the file goes without a question, every row exactly as listed;
//   held   the file is held (a question) or refused: nothing goes unasked.
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
  noObi,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-55b');
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];

const run = probeRunner(files);

// ---------------------------------------------------------------------------------------------
// A. A cancellation done, then that the visit still needs booking again (Rethink's
//    `Cancelled- Needs Reschedule`, corpus 398): this slot is gone, whatever is booked next.
// ---------------------------------------------------------------------------------------------
describe('A. `Cancelled` and a rebooking still to do', () => {
  const obiCancelled = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];
  it.each([
    'Cancelled- Needs Reschedule',
    'Cancelled - Needs Reschedule',
    'Canceled - To Be Rescheduled',
    'Cancelled, needs rebooking',
    'CANCELLED - NEEDS RESCHEDULING',
    'Cancelled by patient - needs reschedule',
  ])('%s: Obi goes cancelled, unasked', async (obi) => {
    expect(sent(await run([...BASE, status(obi)]))).toEqual(obiCancelled);
  });

  // None of these says a cancellation was done and only a rebooking is left.
  it.each([
    'Needs Reschedule', // no cancellation: the visit may keep its slot until it is moved
    'Cancel - Needs Reschedule', // `Cancel`: a request, maybe still to act on
    'Cancelled - Rebooked', // undone, or the new booking?
    'Cancelled - Needs Rebooked', // a participle without `to be`: not a task
    'Cancelled - Reschedule', // HighLevel's `Reschedule` after it: asked, as alone
    'Not Cancelled - Needs Reschedule',
    'Uncancelled - Needs Reschedule',
    'Cancellation - Needs Reschedule', // the noun: a cancellation-list booking?
    'Cancelled - Needs Confirm',
    'Cancelled - Pending Reschedule', // `pending` may question the cancellation itself
  ])('%s: held', async (obi) => {
    expect(held(await run([...BASE, status(obi)]))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A row of no patient whose other type-like column names blocked time (Rethink's `Appointment
//    Type` read as the type, its `Service` left over: `Team Meeting`, corpus 398). Obi's row has
//    no patient; the file is a titled report, so a patient printed once per group is asked about.
// ---------------------------------------------------------------------------------------------
describe('B. the type read, and another type-like column naming blocked time', () => {
  const TITLE = ['Appointment List', 'Peak Behavior Partners', '03/22/2027 - 03/23/2027'];
  const probe = (type: string, service: string): Cols => [
    DATE,
    TIME,
    noObi(PATIENT),
    noObi(DOB),
    noObi(PID),
    PROVIDER,
    ['Appointment Type', ['Billable', type, 'Billable']],
    ['Service', ['97153 Adaptive Behavior Treatment', service, '97153 Adaptive Behavior Treatment']],
    status('Scheduled'),
  ];
  it.each([
    ['Nonbillable', 'Team Meeting'],
    ['Nonbillable', 'Staff Meeting'],
    ['Nonbillable', 'Lunch'],
    ['Nonbillable', 'Admin Time'],
  ])('%s / %s: the meeting is skipped, the two visits go unasked', async (type, service) => {
    expect(sent(await run(probe(type, service), TITLE))).toEqual([
      `${STARTS[0]} NEW Hollis`,
      `${STARTS[2]} NEW Lindqvist`,
    ]);
  });

  // A patient's service, or none: the empty patient may be the one above (asked, as before).
  it.each([
    ['Nonbillable', '97155 Protocol Modification'],
    ['Billable', '97153 Adaptive Behavior Treatment'],
    ['Billable', ''],
  ])('%s / %s: held', async (type, service) => {
    expect(held(await run(probe(type, service), TITLE))).toBe(true);
  });
});
