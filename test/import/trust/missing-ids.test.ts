// Ids a column leaves out on some rows. A patient id empty (or `0`, a database's "none") on a
// booked row where the other rows have one: that patient would go under an id made from name and
// birth date, apart from their own record until the chart number is filled in, so the file is held and
// asked once. An appointment id of zeros is none too, never the appointment `0`. A row repeated
// exactly is one appointment, asked nothing. Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('missing-ids');
const NY = { timeZone: 'America/New_York' };
const HEAD = 'Appt ID,Patient ID,First Name,Last Name,DOB,Appt Date,Appt Time,Provider,Status';
const row = (id: string, pid: string, first: string, time: string, status = 'Confirmed') =>
  `${id},${pid},${first},Lee,01/02/1980,03/15/2027,${time},Dr Smith,${status}`;

const checks = (r: Awaited<ReturnType<typeof collect>>) =>
  r.summary.doubts.map((d) => [d.check, d.column, d.message.match(/on \d+ of \d+ .*?line \d+/)?.[0]]);

describe('a patient id left out on some booked rows', () => {
  const lines = [
    HEAD,
    row('1001', 'P1', 'Ann', '9:00 AM'),
    row('1002', '', 'Bob', '9:30 AM'),
    row('1003', '0', 'Cid', '10:00 AM'),
    row('1004', 'P4', 'Dan', '10:30 AM'),
  ];

  it('is held: Bob (empty) and Cid (0) would go under ids made from name and birth date', async () => {
    const r = await collect(files.write(lines), NY);
    expect(checks(r)).toEqual([
      ['patient-id-gaps', 'Patient ID', 'on 2 of 4 booked appointments (the first on line 3'],
    ]);
    expect(r.summary.doubts[0]!.question).toMatch(/^Do these patients have no 'Patient ID' yet\?/);
    // What would go once a person confirms: the two made-up ids, the others as written.
    expect(r.appointments.map((a) => a.patient.patientId.replace(/^P-[0-9a-f]+$/, 'P-…'))).toEqual([
      'P1',
      'P-…',
      'P-…',
      'P4',
    ]);
  });

  it('confirmed once, the next file with another new patient goes', async () => {
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        patientId: 'Patient ID',
        firstName: 'First Name',
        lastName: 'Last Name',
        dob: 'DOB',
        date: 'Appt Date',
        time: 'Appt Time',
        providerName: 'Provider',
        status: 'Status',
      },
      HEAD.split(','),
    );
    const first = files.write(lines);
    expect(checks(await collect(first, { ...NY, profile }))[0]?.[0]).toBe('patient-id-gaps');
    await answerOn(profile, first, NY);
    const next = await collect(
      files.write([HEAD, row('1005', 'P1', 'Ann', '9:00 AM'), row('1006', '', 'Eve', '9:30 AM')]),
      { ...NY, profile },
    );
    expect(next.summary.doubts).toEqual([]);
    expect(next.appointments).toHaveLength(2);
  });

  it('on a cancelled row only, holds nothing: a cancellation puts no patient on the portal', async () => {
    const r = await collect(
      files.write([
        HEAD,
        row('1001', 'P1', 'Ann', '9:00 AM'),
        row('1002', '', 'Bob', '9:30 AM', 'Cancelled'),
      ]),
      NY,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
  });
});

describe('an appointment id of zeros', () => {
  it('is no id: never the appointment `0`; beside filled ids the file is held (id-gaps)', async () => {
    const r = await collect(
      files.write([HEAD, row('0', 'P1', 'Ann', '9:00 AM'), row('1002', 'P2', 'Bob', '9:30 AM')]),
      NY,
    );
    expect(r.appointments.map((a) => a.appointmentId.replace(/^A-[0-9a-f]{16}$/, 'A-…'))).toEqual([
      'A-…',
      '1002',
    ]);
    expect(checks(r)).toEqual([['id-gaps', 'Appt ID', 'on 1 of 2 appointments (the first on line 2']]);
  });
});

it('a row repeated exactly is one appointment written twice: no question, sent once', async () => {
  const r = await collect(
    files.write([HEAD, row('1001', 'P1', 'Ann', '9:00 AM'), row('1001', 'P1', 'Ann', '9:00 AM')]),
    NY,
  );
  expect(r.summary.doubts).toEqual([]);
  expect(r.appointments.map((a) => [a.appointmentId, a.start.toISOString()])).toEqual([
    ['1001', '2027-03-15T13:00:00.000Z'],
  ]);
  expect(r.skipped.map((s) => s.line)).toEqual([3]);
});

describe('an appointment id written as a stand-in on walk-ins', () => {
  it("is held, and the question's message names the column and what the cell holds", async () => {
    const r = await collect(
      files.write([
        HEAD,
        row('1001', 'P1', 'Ann', '9:00 AM'),
        row('-', 'P2', 'Bob', '9:30 AM'),
        row('N/A', 'P3', 'Cid', '10:00 AM'),
      ]),
      NY,
    );
    expect(checks(r)).toEqual([['id-gaps', 'Appt ID', 'on 2 of 3 appointments (the first on line 3']]);
    expect(r.summary.doubts[0]!.message).toMatch(
      /^the id in 'Appt ID' is empty on 2 of 3 appointments \(the first on line 3, written '-'\)/,
    );
  });

  it('a cell left blank names no stand-in', async () => {
    const r = await collect(
      files.write([HEAD, row('1001', 'P1', 'Ann', '9:00 AM'), row('', 'P2', 'Bob', '9:30 AM')]),
      NY,
    );
    expect(r.summary.doubts[0]!.message).toMatch(/\(the first on line 3\): those would go/);
  });
});
