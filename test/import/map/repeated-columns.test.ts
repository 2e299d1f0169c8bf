// Exports whose header names a column twice, through the whole importer: a harmless repeat
// (`Phone`, `Notes`) goes as the file would without it; a repeated key field (`Date`, `ID`) is never
// picked silently, unless both columns hold the same value on every row; a confirmed mapping that
// names the second one keeps reading it. Expected values worked out by hand from the lines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectProfile } from '../../../main/import/import-export.ts';
import { collect, PRACTICE, startsAndNames, tempFiles } from '../convert/support.ts';

const write = tempFiles();

const HEAD = 'Appt ID,Appt Date,Appt Time,Last Name,First Name,DOB';
const ROW1 = '7001,03/02/2027,9:00 AM,Smith,John,04/12/1970';
const ROW2 = '7002,03/02/2027,9:30 AM,Garcia,Maria,11/30/1985';

/** 9:00 and 9:30 in Los Angeles on 2 March 2027 (PST, UTC-8, before the change on 14 March). */
const BOTH = [
  ['NEW', '2027-03-02T17:00:00.000Z', 'John', 'Smith', '1970-04-12'],
  ['NEW', '2027-03-02T17:30:00.000Z', 'Maria', 'Garcia', '1985-11-30'],
];

const doubtsOf = (r: Awaited<ReturnType<typeof collect>>) =>
  r.summary.doubts.map((d) => ({ kind: d.kind, field: d.field, column: d.column, message: d.message }));

describe('a harmless name twice (Phone, Notes)', () => {
  it('goes as the file would without the second of each', async () => {
    const twice = await collect(
      write('phones-notes.csv', [
        `${HEAD},Phone,Phone,Notes,Notes`,
        `${ROW1},555-0100,555-0101,bring films,copay 20`,
        `${ROW2},555-0200,,,new patient`,
      ]),
    );
    const once = await collect(
      write('phone-note.csv', [`${HEAD},Phone,Notes`, `${ROW1},555-0100,bring films`, `${ROW2},555-0200,`]),
    );
    expect(twice.summary.doubts).toEqual([]);
    expect(twice.errors).toEqual([]);
    expect(startsAndNames(twice)).toEqual(BOTH);
    expect(twice.appointments.map((a) => a.appointmentId)).toEqual(['7001', '7002']);
    expect(twice.appointments).toEqual(once.appointments);
  });
});

describe('a key field twice', () => {
  it('two Date columns that could both be the appointment date: held, the question says where each is', async () => {
    const r = await collect(
      write('date-twice.csv', [
        'Appt ID,Date,Time,Last Name,First Name,DOB,Date',
        '7001,03/02/2027,9:00 AM,Smith,John,04/12/1970,02/20/2027',
        '7002,03/02/2027,9:30 AM,Garcia,Maria,11/30/1985,02/21/2027',
      ]),
    );
    expect(doubtsOf(r)).toEqual([
      {
        kind: 'column',
        field: 'date',
        column: 'Date',
        message:
          "two columns could be the appointment date: 'Date' and 'Date (2)' ('Date' is column 2 (B), 'Date (2)' is column 7 (G))",
      },
    ]);
  });

  it("two ID columns, one the same on a patient's two visits: the values decide (twin-id-columns.ts)", async () => {
    const r = await collect(
      write('id-twice.csv', [
        'ID,Appt Date,Appt Time,Last Name,First Name,DOB,ID',
        'P100,03/02/2027,9:00 AM,Smith,John,04/12/1970,7001',
        'P200,03/02/2027,9:30 AM,Garcia,Maria,11/30/1985,7002',
        'P100,03/09/2027,9:00 AM,Smith,John,04/12/1970,7003',
      ]),
    );
    expect(r.summary.doubts).toEqual([]);
    // John Smith comes on 2 and 9 March: P100 on both, 7001 and 7003 apart
    expect(r.appointments.map((a) => [a.appointmentId, a.patient.patientId])).toEqual([
      ['7001', 'P100'],
      ['7002', 'P200'],
      ['7003', 'P100'],
    ]);
  });

  it('two ID columns, each patient once: both unique, held, both named by place', async () => {
    const r = await collect(
      write('id-twice-once.csv', [
        'ID,Appt Date,Appt Time,Last Name,First Name,DOB,ID',
        'P100,03/02/2027,9:00 AM,Smith,John,04/12/1970,7001',
        'P200,03/02/2027,9:30 AM,Garcia,Maria,11/30/1985,7002',
      ]),
    );
    const ids = r.summary.doubts.filter((d) => d.field === 'appointmentId');
    expect(ids).toHaveLength(1);
    expect(ids[0]!.message).toContain("('ID' is column 1 (A), 'ID (2)' is column 7 (G))");
  });

  it('a patient id a join wrote twice, the same on every row, goes', async () => {
    const r = await collect(
      write('patient-id-twice.csv', [
        'Appt ID,Patient ID,Appt Date,Appt Time,Last Name,First Name,DOB,Patient ID',
        '7001,1001,03/02/2027,9:00 AM,Smith,John,04/12/1970,1001',
        '7002,1002,03/02/2027,9:30 AM,Garcia,Maria,11/30/1985,1002',
      ]),
    );
    expect(r.summary.doubts).toEqual([]);
    expect(startsAndNames(r)).toEqual(BOTH);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['1001', '1002']);
  });

  it('the same two patient id columns, apart on one row: held, both named', async () => {
    const r = await collect(
      write('patient-id-apart.csv', [
        'Appt ID,Patient ID,Appt Date,Appt Time,Last Name,First Name,DOB,Patient ID',
        '7001,1001,03/02/2027,9:00 AM,Smith,John,04/12/1970,1001',
        '7002,1002,03/02/2027,9:30 AM,Garcia,Maria,11/30/1985,2002',
      ]),
    );
    expect(doubtsOf(r)).toEqual([
      {
        kind: 'column',
        field: 'patientId',
        column: 'Patient ID',
        message:
          "two columns could be the patient id: 'Patient ID' and 'Patient ID (2)' ('Patient ID' is column 2 (B), 'Patient ID (2)' is column 8 (H))",
      },
    ]);
  });
});

