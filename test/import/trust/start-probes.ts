// What a time red team checks of each three-row probe (60g, 61e, 61r4): which rows went at which
// start, judged against starts worked out by hand. A hold is never wrong; a row a person could not
// be sure of must be a row error naming its line, field and value.
import { expect } from 'vitest';
import { collect } from '../convert/support.ts';
import type { ExportFiles } from './export-files.ts';
import {
  APPT,
  type Cols,
  DOB,
  DATE,
  held,
  lines,
  PATIENT,
  PID,
  PROVIDER,
  STARTS,
  type Run,
  THREE_NAMES as NAMES,
} from './three-row-probes.ts';
/** Each row's start in UTC minutes, or null: the row must not go. */
export type Want = Array<string | null>;
/** The three rows' starts as written (Los Angeles). */
export const MARCH: Want = STARTS;
/** MARCH with Obi's start replaced (null: Obi's row must not go). */
export const obiAt = (obi: string | null): Want => [MARCH[0]!, obi, MARCH[2]!];

/** Why `r` is a wrong send for `want` (or, `strict`, anything but exactly `want` sent), '' if none. */
export function wrong(r: Run, want: Want, strict = false): string {
  if (held(r) || r === 'refused') return strict ? 'held' : '';
  const went = new Map(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString().slice(0, 16)]));
  const why: string[] = [];
  want.forEach((w, i) => {
    const name = NAMES[i]!;
    const got = went.get(name);
    if (w === null) {
      if (got !== undefined) why.push(`${name} sent at ${got}`);
      else if (!r.errors.some((e) => e.line === i + 2 && e.field !== undefined && e.value !== undefined))
        why.push(`${name}: no row error`);
    } else if (got === undefined) {
      // a row error is never a wrong send (a person is asked about that row), unless `strict`
      const error = r.errors.find((e) => e.line === i + 2);
      if (!error) why.push(`${name} not sent (want ${w})`);
      else if (strict) why.push(`${name}: row error ${error.message}`);
    } else if (got !== w) why.push(`${name} sent at ${got} (want ${w})`);
  });
  if (r.appointments.length > went.size) why.push('more appointments than rows');
  return why.join('; ');
}
export const expectNoWrong = async (p: Promise<Run>, want: Want, strict = false): Promise<void> => {
  expect(wrong(await p, want, strict)).toBe('');
};

// The clock probes' shared preamble (63d, 63r1): the three rows written with their start in columns
// under test, imported with only the practice's zone (a profile when given).
export const LA = 'America/Los_Angeles';
/** Runs `cols` (under `title` lines) at a practice in `timeZone`; 'refused' when refused. */
export const clockRunner =
  (files: ExportFiles) =>
  (cols: Cols, timeZone = LA, title: string[] = [], profile?: string): Promise<Run> =>
    collect(files.write(lines(cols, title)), { timeZone, ...(profile ? { profile } : {}) }).catch(
      () => 'refused' as const,
    );
/** One value on all three rows. */
export const same = (v: string): string[] => [v, v, v];
/** The columns of the three rows other than the start's. */
export const OTHERS: Cols = [PATIENT, DOB, PID, PROVIDER, APPT];
/** The three starts' hours (a 24-hour clock's 13) and minutes in columns of their own. */
export const HOURS = ['9', '10', '13'];
export const MINUTES = ['00', '00', '30'];
/** The date, an hour and a minute column (`extra` after them), then the others. */
export const hourMinute = (hour: [string, string[]], minute: [string, string[]], extra: Cols = []): Cols => [
  DATE,
  hour,
  minute,
  ...extra,
  ...OTHERS,
];

/** The practices of the clock-header probes. */
export const ZONES = {
  LA,
  CHI: 'America/Chicago',
  DEN: 'America/Denver',
  NYC: 'America/New_York',
  PHX: 'America/Phoenix',
} as const;
/** The three rows' starts (9:00, 10:00 on 22 March, 13:30 on 23 March) read on each clock, as UTC:
 *  Eastern (EDT, UTC-4), Central (CDT, UTC-5), Mountain (MDT, UTC-6), Pacific (PDT, UTC-7), and U
 *  for the times read as UTC itself. */
export const CLOCK_AT: Record<string, string[]> = {
  E: ['2027-03-22T13:00', '2027-03-22T14:00', '2027-03-23T17:30'],
  C: ['2027-03-22T14:00', '2027-03-22T15:00', '2027-03-23T18:30'],
  M: ['2027-03-22T15:00', '2027-03-22T16:00', '2027-03-23T19:30'],
  P: ['2027-03-22T16:00', '2027-03-22T17:00', '2027-03-23T20:30'],
  U: ['2027-03-22T09:00', '2027-03-22T10:00', '2027-03-23T13:30'],
};
/** The clock all three rows went on (a key of CLOCK_AT), `HELD`, or what went. */
export const clockOutcome = (r: Run): string => {
  if (held(r) || r === 'refused') return 'HELD';
  const got = NAMES.map((n) =>
    r.appointments
      .find((a) => a.patient.lastName === n)
      ?.start.toISOString()
      .slice(0, 16),
  );
  for (const [c, at] of Object.entries(CLOCK_AT)) if (at.every((t, i) => got[i] === t)) return c;
  return `sent ${got.join(' ')}`;
};
