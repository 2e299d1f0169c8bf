// Birth dates written as timestamps at midnight with an offset, as a .NET DataSet or a JSON/SQL
// tool writes a date (`1992-06-01T00:00:00-05:00`): the column is the date of birth, and the day
// is the one written (not the UTC day: 1992-06-01T00:00:00+02:00 is 31 May in UTC). Before, the
// column was not recognised at all and the file was refused (cannot find date of birth).
import fs from 'node:fs';
import path from 'node:path';
import { collect, tempDir } from './support.ts';

test('a column of midnight timestamps with offsets is the birth date, read as the day written', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'dataset.csv');
  fs.writeFileSync(
    file,
    [
      'Appt Date,Appt Time,Patient Name,Birthdate,Chart,Provider,Status',
      '12/08/2026,9:00 AM,"Smith, John",1961-03-14T00:00:00-05:00,1001,Dr Lee,Confirmed',
      '12/08/2026,9:30 AM,"Doe, Jane",1975-07-22T00:00:00+02:00,1002,Dr Lee,Cancelled',
      '12/08/2026,10:00 AM,"Roe, Rita",1988-12-01T00:00:00Z,1003,Dr Lee,Confirmed',
    ].join('\r\n'),
  );
  try {
    const { appointments, errors } = await collect(file, { timeZone: 'America/New_York' });
    expect(errors).toEqual([]);
    expect(appointments.map((a) => [a.patient.patientId, a.patient.dob, a.status])).toEqual([
      ['1001', '1961-03-14', 'NEW'],
      ['1002', '1975-07-22', 'CANCEL'],
      ['1003', '1988-12-01', 'NEW'],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
