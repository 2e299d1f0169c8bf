// Red team, round 56r2: this stop's loosenings (files it now SENDS that it used to hold), attacked
// for wrong sends only. Outcomes were worked out by hand before the first run:
// A. an `Appt ID` beside a rival id shared by two people (trust/id-rival-shared.ts): where `Appt ID`
//    itself is no booking's id (a line number, a day's counter, the patient's id, birth date or
//    start copied, Excel's rounding), the file is held or sent under ids that are neither its values
//    nor the rival's; where it is a booking's id, it is held or sent under it.
// B. a count line in booked words (`Scheduled`, `Booked`, `Confirmed`) heading cancelled or
//    wait-list rows (read/report-furniture.ts): held, or those rows never sent booked, and the
//    booked rows above sent as written.
// C. a type naming a window the patient comes in at any time within (map/dose-words.ts): held, or
//    Obi's row a row error; a booked home visit in its arrival window goes from the window's start.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z; the sectioned
// report's row k at 8:00 + 30 k minutes on 22 March (section-probes.ts).
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  held as sectionHeld,
  lastName,
  report,
  startOf,
  wrongSends,
  type Section,
} from './section-probes.ts';
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
  status,
  STARTS,
  TIME,
  linesRunner,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-56r2');
const run = probeRunner(files);
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

