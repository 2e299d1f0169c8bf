// Red team, round 58r4: a log of events (fixture 412's layout: one row per event, each with the
// moment it happened) lists one appointment on several rows, and the importer reads their order
// from the event times only when those are instants written whole and never go back
// (event-time-column.ts, id-column.ts). Outcomes were worked out by hand before the first run:
//   held       a question (a hold is never a wrong send);
//   a list     nothing asked, and what the portal gets: each id's LAST row (the engine plans an
//              id's later row over its earlier one, plan-job.ts), as `start status last-name`.
// Calendar, by hand (three-row-probes.ts): Los Angeles is UTC-7 from 14 March 2027; Hollis
// 22 March 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z, and
// Obi's second visit 24 March 11:00 = 18:00Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { explain } from './structured-probes.ts';
import {
  APPT,
  DATE,
  DOB,
  held,
  linesRunner,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  TIME,
} from './three-row-probes.ts';

const runLines = linesRunner(exportFiles('redteam-round-58r4'));

/** A row of the log: `at` the event's time, `st` the visit's status, `i` the patient (0 Hollis,
 *  1 Obi, 2 Lindqvist); `visit` another of the patient's visits (date, time, id). */
const row = (at: string, st: string, i: 0 | 1 | 2, visit?: [string, string, string]): string =>
  [
    at,
    st,
    visit?.[0] ?? DATE[1][i],
    visit?.[1] ?? TIME[1][i],
    `"${PATIENT[1][i]}"`,
    DOB[1][i],
    PID[1][i],
    `"${PROVIDER[1][i]}"`,
    visit?.[2] ?? APPT[1][i],
  ].join(',');
const head = (when: string): string =>
  `${when},Status,Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Appt ID`;
const log = (obiRows: string[], when = 'Event Timestamp (UTC)'): string[] => [
  head(when),
  row('2027-03-19T13:00:04Z', 'Scheduled', 0),
  ...obiRows,
  row('2027-03-19T13:00:09Z', 'Scheduled', 2),
];

/** What the portal gets: each id's last row (the engine's plan), `start status last-name`. */
function portal(r: Run): string[] | null {
  if (held(r) || r === 'refused') return null;
  const last = new Map<string, string>();
  for (const a of r.appointments)
    last.set(a.appointmentId, `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.lastName}`);
  return [...last.values()].sort();
}

const HOLLIS = '2027-03-22T16:00 NEW Hollis';
const LINDQVIST = '2027-03-23T20:30 NEW Lindqvist';
const OBI_SECOND: [string, string, string] = ['03/24/2027', '11:00 AM', '88104'];

