// An export without a status column whose only sign of a cancelled appointment is a column named
// for it: `Cancel Reason`, `Cancelled By` (held: the values are not a yes/no or a date), or
// `Deleted`/`Broken`/`Void` (yes/no) and `Cxl Date` (a date), read as the README's status rules
// say: a yes or a date there is a CANCEL. Never a cancelled row sent as booked. Expected outcomes
// worked out by hand from the two rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, EXPORTS } from '../convert/support.ts';

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

describe('a cancellation date written with a short form of cancel', () => {
  // Epic Clarity's `APPT_CANC_DTTM` / `APPT_CANC_DATE` and schedulers' `Canc Date`, `Cnx Date`,
  // `Cncl Dt` were not read: with no status column the cancelled row went as booked.
  it.each(['APPT_CANC_DTTM', 'APPT_CANC_DATE', 'Canc Date', 'Cnx Date', 'Cncl Dt'])(
    '%s filled cancels that row only',
    async (header) => {
      const r = await twoRows(header, '03/01/2027 2:03 PM');
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
    },
  );

  it('`Cancer Screening Date` is not a cancellation', async () => {
    const r = await twoRows('Cancer Screening Date', '03/01/2027');
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
  });

  it('an Epic Clarity extract (V_SCHED_APPT columns, no status) sends its cancelled visit as CANCEL', async () => {
    const r = await collect(path.join(EXPORTS, 'epic_clarity_canc_dttm.csv'), {
      timeZone: 'America/Chicago',
    });
    expect(r.summary.doubts).toEqual([]);
    // 08:00 and 08:20 CST (UTC-6) on 9 March; 13:00 CDT (UTC-5) on 16 March, after the change.
    expect(r.appointments.map((a) => [a.status, a.start.toISOString(), a.patient.lastName])).toEqual([
      ['NEW', '2027-03-09T14:00:00.000Z', 'Martin'],
      ['CANCEL', '2027-03-09T14:20:00.000Z', 'Nguyen'],
      ['NEW', '2027-03-16T18:00:00.000Z', 'Martin'],
    ]);
  });
});
