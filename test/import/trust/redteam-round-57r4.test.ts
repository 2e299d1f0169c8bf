// Red team, round 57r4: a wordless window in the time cell (57f's open gap, closed here by
// trust/range-windows.ts). Each probe is the three-row file (Hollis, Obi, Lindqvist) with the
// window on Obi's row (line 3); the others are ordinary visits written as ranges. Outcomes worked
// out by hand before the first run, strict both ways:
//   held   the file is held, or Obi's row is a row error and the two others go as written: a range
//          of hours far longer than the file's other visits whose words name no visit that long
//          is a dosing window or open hours as likely as a visit;
//   booked all three sent booked as written, no question: the row's words name a visit that long
//          (an infusion, a day programme, testing), or the range is no longer than a visit, or
//          every visit of the file is as long (the file shows that length is its visits').
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { ALL_THREE, explain, WITHOUT_OBI } from './structured-probes.ts';
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
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-57r4');
const run = probeRunner(files);

const obiHeld = (r: Run): boolean =>
  held(r) ||
  (r !== 'refused' &&
    r.errors.some((e) => e.line === 3) &&
    JSON.stringify(sent(r)) === JSON.stringify(WITHOUT_OBI));
const allBooked = (r: Run): boolean => !held(r) && JSON.stringify(sent(r)) === JSON.stringify(ALL_THREE);

/** The three rows with `times` in the time cell, and a `header` column with Obi's `words` (the
 *  others' `Office Visit`), or none. */
function file(times: [string, string, string], header?: string, words = ''): Cols {
  return [
    DATE,
    ['Appt Time', times],
    PATIENT,
    DOB,
    PID,
    PROVIDER,
    APPT,
    ...(header === undefined ? [] : [col(header, words, 'Office Visit')]),
    ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
  ];
}
const around = (obi: string): [string, string, string] => ['9:00 AM-9:30 AM', obi, '1:30 PM-2:00 PM'];

describe('a range of hours in the time cell, far longer than the file’s other visits', () => {
  it.each<[string, Cols]>([
    ['5:00 AM-9:00 AM, the type empty', file(around('5:00 AM-9:00 AM'), 'Type')],
    ['05:30–10:30 with an en dash on a 24-hour clock', file(['09:00-09:30', '05:30–10:30', '13:30-14:00'])],
    ['6:00 AM to 11:00 AM, the type empty', file(around('6:00 AM to 11:00 AM'), 'Type')],
    // words that name no visit hours long
    ['5:30 AM-10:30 AM, an Office Visit', file(around('5:30 AM-10:30 AM'), 'Type', 'Office Visit')],
    ['7:00 AM-3:00 PM, a Follow Up', file(around('7:00 AM-3:00 PM'), 'Appt Type', 'Follow Up')],
    ['5:30 AM-10:30 AM, reason Methadone', file(around('5:30 AM-10:30 AM'), 'Reason', 'Methadone')],
    // the others an hour and 45 minutes: six hours is still far longer
    [
      '6:00 AM-12:00 PM beside visits of 60 and 45 minutes',
      file(['9:00 AM-10:00 AM', '6:00 AM-12:00 PM', '1:30 PM-2:15 PM'], 'Type'),
    ],
  ])('%s: held', async (_name, cols) => {
    const r = await run(cols);
    expect(obiHeld(r), explain(r)).toBe(true);
  });

  it.each<[string, Cols]>([
    // words that name a visit hours long
    ['10:00 AM-2:00 PM, Chemo Infusion', file(around('10:00 AM-2:00 PM'), 'Type', 'Chemo Infusion')],
    [
      '10:00 AM-3:00 PM, Partial Hospitalization',
      file(around('10:00 AM-3:00 PM'), 'Type', 'Partial Hospitalization'),
    ],
    ['10:00 AM-1:00 PM, IOP Group', file(around('10:00 AM-1:00 PM'), 'Type', 'IOP Group')],
    ['10:00 AM-1:00 PM, Surgery', file(around('10:00 AM-1:00 PM'), 'Type', 'Surgery')],
    [
      '10:00 AM-3:00 PM, reason Neuropsychological Testing',
      file(around('10:00 AM-3:00 PM'), 'Reason', 'Neuropsychological Testing'),
    ],
    // no longer than a visit may be
    ['10:00 AM-12:00 PM, the type empty', file(around('10:00 AM-12:00 PM'), 'Type')],
    ['10:00 AM-11:30 AM, no type column', file(around('10:00 AM-11:30 AM'))],
    // every visit of the file four hours long: the file shows that length is its visits'
    [
      'all three four hours long, the type empty',
      file(['9:00 AM-1:00 PM', '10:00 AM-2:00 PM', '1:30 PM-5:30 PM'], 'Type'),
    ],
  ])('%s: all three booked as written', async (_name, cols) => {
    const r = await run(cols);
    expect(allBooked(r), explain(r)).toBe(true);
  });
});
