// Red team, round 55s: the two rows round 55k left skipped without a question, attacked for WRONG
// SKIPS (a real visit skipped is an appointment lost on the portal). Each probe is the three-row
// file (Hollis, Obi, Lindqvist) with Obi's row (line 3) under test. Outcomes were worked out by
// hand before the first run:
//   held  nothing of Obi's row goes unasked: the file is held or refused, or the row is a row error;
//   skip  held, or sent with Obi's row skipped (no row error) and the two others booked.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  col,
  type Cols,
  DATE,
  DOB,
  held,
  noObi,
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

const files = exportFiles('redteam-round-55s');
const run = probeRunner(files);

type Outcome = 'held' | 'skip';
const WITHOUT_OBI = JSON.stringify([`${STARTS[0]} NEW Hollis`, `${STARTS[2]} NEW Lindqvist`]);

/** Whether `r` is no wrong send (nor a silent skip of a visit) for the hand-worked `outcome`:
 *  Obi's row is line 3 after `titleLines` lines of title. */
function fits(r: Run, outcome: Outcome, titleLines = 0): boolean {
  if (held(r)) return true;
  if (r === 'refused' || JSON.stringify(sent(r)) !== WITHOUT_OBI) return false;
  return outcome === 'skip' ? r.errors.length === 0 : r.errors.some((e) => e.line === 3 + titleLines);
}

// ---------------------------------------------------------------------------------------------
// A. A row of no patient whose unmapped service names blocked time, beside a person's name in
//    another unmapped column (map/row-person.ts): a meeting with that person, or about them?
// ---------------------------------------------------------------------------------------------
describe('A. a patientless block row that names a person elsewhere', () => {
  const TITLE = ['Appointment List', 'Peak Behavior Partners', '03/22/2027 - 03/23/2027'];
  const probe = (service: string, extra: Cols): Cols => [
    DATE,
    TIME,
    noObi(PATIENT),
    noObi(DOB),
    noObi(PID),
    PROVIDER,
    ['Appointment Type', ['Billable', 'Billable', 'Billable']],
    ['Service', ['97153 Adaptive Behavior Treatment', service, '97153 Adaptive Behavior Treatment']],
    status('Scheduled'),
    ...extra,
  ];
  it.each<[string, string, string, Outcome]>([
    // a person on the row, and nothing says the meeting is the staff's alone
    ['Meeting', 'Attendees', 'Obi, Adaeze', 'held'],
    ['Meeting', 'Participants', 'Obi, Adaeze', 'held'],
    ['Meeting', 'Client', 'Obi, Adaeze', 'held'],
    ['Meeting', 'Member', 'Obi, Adaeze', 'held'],
    ['Meeting', 'Attendees', 'Adaeze Obi', 'held'],
    ['Meeting', 'Client Name', 'OBI, ADAEZE', 'held'],
    ['Mtg', 'Guest', 'Obi, Adaeze', 'held'],
    ['Lunch', 'Attendees', 'Obi, Adaeze', 'held'],
    ['Training', 'Participants', 'Obi, Adaeze', 'held'],
    ['Travel', 'Client', 'Obi, Adaeze', 'held'],
    ['Block', 'Member Name', 'Obi, Adaeze', 'held'],
    ['Meeting', 'With', 'Obi, Adaeze', 'held'],
    // the block says it is the staff's own: a case conference about the patient, no visit
    ['Team Meeting', 'Participants', 'Obi, Adaeze', 'skip'],
    ['Team Meeting', 'Client', 'Obi, Adaeze', 'skip'],
    ['Staff Meeting', 'Attendees', 'Obi, Adaeze', 'skip'],
    ['Staff Mtg', 'Attendees', 'Obi, Adaeze', 'skip'],
    ['IDT Meeting', 'Participants', 'Obi, Adaeze', 'skip'],
    ['IDG Meeting', 'Attendees', 'Obi, Adaeze', 'skip'],
    ['Morning Huddle', 'Attendees', 'Obi, Adaeze', 'skip'],
    // no person on the row: the block it names (controls)
    ['Meeting', 'Attendees', '', 'skip'],
    ['Meeting', 'Notes', 'bring binder', 'skip'],
    ['Lunch', 'Room', 'Suite 2', 'skip'],
  ])('Service = %s, %s = %s: %s', async (service, header, value, outcome) => {
    expect(fits(await run(probe(service, [col(header, value)]), TITLE), outcome, TITLE.length)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A free place written as the patient beside a person's phone or email in an unmapped column
//    (map/block-in-name.ts): a free place has no phone; the row is a person's
// ---------------------------------------------------------------------------------------------
describe('B. a free place written as the patient, and a phone on the row', () => {
  const place = (name: string, extra: Cols): Cols => [
    DATE,
    TIME,
    ['Patient', ['Hollis, Grace', name, 'Lindqvist, Sven']],
    ['DOB', ['06/02/1970', '', '08/29/1963']],
    ['Patient ID', ['100415', '', '100954']],
    PROVIDER,
    ['Status', ['Scheduled', '', 'Scheduled']],
    ...extra,
  ];
  const everyRow = (header: string, v: string): [string, string[]] => [header, [v, v, v]];
  it.each<[string, [string, string[]], Outcome]>([
    ['Open Slot', col('Cell Phone', '(503) 555-0142'), 'held'],
    ['Open', col('Cell Phone', '(503) 555-0142'), 'held'],
    ['OPEN', col('Mobile', '503-555-0142'), 'held'],
    ['Available', col('Home Phone', '(503) 555-0142'), 'held'],
    ['Unbooked', col('Contact', '503.555.0142'), 'held'],
    ['Open Slot', col('Cell', '+1 503 555 0142'), 'held'],
    ['Open Slot', col('Contact Email', 'adaeze.obi@example.com'), 'held'],
    ['Available', col('Cell Phone', '(503) 555-0142', '(503) 555-0100'), 'held'],
    // nothing of a person's on the row, or the office's own number on every row (controls)
    ['Open Slot', col('Cell Phone', ''), 'skip'],
    ['Open Slot', col('Cell Phone', 'N/A'), 'skip'],
    ['Open Slot', col('Room', '201'), 'skip'],
    ['Available', col('Ext', 'x4412'), 'skip'],
    ['Open Slot', everyRow('Location Phone', '(503) 555-0100'), 'skip'],
    ['Open Slot', everyRow('Office Fax', '(503) 555-0101'), 'skip'],
    ['Lunch - Dr Patel', col('Provider Phone', '(503) 555-0177'), 'skip'],
  ])('Patient = %s beside %j: %s', async (name, extra, outcome) => {
    expect(fits(await run(place(name, [extra])), outcome)).toBe(true);
  });
});
