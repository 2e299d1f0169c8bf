// An export without a status column whose only sign of a cancelled appointment is a column named
// for it: `Cancel Reason`, `Cancelled By` (held: the values are not a yes/no or a date), or
// `Deleted`/`Broken`/`Void` (yes/no) and `Cxl Date` (a date), read as the README's status rules
// say: a yes or a date there is a CANCEL. Never a cancelled row sent as booked. Expected outcomes
// worked out by hand from the two rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cancel-columns-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function twoRows(header: string, value: string) {
  // Not named after the column: a file name saying cancelled is a doubt of its own.
  const f = path.join(dir, `export-${++n}.csv`);
  fs.writeFileSync(
    f,
    [
      `Appt Date,Appt Time,Patient,Birthdate,Provider,Type,${header}`,
      '03/02/2027,9:00 AM,"Smith, John",04/05/1980,Dr Lee,Exam,',
      `03/02/2027,10:00 AM,"Roe, Rick",04/05/1981,Dr Lee,Exam,${value}`,
    ].join('\r\n'),
  );
  return collect(f, { timeZone: 'America/New_York' });
}

describe('columns named for a cancellation, without a status column', () => {
  it.each([
    ['Cancel Reason', 'Patient sick'],
    ['Cancelled By', 'Patient'],
  ])('%s filled on some rows holds the file', async (header, value) => {
    const r = await twoRows(header, value);
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'status', column: header }]);
  });

  it.each([
    ['Deleted', 'Y'],
    ['Broken', 'Y'],
    ['Void', 'Yes'],
    ['Cxl Date', '03/01/2027'],
    ['IsCancelled', '-1'], // Microsoft Access writes a Yes/No field as -1 and 0
  ])('%s = %s cancels that row only', async (header, value) => {
    const r = await twoRows(header, value);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
  });
});

describe('an Access Yes/No cancellation column beside the status', () => {
  it('-1 is yes and 0 is no: the cancelled row goes as CANCEL, not as a row error', async () => {
    const f = path.join(dir, `export-${++n}.csv`);
    fs.writeFileSync(
      f,
      [
        'ApptID,PatientID,LastName,FirstName,DOB,ApptDate,ApptTime,Provider,Status,IsCancelled',
        '1001,5001,Smith,John,04/12/1975,03/02/2027,9:00 AM,Dr. Alan Lee,Scheduled,0',
        '1002,5002,Jones,Mary,11/30/1982,03/02/2027,9:30 AM,Dr. Alan Lee,Cancelled,-1',
        '1003,5003,Brown,Peter,01/05/1960,03/02/2027,10:00 AM,Dr. Alan Lee,Scheduled,0',
      ].join('\r\n'),
    );
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.errors).toEqual([]);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.status}`)).toEqual([
      '1001 NEW',
      '1002 CANCEL',
      '1003 NEW',
    ]);
  });
});
