// Which clock a file's starts are on, from what else the file writes. (1) An end time after 12:59
// without AM/PM shows the export's 24-hour clock: a morning list with starts at 6:00 goes; not
// one 12 hours or more after its own start (`4:30` to `17:00`: the start lost its PM). (2) A
// start written `12:30 AM` is 00:30 as written, and 12:30 PM as a writer that prints noon's hour
// as 12 AM means it: held. (3) A `Z` on each value of a list that reads as a day's schedule, some of
// which would start before 6 AM or after 10 PM in the practice's zone: its own clock marked as UTC.
// Expected instants worked out by hand: New York is UTC-5 on 2 March 2027 (6:00 AM is 11:00Z).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('clock-evidence');
const ny = { timeZone: 'America/New_York' };
const NAMES = ['Smith, John', 'Brown, Carl', 'White, Dana', 'Green, Eve', 'Black, Fay', 'Stone, Gil'];

/** One row per `start/end` pair on 2 March 2027, under `Start Time` and `End Time`. */
function startsAndEnds(pairs: string[]): string {
  return files.write([
    'Appt ID,Date,Start Time,End Time,Patient,DOB,Provider,Status',
    ...pairs.map((p, i) => {
      const [start, end] = p.split('/');
      return `${7001 + i},03/02/2027,${start},${end},"${NAMES[i % NAMES.length]}",04/05/19${50 + i},Dr Lee,Booked`;
    }),
  ]);
}

describe('an end time that shows the clock', () => {
  it('a surgery list from 6:00 to 12:15 whose ends reach 13:45 (24-hour): sent at 6 AM', async () => {
    const r = await collect(startsAndEnds(['06:00/06:45', '07:30/09:00', '11:30/12:30', '12:15/13:45']), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T11:00:00.000Z',
      '2027-03-02T12:30:00.000Z',
      '2027-03-02T16:30:00.000Z',
      '2027-03-02T17:15:00.000Z',
    ]);
  });

  it('the same list whose ends stop at 12:xx too: still held (1:00 may be 1 PM)', async () => {
    const r = await collect(startsAndEnds(['06:00/06:45', '07:30/09:00', '11:30/12:30', '12:15/12:45']), ny);
    expect(r.summary.doubts).toMatchObject([{ check: 'twelve-hour-clock', column: 'Start Time' }]);
  });

  // `4:30` ending at `17:00` would last 12 h 30 min: the end says 4:30 PM, not a 24-hour clock.
  it('an end 12 hours or more after its own start proves no 24-hour clock: 4:30 to 17:00 held', async () => {
    const r = await collect(startsAndEnds(['9:30/10:00', '10:30/11:00', '4:30/17:00']), ny);
    expect(r.summary.doubts).toMatchObject([
      { check: 'twelve-hour-clock', column: 'Start Time', samples: ['4:30'] },
    ]);
  });

  it('8:00 ending at 20:30 beside a list that shows its 24-hour clock: held, naming the row', async () => {
    const r = await collect(startsAndEnds(['8:00/20:30', '12:15/13:45', '14:00/14:30']), ny);
    expect(r.summary.doubts).toMatchObject([{ check: 'twelve-hour-clock', samples: ['8:00'] }]);
    expect(r.summary.doubts[0]!.message).toContain("'8:00' ends at 20:30");
  });

  it('an overnight study (20:00 to 06:00) and a long morning (7:00 to 18:30 is 11 h 30 min) go', async () => {
    const r = await collect(startsAndEnds(['20:00/06:00', '7:00/18:30']), ny);
    expect(r.summary.doubts).toEqual([]);
    // 7:00 EST on 2 March is 12:00Z.
    expect(r.appointments[1]!.start.toISOString()).toBe('2027-03-02T12:00:00.000Z');
  });

  it('ends written with AM/PM prove nothing of the starts without it: held', async () => {
    const r = await collect(
      startsAndEnds(['9:00/9:30 AM', '11:30/12:30 PM', '1:00/1:45 PM', '2:30/3:00 PM']),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      { check: 'twelve-hour-clock', column: 'Start Time', samples: ['1:00', '2:30'] },
    ]);
  });
});

