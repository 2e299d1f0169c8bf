// Red team, round 56g: the gaps round 55 left (each a false send, a false hold or a wrong word),
// probed with variants another system would write. Outcomes were worked out by hand before the
// first run:
//   A. a section heading in words no list holds, with a count word (`Provider Meeting - 2
//      appointments`) or in the row's own columns beside the day (`03/22/2027,,Courtesy Calls`),
//      over rows: held, never sent as booked; a subtotal that names what the row above it writes
//      (`Dr. Nina Patel - 1 appointments` under Dr. Patel's row) and a footer still go unasked
//      (section-probes.ts: 22 March 2027, Los Angeles).
//   B. a type naming a window the patient comes in at any time within (`Dispensary`, `Walk-in
//      Hours 08:00-11:00`, `Lab draw window 7-9`): held; a day programme, a walk-in visit, a home
//      visit's arrival window, an eyewear dispense: sent as written (three-row-probes.ts).
//   C. a block naming a person in an unused column: Obi's row a row error whose words name no
//      one's sex (no her, his, she, he), and name the person.
//   D. a real `Appt ID` beside a rival the rows disprove as an id (one value on two people): sent
//      with Appt ID's values; a rival the rows do not disprove (values all different): held or
//      sent with Appt ID, never with the rival's; an Appt ID on two people: held.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { held as sectionHeld, report, row, startOf, wrongSends, type Section } from './section-probes.ts';
import {
  APPT,
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
  sent,
  status,
  STARTS,
  TIME,
  linesRunner,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-56g');
const run = probeRunner(files);
const runReport = linesRunner(files);
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

// ---------------------------------------------------------------------------------------------
// A. Section headings in words no list holds; subtotals and footers stay accepted
// ---------------------------------------------------------------------------------------------
describe('A. a heading in unknown words over rows is held; a subtotal of the rows above goes', () => {
  const over = (heading: string): Section[] => [
    { heading: [], rows: [0, 1], meaning: 'booked' },
    { heading: [heading], rows: [2, 3], meaning: 'unknown' },
  ];
  it.each([
    ['Provider Meeting - 2 appointments'],
    ['Pending Confirmations: 2 appts'],
    ['Recordatorios pendientes: 2 citas'],
    ['Courtesy Calls - 2 visits'],
    ['03/22/2027,,Courtesy Calls,,,,'],
    ['Monday 03/22/2027,,Blocked Time,,,,'],
    ['03/22/2027,,Llamadas pendientes,,,,'],
  ])('%s over two rows: held', async (heading) => {
    const sections = over(heading);
    const r = await runReport(report(sections));
    expect(wrongSends(r, sections)).toEqual([]);
    expect(sectionHeld(r)).toBe(true);
  });

  // Row 0 is Dr. Nina Patel's, row 1 Dr. Raj Lee's (section-probes.ts).
  it.each([
    [
      'a subtotal per provider',
      [row(0), 'Dr. Nina Patel - 1 appointments', row(1), 'Dr. Raj Lee - 1 appointments'],
    ],
    ['a subtotal naming the provider by last name', [row(0), 'Appointments for Patel: 1', row(1)]],
    ['a footer after the last row', [row(0), row(1), 'Patients seen: 2']],
    ['a footer with a count word after a blank line', [row(0), row(1), '', 'Scheduled visits: 2']],
    ['a total of the day', [row(0), row(1), 'Total appointments: 2']],
  ])('%s: sent as booked, unasked', async (_, body) => {
    const r = await runReport([report([])[0]!, ...body]);
    expect(sectionHeld(r)).toBe(false);
    if (r === 'refused') throw new Error('refused');
    expect(r.appointments.map((a) => `${a.start.toISOString().slice(0, 16)} ${a.status}`)).toEqual([
      `${startOf(0)} NEW`,
      `${startOf(1)} NEW`,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A window the patient may come in at any time within is no appointment at its start
// ---------------------------------------------------------------------------------------------
describe('B. open windows are asked; day programmes and visits go', () => {
  const BASE: Cols = [DATE, PATIENT, DOB, PID, PROVIDER];
  const time = (obi: string): [string, string[]] => ['Appt Time', ['9:00 AM', obi, '1:30 PM']];
  it.each([
    ['Dispensary', '10:00 AM - 3:00 PM'],
    ['Walk-in Hours 08:00-11:00', '10:00 AM'],
    ['Lab draw window 7-9', '10:00 AM'],
    ['Drop-In Clinic Hours', '10:00 AM - 12:00 PM'],
    ['Flu Shot Window', '10:00 AM'],
    ['Open Hours', '10:00 AM - 1:00 PM'],
    ['DISPENSARY - GUEST', '10:00 AM'],
  ])('%s at %s: held', async (type, at) => {
    const r = await run([...BASE, time(at), col('Appt Type', type, 'Office Visit'), status('Scheduled')]);
    expect(held(r)).toBe(true);
  });

  it('Walk-in Hours with no status column: held', async () => {
    const r = await run([...BASE, time('10:00 AM'), col('Appt Type', 'Walk-in Hours', 'Office Visit')]);
    expect(held(r)).toBe(true);
  });

  // The resource or place the row is booked on, where the type names nothing of a window.
  const NO_PROVIDER: Cols = [DATE, PATIENT, DOB, PID];
  it.each<[string, string, Cols]>([
    ['Provider = Dispensary', 'Guest', [['Provider', ['Dr. Nina Patel', 'Dispensary', 'Dr. Nina Patel']]]],
    ['Location = Lab Draw Window', 'Lab', [PROVIDER, col('Location', 'Lab Draw Window', 'Main Clinic')]],
  ])('%s, type %s: held', async (_, type, cols) => {
    const r = await run([
      ...NO_PROVIDER,
      time('10:00 AM'),
      ...cols,
      col('Appt Type', type, 'Office Visit'),
      status('Scheduled'),
    ]);
    expect(held(r)).toBe(true);
  });

  it('Provider = Dispensing (an optical desk), type Frame Adjustment: sent', async () => {
    const r = await run([
      ...NO_PROVIDER,
      time('10:00 AM'),
      ['Provider', ['Dr. Nina Patel', 'Dispensing', 'Dr. Nina Patel']],
      col('Appt Type', 'Frame Adjustment', 'Office Visit'),
      status('Scheduled'),
    ]);
    expect(sent(r)).toEqual(ALL_THREE);
  });

  it.each([
    ['Partial Hospitalization', '10:00 AM - 4:00 PM'],
    ['Walk-In', '10:00 AM'],
    ['Walk-In Clinic', '10:00 AM'],
    ['Home Visit - Arrival Window', '10:00 AM - 12:00 PM'],
    ['Eyewear Dispense', '10:00 AM'],
  ])('%s at %s: sent at its start', async (type, at) => {
    const r = await run([...BASE, time(at), col('Appt Type', type, 'Office Visit'), status('Scheduled')]);
    expect(sent(r)).toEqual(ALL_THREE);
  });
});

// ---------------------------------------------------------------------------------------------
// C. The row error of a block naming a person: plain words, no one's sex assumed
// ---------------------------------------------------------------------------------------------
describe('C. a block naming a person is a row error in neutral words', () => {
  const probe = (service: string, header: string, person: string): Cols => [
    DATE,
    TIME,
    noObi(PATIENT),
    noObi(DOB),
    noObi(PID),
    PROVIDER,
    ['Service', ['Office Visit', service, 'Office Visit']],
    status('Scheduled'),
    col(header, person),
  ];
  it.each([
    ['Meeting', 'Attendees', 'Obi, Adaeze'],
    ['Training', 'Participants', 'Obi, Adaeze'],
    ['Lunch', 'Client', 'Adaeze Obi'],
    ['Block', 'Member', 'Obi, Adaeze'],
    ['Meeting', 'Guest', 'Lindqvist, Sven'],
  ])('%s beside %s = %s', async (service, header, person) => {
    const r = await run(probe(service, header, person));
    if (held(r)) return; // held is no wrong skip; the words are checked where the row is an error
    if (r === 'refused') throw new Error('refused');
    const e = r.errors.find((x) => x.line === 3);
    expect(e).toBeDefined();
    const words = `${e!.message} ${e!.hint}`;
    expect(words).not.toMatch(/\b(?:her|his|she|he|him|hers)\b/i);
    expect(words).toContain(person);
  });
});

// ---------------------------------------------------------------------------------------------
// D. A real Appt ID beside a rival the rows disprove as an id
// ---------------------------------------------------------------------------------------------
describe('D. Appt ID beside a rival shared by two people', () => {
  const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER];
  const ids = (r: Awaited<ReturnType<typeof run>>): string[] | null =>
    held(r) || r === 'refused' ? null : r.appointments.map((a) => a.appointmentId);
  it.each<[string, string[]]>([
    ['Appt #', ['1', '2', '1']], // a counter per day: Hollis and Lindqvist both 1
    ['Appt No', ['1', '2', '1']],
    ['Appointment #', ['1', '2', '1']],
    ['Visit #', ['5001', '5002', '5001']], // one visit number on two people
    ['Visit No', ['7', '7', '8']], // Hollis and Obi both 7
    ['Visit ID', ['7', '7', '8']],
  ])('%s = %j beside Appt ID: sent with Appt ID', async (header, values) => {
    const r = await run([...BASE, APPT, [header, values], status('Scheduled')]);
    expect(ids(r)).toEqual(APPT[1]);
  });

  it.each<[string, string[]]>([
    ['Visit #', ['61001', '61002', '61003']],
    ['Appt #', ['20270322-01', '20270322-02', '20270323-01']],
  ])('%s = %j (all different) beside Appt ID: held or sent with Appt ID', async (header, values) => {
    const r = await run([...BASE, APPT, [header, values], status('Scheduled')]);
    const got = ids(r);
    expect(got === null || JSON.stringify(got) === JSON.stringify(APPT[1])).toBe(true);
  });

  it('an Appt ID on two people beside a Visit # shared too: held', async () => {
    const r = await run([
      ...BASE,
      ['Appt ID', ['88101', '88101', '88103']],
      ['Visit #', ['1', '2', '1']],
      status('Scheduled'),
    ]);
    expect(held(r)).toBe(true);
  });
});
