// Red team, round 63b: what the three blind corpus layouts 460-462 found, and probes around it.
//   A. Puerto Rico's Spanish names the chart `récord` (`Núm. Récord`, corpus 461): unread, the
//      file was held to ask whether it was the patient id (a false hold); the English `Record #`
//      (a database row's number) must stay unread as the patient's.
//   B. A capitals-only devotional given name (`MARÍA DE LOS ÁNGELES`, corpus 461) went to the portal
//      as `María De Los Ángeles` (a wrong send after the answer); a Korean `Do` or `Da` inside other
//      given names keeps its capital.
//   C. Around corpus 460 and 462: a dialysis unit's number (`Unit #`) beside the MRN, and the
//      Spanish-locale `a. m.` / `p. m.` with its no-break spaces.
// Each probe is the three-row file (Hollis, Obi, Lindqvist) at the Los Angeles practice. Outcomes
// were worked out by hand before the first run. Calendar, by hand: Los Angeles is on daylight time
// from 14 March 2027 (UTC-7): Hollis 22 March 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z,
// Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { devotionalJoiner } from '../../../main/import/map/compound-given-names.ts';
import { headerWords } from '../../../main/import/map/header-meaning.ts';
import { properCaseName } from '../../../main/import/map/proper-case.ts';
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

const files = exportFiles('redteam-round-63b');
const run = probeRunner(files);
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const patientIds = (r: Run): string[] =>
  r === 'refused' ? [] : r.appointments.map((a) => a.patient.patientId);

