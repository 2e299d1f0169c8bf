// A column flagging the record as no appointment at all: entered in error (FHIR's
// entered-in-error as a yes/no column), a duplicate, invalid. Beside a status of `Scheduled` such
// a row went to the portal as a booked appointment (NEW) with no question: a duplicate would stand
// twice, an error as a visit. Now the file is held and asked once. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('not-a-record-flags');

function schedule(header: string, values: [string, string, string]): string {
  return files.write([
    `Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,${header}`,
    `5001,P1,Smith,John,03/14/1980,12/08/2026,9:00 AM,Dr. Ana Lopez,Scheduled,${values[0]}`,
    `5002,P2,Doe,Mary,05/02/1975,12/08/2026,10:00 AM,Dr. Ana Lopez,Scheduled,${values[1]}`,
    `5003,P3,Roe,Pat,07/22/1990,12/08/2026,11:00 AM,Dr. Ana Lopez,Confirmed,${values[2]}`,
  ]);
}

describe('a flag that the record is in error, a duplicate or invalid', () => {
  it.each(['Entered In Error', 'InError', 'Error Flag', 'Duplicate', 'Is Duplicate', 'Invalid'])(
    "'%s' at yes on a booked row holds the file",
    async (header) => {
      const r = await collect(schedule(header, ['N', 'Y', 'N']), { timeZone: 'America/New_York' });
      expect(r.summary.doubts.map((d) => [d.check, d.column])).toEqual([['withdrawal-column', header]]);
    },
  );

  it('goes as before when no row says yes, or the column is a text about something else', async () => {
    const cases: Array<[string, [string, string, string]]> = [
      ['Entered In Error', ['N', 'N', 'No']],
      ['Error', ['', 'SMS failed: invalid number', '']],
      ['Reminder Error', ['', 'Y', '']],
    ];
    for (const [header, values] of cases) {
      const r = await collect(schedule(header, values), { timeZone: 'America/New_York' });
      expect([header, r.summary.doubts]).toEqual([header, []]);
      // 9, 10 and 11 AM EST (UTC-5), all booked
      expect(r.appointments.map((a) => [a.start.toISOString(), a.status])).toEqual([
        ['2026-12-08T14:00:00.000Z', 'NEW'],
        ['2026-12-08T15:00:00.000Z', 'NEW'],
        ['2026-12-08T16:00:00.000Z', 'NEW'],
      ]);
    }
  });
});
