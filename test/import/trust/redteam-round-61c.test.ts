// Red team, round 61c: the three rules of the blind layouts 448-450, attacked for wrong sends and
// for what they must still ask. Outcomes were worked out by hand before the first run:
//   A. a Spanish `por el centro` / `por la doctora` says who cancelled (cancel), and Indian EMRs'
//      `Consulted` is a visit that took place (booked); a negation or a contradiction stays asked;
//   B. a column headed only `Slot` of clock-time ranges is the start when the file proves each
//      range a visit's own (one provider's ranges on a day differ and never overlap), and is
//      asked when they may be a session's block or nothing proves it;
//   C. in India a one-column name with a whole word between (`Mohammed Irfan Shaikh`) is asked:
//      the word may be a second given name or the father's name; an initial between, a comma after
//      the family name, or first and last names in columns of their own, are not.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7): Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z. India is UTC+05:30
// all year: 22 March 9:00 = 03:30Z, 10:00 = 04:30Z, 23 March 13:30 = 08:00Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
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

const files = exportFiles('redteam-round-61c');
const run = probeRunner(files);
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const OBI_CANCELLED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];

/** Nothing of Obi's went unasked: held, or a row error on Obi's row. */
const obiAsked = (r: Run): boolean =>
  held(r) ||
  (r !== 'refused' && r.errors.length > 0 && !r.appointments.some((a) => a.patient.lastName === 'Obi'));

describe('A. status: who cancelled, and a visit consulted', () => {
  it.each<[string, string[]]>([
    ['Cancelada por el centro', OBI_CANCELLED],
    ['Cancelada por la doctora', OBI_CANCELLED],
    ['Cancelado por la médica', OBI_CANCELLED],
    ['Annullato dal centro', OBI_CANCELLED],
    ['Consulted', ALL_THREE],
  ])('%s is sent as worked out by hand', async (word, expected) => {
    const r = await run([...BASE, status(word)]);
    expect(sent(r)).toEqual(expected);
  });

  it.each([
    // not cancelled: booked, or asked; never sent cancelled
    'No cancelada por el centro',
    // not seen: missed or called off, a person could not say which
    'Not Consulted',
    // two meanings at once
    'Consulted - Cancelled',
  ])('%s is asked (or a row error), never guessed', async (word) => {
    expect(obiAsked(await run([...BASE, status(word)]))).toBe(true);
  });
});

describe("B. a column headed 'Slot' of clock-time ranges", () => {
  const ONE_PROVIDER: [string, string[]] = [
    'Provider',
    ['Dr. Nina Patel', 'Dr. Nina Patel', 'Dr. Nina Patel'],
  ];
  const slot = (values: string[], header = 'Slot'): [string, string[]] => [header, values];
  const base = (time: [string, string[]], provider = ONE_PROVIDER): Cols => [
    DATE,
    time,
    PATIENT,
    DOB,
    PID,
    provider,
    APPT,
    status('Scheduled'),
  ];

  it.each(['Slot', 'Time Slot'])(
    "'%s': one provider's two visits of 22 March in ranges that differ and do not overlap: sent at each range's start",
    async (header) => {
      const r = await run(
        base(slot(['9:00 AM - 9:15 AM', '10:00 AM - 10:15 AM', '1:30 PM - 1:45 PM'], header)),
      );
      expect(sent(r)).toEqual(ALL_THREE);
    },
  );

  it.each<[string, string[], [string, string[]] | undefined]>([
    // a morning session's block on both of its patients: the visit's own time is not written
    [
      'a session block on two rows',
      ['9:00 AM - 12:00 PM', '9:00 AM - 12:00 PM', '1:00 PM - 5:00 PM'],
      ONE_PROVIDER,
    ],
    // one range inside the other: a session and a visit, or two sessions
    [
      'a range inside another',
      ['9:00 AM - 12:00 PM', '10:00 AM - 10:15 AM', '1:30 PM - 1:45 PM'],
      ONE_PROVIDER,
    ],
    // two providers on 22 March: the two ranges may be each one's hours
    [
      'two providers, nothing proves it',
      ['9:00 AM - 9:15 AM', '10:00 AM - 10:15 AM', '1:30 PM - 1:45 PM'],
      PROVIDER,
    ],
    // 24-hour ranges without AM/PM: the clock checks read them as any start
    ['24-hour ranges', ['09:00-09:15', '10:00-10:15', '13:30-13:45'], ONE_PROVIDER],
  ])('%s: asked', async (_what, values, provider) => {
    const r = await run(base(slot(values), provider));
    expect(held(r)).toBe(true);
  });
});

describe('C. India: one-column names with a word between', () => {
  const inIndia = async (cols: Cols): Promise<Run> => {
    try {
      return await collect(files.write(lines(cols)), { timeZone: 'Asia/Kolkata' });
    } catch {
      return 'refused';
    }
  };
  const names = (obi: string): [string, string[]] => ['Patient', ['Grace Hollis', obi, 'Sven Lindqvist']];
  const INDIA_STARTS = ['2027-03-22T03:30', '2027-03-22T04:30', '2027-03-23T08:00'];

  it.each(['Mohammed Irfan Shaikh', 'Rahul Suresh Patil', 'MOHAMMED IRFAN SHAIKH'])(
    "'%s': where the given names end is asked",
    async (name) => {
      const r = await inIndia([DATE, TIME, names(name), DOB, PID, PROVIDER, APPT, status('Scheduled')]);
      expect(held(r)).toBe(true);
    },
  );

  it("an initial between ('Rahul S Patil') is a middle initial: sent as Rahul Patil", async () => {
    const r = await inIndia([
      DATE,
      TIME,
      names('Rahul S Patil'),
      DOB,
      PID,
      PROVIDER,
      APPT,
      status('Scheduled'),
    ]);
    expect(held(r)).toBe(false);
    if (r === 'refused') return;
    expect(r.appointments.map((a) => a.start.toISOString().slice(0, 16))).toEqual(INDIA_STARTS);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Grace Hollis',
      'Rahul Patil',
      'Sven Lindqvist',
    ]);
  });

  // Worked out by hand as asked; the run sent Mohammed Irfan Shaikh, which is right: the comma
  // says where the family name ends and the given part goes whole, nothing left out.
  it("'Shaikh, Mohammed Irfan': the comma shows the family name, the given part goes whole", async () => {
    const r = await inIndia([
      DATE,
      TIME,
      names('Shaikh, Mohammed Irfan'),
      DOB,
      PID,
      PROVIDER,
      APPT,
      status('Scheduled'),
    ]);
    expect(held(r)).toBe(false);
    if (r === 'refused') return;
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)[1]).toBe(
      'Mohammed Irfan|Shaikh',
    );
  });

  it('first and last names in columns of their own are sent as written (Mohammed Irfan / Shaikh)', async () => {
    const first: [string, string[]] = ['First Name', ['Grace', 'Mohammed Irfan', 'Sven']];
    const last: [string, string[]] = ['Last Name', ['Hollis', 'Shaikh', 'Lindqvist']];
    const r = await inIndia([DATE, TIME, first, last, DOB, PID, PROVIDER, APPT, status('Scheduled')]);
    expect(held(r)).toBe(false);
    if (r === 'refused') return;
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'Grace|Hollis',
      'Mohammed Irfan|Shaikh',
      'Sven|Lindqvist',
    ]);
  });
});
