// Red team, round 59c: the gaps the last stop left open (58g, 58c, 55d), each with variants of
// the same hazard. Outcomes were worked out by hand before the first run:
//   send    sent with no question, exactly these (a hold is a false hold);
//   either  held, or sent exactly these (no wrong send);
//   hold    held (a person could not be sure either).
// Calendar, by hand: Los Angeles is on standard time (UTC-8) until 14 March 2027 and on daylight
// time (UTC-7) from then. Read month-first, 04/03/2027 is Saturday 3 April (daylight): 9:00 =
// 16:00Z, 10:00 = 17:00Z; 05/03/2027 is 3 May: 13:30 = 20:30Z. Read day-first they are 4 and 5
// March (standard time): 9:00 = 17:00Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { held, linesRunner, type Run } from './three-row-probes.ts';

const files = exportFiles('redteam-round-59c');
const runLines = linesRunner(files);

type Mode = 'send' | 'either' | 'hold';
/** What went, `start status last-name patient-id appointment-id` per appointment. */
const went = (r: Run): string[] =>
  r === 'refused'
    ? []
    : r.appointments.map(
        (a) =>
          `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.lastName} ${a.patient.patientId} ${a.appointmentId}`,
      );
/** Whether `r` is no wrong send (and, for `send`, no false hold) for the hand-worked outcome. */
function fits(r: Run, mode: Mode, ok: readonly string[]): boolean {
  if (process.env.DBG)
    console.log('DBG', mode, r === 'refused' ? r : { went: went(r), doubts: r.summary.doubts });
  if (held(r)) return mode !== 'send';
  return mode !== 'hold' && JSON.stringify(went(r)) === JSON.stringify(ok);
}

// ---------------------------------------------------------------------------------------------
// A. A US practice's file separated by semicolons, every date reading both ways (58g's open
// finding). Semicolons are what a spreadsheet in a decimal-comma locale (day-first, 24-hour)
// saves; a US program writing semicolons still writes `9:00 AM`.
// ---------------------------------------------------------------------------------------------
describe('A. semicolons, every date reading both ways, at a US practice', () => {
  const APRIL = [
    '2027-04-03T16:00 NEW Hollis 100415 88101',
    '2027-04-03T17:00 NEW Obi 100871 88102',
    '2027-05-03T20:30 NEW Lindqvist 100954 88103',
  ];
  const rows = (
    sep: string,
    times: [string, string, string],
    extra?: [string, string, string, string],
  ): string[] => {
    const x = (i: number) => (extra ? `${sep}${extra[i]}` : '');
    // A name holds a comma: quoted where commas separate.
    const n = (name: string) => (sep === ',' ? `"${name}"` : name);
    return [
      `Appt Date${sep}Appt Time${sep}Patient${sep}DOB${sep}Patient ID${sep}Provider${sep}Appt ID${x(0)}`,
      `04/03/2027${sep}${times[0]}${sep}${n('Hollis, Grace')}${sep}02/06/1970${sep}100415${sep}Dr. Nina Patel${sep}88101${x(1)}`,
      `04/03/2027${sep}${times[1]}${sep}${n('Obi, Adaeze')}${sep}05/04/1999${sep}100871${sep}Dr. Raj Lee${sep}88102${x(2)}`,
      `05/03/2027${sep}${times[2]}${sep}${n('Lindqvist, Sven')}${sep}07/08/1963${sep}100954${sep}Dr. Nina Patel${sep}88103${x(3)}`,
    ];
  };
  const H24: [string, string, string] = ['09:00', '10:00', '13:30'];
  const AMPM: [string, string, string] = ['9:00 AM', '10:00 AM', '1:30 PM'];
  it.each<[string, string[], Mode]>([
    ['24-hour times, nothing else: held', rows(';', H24), 'hold'],
    ['times with AM/PM (a US program): sent month-first', rows(';', AMPM), 'send'],
    ['times with a.m./p.m.: sent month-first', rows(';', ['9:00 a.m.', '10:00 a.m.', '1:30 p.m.']), 'send'],
    [
      'Latin American “a. m.” (a space inside): held',
      rows(';', ['9:00 a. m.', '10:00 a. m.', '1:30 p. m.']),
      'hold',
    ],
    [
      '24-hour times and a Copay 25,00 (decimal comma): held',
      rows(';', H24, ['Copay', '25,00', '40,00', '25,00']),
      'hold',
    ],
    [
      'AM/PM but a Copay 25,00 (decimal comma): held',
      rows(';', AMPM, ['Copay', '25,00', '40,00', '25,00']),
      'hold',
    ],
    [
      '24-hour times and a Copay 25.00: held (programs everywhere write points)',
      rows(';', H24, ['Copay', '25.00', '40.00', '25.00']),
      'hold',
    ],
    ['Excel’s sep=; line first, 24-hour times: held', ['sep=;', ...rows(';', H24)], 'hold'],
    ['the same 24-hour file with commas: sent month-first (the region, as before)', rows(',', H24), 'send'],
    ['the same 24-hour file with tabs: sent month-first (the region, as before)', rows('\t', H24), 'send'],
  ])('%s', async (_what, text, mode) => {
    expect(fits(await runLines(text), mode, APRIL)).toBe(true);
  });
  it('one date and time in a cell, 24-hour: held', async () => {
    const text = rows(';', H24).map((l, i) => {
      const [d, t, ...rest] = l.split(';');
      return [i === 0 ? 'Appointment' : `${d} ${t}`, ...rest].join(';');
    });
    expect(fits(await runLines(text), 'hold', APRIL)).toBe(true);
  });
  it('semicolons, 24-hour, a date above 12 (day-first proven): sent day-first', async () => {
    const text = rows(';', H24).map((l) => l.replace('05/03/2027', '15/03/2027'));
    expect(
      fits(await runLines(text), 'send', [
        '2027-03-04T17:00 NEW Hollis 100415 88101',
        '2027-03-04T18:00 NEW Obi 100871 88102',
        '2027-03-15T20:30 NEW Lindqvist 100954 88103',
      ]),
    ).toBe(true);
  });
});
