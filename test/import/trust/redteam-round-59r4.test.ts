// Red team, round 59r4: three follow-ups of fixture 424 (a Mirth channel's XML of an SIU feed).
// Outcomes were worked out by hand, from HL7 v2.5 (XCN, XPN, SCH-1/SCH-2) and the file, BEFORE
// the first run.
// A. A provider written as an HL7 person between carets (caret-names.ts fromCaretProvider): XPN's
//    family^given^middle^suffix^prefix^degree, or XCN with the id first. Sent under the name the
//    SIU reader gives an XCN (`Family, Given Middle, Degree`, shown `Given Middle Family, Degree`),
//    or refused as a row error naming the provider when no family and given name can be read;
//    never sent with the carets. Patients written as XPN with its name type code read the same.
// B. The appointment id where the columns are HL7's `filler` and `placer` ids: the filler's is the
//    appointment's (SCH-2) when it gives every row a value of its own; otherwise asked.
// C. typoDistance (edit-distance.ts): a swap of two neighbouring letters is one typo. The engine
//    side (left-behind holds) is test/engine/redteam-round-59r4.test.ts.
// Calendar (three-row-probes.ts): Hollis 22 March 9:00 = 16:00Z, Obi 10:00 = 17:00Z, Lindqvist
// 23 March 13:30 = 20:30Z, Los Angeles.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
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
  TIME,
} from './three-row-probes.ts';
import { editDistance, typoDistance } from '../../../main/import/map/edit-distance.ts';

const files = exportFiles('redteam-round-59r4');
const run = probeRunner(files);

const obi = (r: Run) =>
  r === 'refused' ? undefined : r.appointments.find((a) => a.patient.lastName === 'Obi');
const obiError = (r: Run) => (r === 'refused' ? [] : r.errors.filter((e) => e.line === 3));

