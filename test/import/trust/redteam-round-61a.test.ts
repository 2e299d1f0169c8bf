// Red team, round 61a: the hazards of the blind layouts 442-444 (TherapyCharts in Tell City,
// EyeMD in El Paso, Office Ally EHR 24/7 in Pago Pago), probed beyond their fixtures. Outcomes
// were worked out by hand before the first run.
//
// A. A name in capitals with a Polynesian glottal stop written as an apostrophe (444's
//    FA'AMOANA): the letter after the stop is no new word (Fa'amoana, Ka'aihue), while O'Brien,
//    D'Angelo and the American given names De'Andre, Ja'Marr, Sha'Carri keep their capital.
// B. One-letter status codes (443's K / S / C / N / R): C is Cancelled in one system and
//    Confirmed in another, N a no-show or a new patient; without a legend that says which, a
//    person could not be sure, so Obi's row never goes booked or cancelled on a guess.
// C. The US territories of the Pacific write US month-first dates with no day above 12 (444):
//    Pago Pago (UTC-11) and Saipan (UTC+10) read month first; Apia (independent Samoa, UTC+13,
//    day-first like New Zealand) never month first.
// Calendar, by hand: 8 March 2027 9:00 in Pago Pago (UTC-11, no daylight time) = 8 March 20:00Z;
// 10:00 = 21:00Z; 9 March 1:30 PM = 10 March 00:30Z. In Saipan (UTC+10): 7 March 23:00Z,
// 8 March 00:00Z, 9 March 03:30Z. Los Angeles as three-row-probes.ts.
import { describe, expect, it } from 'vitest';
import { properCaseName } from '../../../main/import/map/proper-case.ts';
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

const files = exportFiles('redteam-round-61a');
const run = probeRunner(files);

describe('A. a Polynesian glottal stop in a name written in capitals', () => {
  it.each([
    ["FA'AMOANA", 'given', "Fa'amoana"],
    ["KA'AIHUE", 'family', "Ka'aihue"],
    ["FA'AMAUSILI", 'family', "Fa'amausili"],
    ["TU'IPULOTU", 'family', "Tu'ipulotu"],
    // Tongan ng is one consonant
    ["HA'ANGANA", 'family', "Ha'angana"],
    ["KE'ALOHA", 'given', "Ke'aloha"],
    ["NA'ALEHU-KA'AIHUE", 'family', "Na'alehu-Ka'aihue"],
    // the elided particles and the American given names keep the capital
    ["O'BRIEN", 'family', "O'Brien"],
    ["D'ANGELO", 'family', "D'Angelo"],
    ["N'DIAYE", 'family', "N'Diaye"],
    ["DE'ANDRE", 'given', "De'Andre"],
    ["JA'MARR", 'given', "Ja'Marr"],
    ["SHA'CARRI", 'given', "Sha'Carri"],
    ["DE'AARON", 'given', "De'Aaron"],
    ["LA'TOYA", 'given', "La'Toya"],
    // typed in mixed case: exactly as written
    ["Ka'Aihue", 'family', "Ka'Aihue"],
  ] as const)('%s (%s) → %s', (raw, part, cased) => {
    expect(properCaseName(raw, part)).toBe(cased);
  });

  it("a whole export in capitals: FA'AMOANA TUIASOSOPO goes as Fa'amoana Tuiasosopo", async () => {
    const r = await run([
      DATE,
      TIME,
      ['Patient', ['HOLLIS, GRACE', "TUIASOSOPO, FA'AMOANA", 'LINDQVIST, SVEN']],
      DOB,
      PID,
      APPT,
    ]);
    expect(held(r)).toBe(false);
    const obi = r !== 'refused' ? r.appointments[1]!.patient : undefined;
    expect([obi?.firstName, obi?.lastName]).toEqual(["Fa'amoana", 'Tuiasosopo']);
  });
});

