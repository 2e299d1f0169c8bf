// The sectioned report of red team 55h: a printed appointment list saved as CSV whose rows take
// their meaning from the section heading above them (`Cancelled Appointments`, `Wait List`), with
// no status column. Patients are named by their last name, which says the row in the checks.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7); 22 March 2027 is
// a Monday. Row k of the day starts at 8:00 + 30 k minutes local, 15:00Z + 30 k minutes.
import { collect } from '../convert/support.ts';

export type Result = Awaited<ReturnType<typeof collect>>;

/** What a row is, by its section: booked (sent NEW), cancelled (never booked: CANCEL or not sent),
 *  off the book (a wish, a recall, a block: never sent), unknown (a heading no one could read
 *  for sure: never sent unasked). */
export type Meaning = 'booked' | 'cancelled' | 'off' | 'unknown';

export const HEADER = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Appt ID';
/** The header's column count: a heading written as the first cell of a full row pads to it. */
export const WIDTH = 7;

const PEOPLE = [
  ['Hollis', 'Grace'],
  ['Obi', 'Adaeze'],
  ['Lindqvist', 'Sven'],
  ['Moreau', 'Claire'],
  ['Tanaka', 'Kenji'],
  ['Okafor', 'Chidi'],
  ['Brennan', 'Liam'],
  ['Haddad', 'Rania'],
  ['Kowalski', 'Piotr'],
  ['Alvarez', 'Rosa'],
  ['Fitzgerald', 'Maeve'],
  ['Sato', 'Yumi'],
] as const;

/** The local clock of slot k, as the file writes it (`8:00 AM`, `1:30 PM`). */
function clock(k: number): string {
  const minutes = 8 * 60 + 30 * k;
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, '0');
  return `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? 'PM' : 'AM'}`;
}

/** Patient k's row on `day` (MM/DD/YYYY, March 2027), at slot k, appointment id 88100 + k. */
export function row(k: number, day = '03/22/2027', id = 88100 + k): string {
  const [last, first] = PEOPLE[k]!;
  const dob = `0${(k % 9) + 1}/1${k % 10}/19${60 + k}`;
  const provider = k % 2 ? 'Dr. Raj Lee' : 'Dr. Nina Patel';
  return `${day},${clock(k)},"${last}, ${first}",${dob},${100400 + k},${provider},${id}`;
}

export const lastName = (k: number): string => PEOPLE[k]![0];

/** Patient k's start in UTC minutes, for a row on 22 March (day offset `days`). */
export function startOf(k: number, days = 0): string {
  const t = Date.UTC(2027, 2, 22 + days, 15, 0) + 30 * k * 60_000;
  return new Date(t).toISOString().slice(0, 16);
}

/** One section: the heading's lines as written (none: rows right under the header) and its rows. */
export interface Section {
  heading: string[];
  rows: number[];
  meaning: Meaning;
  /** The rows' day when not 22 March: the day offset, for their starts. */
  days?: number;
}

/** The CSV lines of a report of `sections` under `title`. */
export function report(sections: Section[], title: string[] = []): string[] {
  return [
    ...title,
    HEADER,
    ...sections.flatMap((s) => [
      ...s.heading,
      ...s.rows.map((k) => row(k, s.days ? `03/${22 + s.days}/2027` : '03/22/2027')),
    ]),
  ];
}

/** Whether the file was held: refused, or a question asked. */
export const held = (r: Result | 'refused'): boolean =>
  r === 'refused' || (r.summary.doubts ?? []).length > 0;

/** The sends that no section allows: an appointment of a row whose section does not let it go so.
 *  Empty when the file was held. */
export function wrongSends(r: Result | 'refused', sections: Section[]): string[] {
  if (held(r) || r === 'refused') return [];
  const wrong: string[] = [];
  for (const a of r.appointments) {
    const sent = `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.lastName}`;
    const own = sections.filter((s) => s.rows.some((k) => lastName(k) === a.patient.lastName));
    const fits = own.some((s) =>
      s.rows.some((k) => {
        if (lastName(k) !== a.patient.lastName) return false;
        const at = a.start.toISOString().slice(0, 16) === startOf(k, s.days ?? 0);
        if (s.meaning === 'booked') return at && a.status !== 'CANCEL';
        if (s.meaning === 'cancelled') return a.status === 'CANCEL';
        return false;
      }),
    );
    // The same visit in two sections: its last word (a cancel after the booking) stands.
    const last = own.at(-1);
    if (!fits || (own.length > 1 && last?.meaning !== 'booked' && a.status !== 'CANCEL')) wrong.push(sent);
  }
  return wrong;
}
