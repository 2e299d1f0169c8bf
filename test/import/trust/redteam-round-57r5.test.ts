// Red team, round 57r5: fixes of wrong sends round 57r1 left. Outcomes worked out by hand before
// the run (see redteam-round-57r1.test.ts for the outcome words and the calendar): Hollis 22 March
// 9:00, Obi 22 March 10:00, Lindqvist 23 March 13:30, Los Angeles.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { explain, fits, type Outcome } from './structured-probes.ts';
import {
  APPT,
  type Cols,
  DOB,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  STARTS,
  status,
} from './three-row-probes.ts';

const run = probeRunner(exportFiles('redteam-round-57r5'));
const BOOKED_ALL = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

// ---------------------------------------------------------------------------------------------
// 1. A start date-time under a header that may name the booking's moment (`Scheduled ...`,
//    `Planned ...`, `Booked ...`), beside a date-only column giving the same days, no time column
//    (start-day-columns.ts bookingTimeDoubt): the times may be when the booking was made.
// ---------------------------------------------------------------------------------------------
describe('1. a booking-worded date-time beside a day-only date column', () => {
  const REST: Cols = [PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled')];
  const d = (h: string, v: string[]): [string, string[]] => [h, v];
  const VISIT = ['03/22/2027', '03/22/2027', '03/23/2027'];
  // the booking's moments: the visits' days, other times
  const BOOKED_AT = ['03/22/2027 8:05 AM', '03/22/2027 8:40 AM', '03/23/2027 7:15 AM'];
  // the visits' own times
  const AT_VISIT = ['03/22/2027 9:00 AM', '03/22/2027 10:00 AM', '03/23/2027 1:30 PM'];
  it.each<[string, Cols, Outcome]>([
    [
      'Appt Date (dates), Scheduled Date (date-times)',
      [d('Appt Date', VISIT), d('Scheduled Date', BOOKED_AT)],
      'held',
    ],
    ['Scheduled Date (date-times), Date (dates)', [d('Scheduled Date', BOOKED_AT), d('Date', VISIT)], 'held'],
    [
      'Date (dates), Scheduled Start (date-times)',
      [d('Date', VISIT), d('Scheduled Start', BOOKED_AT)],
      'held',
    ],
    ['Date (dates), Planned Date (date-times)', [d('Date', VISIT), d('Planned Date', BOOKED_AT)], 'held'],
    [
      'Visit Date (dates), Scheduled Time (date-times)',
      [d('Visit Date', VISIT), d('Scheduled Time', BOOKED_AT)],
      'held',
    ],
    // the same header alone is the visit's (DrChrono's scheduled_time): sent as written
    ['Scheduled Date (date-times) alone', [d('Scheduled Date', AT_VISIT)], BOOKED_ALL],
    // a start header that names no booking beside its own day: the visit's, sent
    ['Date (dates), Appt Start (date-times)', [d('Date', VISIT), d('Appt Start', AT_VISIT)], BOOKED_ALL],
  ])('%s', async (_, cols, outcome) => {
    const r = await run([...cols, ...REST]);
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});