describe('B. one-letter status codes', () => {
  const notGuessed = (r: Run, allowed: string | null): boolean => {
    if (held(r)) return true;
    const went = sent(r);
    if (allowed === null) return false;
    return JSON.stringify(went) === allowed;
  };
  const codes = (obi: string): Cols => [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, status(obi, 'K')];
  const OBI = (s: string): string =>
    JSON.stringify([`${STARTS[0]} NEW Hollis`, `${STARTS[1]} ${s} Obi`, `${STARTS[2]} NEW Lindqvist`]);

  it.each([
    // no legend: C (Cancelled or Confirmed?), N (No show or New?), R (Rescheduled or Ready?)
    ['C', [], null],
    ['N', [], null],
    ['R', [], null],
  ] as const)('%s with no legend: held', async (obi, title, allowed) => {
    expect(notGuessed(await run(codes(obi), [...title]), allowed)).toBe(true);
  });

  it('a legend under the rows that says C = Confirmed: never sent cancelled', async () => {
    const r = files.write([...lines(codes('C')), 'Status legend: K = Kept  C = Confirmed  X = Cancelled']);
    const got = await collect(r, { timeZone: 'America/Los_Angeles' }).catch(() => 'refused' as const);
    expect(notGuessed(got, OBI('NEW'))).toBe(true);
  });

  it('a legend under the rows that says C = Cancelled: held or Obi cancelled', async () => {
    const r = files.write([...lines(codes('C')), 'Status legend: K = Kept  S = Scheduled  C = Cancelled']);
    const got = await collect(r, { timeZone: 'America/Los_Angeles' }).catch(() => 'refused' as const);
    expect(notGuessed(got, OBI('CANCEL'))).toBe(true);
  });
});

describe('C. Pacific US territories write month first', () => {
  const file = (): string =>
    files.write(
      lines([
        ['Appt Date', ['03/08/2027', '03/08/2027', '03/09/2027']],
        TIME,
        PATIENT,
        ['DOB', ['06/02/1970', '04/05/1999', '08/09/1963']],
        PID,
        APPT,
      ]),
    );
  const startsIn = async (timeZone: string): Promise<string[] | null> => {
    const r = await collect(file(), { timeZone }).catch(() => 'refused' as const);
    return sent(r);
  };

  it('Pago Pago: held or month first at UTC-11', async () => {
    const got = await startsIn('Pacific/Pago_Pago');
    expect([
      null,
      ['2027-03-08T20:00 NEW Hollis', '2027-03-08T21:00 NEW Obi', '2027-03-10T00:30 NEW Lindqvist'],
    ]).toContainEqual(got);
  });

  it('Saipan: held or month first at UTC+10', async () => {
    const got = await startsIn('Pacific/Saipan');
    expect([
      null,
      ['2027-03-07T23:00 NEW Hollis', '2027-03-08T00:00 NEW Obi', '2027-03-09T03:30 NEW Lindqvist'],
    ]).toContainEqual(got);
  });

  it('Apia (independent Samoa): never month first', async () => {
    const got = await startsIn('Pacific/Apia');
    expect(got === null || !got.some((s) => s.startsWith('2027-03'))).toBe(true);
  });
});

// D. Columns beside the visit's that a mapper could take for it: the guarantor's id (442's
//    Guarantor ID, one parent for two children) as the patient id, and the booking's or the last
//    exam's date (442's Date Scheduled, 443's Last Exam, 444's Date Created) written before the
//    visit's own date. By hand: the guarantor's id is no patient's id (never sent as one); the
//    start is always the Appt Date's.
describe("D. ids and dates that are not the visit's", () => {
  const ALL = JSON.stringify([
    `${STARTS[0]} NEW Hollis`,
    `${STARTS[1]} NEW Obi`,
    `${STARTS[2]} NEW Lindqvist`,
  ]);

  it('a guarantor id shared by two patients is never their patient id', async () => {
    const r = await run([DATE, TIME, PATIENT, DOB, ['Guarantor ID', ['G-5531', 'G-5602', 'G-5531']], APPT]);
    const ids = r !== 'refused' && !held(r) ? r.appointments.map((a) => a.patient.patientId) : [];
    expect(ids.some((id) => id.startsWith('G-'))).toBe(false);
  });

  it.each(['Date Scheduled', 'Last Exam', 'Date Created'])(
    "'%s' before the Appt Date: held or the Appt Date's start",
    async (header) => {
      const r = await run([
        [header, ['02/26/2027', '03/01/2027', '03/02/2027']],
        DATE,
        TIME,
        PATIENT,
        DOB,
        PID,
        APPT,
        status('Scheduled'),
      ]);
      expect(held(r) || JSON.stringify(sent(r)) === ALL).toBe(true);
    },
  );
});