// ---------------------------------------------------------------------------------------------
// A. Puerto Rico's `récord`
// ---------------------------------------------------------------------------------------------
describe("A. the chart written as Puerto Rico's 'récord'", () => {
  const RECORDS = ['R-100415', 'R-100871', 'R-100954'];
  const withRecord = (header: string, values = RECORDS): Cols => [
    DATE,
    TIME,
    PATIENT,
    DOB,
    [header, values],
    PROVIDER,
    APPT,
    status('Scheduled'),
  ];

  it.each([
    'Núm. Récord',
    'Récord',
    'RÉCORD MÉDICO',
    'Récord Médico',
    'Num Record',
    'Numero de Record',
    'Record Medico',
  ])("'%s' is the patient id: sent with no question, under the record numbers", async (header) => {
    const r = await run(withRecord(header));
    expect(sent(r)).toEqual(ALL_THREE);
    expect(patientIds(r)).toEqual(RECORDS);
  });

  it('headers: the accented and the Spanish-worded record read as the chart, the English one not', () => {
    expect(headerWords('Núm. Récord')).toEqual(['num', 'expediente']);
    expect(headerWords('Récord Médico')).toEqual(['expediente']);
    expect(headerWords('Numero de Record')).toEqual(['expediente']);
    // A database's row number, in English: not the chart.
    expect(headerWords('Record #')).toEqual(['record', 'number']);
    expect(headerWords('Record Number')).toEqual(['record', 'number']);
  });

  // The health plan's contract or member number (Puerto Rico's `Núm. Contrato` beside `Plan
  // Médico`; a Latin American plan's `Nro. Afiliado`) is the insurer's: with no chart column the
  // patient ids are made up, and nothing is asked (it had been asked about as the patient id).
  it.each(['Núm. Contrato', 'Contrato', 'Nro. Afiliado', 'Núm. de Afiliación'])(
    "'%s' is never the patient id, and not asked about",
    async (header) => {
      const values = ['0105770311', '0105770312', '0074506618'];
      const r = await run(withRecord(header, values));
      expect(sent(r)).toEqual(ALL_THREE);
      expect(patientIds(r).some((id) => values.includes(id))).toBe(false);
    },
  );

  // `Record #` in an English export is a database row's number as often as anything: beside no
  // patient-id column it is asked about (held), never sent silently as the patient's id.
  it("the English 'Record #' is never taken silently as the patient id", async () => {
    const values = ['100415', '100871', '100954'];
    const r = await run(withRecord('Record #', values));
    expect(held(r) || !patientIds(r).some((id) => values.includes(id))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Devotional given names in capitals
// ---------------------------------------------------------------------------------------------
describe('B. the joiners of a devotional given name', () => {
  it.each([
    ['MARÍA DE LOS ÁNGELES', 'María de los Ángeles'],
    ['MARIA DEL CARMEN', 'Maria del Carmen'],
    ['JOSÉ DE JESÚS', 'José de Jesús'],
    ['JUAN DE DIOS', 'Juan de Dios'],
    ['MARIA DAS GRACAS', 'Maria das Gracas'],
    ['maria do socorro', 'Maria do Socorro'],
    ['ANA DE LA LUZ', 'Ana de la Luz'],
    // a Korean syllable inside other given names keeps its capital
    ['DAVID DO HYUN', 'David Do Hyun'],
    ['GRACE DA EUN', 'Grace Da Eun'],
    // a joiner that joins nothing, or begins the name, is a name of its own
    ['MARIA DE', 'Maria De'],
    ['DE LA ROSA', 'De La Rosa'],
    // typed in mixed case: as written
    ['María De Los Ángeles', 'María De Los Ángeles'],
  ])("given name '%s' → '%s'", (raw, cased) => {
    expect(properCaseName(raw, 'given')).toBe(cased);
  });

  it('the family name keeps its own particle rule (de la Cruz), unchanged', () => {
    expect(properCaseName('DE LA CRUZ', 'family')).toBe('de la Cruz');
  });

  it('devotionalJoiner reads the words, not their case or accents', () => {
    const w = ['María', 'DE', 'los', 'Ángeles'];
    expect([0, 1, 2, 3].map((i) => devotionalJoiner(w, i))).toEqual([false, true, true, false]);
  });

  // The whole path: a `LAST, FIRST` cell in capitals (corpus 461).
  it("'SANTIAGO VÉLEZ, MARÍA DE LOS ÁNGELES' goes as María de los Ángeles Santiago Vélez", async () => {
    const patient: [string, string[]] = [
      'Patient',
      ['HOLLIS, GRACE', 'OBI, MARÍA DE LOS ÁNGELES', 'LINDQVIST, SVEN'],
    ];
    const r = await run([DATE, TIME, patient, DOB, PID, PROVIDER, APPT, status('Scheduled')]);
    expect(sent(r)).toEqual(ALL_THREE);
    expect(r !== 'refused' && r.appointments[1]!.patient.firstName).toBe('María de los Ángeles');
  });
});

// ---------------------------------------------------------------------------------------------
// C. Around corpus 460 and 462
// ---------------------------------------------------------------------------------------------
describe('C. a dialysis unit beside the MRN; Spanish a. m. / p. m.', () => {
  // A nephrology list's `Unit #` is the dialysis unit the patient goes to (4417 twice for two
  // patients): never the patient id. MEDITECH calls its MRN `Unit #`; beside a column headed MRN
  // the MRN is the chart.
  it("'Unit #' of a dialysis unit beside the MRN: sent under the MRN (or held), never the unit", async () => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      ['MRN', PID[1]],
      ['Unit #', ['4417', '4417', '4502']],
      PROVIDER,
      APPT,
      status('Scheduled'),
    ]);
    expect(held(r) || JSON.stringify(patientIds(r)) === JSON.stringify(PID[1])).toBe(true);
  });

  // Windows' Spanish locales write the day's halves `a. m.` and `p. m.`, with no-break spaces.
  it.each([
    ['plain spaces', ['9:00 a. m.', '10:00 a. m.', '1:30 p. m.']],
    ['no-break spaces', ['9:00\u00a0a.\u00a0m.', '10:00\u00a0a.\u00a0m.', '1:30\u00a0p.\u00a0m.']],
    ['no spaces', ['9:00 a.m.', '10:00 a.m.', '1:30 p.m.']],
  ])("times with 'a. m.' / 'p. m.' (%s): sent at the right hours", async (_, times) => {
    const r = await run([DATE, ['Appt Time', times], PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled')]);
    expect(sent(r)).toEqual(ALL_THREE);
  });
});
