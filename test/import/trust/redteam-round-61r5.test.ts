// Red team, round 61r5: the three loosenings merged in stop 61, attacked for wrong sends:
//   A. a column headed only `Slot` / `Time Slot` of clock-time ranges is the visit's time when the
//      file proves each range one visit's own (518d9bd1, session-hours.ts);
//   B. `Consulted` is a visit that took place; `centro`, `médica`, `doctora` say who cancelled
//      (ef05b88f, status-words.ts, status-vocabulary.ts);
//   C. an id cell of `NEW`, `TEMP`, `PENDING`, `XXX`, `Not Assigned` reads as empty (b044b83d,
//      d2e1a000, pending-ids.ts).
// Each probe is the three-row file (Hollis, Obi, Lindqvist) at the Los Angeles practice. Outcomes
// were worked out by hand before the first run; a hold (or a refusal) is never a wrong send.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z; 22 March 9:15 =
// 16:15Z, 11:45 = 18:45Z, 8:45 = 15:45Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
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
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-61r5');
const run = probeRunner(files);
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

/** Held, or sent exactly as worked out by hand. */
const heldOr = (r: Run, expected: string[]): boolean =>
  held(r) || JSON.stringify(sent(r)) === JSON.stringify(expected);
/** Held, or nothing sent at all (every row an error). */
const nothingSent = (r: Run): boolean => held(r) || (r !== 'refused' && r.appointments.length === 0);
/** Nothing of Obi's went unasked: held, or a row error on Obi's row. */
const obiAsked = (r: Run): boolean =>
  held(r) ||
  (r !== 'refused' && r.errors.length > 0 && !r.appointments.some((a) => a.patient.lastName === 'Obi'));

