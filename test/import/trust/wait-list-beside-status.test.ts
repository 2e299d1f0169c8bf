// A wait list written in a column besides the status: `Queue` = `Waitlist`, or a wait-list flag
// `Wait List` = `Y`, on a row whose status says `Scheduled`. Before, such a row went to the portal
// as a booked appointment (NEW) with no question, though a wait list holds no slot; only the
// status, type, reason and notes were read for it. Now the file is held and asked once. Expected
// values written by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('wait-list-beside-status');
const HEAD = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status';

function schedule(
  header: string,
  values: [string, string, string],
  statuses = ['Scheduled', 'Scheduled', 'Confirmed'],
): string {
  return files.write([
    `${HEAD},${header}`,
    `5001,P1,Smith,John,03/14/1980,12/08/2026,9:00 AM,Dr. Ana Lopez,${statuses[0]},${values[0]}`,
    `5002,P2,Doe,Mary,05/02/1975,12/08/2026,10:00 AM,Dr. Ana Lopez,${statuses[1]},${values[1]}`,
    `5003,P3,Roe,Pat,07/22/1990,12/08/2026,11:00 AM,Dr. Ana Lopez,${statuses[2]},${values[2]}`,
  ]);
}

describe('a wait list besides the status', () => {
  it.each([
    ['Queue', ['Scheduled', 'Waitlist', 'Scheduled']],
    ['Book', ['Main', 'Wait List', 'Main']],
    ['Flag', ['', 'WAITLIST', '']],
    ['Liste', ['', "Liste d'attente", '']],
  ] as const)("'%s' naming a wait list on a booked row holds the file", async (header, values) => {
    const r = await collect(schedule(header, [...values]), { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => [d.check, d.column])).toEqual([['cancel-text', header]]);
  });

  it.each(['Wait List', 'Waitlist', 'On Waiting List', 'WaitListYN'])(
    "a '%s' flag at yes on a booked row holds the file",
    async (header) => {
      const r = await collect(schedule(header, ['N', 'Y', 'N']), { timeZone: 'America/New_York' });
      expect(r.summary.doubts.map((d) => [d.check, d.column])).toEqual([['withdrawal-column', header]]);
    },
  );

  it('goes as before when nothing says wait list on a booked row', async () => {
    const cases: Array<[string, [string, string, string], string[]?]> = [
      ['Booked From Waitlist', ['N', 'Y', 'N']],
      ['Wait List', ['No', 'No', 'No']],
      ['Wait List Date', ['', '11/30/2026', '']],
      ['Visit', ['Planned', 'Walk-in', 'Planned']],
      // the status already takes the wait-list row off the book
      ['Queue', ['Main', 'Waitlist', 'Main'], ['Scheduled', 'Cancelled', 'Confirmed']],
    ];
    for (const [header, values, statuses] of cases) {
      const r = await collect(schedule(header, values, statuses), { timeZone: 'America/New_York' });
      expect([header, r.summary.doubts]).toEqual([header, []]);
      // 9, 10 and 11 AM EST (UTC-5)
      expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
        '2026-12-08T14:00:00.000Z',
        '2026-12-08T15:00:00.000Z',
        '2026-12-08T16:00:00.000Z',
      ]);
    }
  });
});
