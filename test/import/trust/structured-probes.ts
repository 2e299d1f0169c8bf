// The three appointments of the structured-export red team (56d) as FHIR JSON, HL7 v2 SIU and
// vendor XML: Hollis, Obi and Lindqvist (the people of three-row-probes.ts), with the sign under
// test on Obi's record. Calendar, by hand: Los Angeles is on daylight time from 14 March 2027
// (UTC-7). Hollis 22 March 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30
// = 20:30Z.
import { collect } from '../convert/support.ts';
import type { ExportFiles } from './export-files.ts';
import { held, type Run, sent, STARTS } from './three-row-probes.ts';

export interface Person {
  id: string;
  appt: string;
  family: string;
  given: string;
  dob: string;
  /** Local wall clock, `YYYY-MM-DDTHH:MM`. */
  at: string;
  provider: [id: string, family: string, given: string];
}

export const PEOPLE: [Person, Person, Person] = [
  {
    id: '100415',
    appt: '88101',
    family: 'Hollis',
    given: 'Grace',
    dob: '1970-06-02',
    at: '2027-03-22T09:00',
    provider: ['5501', 'Patel', 'Nina'],
  },
  {
    id: '100871',
    appt: '88102',
    family: 'Obi',
    given: 'Adaeze',
    dob: '1999-04-05',
    at: '2027-03-22T10:00',
    provider: ['5502', 'Lee', 'Raj'],
  },
  {
    id: '100954',
    appt: '88103',
    family: 'Lindqvist',
    given: 'Sven',
    dob: '1963-08-29',
    at: '2027-03-23T13:30',
    provider: ['5501', 'Patel', 'Nina'],
  },
];

export const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
export const OBI_CANCELLED = [
  `${STARTS[0]} NEW Hollis`,
  `${STARTS[1]} CANCEL Obi`,
  `${STARTS[2]} NEW Lindqvist`,
];
export const WITHOUT_OBI = [`${STARTS[0]} NEW Hollis`, `${STARTS[2]} NEW Lindqvist`];

/**
 * What a person reading the file would do with Obi's record, worked out by hand:
 *   held       the file is held or refused, or Obi's record is a row error (the others as written);
 *   notBooked  Obi's record never goes booked;
 *   cancel / booked / skip: sent so (Obi cancelled, all three booked, Obi left out), or held;
 *   a list     exactly these sent (`start status last-name`), or held.
 */
export type Outcome = 'held' | 'notBooked' | 'cancel' | 'booked' | 'skip' | string[];

/** Whether `r` is no wrong send for `outcome` (a hold is never a wrong send). */
export function fits(r: Run, outcome: Outcome): boolean {
  if (held(r) || r === 'refused') return true;
  // In time order: a later message of Obi's appointment comes after Lindqvist's in the file.
  const went = JSON.stringify(sent(r)?.sort());
  if (Array.isArray(outcome)) return went === JSON.stringify([...outcome].sort());
  switch (outcome) {
    case 'held':
      return went === JSON.stringify(WITHOUT_OBI) && r.errors.length > 0;
    case 'notBooked':
      return !r.appointments.some((a) => a.patient.lastName === 'Obi' && a.status !== 'CANCEL');
    case 'cancel':
      return went === JSON.stringify(OBI_CANCELLED);
    case 'booked':
      return went === JSON.stringify(ALL_THREE);
    case 'skip':
      return went === JSON.stringify(WITHOUT_OBI);
  }
}

/** What `r` gave, for a failing probe's message. */
export const explain = (r: Run): string =>
  r === 'refused'
    ? 'refused'
    : JSON.stringify({
        sent: r.appointments.map(
          (a) =>
            `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.lastName} ${a.patient.firstName}`,
        ),
        errors: r.errors.map((e) => e.message),
        skipped: r.skipped.map((s) => s.reason),
        doubts: (r.summary.doubts ?? []).map((d) => `${d.kind}: ${d.message}`),
      });

/** Held where the outcome says the file proves its reading: a false hold. */
export const falseHold = (r: Run, outcome: Outcome): boolean =>
  held(r) && outcome !== 'held' && outcome !== 'notBooked';

/** Runs `text` written as `export-N.ext` in Los Angeles; `refused` if the file is refused. */
export const structuredRunner =
  (files: ExportFiles) =>
  async (text: string, ext: string): Promise<Run> => {
    try {
      return await collect(files.write(text, ext), { timeZone: 'America/Los_Angeles' });
    } catch {
      return 'refused';
    }
  };

// Vendor XML of the three appointments (red teams 56d, 57d)
export const usDate = (at: string): string => `${at.slice(5, 7)}/${at.slice(8, 10)}/${at.slice(0, 4)}`;
export const clock = (at: string): string => {
  const h = Number(at.slice(11, 13));
  return `${h % 12 || 12}:${at.slice(14, 16)} ${h < 12 ? 'AM' : 'PM'}`;
};
/** The people's element records; `inner(p)` writes each record's inside. */
export const xmlFile = (
  inner: (p: Person) => string,
  root = 'Appointments',
  record = 'Appointment',
  before = '',
): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root}>`,
    before,
    ...PEOPLE.map((p) => `  <${record}>${inner(p)}</${record}>`),
    `</${root}>`,
    '',
  ].join('\n');
