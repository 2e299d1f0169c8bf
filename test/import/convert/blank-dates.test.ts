// A date printed once per day, answered "an empty date is the date of the row above" (the
// mapping's blankDate): the empty date takes the nearest date above, never across a page line,
// never for a row with no date above it; without the answer those rows stay row errors.
import { describe, expect, it } from 'vitest';
import { collect, tempFiles } from './support.ts';

const write = tempFiles();
const ZONE = 'America/Indiana/Indianapolis'; // EST (UTC-5) until 14 March 2027
const HEADER = 'Date,Time,Patient,MRN,DOB,Status';

function profile(blankDate: boolean): string {
  const columns = {
    date: 'Date',
    time: 'Time',
    patientName: 'Patient',
    patientId: 'MRN',
    dob: 'DOB',
    status: 'Status',
  };
  const json = JSON.stringify({ name: 'report', columns, ...(blankDate ? { blankDate: 'above' } : {}) });
  return write('profile.json', Buffer.from(json));
}

const startsByLine = async (lines: string[], blankDate = true) => {
  const got = await collect(write('Schedule.csv', lines), { timeZone: ZONE, profile: profile(blankDate) });
  const starts = new Map(
    got.items.flatMap((i) => (i.kind === 'appointment' ? [[i.line, i.appointment.start.toISOString()]] : [])),
  );
  return { starts, errors: got.errors };
};

describe('an empty date answered as the day of the row above', () => {
  it('takes the nearest date above, day by day', async () => {
    const { starts, errors } = await startsByLine([
      HEADER,
      '03/08/2027,8:00 AM,"Price, Harold",A10455,02/06/1950,Scheduled',
      ',9:00 AM,"Quinn, Maeve",A10872,10/15/1996,Scheduled',
      ',10:00 AM,"Rossi, Marco",A10391,07/07/1971,Scheduled',
      '03/09/2027,2:00 PM,"Quinn, Maeve",A10872,10/15/1996,Scheduled',
      ',3:00 PM,"Singh, Harpreet",A11020,12/01/1983,Scheduled',
    ]);
    expect(errors).toEqual([]);
    expect([...starts]).toEqual([
      [2, '2027-03-08T13:00:00.000Z'],
      [3, '2027-03-08T14:00:00.000Z'],
      [4, '2027-03-08T15:00:00.000Z'],
      [5, '2027-03-09T19:00:00.000Z'],
      [6, '2027-03-09T20:00:00.000Z'],
    ]);
  });

  it('never across a page line: the empty date under it stays a row error', async () => {
    const { starts, errors } = await startsByLine([
      HEADER,
      '03/08/2027,8:00 AM,"Price, Harold",A10455,02/06/1950,Scheduled',
      ',9:00 AM,"Quinn, Maeve",A10872,10/15/1996,Scheduled',
      'Page 1 of 2',
      ',10:00 AM,"Rossi, Marco",A10391,07/07/1971,Scheduled',
      '03/09/2027,2:00 PM,"Singh, Harpreet",A11020,12/01/1983,Scheduled',
    ]);
    expect([...starts.keys()]).toEqual([2, 3, 6]);
    expect(errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [5, 'Date', 'the appointment date is empty'],
    ]);
  });

  it("the file's first row has no date above it: its empty date is a row error", async () => {
    const { starts, errors } = await startsByLine([
      HEADER,
      ',8:00 AM,"Price, Harold",A10455,02/06/1950,Scheduled',
      '03/08/2027,9:00 AM,"Quinn, Maeve",A10872,10/15/1996,Scheduled',
      ',10:00 AM,"Rossi, Marco",A10391,07/07/1971,Scheduled',
    ]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[2, 'Date']]);
    expect([...starts]).toEqual([
      [3, '2027-03-08T14:00:00.000Z'],
      [4, '2027-03-08T15:00:00.000Z'],
    ]);
  });

  it('without the answer, the empty dates are row errors', async () => {
    const { starts, errors } = await startsByLine(
      [
        HEADER,
        '03/08/2027,8:00 AM,"Price, Harold",A10455,02/06/1950,Scheduled',
        ',9:00 AM,"Quinn, Maeve",A10872,10/15/1996,Scheduled',
      ],
      false,
    );
    expect([...starts.keys()]).toEqual([2]);
    expect(errors.map((e) => e.line)).toEqual([3]);
  });
});