// ---------------------------------------------------------------------------------------------
// A. provider and patient names between carets
// ---------------------------------------------------------------------------------------------
describe('A. a provider written as an HL7 person (XPN or XCN)', () => {
  const provider = (cell: string): [string, string[]] => [
    'Provider',
    ['Dr. Nina Patel', cell, 'Dr. Nina Patel'],
  ];
  const base = (cell: string): Cols => [DATE, TIME, PATIENT, DOB, PID, provider(cell), APPT];

  it.each<[string, string, string | undefined]>([
    // [cell, the name shown, the provider id (undefined: made from the name)]
    ['OKAFOR^CHIDI^A^^^MD', 'Chidi A Okafor, MD', undefined],
    ['1487652093^OKAFOR^CHIDI^A^^^MD', 'Chidi A Okafor, MD', '1487652093'],
    ['LINDQVIST^ANNA^^^^PA-C', 'Anna Lindqvist, PA-C', undefined],
    ['OKAFOR^CHIDI', 'Chidi Okafor', undefined],
    ['Okafor^Chidi^A^^^MD', 'Chidi A Okafor, MD', undefined],
    // XCN in full: prefix DR dropped, degree after the name, NPI's assigning authority and name type left out
    ['D1024^SMITH^JOHN^^^DR^MD^^NPI&2.16.840.1.113883.4.6&ISO^L', 'John Smith, MD', 'D1024'],
    // the degree component says DO is a degree: no family name Do
    ['HALL^DAVID^^^^DO', 'David Hall, DO', undefined],
  ])('Provider %s: sent as %s', async (cell, shown, id) => {
    const r = await run(base(cell));
    expect(held(r)).toBe(false);
    const a = obi(r)!;
    expect(a.participant.providerName).toBe(shown);
    if (id) expect(a.participant.identifier).toBe(id);
    else expect(a.participant.identifier).not.toMatch(/\^/);
  });

  it('the XPN and XCN forms of one provider are one provider id', async () => {
    const a = obi(await run(base('OKAFOR^CHIDI^A^^^MD')))!;
    const b = obi(await run(base('OKAFOR, CHIDI A MD')))!;
    expect(a.participant.identifier).toBe(b.participant.identifier);
  });

  it.each([
    '^CHIDI^A', // an empty id or an empty family name: which is not said
    'OKAFOR^^^^^MD', // no given name
    'OKAFOR^CHIDI~PATEL^NINA', // two people
    'JSMITH^SMITH^JOHN^^^^MD', // a letters-only id, or a family name JSMITH: not sure
    '1487652093^^^', // an id and no name
  ])('Provider %s: a row error naming the provider, nothing of Obi sent', async (cell) => {
    const r = await run(base(cell));
    if (held(r)) return;
    expect(obi(r)).toBeUndefined();
    expect(obiError(r).map((e) => [e.field, e.value])).toEqual([['providerName', cell]]);
  });

  it.each<[string, string, string]>([
    ['OBI^ADAEZE^^^^^L', 'Obi', 'Adaeze'],
    ['OBI^ADAEZE', 'Obi', 'Adaeze'],
  ])('Patient %s: sent as %s, %s', async (cell, last, first) => {
    const patient: [string, string[]] = ['Patient', ['Hollis, Grace', cell, 'Lindqvist, Sven']];
    const r = await run([DATE, TIME, patient, DOB, PID, PROVIDER, APPT]);
    expect(held(r)).toBe(false);
    const a = obi(r)!;
    expect([a.patient.lastName, a.patient.firstName]).toEqual([last, first]);
  });

  it("Patient OBI^ADAEZE^^^^^^^^^X (past XPN's name type): never a name with carets", async () => {
    const patient: [string, string[]] = [
      'Patient',
      ['Hollis, Grace', 'OBI^ADAEZE^^^^^^^^^X', 'Lindqvist, Sven'],
    ];
    const r = await run([DATE, TIME, patient, DOB, PID, PROVIDER, APPT]);
    if (held(r) || r === 'refused') return;
    expect(r.appointments.some((a) => /\^/.test(a.patient.lastName + a.patient.firstName))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// B. filler and placer appointment ids
// ---------------------------------------------------------------------------------------------
describe("B. HL7's filler and placer ids", () => {
  const FILLER = ['41207', '41215', '41219'];
  const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER];
  const ids = (r: Run) => (r === 'refused' ? null : r.appointments.map((a) => a.appointmentId));
  const askedForId = (r: Run) =>
    r === 'refused' || (r.summary.doubts ?? []).some((d) => d.field === 'appointmentId');

  it.each<[string, Cols]>([
    [
      'Filler / Placer Appointment ID, placer empty but on one row',
      [...BASE, ['Filler Appointment ID', FILLER], col('Placer Appointment ID', 'REF-20931')],
    ],
    [
      'fillerId / placerId, placer filled on every row',
      [...BASE, ['fillerId', FILLER], ['placerId', ['REF-1', 'REF-2', 'REF-3']]],
    ],
    ['Filler Appointment ID alone', [...BASE, ['Filler Appointment ID', FILLER]]],
  ])('%s: sent under the filler ids, the id not asked', async (_, cols) => {
    const r = await run(cols);
    expect(askedForId(r)).toBe(false);
    expect(held(r)).toBe(false);
    expect(ids(r)).toEqual(FILLER);
  });

  it('placerId written before fillerId: never sent under the placer ids', async () => {
    const r = await run([...BASE, ['placerId', ['REF-1', 'REF-2', 'REF-3']], ['fillerId', FILLER]]);
    if (held(r)) return;
    expect(ids(r)).toEqual(FILLER);
  });

  it.each<[string, string[]]>([
    ['one filler id empty', ['41207', '', '41219']],
    ['one filler id twice (two patients)', ['41207', '41207', '41219']],
  ])('%s: the appointment id asked', async (_, filler) => {
    const r = await run([...BASE, ['fillerId', filler], ['placerId', ['REF-1', 'REF-2', 'REF-3']]]);
    expect(askedForId(r)).toBe(true);
  });

  it('Filler Order Number and Placer Order Number (SCH-27/26, orders): not taken as the appointment id unasked', async () => {
    const r = await run([
      ...BASE,
      ['Filler Order Number', FILLER],
      ['Placer Order Number', ['ORD-1', 'ORD-2', 'ORD-3']],
    ]);
    if (held(r)) return;
    expect(ids(r)).not.toEqual(FILLER);
  });
});

// ---------------------------------------------------------------------------------------------
// C. a swap is one typo
// ---------------------------------------------------------------------------------------------
describe('C. typoDistance', () => {
  it.each<[string, string, number, number]>([
    // [a, b, Levenshtein, with a swap counted once], by hand
    ['smiht', 'smith', 2, 1],
    ['aan', 'ana', 2, 1],
    ['mni', 'min', 2, 1],
    ['emma', 'ella', 2, 2],
    ['min', 'nim', 2, 2],
    ['maria', 'maria', 0, 0],
    ['', 'abc', 3, 3],
    ['ca', 'abc', 3, 3], // optimal string alignment: no edit of a swapped pair
    ['jonh', 'john', 2, 1],
    ['mraia', 'maira', 2, 2],
  ])('%s / %s: %i edits, %i with swaps', (a, b, lev, osa) => {
    expect(editDistance(a, b)).toBe(lev);
    expect(typoDistance(a, b)).toBe(osa);
  });
});