describe('a log of events: one appointment on several rows', () => {
  it.each<[string, string[], string[] | 'held', string?]>([
    // 1. In order, the cancel the later event and the last row: the visit is cancelled.
    [
      'reminder booked 13:00Z, cancel 15:22Z',
      [row('2027-03-19T13:00:06Z', 'Scheduled', 1), row('2027-03-19T15:22:18Z', 'Cancelled', 1)],
      [HOLLIS, '2027-03-22T17:00 CANCEL Obi', LINDQVIST],
    ],
    // 2. Offsets other than Z, compared as instants: 09:00-04:00 is 13:00Z, 11:22-04:00 15:22Z.
    [
      'offsets -04:00 in order',
      [row('2027-03-19T09:00:06-04:00', 'Scheduled', 1), row('2027-03-19T11:22:18-04:00', 'Cancelled', 1)],
      [HOLLIS, '2027-03-22T17:00 CANCEL Obi', LINDQVIST],
    ],
    // 3. Event times that go back: the third row (14:00Z) is before the cancel (15:22Z).
    [
      'booked, cancelled, then booked at an earlier event time',
      [
        row('2027-03-19T13:00:06Z', 'Scheduled', 1),
        row('2027-03-19T15:22:18Z', 'Cancelled', 1),
        row('2027-03-19T14:00:00Z', 'Scheduled', 1),
      ],
      'held',
    ],
    // 4. The text reads forward (10:00 then 13:30) but the instants go back (14:00Z then 13:30Z).
    [
      'wall times forward, instants back',
      [row('2027-03-19T10:00:00-04:00', 'Scheduled', 1), row('2027-03-19T13:30:00Z', 'Cancelled', 1)],
      'held',
    ],
    // 5. The cancel row after the booked row in the file, but before it in time.
    [
      'cancel row last in the file, earlier in time',
      [row('2027-03-19T15:22:18Z', 'Scheduled', 1), row('2027-03-19T13:00:06Z', 'Cancelled', 1)],
      'held',
    ],
    // 6. Two events at one instant that disagree: no order between them.
    [
      'booked and cancelled at one instant',
      [row('2027-03-19T13:00:06Z', 'Scheduled', 1), row('2027-03-19T13:00:06Z', 'Cancelled', 1)],
      'held',
    ],
    // 7. Two events at one instant that agree (a reminder and its confirmation): nothing to ask.
    [
      'two booked rows at one instant',
      [row('2027-03-19T13:00:06Z', 'Scheduled', 1), row('2027-03-19T13:00:06Z', 'Confirmed', 1)],
      [HOLLIS, '2027-03-22T17:00 NEW Obi', LINDQVIST],
    ],
    // 8. Event times in local time without a zone are no instants: the order is not proved.
    [
      'event times without a zone',
      [row('2027-03-19 13:00:06', 'Scheduled', 1), row('2027-03-19 15:22:18', 'Cancelled', 1)],
      'held',
      'Event Time',
    ],
    // 9. A local 12-hour clock, no zone: not proved either.
    [
      'event times 12-hour local',
      [row('03/19/2027 1:00 PM', 'Scheduled', 1), row('03/19/2027 3:22 PM', 'Cancelled', 1)],
      'held',
      'Event Time',
    ],
    // 10. The cancel row has no event time: not proved.
    [
      'the cancel row without a time',
      [row('2027-03-19T13:00:06Z', 'Scheduled', 1), row('', 'Cancelled', 1)],
      'held',
    ],
    // 11. Booked again after the cancel, in time order: the latest state is booked.
    [
      'booked, cancelled, booked again, in order',
      [
        row('2027-03-19T13:00:06Z', 'Scheduled', 1),
        row('2027-03-19T15:22:18Z', 'Cancelled', 1),
        row('2027-03-19T16:40:00Z', 'Scheduled', 1),
      ],
      [HOLLIS, '2027-03-22T17:00 NEW Obi', LINDQVIST],
    ],
    // 12. Two different appointments of one patient, one booked, one cancelled, their events out of
    // order across ids (the order matters only within one id): both go, nothing asked.
    [
      'two visits of one patient, events out of order across them',
      [row('2027-03-19T15:22:18Z', 'Scheduled', 1), row('2027-03-19T13:00:06Z', 'Cancelled', 1, OBI_SECOND)],
      [HOLLIS, '2027-03-22T17:00 NEW Obi', '2027-03-24T18:00 CANCEL Obi', LINDQVIST],
    ],
    // 13. Not an event log: a snapshot's 'Last Modified' (when the record was last saved) is no
    // event's time; one appointment's two rows that disagree are asked as before.
    [
      "a 'Last Modified' column in order",
      [row('2027-03-19T13:00:06Z', 'Scheduled', 1), row('2027-03-19T15:22:18Z', 'Cancelled', 1)],
      'held',
      'Last Modified',
    ],
    // 14. When the visit was booked ('Booked On'), instants written whole: no event's time; asked.
    [
      "a 'Booked On' column",
      [row('2027-03-19T13:00:06Z', 'Scheduled', 1), row('2027-03-19T15:22:18Z', 'Cancelled', 1)],
      'held',
      'Booked On',
    ],
  ])('%s', async (_, obiRows, outcome, when) => {
    const r = await runLines(log(obiRows, when));
    if (outcome === 'held') expect(held(r), explain(r)).toBe(true);
    else expect(portal(r), explain(r)).toEqual([...outcome].sort());
  });
});