// ---------------------------------------------------------------------------------------------
// A. Slot ranges as the start
// ---------------------------------------------------------------------------------------------
describe("A. a column headed 'Slot' of clock-time ranges", () => {
  const ONE: [string, string[]] = ['Provider', ['Dr. Nina Patel', 'Dr. Nina Patel', 'Dr. Nina Patel']];
  const slot = (values: string[], header = 'Slot'): [string, string[]] => [header, values];
  const noTime = (s: [string, string[]], provider = ONE, extra: Cols = []): Cols => [
    DATE,
    s,
    PATIENT,
    DOB,
    PID,
    provider,
    APPT,
    status('Scheduled'),
    ...extra,
  ];
  const withTime = (s: [string, string[]], provider = ONE): Cols => [
    DATE,
    TIME,
    s,
    PATIENT,
    DOB,
    PID,
    provider,
    APPT,
    status('Scheduled'),
  ];
  const SESSION = ['9:00 AM - 12:00 PM', '9:00 AM - 12:00 PM', '1:00 PM - 5:00 PM'];

  // The session's block beside the visit's own time: the time is Appt Time, the slot no start.
  it.each(['Slot', 'Time Slot', 'Session Slot'])(
    "'%s' holding the provider's session beside Appt Time: sent at Appt Time (or held)",
    async (header) => {
      expect(heldOr(await run(withTime(slot(SESSION, header))), ALL_THREE)).toBe(true);
    },
  );

  // One patient per session: the sessions of one provider differ and never overlap, but a
  // 3- or 4-hour range is a session's block as likely as a visit: a person would ask.
  it.each<[string, string[], [string, string[]]]>([
    [
      'one provider, morning and afternoon',
      ['8:00 AM - 12:00 PM', '1:00 PM - 5:00 PM', '8:00 AM - 12:00 PM'],
      ONE,
    ],
    ['one provider, 24-hour sessions', ['08:00-12:00', '13:00-17:00', '08:00-12:00'], ONE],
    [
      'two providers, one patient each',
      ['9:00 AM - 12:00 PM', '9:00 AM - 12:00 PM', '1:00 PM - 5:00 PM'],
      PROVIDER,
    ],
  ])('sessions, one patient each (%s): asked', async (_what, values, provider) => {
    expect(held(await run(noTime(slot(values), provider)))).toBe(true);
  });

  // A group session: two patients in one range of one provider; the range is no visit's own.
  it.each<[string, string[]]>([
    ['a 15-minute range twice', ['9:00 AM - 9:15 AM', '9:00 AM - 9:15 AM', '1:30 PM - 1:45 PM']],
    ['an hour twice', ['9:00 AM - 10:00 AM', '9:00 AM - 10:00 AM', '1:30 PM - 2:30 PM']],
    ['the same range written twice ways', ['9:00 AM - 9:15 AM', '09:00 AM-09:15 AM', '1:30 PM - 1:45 PM']],
  ])('a group session (%s): asked', async (_what, values) => {
    expect(held(await run(noTime(slot(values))))).toBe(true);
  });

  // An arrival or check-in window is when to come, not when the visit starts.
  it.each(['Arrival Slot', 'Check-in Window', 'Arrival Window', 'Arrival Time Slot', 'Check-in Slot'])(
    "'%s' (8:45-9:00 style) beside no other time: never sent as the start",
    async (header) => {
      const r = await run(
        noTime(slot(['8:45 AM - 9:00 AM', '9:45 AM - 10:00 AM', '1:15 PM - 1:30 PM'], header)),
      );
      expect(nothingSent(r)).toBe(true);
    },
  );

  // 24-hour and short ranges: never a PM reading of a morning; sent at 9:00, 10:00, 13:30 or held.
  it.each<[string, string[]]>([
    ['24-hour', ['09:00-09:15', '10:00-10:15', '13:30-13:45']],
    ['hour only at the start', ['9-9:15', '10-10:15', '13:30-13:45']],
    ['24-hour with spaces', ['09:00 - 09:15', '10:00 - 10:15', '13:30 - 13:45']],
    ['to between', ['9:00 AM to 9:15 AM', '10:00 AM to 10:15 AM', '1:30 PM to 1:45 PM']],
    ['AM/PM once at the end', ['9:00-9:15 AM', '10:00-10:15 AM', '1:30-1:45 PM']],
  ])('%s ranges: sent at each start, or held', async (_what, values) => {
    expect(heldOr(await run(noTime(slot(values))), ALL_THREE)).toBe(true);
  });

  it.each<[string, string[]]>([
    // 11:45-12:15 without AM/PM on Obi's row: 11:45 in the morning (18:45Z), never 23:45
    ['crossing noon, no AM/PM', ['9:00-9:15', '11:45-12:15', '13:30-13:45']],
    ['crossing noon, AM/PM once', ['9:00-9:15 AM', '11:45-12:15 PM', '1:30-1:45 PM']],
  ])('%s: Obi at 11:45 in the morning, or held', async (_what, values) => {
    const expected = [`${STARTS[0]} NEW Hollis`, '2027-03-22T18:45 NEW Obi', `${STARTS[2]} NEW Lindqvist`];
    expect(heldOr(await run(noTime(slot(values))), expected)).toBe(true);
  });

  it('1:30-1:45 with no AM/PM and no 24-hour time in the file: never sent at 1:30 in the night', async () => {
    const r = await run(noTime(slot(['9:00-9:15', '10:00-10:15', '1:30-1:45'])));
    expect(held(r) || !(sent(r) ?? []).some((s) => s.startsWith('2027-03-23T08:30'))).toBe(true);
  });

  // Slot numbers and names are no clock time: beside Appt Time they change nothing; alone they
  // give no start (never midnight).
  it.each<[string, string[]]>([
    ['numbers', ['3', '4', '9']],
    ['numbers, zero-padded', ['03', '04', '09']],
    ['names', ['Morning', 'Morning', 'Afternoon']],
    ['slot codes', ['S1', 'S2', 'S5']],
  ])('Slot %s beside Appt Time: sent at Appt Time', async (_what, values) => {
    expect(heldOr(await run(withTime(slot(values))), ALL_THREE)).toBe(true);
  });

  it.each<[string, string[]]>([
    ['numbers', ['3', '4', '9']],
    ['names', ['Morning', 'Morning', 'Afternoon']],
    ['hours as numbers', ['9', '10', '13']],
  ])('Slot %s with no time: never sent', async (_what, values) => {
    expect(nothingSent(await run(noTime(slot(values))))).toBe(true);
  });

  // A length beside the range: the range lasting the stated length proves it the visit's own;
  // a session's block with a 15-minute visit does not.
  it('a session block beside Slot Duration 15: asked', async () => {
    const r = await run(noTime(slot(SESSION), ONE, [['Slot Duration', ['15', '15', '15']]]));
    expect(held(r)).toBe(true);
  });

  it('a session block (one patient each) beside Duration 15: asked', async () => {
    const r = await run(
      noTime(slot(['8:00 AM - 12:00 PM', '1:00 PM - 5:00 PM', '8:00 AM - 12:00 PM']), ONE, [
        ['Duration', ['15', '15', '15']],
      ]),
    );
    expect(held(r)).toBe(true);
  });

  it('15-minute ranges beside Slot Duration 15 (they agree): sent at each start, or held', async () => {
    const r = await run(
      noTime(slot(['9:00 AM - 9:15 AM', '10:00 AM - 10:15 AM', '1:30 PM - 1:45 PM']), PROVIDER, [
        ['Slot Duration', ['15', '15', '15']],
      ]),
    );
    expect(heldOr(r, ALL_THREE)).toBe(true);
  });

  it('abutting ranges of one provider (9:00-9:15, 9:15-9:30): sent at 9:00 and 9:15, or held', async () => {
    const r = await run(noTime(slot(['9:00 AM - 9:15 AM', '9:15 AM - 9:30 AM', '1:30 PM - 1:45 PM'])));
    expect(
      heldOr(r, [`${STARTS[0]} NEW Hollis`, '2027-03-22T16:15 NEW Obi', `${STARTS[2]} NEW Lindqvist`]),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Consulted, centro, médica, doctora
// ---------------------------------------------------------------------------------------------
describe('B. status: consulted and who did it', () => {
  const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];

  // Booked, never cancelled: the visit is (or was) on the books; a hold is no wrong send.
  it.each([
    'Consulted', // 2027 is in the future of the run; a visit that took place is booked either way
    'CONSULTED',
    'Consultation',
    'To Consult',
    'Confirmada por la doctora',
    'Confirmada por el centro',
    'Confirmado por la médica',
    'Atendida por la doctora',
    'Atendida en el centro',
    'Agendada en el centro',
    'Consulted by Dr. Lee',
  ])('%s: booked, or asked; never cancelled', async (word) => {
    expect(heldOr(await run([...BASE, status(word)]), ALL_THREE)).toBe(true);
  });

  // Not seen, a request, or two meanings at once: asked (or a row error), never booked or cancelled.
  it.each(['Not Consulted', 'Not consulted - left', 'Consult Pending', 'Consult Requested', 'No consultada'])(
    '%s: asked, never guessed',
    async (word) => {
      expect(obiAsked(await run([...BASE, status(word)]))).toBe(true);
    },
  );

  // Seen and missed at once: both readings go booked (a no-show is a booked visit missed,
  // status-words.ts `missed`), so sending it booked guesses nothing; it must never go cancelled.
  // (Worked out first as "asked"; corrected after the first run, by this reasoning.)
  it('Consulted / No Show: booked either way, or asked', async () => {
    expect(heldOr(await run([...BASE, status('Consulted / No Show')]), ALL_THREE)).toBe(true);
  });

  // Rescheduled by the centre is a reschedule: read as `Reprogramada` alone is; who did it does
  // not turn it into a plain cancel of a different kind.
  it.each([
    ['Reprogramada por el centro', 'Reprogramada'],
    ['Reprogramada por la doctora', 'Reprogramada'],
    ['Rescheduled by Centro', 'Rescheduled'],
  ])('%s: as %s alone (or held)', async (word, alone) => {
    const a = await run([...BASE, status(word)]);
    const b = await run([...BASE, status(alone)]);
    expect(held(a) || JSON.stringify(sent(a)) === JSON.stringify(sent(b))).toBe(true);
  });

  // `Centro` as a place: a Location column (or a status naming the place) cancels nothing.
  it('a Location of Centro beside Scheduled: sent booked', async () => {
    const r = await run([...BASE, status('Scheduled'), ['Location', ['Centro', 'Centro', 'Centro Norte']]]);
    expect(heldOr(r, ALL_THREE)).toBe(true);
  });

  it.each(['Centro', 'En el centro', 'Centro Norte'])('status %s: never cancelled', async (word) => {
    const r = await run([...BASE, status(word)]);
    expect(held(r) || !(sent(r) ?? []).some((s) => s.includes('CANCEL'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Id cells read as empty
// ---------------------------------------------------------------------------------------------
describe('C. id cells that say "no number yet"', () => {
  const pids = (r: Run): string[] | null =>
    held(r) || r === 'refused' ? null : r.appointments.map((a) => a.patient.patientId);
  const aids = (r: Run): string[] | null =>
    held(r) || r === 'refused' ? null : r.appointments.map((a) => a.appointmentId);
  /** Each person (last, first, birth date) under one id, and no id on two people. */
  function apart(r: Run): boolean {
    if (held(r) || r === 'refused') return true;
    const byId = new Map<string, string>();
    const byPerson = new Map<string, string>();
    for (const a of r.appointments) {
      const who = `${a.patient.lastName}|${a.patient.firstName}|${a.patient.dob}`;
      if ((byId.get(a.patient.patientId) ?? who) !== who) return false;
      if ((byPerson.get(who) ?? a.patient.patientId) !== a.patient.patientId) return false;
      byId.set(a.patient.patientId, who);
      byPerson.set(who, a.patient.patientId);
    }
    return true;
  }
  const pid = (values: string[], header = 'Patient ID'): [string, string[]] => [header, values];
  const files3 = (id: [string, string[]], patient = PATIENT, dob = DOB, appt = APPT): Cols => [
    DATE,
    TIME,
    patient,
    dob,
    id,
    PROVIDER,
    appt,
    status('Scheduled'),
  ];
  const TWINS: [string, string[]] = ['Patient', ['Obi, Adaeze', 'Obi, Chidi', 'Lindqvist, Sven']];
  const TWIN_DOB: [string, string[]] = ['DOB', ['04/05/1999', '04/05/1999', '08/29/1963']];

  it.each(['NEW', 'TEMP', 'Not Assigned', 'PENDING', 'XXX'])(
    'the whole column %s on twins (one last name, one birth date): each twin her own id, or held',
    async (v) => {
      const r = await run(files3(pid([v, v, v]), TWINS, TWIN_DOB));
      expect(apart(r)).toBe(true);
      expect(held(r) || !pids(r)!.includes(v)).toBe(true);
    },
  );

  it.each(['NEW', 'TEMP'])(
    'the whole column %s and no birth date: no id from the name alone, held',
    async (v) => {
      const r = await run([DATE, TIME, TWINS, pid([v, v, v]), PROVIDER, APPT, status('Scheduled')]);
      expect(held(r)).toBe(true);
    },
  );

  // `Ann Lee` and `Anne Lee` on one birth date: one patient written two ways, or two; a TEMP
  // column tells no more than no column: never two rows under one id unasked, never `TEMP`.
  it('the whole column TEMP, Ann Lee / Anne Lee on one birth date: read as no column would be', async () => {
    const patient: [string, string[]] = ['Patient', ['Lee, Ann', 'Lee, Anne', 'Lindqvist, Sven']];
    const dob: [string, string[]] = ['DOB', ['04/05/1999', '04/05/1999', '08/29/1963']];
    const a = await run(files3(pid(['TEMP', 'TEMP', 'TEMP']), patient, dob));
    const b = await run([DATE, TIME, patient, dob, PROVIDER, APPT, status('Scheduled')]);
    expect(held(a) || !pids(a)!.includes('TEMP')).toBe(true);
    expect(held(a) === held(b) && JSON.stringify(pids(a)) === JSON.stringify(pids(b))).toBe(true);
  });

  // A placeholder on Obi's row of a filled column: Obi is never sent under it.
  it.each([
    'NEW',
    'new',
    'New Pt.',
    'NEW-PT',
    'TEMP',
    'PENDING',
    'XXX',
    'Not Assigned',
    'N/A',
    'n/a',
    'None',
    'NONE',
    '-',
    '--',
    '0',
    '000000',
    'TBD',
    'TBA',
    'Pending Registration',
    'Not Registered',
    'Unknown',
    '?',
  ])("Patient ID %s on Obi's row: Obi never sent under it", async (v) => {
    const r = await run(files3(pid(['100415', v, '100954'])));
    expect(held(r) || !pids(r)!.includes(v)).toBe(true);
    expect(apart(r)).toBe(true);
  });

  it.each(['NEW', 'TBD', 'N/A', 'None', 'Pending', '-', '0'])(
    "Appt ID %s on Obi's row: no appointment sent under it",
    async (v) => {
      const r = await run(files3(PID, PATIENT, DOB, ['Appt ID', ['88101', v, '88103']]));
      expect(held(r) || !aids(r)!.includes(v)).toBe(true);
    },
  );

  // Real ids that contain the words: the patients' own ids.
  it.each<[string[]]>([
    [['TEMP01', 'TEMP02', 'TEMP07']],
    [['NEWTON1', 'NEWMAN2', 'NEWELL3']],
    [['PEND4410', 'PEND4411', 'PEND4419']],
    [['XXY102', 'XXY103', 'XXY110']],
    [['NA1041', 'NA1042', 'NA1049']],
    [['TBD-88', 'TBD-89', 'TBD-93']],
  ])('real ids %j: sent as the patient ids (or held)', async (values) => {
    const r = await run(files3(pid(values)));
    expect(held(r) || JSON.stringify(pids(r)) === JSON.stringify(values)).toBe(true);
  });

  it("'NEWTON1' on Obi's row alone among numbers: Obi's own id (or held)", async () => {
    const values = ['100415', 'NEWTON1', '100954'];
    const r = await run(files3(pid(values)));
    expect(held(r) || JSON.stringify(pids(r)) === JSON.stringify(values)).toBe(true);
  });
});