/** One row per time on 2 March 2027, under `Date` and `Time`. */
function times(values: string[]): string {
  return files.write([
    'Appt ID,Date,Time,Patient,DOB,Provider,Status',
    ...values.map(
      (t, i) => `${8001 + i},03/02/2027,${t},"${NAMES[i % NAMES.length]}",04/05/19${50 + i},Dr Lee,Booked`,
    ),
  ]);
}

describe('times without AM/PM read at night: the question says what they are after noon', () => {
  const question = async (values: string[]) => {
    const r = await collect(times(values), ny);
    expect(r.summary.doubts.map((d) => d.check)).toEqual(['twelve-hour-clock']);
    return r.summary.doubts[0]!.question;
  };

  it("an evening clinic's 5:00 to 7:30 (layout 189): evening times, not afternoon ones", async () => {
    // 5:00, 5:30 and 6:15 are read at night; after noon they are 5 PM to 6:15 PM.
    const q = await question(['5:00', '5:30', '6:15', '7:00', '7:30']);
    expect(q).toContain('Are these evening times (5:00 PM to 6:15 PM)?');
    expect(q).not.toContain('afternoon');
  });

  it('a day list to 2:30: afternoon times; one running on to 5:30: afternoon and evening times', async () => {
    expect(await question(['9:00', '11:30', '1:00', '2:30'])).toContain(
      'Are these afternoon times (1:00 PM to 2:30 PM)?',
    );
    expect(await question(['8:00', '12:00', '3:00', '5:30'])).toContain(
      'Are these afternoon and evening times (3:00 PM to 5:30 PM)?',
    );
  });
});

describe('a start in the hour after midnight written with AM', () => {
  it('`12:30 AM` between 11:30 AM and 1:00 PM: held, never sent at 00:30', async () => {
    const r = await collect(times(['9:00 AM', '11:30 AM', '12:30 AM', '1:00 PM']), ny);
    expect(r.summary.doubts).toMatchObject([
      { check: 'twelve-am', kind: 'start-time', column: 'Time', samples: ['12:30 AM'] },
    ]);
    expect(r.summary.doubts[0]!.message).toContain("'12:30 AM' would go as 00:30");
  });

  it('in a date-and-time column too (`3/2/2027 12:15:00 AM`, as .NET writes it)', async () => {
    const f = files.write([
      'Appt ID,Start,Patient,DOB,Provider,Status',
      '9001,3/2/2027 9:00:00 AM,"Smith, John",04/05/1950,Dr Lee,Booked',
      '9002,3/2/2027 12:15:00 AM,"Brown, Carl",04/05/1951,Dr Lee,Booked',
    ]);
    const r = await collect(f, ny);
    expect(r.summary.doubts).toMatchObject([{ check: 'twelve-am', field: 'dateTime' }]);
  });

  it('`12:30 PM` and `12 noon` are after noon: sent', async () => {
    const r = await collect(times(['9:00 AM', '12:30 PM', '12 noon', '1:00 PM']), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T17:30:00.000Z',
      '2027-03-02T17:00:00.000Z',
      '2027-03-02T18:00:00.000Z',
    ]);
  });
});

/** One row per ISO start, under a plain `Start` header. */
function instants(values: string[]): string {
  return files.write([
    'Appt ID,Start,Patient,DOB,Provider,Status',
    ...values.map((s, i) => `${6001 + i},${s},"${NAMES[i % NAMES.length]}",04/05/19${50 + i},Dr Lee,Booked`),
  ]);
}

