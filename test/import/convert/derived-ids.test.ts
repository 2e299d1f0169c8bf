// Derived appointment ids (no id column) for one patient's two appointments on one day with one
// provider, when the export spells the patient or the provider two ways that the id treats as one
// (spaces, Unicode composition, capitals). Each row must keep its own id: with one id for both,
// the second would replace the first on the portal.
// Expected ids are worked out here from the rule in the README (SHA-256 with node:crypto's
// streaming Hash over text normalised by hand), not with the product's identity code.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, PRACTICE, tempDir } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `A-` + 16 hex of SHA-256 over practice, patient key, provider key and day (and a slot above 1). */
function expectedId(patientKey: string, providerKey: string, day: string, slot: number): string {
  const parts = [PRACTICE, patientKey, providerKey, day, ...(slot > 1 ? [String(slot)] : [])];
  return `A-${createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 16)}`;
}

describe('derived appointment ids: one group however the export spells it', () => {
  it('two starts of one patient with one provider on one day get slots 1 and 2', async () => {
    const file = path.join(dir, 'spellings.csv');
    const row = (first: string, last: string, dob: string, time: string, provider: string) =>
      `${first},${last},${dob},2027-03-01,${time},${provider},Checkup,Confirmed`;
    fs.writeFileSync(
      file,
      [
        'First Name,Last Name,DOB,Date,Time,Provider,Type,Status',
        row('Mary  Ann', 'Smith', '1971-01-21', '08:00', 'Dr Jane Smith'), // two spaces
        row('Mary Ann', 'Smith', '1971-01-21', '10:00', 'Dr Jane Smith'),
        row('Zoe\u0308', 'Berg', '1973-01-21', '08:00', 'Dr Jane Smith'), // e + combining diaeresis
        row('Zo\u00eb', 'Berg', '1973-01-21', '10:00', 'Dr Jane Smith'), // precomposed ë
        row('Ann', 'Lee', '1974-01-21', '08:00', 'Dr Jane Smith'),
        row('Ann', 'Lee', '1974-01-21', '10:00', 'DR JANE SMITH'), // the provider in capitals
      ].join('\r\n'),
    );
    const c = await collect(file);
    expect(c.errors).toEqual([]);
    const ids = c.appointments.map((a) => a.appointmentId);
    const doctor = 'dr jane smith';
    expect(ids).toEqual([
      expectedId('smith|mary ann|1971-01-21', doctor, '2027-03-01', 1),
      expectedId('smith|mary ann|1971-01-21', doctor, '2027-03-01', 2),
      expectedId('berg|zo\u00eb|1973-01-21', doctor, '2027-03-01', 1),
      expectedId('berg|zo\u00eb|1973-01-21', doctor, '2027-03-01', 2),
      expectedId('lee|ann|1974-01-21', doctor, '2027-03-01', 1),
      expectedId('lee|ann|1974-01-21', doctor, '2027-03-01', 2),
    ]);
    expect(new Set(ids).size).toBe(6);
  });

  it('a booked and a cancelled row for one patient, provider and start hold the file', async () => {
    const file = path.join(dir, 'booked-and-cancelled.csv');
    fs.writeFileSync(
      file,
      [
        'Date,Time,Patient,DOB,Provider,Type,Op,Status',
        '03/02/2027,9:00 AM,"Smith, John",04/05/1980,Dr Lee,Exam,OP1,Booked',
        '03/02/2027,9:00 AM,"Smith, John",04/05/1980,Dr Lee,Crown prep,OP2,Cancelled', // line 3
        '03/02/2027,10:00 AM,"Brown, Carl",04/05/1970,Dr Lee,Exam,OP1,Booked',
      ].join('\r\n'),
    );
    const c = await collect(file, { timeZone: 'America/New_York' });
    expect(c.summary.doubts).toMatchObject([{ kind: 'appointment-id' }]);
    expect(c.summary.doubts[0]!.message).toContain('one booked and one cancelled (again on line 3)');
  });

  it('the same row exported twice is one appointment, not a doubt', async () => {
    const file = path.join(dir, 'twice.csv');
    const row = '03/02/2027,9:00 AM,"Smith, John",04/05/1980,Dr Lee,Exam,Booked';
    fs.writeFileSync(file, ['Date,Time,Patient,DOB,Provider,Type,Status', row, row].join('\r\n'));
    const c = await collect(file, { timeZone: 'America/New_York' });
    expect(c.summary.doubts).toEqual([]);
    expect(new Set(c.appointments.map((a) => a.appointmentId)).size).toBe(1);
  });
});

// The patient id made from last name, first name and birth date leaves a middle name out; a
// given name begun by `Te` keeps its second word, else twins in two exports are one patient.
describe('derived patient ids: twins whose given names begin with Te', () => {
  it('Te Aroha Ngata and Te Rangi Ngata, one birth date, in two exports: two patients', async () => {
    const day = (name: string, date: string) => {
      const file = path.join(dir, `twin-${date.replace(/\//g, '-')}.csv`);
      fs.writeFileSync(
        file,
        [
          'Date,Time,Patient,DOB,Provider,Status',
          `${date},09:00,${name},04/06/2019,Dr Hemi Walker,Booked`,
        ].join('\r\n'),
      );
      return collect(file, { timeZone: 'Pacific/Auckland' });
    };
    const one = await day('Te Aroha Ngata', '15/03/2027');
    const two = await day('Te Rangi Ngata', '16/03/2027');
    const patient = (last: string, first: string) =>
      `P-${createHash('sha256').update(`${last}\u001f${first}\u001f2019-06-04`).digest('hex').slice(0, 12)}`;
    expect(one.appointments.map((a) => [a.patient.firstName, a.patient.patientId])).toEqual([
      ['Te Aroha', patient('ngata', 'te aroha')],
    ]);
    expect(two.appointments.map((a) => [a.patient.firstName, a.patient.patientId])).toEqual([
      ['Te Rangi', patient('ngata', 'te rangi')],
    ]);
  });
});