// ---------------------------------------------------------------------------------------------
// A. Appt ID beside a rival shared by two people
// ---------------------------------------------------------------------------------------------
describe('A. an Appt ID that is no booking id, beside a rival shared by two people', () => {
  const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER];
  const RIVALS: Array<[string, string[]]> = [
    ['Visit #', ['5001', '5001', '5002']], // a family's visit: Hollis and Obi
    ['Encounter #', ['E77', 'E77', 'E78']],
    ['Visit No', ['7', '8', '7']], // Hollis and Lindqvist
  ];
  const ids = (r: Run): string[] | null =>
    held(r) || r === 'refused' ? null : r.appointments.map((a) => a.appointmentId);
  /** Held, or all three sent as written under ids that are none of `forbidden`. */
  const noWrongId = (r: Run, forbidden: string[][]): boolean => {
    const got = ids(r);
    if (got === null) return true;
    if (JSON.stringify(sent(r)) !== JSON.stringify(ALL_THREE)) return false;
    return !got.some((id) => forbidden.some((f) => f.includes(id)));
  };
  const BAD: Array<[string, string[]]> = [
    ['line numbers', ['1', '2', '3']],
    ['line numbers from 0', ['0', '1', '2']],
    ['zero-padded line numbers', ['01', '02', '03']],
    ['a day and its count', ['20270322-01', '20270322-02', '20270323-01']],
    ['a day and its count written together', ['2027032201', '2027032202', '2027032301']],
    ['the patient id copied', PID[1]],
    ['the patient id with a letter', ['P100415', 'P100871', 'P100954']],
    ['the patient id with a letter after it', ['100415A', '100871A', '100954A']],
    ['the patient id as an MRN', ['MRN-100415', 'MRN-100871', 'MRN-100954']],
    ['the birth date copied', ['06021970', '04051999', '08291963']],
    ['the start copied', ['202703220900', '202703221000', '202703231330']],
    ['Excel rounding to one value', ['8.81E+04', '8.81E+04', '8.81E+04']],
    ['Excel rounding of long ids', ['1.23457E+11', '1.23457E+11', '1.23458E+11']],
    ['a counter per day', ['1', '2', '1']],
    ['a counter per provider', ['1', '1', '2']],
  ];
  const cases = BAD.flatMap(([what, appt]) => RIVALS.map((rival) => [what, appt, rival] as const));
  it.each(cases)('Appt ID as %s (%j) beside %j: held or not sent under either', async (_, appt, rival) => {
    const r = await run([...BASE, ['Appt ID', appt], rival, status('Scheduled')]);
    expect(noWrongId(r, [appt, rival[1]])).toBe(true);
  });

  // The same copies with no rival beside them: the patient's next visit would come under it.
  it.each([
    ['P100415', 'P100871', 'P100954'],
    ['100415-P', '100871-P', '100954-P'],
  ])('Appt ID %s… alone, the patient id marked: held or not sent under it', async (...appt) => {
    const r = await run([...BASE, ['Appt ID', appt], status('Scheduled')]);
    expect(noWrongId(r, [appt])).toBe(true);
  });

  // The patient's account under another header than Patient ID, and Appt ID the same number: each
  // patient once in the file, unique, yet the patient's next visit would come under it.
  it.each(['Account #', 'Chart #', 'MRN', 'Acct No', 'Patient Account'])(
    'Appt ID = %s on every row, beside a shared Visit #: held or not sent under it',
    async (header) => {
      const account: [string, string[]] = [header, ['A100415', 'A100871', 'A100954']];
      const appt = ['100415', '100871', '100954'];
      const r = await run([DATE, TIME, PATIENT, DOB, account, PROVIDER, ['Appt ID', appt], RIVALS[0]!]);
      expect(noWrongId(r, [appt, RIVALS[0]![1]])).toBe(true);
    },
  );

  const GOOD: Array<[string, string[], Array<[string, string[]]>]> = [
    ['a booking id', APPT[1], RIVALS],
    ['a booking id with a prefix', ['A-88101', 'A-88102', 'A-88103'], [RIVALS[0]!]],
    // a typo gives the true key's value to two people: Appt ID still each row's own
    ['a booking id beside a typo', APPT[1], [['Visit #', ['5001', '5002', '5002']]]],
  ];
  const good = GOOD.flatMap(([what, appt, rivals]) => rivals.map((rival) => [what, appt, rival] as const));
  it.each(good)('Appt ID as %s (%j) beside %j: held or sent under Appt ID', async (_, appt, rival) => {
    const r = await run([...BASE, ['Appt ID', appt], rival, status('Scheduled')]);
    const got = ids(r);
    expect(got === null || JSON.stringify(got) === JSON.stringify(appt)).toBe(true);
    if (got) expect(sent(r)).toEqual(ALL_THREE);
  });

  // Revised after the first run (worked out as: held or sent as 88101…): the ledger keys an id a
  // spreadsheet wrote as a decimal by its number (changes/digit-ids.ts), so `88101.0` sent as written
  // is the same appointment as a later `88101`; held, or either spelling, is no wrong id.
  it('Excel decimals beside a shared Visit #: held or sent under the numbers', async () => {
    const decimals = ['88101.0', '88102.0', '88103.0'];
    const r = await run([...BASE, ['Appt ID', decimals], RIVALS[0]!, status('Scheduled')]);
    const got = JSON.stringify(ids(r));
    expect([JSON.stringify(null), JSON.stringify(APPT[1]), JSON.stringify(decimals)]).toContain(got);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Count lines in booked words over rows that are not booked
// ---------------------------------------------------------------------------------------------
describe('B. a count line in booked words heading rows that are off or cancelled', () => {
  const runReport = linesRunner(files);
  /** No wrong send, and the booked rows (0, 1) sent unless held: no silent skip of a visit. */
  const check = async (sections: Section[], title: string[] = []): Promise<void> => {
    const r = await runReport(report(sections, title));
    expect(wrongSends(r, sections)).toEqual([]);
    if (sectionHeld(r) || r === 'refused') return;
    const went = r.appointments.map((a) => `${a.start.toISOString().slice(0, 16)} ${a.patient.lastName}`);
    expect(went).toEqual(
      expect.arrayContaining([`${startOf(0)} ${lastName(0)}`, `${startOf(1)} ${lastName(1)}`]),
    );
  };
  const over = (heading: string, meaning: Section['meaning']): Section[] => [
    { heading: [], rows: [0, 1], meaning: 'booked' },
    { heading: [heading], rows: [2, 3], meaning },
  ];
  it.each<[string, Section['meaning']]>([
    ['Scheduled for recall: 2', 'off'],
    ['Scheduled recalls: 2', 'off'],
    ['Booked - cancelled: 2', 'cancelled'],
    ['Confirmed cancellations: 2', 'cancelled'],
    ['Scheduled - Cancelled: 2', 'cancelled'],
    ['Scheduled appointments cancelled: 2', 'cancelled'],
    ['Cancelled scheduled appointments - 2', 'cancelled'],
    ['Booked, no-show: 2', 'cancelled'],
    ['Confirmed no-shows: 2', 'cancelled'],
    ['Scheduled - bumped: 2', 'cancelled'],
    ['Confirmed - Deleted: 2', 'cancelled'],
    ['Appointments rescheduled: 2', 'cancelled'],
    ['Scheduled - Wait List: 2', 'off'],
    ['Confirmed waitlist: 2', 'off'],
    ['Patients scheduled on wait list: 2', 'off'],
    ['Booked requests pending: 2', 'off'],
    ['Scheduled - tentative: 2', 'off'],
    ['Citas canceladas: 2', 'cancelled'],
    ['Citas programadas canceladas: 2', 'cancelled'],
    ['Lista de espera: 2', 'off'],
    ['Programadas - lista de espera: 2', 'off'],
    ['Rendez-vous annulés : 2', 'cancelled'],
    ['Rendez-vous confirmés annulés : 2', 'cancelled'],
    ["Liste d'attente : 2", 'off'],
    ['Annulations : 2', 'cancelled'],
  ])('%s over two rows (%s)', async (heading, meaning) => {
    await check(over(heading, meaning));
  });

  it.each<[string[], string, Section['meaning']]>([
    [['Appointments and Wait List', 'Peak Clinic'], 'Wait List: 2', 'off'],
    [['Schedule and Wait List - 03/22/2027'], 'Wait List - 2 patients', 'off'],
    [['Daily Schedule - Booked and Cancelled'], 'Cancelled: 2', 'cancelled'],
    [['Scheduled and Cancelled Appointments'], 'Cancelled Appointments: 2', 'cancelled'],
    [['Appointments / No Shows', 'Peak Clinic'], 'No Shows: 2', 'cancelled'],
  ])('under the title %j, %s over two rows (%s)', async (title, heading, meaning) => {
    await check(over(heading, meaning), title);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Windows the patient comes in at any time within, and booked windows
// ---------------------------------------------------------------------------------------------
describe('C. an open window is asked; a booked visit window goes from its start', () => {
  const BASE: Cols = [DATE, PATIENT, DOB, PID, PROVIDER];
  const time = (obi: string): [string, string[]] => ['Appt Time', ['9:00 AM', obi, '1:30 PM']];
  /** Held, or Obi's row a row error and the two others sent. */
  const asked = (r: Run): boolean =>
    held(r) ||
    (r !== 'refused' &&
      !r.appointments.some((a) => a.patient.lastName === 'Obi') &&
      r.errors.some((e) => e.line === 3) &&
      r.appointments.length === 2);
  it.each([
    ['Window: 7-9 fasting labs', '10:00 AM - 12:00 PM'],
    ['Fasting lab window', '10:00 AM'],
    ['Fasting labs - arrive any time', '10:00 AM - 12:00 PM'],
    ['Fasting Labs (anytime 10-12)', '10:00 AM'],
    ['Labs: come anytime between 10 and 12', '10:00 AM'],
    ['Arrival window 10-12 fasting labs', '10:00 AM - 12:00 PM'],
    ['Lab Arrival Window', '10:00 AM - 12:00 PM'],
    ['Drop-in session', '10:00 AM - 12:00 PM'],
    ['Drop-in flu clinic', '10:00 AM - 12:00 PM'],
    ['Flu Clinic - Drop In', '10:00 AM - 12:00 PM'],
    ['Walk-in session 10-12', '10:00 AM'],
    ['Walk-in flu shots 10-12', '10:00 AM - 12:00 PM'],
    ['Vaccine drop-in 10:00-12:00', '10:00 AM'],
    ['Open Access Hours', '10:00 AM - 12:00 PM'],
    ['Open clinic hours', '10:00 AM - 12:00 PM'],
    ['Lab hours 10-12', '10:00 AM'],
    ['First come, first served', '10:00 AM - 12:00 PM'],
    ['Anytime between 10 and 12', '10:00 AM'],
    ['Consulta sin cita', '10:00 AM - 12:00 PM'],
    ['Ventanilla de laboratorio', '10:00 AM'],
    ['Horario sin cita 10-12', '10:00 AM'],
    ['Consultation sans rendez-vous', '10:00 AM - 12:00 PM'],
    ['Prise de sang sans RDV 10h-12h', '10:00 AM'],
    ['Sans rendez-vous', '10:00 AM'],
    ['Ohne Termin', '10:00 AM - 12:00 PM'],
    ['Offene Sprechstunde', '10:00 AM - 12:00 PM'],
    ['Inloopspreekuur', '10:00 AM'],
    ['Consulta sem marcação', '10:00 AM'],
    ['Fasting labs 10-12 first come first serve', '10:00 AM'],
    ['Flu shots - drop in 10 to 12', '10:00 AM'],
  ])('%s at %s: asked', async (type, at) => {
    const r = await run([...BASE, time(at), col('Appt Type', type, 'Office Visit'), status('Scheduled')]);
    expect(asked(r)).toBe(true);
  });

  it.each([
    ['Home Visit - Arrival Window 10-12', '10:00 AM - 12:00 PM'],
    ['Home Health Visit - Visit Window', '10:00 AM - 12:00 PM'],
    ['Open Access', '10:00 AM'],
    ['Open Access Visit', '10:00 AM'],
    ['Walk-In', '10:00 AM'],
    ['Walk-In Immunization', '10:00 AM'],
    ['Lab Draw - Walk In', '10:00 AM'],
    ['After Hours Visit', '10:00 AM'],
    ['Extended Hours Visit', '10:00 AM'],
    ['Mobile Draw - Arrival Window', '10:00 AM - 12:00 PM'],
    ['In-Home Visit (arrival window 10-12)', '10:00 AM - 12:00 PM'],
  ])('%s at %s: held or sent at its start', async (type, at) => {
    const r = await run([...BASE, time(at), col('Appt Type', type, 'Office Visit'), status('Scheduled')]);
    expect(held(r) || JSON.stringify(sent(r)) === JSON.stringify(ALL_THREE)).toBe(true);
  });

  it('a home visit with no type, Appt Time the window 10:00 AM - 12:00 PM: held or sent at its start', async () => {
    const r = await run([
      DATE,
      time('10:00 AM - 12:00 PM'),
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
      status('Scheduled'),
    ]);
    expect(held(r) || JSON.stringify(sent(r)) === JSON.stringify(ALL_THREE)).toBe(true);
  });
});