describe('a day schedule with Z on each value', () => {
  it('08:00Z to 17:00Z in New York (3 AM to noon there, 3 of 10 before 6 AM): held', async () => {
    const hours = ['08', '09', '10', '11', '12', '13', '14', '15', '16', '17'];
    const r = await collect(instants(hours.map((h) => `2027-03-02T${h}:00:00Z`)), ny);
    expect(r.summary.doubts).toMatchObject([
      {
        check: 'utc-night',
        column: 'Start',
        samples: ['2027-03-02T08:00:00Z', '2027-03-02T09:00:00Z', '2027-03-02T10:00:00Z'],
      },
    ]);
    expect(r.summary.doubts[0]!.message).toContain('3 of 10 would start between 22:01 and 05:59');
  });

  // New York is UTC-5 on 2 March: 10:00Z is 5 AM there, 16:00Z 11 AM.
  it('10:00Z to 16:00Z in a New York winter (5 AM to 11 AM there): held, naming the 5 AM start', async () => {
    const r = await collect(
      instants([
        '2027-03-02T10:00:00Z',
        '2027-03-02T11:30:00Z',
        '2027-03-02T14:00:00Z',
        '2027-03-02T16:00:00Z',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night', samples: ['2027-03-02T10:00:00Z'] }]);
    expect(r.summary.doubts[0]!.message).toContain('1 of 4 would start between 22:01 and 05:59');
    expect(r.summary.doubts[0]!.message).toContain('is 05:00 there');
  });

  it('a New York morning really in UTC (11:00Z to 18:00Z, 6 AM to 1 PM there): sent', async () => {
    const r = await collect(
      instants(['2027-03-02T11:00:00Z', '2027-03-02T14:00:00Z', '2027-03-02T18:00:00Z']),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-02T11:00:00.000Z');
  });

  // Kolkata is UTC+5:30 all year: 09:00Z is 2:30 PM there, 17:00Z 10:30 PM.
  it("Kolkata's own 09:00 to 17:00 marked Z (to 10:30 PM there): held", async () => {
    const r = await collect(
      instants(['2027-03-02T09:00:00Z', '2027-03-02T13:00:00Z', '2027-03-02T17:00:00Z']),
      {
        timeZone: 'Asia/Kolkata',
      },
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night', samples: ['2027-03-02T17:00:00Z'] }]);
  });

  // Dubai is UTC+4: 07:00Z is 11 AM there, 18:00Z 10 PM, an evening clinic's last start.
  it('a Dubai day really in UTC (07:00Z to 18:00Z, 11 AM to 10 PM there): sent', async () => {
    const r = await collect(
      instants(['2027-03-02T07:00:00Z', '2027-03-02T12:00:00Z', '2027-03-02T18:00:00Z']),
      {
        timeZone: 'Asia/Dubai',
      },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[2]!.start.toISOString()).toBe('2027-03-02T18:00:00.000Z');
  });

  it('a zero offset is UTC as well (`+00:00`, milliseconds): held', async () => {
    const r = await collect(instants(['2027-03-02T08:30:00.000+00:00', '2027-03-02T14:00:00.000+00:00']), ny);
    expect(r.summary.doubts).toMatchObject([
      { check: 'utc-night', samples: ['2027-03-02T08:30:00.000+00:00'] },
    ]);
  });

  it("a New York day really in UTC (13:00Z to 22:00Z) goes, as does another zone's offset", async () => {
    const r = await collect(
      instants([
        '2027-03-02T13:00:00Z',
        '2027-03-02T17:30:00Z',
        '2027-03-02T22:00:00Z',
        '2027-03-02T08:00:00-05:00',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T13:00:00.000Z',
      '2027-03-02T17:30:00.000Z',
      '2027-03-02T22:00:00.000Z',
      '2027-03-02T13:00:00.000Z',
    ]);
  });

  it('a day in UTC for London (08:00Z to 17:00Z, 8 AM to 5 PM there): sent', async () => {
    const r = await collect(instants(['2027-03-02T08:00:00Z', '2027-03-02T17:00:00Z']), {
      timeZone: 'Europe/London',
    });
    expect(r.summary.doubts).toEqual([]);
  });
});
