// A start time written as the seconds after midnight: Best Practice (Australian GP software) keeps
// `AppointmentTime` so in BPS_Appointments (32400 = 09:00; its own queries compare it with 86400).
// Read so only when every value of the time column is a whole number of minutes from 00:40 on,
// never a value by itself: `900` and `1200` stay HHMM. Expected instants worked out by hand:
// Sydney is UTC+11 in March 2027 (daylight time until the first Sunday of April).
import { describe, expect, it } from 'vitest';
import { secondsAfterMidnight } from '../../../main/import/map/parse-time.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('seconds-after-midnight');
const sydney = { timeZone: 'Australia/Sydney' };

/** Best Practice's appointment columns, with the time column's values `times`. */
const bpList = (times: string[]): string[] => [
  'Patient,AppointmentDate,AppointmentTime,AppointmentLength,Provider,AppointmentType,Status,DOB',
  `Mrs Sarah Jones,2027-03-15,${times[0]},900,Dr Michael Chen,Standard,Booked,1968-04-12`,
  `Mr David Wilson,2027-03-15,${times[1]},900,Dr Michael Chen,Long,Booked,1975-09-30`,
  `Ms Emma Taylor,2027-03-16,${times[2]},1800,Dr Priya Nair,Standard,Booked,1990-01-22`,
];

describe('seconds after midnight as a value', () => {
  it.each([
    ['32400', 9, 0],
    ['33300', 9, 15],
    ['50400', 14, 0],
    ['86340', 23, 59],
    ['2400', 0, 40],
  ])('%s is %i:%i', (v, hour, minute) => {
    expect(secondsAfterMidnight(v)).toEqual({ hour, minute, second: 0, millisecond: 0 });
  });

  it.each(['900', '1200', '540', '0', '86400', '32401', '032400', '9:00', '-32400'])(
    '%s is not one (HHMM, minutes, midnight, past the day, not whole minutes, HHMMSS)',
    (v) => {
      expect(secondsAfterMidnight(v)).toBeUndefined();
    },
  );
});

describe("Best Practice's AppointmentTime", () => {
  it('32400, 33300, 50400 go as 09:00, 09:15 and 14:00, without a question', async () => {
    const r = await collect(files.write(bpList(['32400', '33300', '50400'])), sydney);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-14T22:00:00.000Z',
      '2027-03-14T22:15:00.000Z',
      '2027-03-16T03:00:00.000Z',
    ]);
  });

  it('HHMM numbers (900, 1200, 1430) are not read as seconds', async () => {
    const r = await collect(files.write(bpList(['900', '1200', '1430'])), sydney);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-14T22:00:00.000Z',
      '2027-03-15T01:00:00.000Z',
      '2027-03-16T03:30:00.000Z',
    ]);
  });

  it('one value that is no time in seconds (0: not arrived) leaves the column unsure: held', async () => {
    const r = await collect(files.write(bpList(['32400', '0', '50400'])), sydney);
    expect(r.summary.doubts.length).toBeGreaterThan(0);
  });
});
