// Red team, round 57b: an `Expired` in a column headed for the practice's outreach (a check-in, a
// reminder, an invite, the intake forms, a message's delivery, a confirmation request) is the
// link or the request lapsing unanswered, not the patient's death nor the visit's end
// (cancel-text-columns.ts outreachLapsed), while the booking's own lapse (`Appointment expired`,
// found by this round: it went booked) is held (visit-off-words.ts VISIT_LAPSED). Found by corpus layout 414 (a check-in list whose
// `Check-In Status` = `Expired` beside `Appointment Status` = `Scheduled` held the file). Each
// probe is the three-row file (Hollis, Obi, Lindqvist) with Status `Scheduled` on every row and
// the sign on Obi's row (line 3). Outcomes were worked out by hand before the first run:
//   sends      not held: all three go booked as written (the fix must not leave these held);
//   held       Obi's row never goes booked unasked (held, refused, a row error, or cancelled).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  held,
  obiNotBooked,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-57b');
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled')];
const run = probeRunner(files);
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

describe('an outreach column whose link or request lapsed, beside a booked status', () => {
  // The check-in, reminder, invite, forms, delivery or confirmation lapsed: the visit stands.
  it.each<[string, string]>([
    ['Check-In Status', 'Expired'],
    ['Checkin Status', 'EXPIRED'],
    ['eCheck-In', 'Timed out'],
    ['Kiosk Status', 'Expired'],
    ['Reminder Status', 'Expired'],
    ['Invite Status', 'Link expired'],
    ['Invitation', 'Invite expired'],
    ['Intake Forms', 'Expired'],
    ['Delivery', 'Expired'],
    ['Message Status', 'Lapsed'],
    ['Confirmation', 'Request expired'],
  ])('%s = %s: sends all three booked', async (header, value) => {
    const r = await run([...BASE, col(header, value, 'Completed')]);
    expect(held(r)).toBe(false);
    expect(sent(r)).toEqual(ALL_THREE);
  });

  // Who expired, or not an outreach column: a person could not be sure the visit stands.
  it.each<[string, string]>([
    ['Notes', 'Expired'],
    ['Comment', 'Pt expired'],
    ['Check-In Status', 'Patient expired'],
    ['Check-In Status', 'Canceled'],
    ['Reminder Status', 'Cancelled via text'],
    ['Booking Request', 'Expired'],
    ['Appointment Request', 'Expired'],
    ['Check-In Status', 'Appointment expired'],
    ['Reminder Status', 'Booking lapsed'],
    ['Notes', 'appt timed out'],
  ])('%s = %s: Obi never goes booked unasked', async (header, value) => {
    expect(obiNotBooked(await run([...BASE, col(header, value)]))).toBe(true);
  });
});