describe('an XML leaf written twice in a record', () => {
  it('is asked about by its names alone: an XML record has no column places', async () => {
    const appt = (id: string, time: string, last: string, first: string, dob: string, rdh: string) =>
      `<Appt><ApptID>${id}</ApptID><Date>2027-03-02</Date><Time>${time}</Time><LastName>${last}</LastName>` +
      `<FirstName>${first}</FirstName><DOB>${dob}</DOB><Provider>Lee, Anna DDS</Provider><Provider>${rdh}</Provider></Appt>`;
    const r = await collect(
      write('providers.xml', [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Appointments>',
        appt('7001', '09:00', 'Smith', 'John', '1970-04-12', 'Park, Jin RDH'),
        appt('7002', '09:30', 'Garcia', 'Maria', '1985-11-30', 'Cole, Amy RDH'),
        '</Appointments>',
      ]),
    );
    expect(doubtsOf(r)).toEqual([
      {
        kind: 'column',
        field: 'providerName',
        column: 'Provider',
        message:
          "two columns could be the provider: 'Provider' and 'Provider (2)', with other names on the same rows",
      },
    ]);
  });
});

describe('a confirmed mapping that names the second of two columns', () => {
  it('reads the same one in the next export of that layout', async () => {
    const head = 'Appt ID,Date,Time,Last Name,First Name,DOB,Date';
    // The first Date is when the booking was entered, the second the appointment's.
    const first = write('entered-first.csv', [
      head,
      '7001,02/20/2027,9:00 AM,Smith,John,04/12/1970,03/02/2027',
      '7002,02/21/2027,9:30 AM,Garcia,Maria,11/30/1985,03/02/2027',
    ]);
    const report = await detectProfile(first, { practiceId: PRACTICE, timeZone: 'America/Los_Angeles' });
    expect(report.headers).toEqual(['Appt ID', 'Date', 'Time', 'Last Name', 'First Name', 'DOB', 'Date (2)']);
    // What the review saves when the person answers that 'Date (2)' is the appointment date.
    const profile = path.join(path.dirname(first), 'confirmed.json');
    fs.writeFileSync(
      profile,
      JSON.stringify({
        name: 'confirmed',
        columns: {
          appointmentId: 'Appt ID',
          date: 'Date (2)',
          time: 'Time',
          lastName: 'Last Name',
          firstName: 'First Name',
          dob: 'DOB',
        },
        confirmed: { headers: report.headers, at: '2027-01-01T00:00:00Z' },
      }),
    );
    const next = await collect(
      write('entered-next.csv', [
        head,
        '7003,02/25/2027,10:00 AM,Smith,John,04/12/1970,03/09/2027',
        '7004,02/26/2027,10:30 AM,Garcia,Maria,11/30/1985,03/09/2027',
      ]),
      { profile },
    );
    expect(next.summary.doubts).toEqual([]);
    // 10:00 and 10:30 on 9 March 2027 in Los Angeles (PST, UTC-8).
    expect(startsAndNames(next)).toEqual([
      ['NEW', '2027-03-09T18:00:00.000Z', 'John', 'Smith', '1970-04-12'],
      ['NEW', '2027-03-09T18:30:00.000Z', 'Maria', 'Garcia', '1985-11-30'],
    ]);
  });
});
