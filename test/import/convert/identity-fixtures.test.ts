// Real-world layouts for the identity columns (test/fixtures/false-holds/README.md,
// test/fixtures/hazards/README.md): an encounter number beside a medical record number, and patient
// ids a spreadsheet saved in scientific notation. Expected values worked out by hand from the files
// (New York is on EDT, UTC-4, from 2027-03-14).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRowError } from '../../../main/model/row-error.ts';
import { collect } from './support.ts';

const ny = { timeZone: 'America/New_York' };

describe("'Enc #' and 'Med Rec #'", () => {
  it('goes without a question: the medical record number is the patient id, the encounter left out', async () => {
    const r = await collect(path.resolve('test/fixtures/false-holds/enc-and-med-rec.csv'), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map(formatRowError)).toEqual([]);
    expect(
      r.appointments.map((a) => [
        a.status,
        a.start.toISOString(),
        a.patient.patientId,
        a.participant.providerName,
      ]),
    ).toEqual([
      ['NEW', '2027-03-15T12:30:00.000Z', '0012874', 'Nina Patel, MD'],
      ['NEW', '2027-03-15T13:00:00.000Z', '0009921', 'Nina Patel, MD'],
      ['NEW', '2027-03-15T13:30:00.000Z', '0031207', 'Nina Patel, MD'],
      ['NEW', '2027-03-15T14:00:00.000Z', '0012874', 'David Hall, MD'],
      ['CANCEL', '2027-03-16T12:30:00.000Z', '0027754', 'David Hall, MD'],
    ]);
    // Made up from patient, provider and day: never the encounter number, filled on two rows only.
    for (const a of r.appointments) expect(a.appointmentId).toMatch(/^A-[0-9a-f]{16}$/);
  });
});

describe('patient ids Excel saved in scientific notation', () => {
  it('refuses those two rows, naming line, column and value; the other three go', async () => {
    const r = await collect(path.resolve('test/fixtures/hazards/excel-scientific-ids.csv'), ny);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'Patient ID', '1.23457E+11'],
      [4, 'Patient ID', '1.23457E+11'],
    ]);
    expect(r.appointments.map((a) => [a.appointmentId, a.patient.patientId])).toEqual([
      ['88120', '40071234'],
      ['88123', '40071288'],
      ['88124', '40071301'],
    ]);
  });
});
