// Start times whose clock a reader cannot trust. (1) Written without AM/PM on a 12-hour clock:
// `1:30` among `9:00`…`11:45` is 1:30 PM to the practice but 01:30 to any reader. A file whose
// plain times stop at 12:xx while some fall between 1:00 and 6:59 is held, never sent at night; a
// 24-hour file (an hour above 12, or 0:xx) and a file that writes AM/PM go as they are, except a
// day clinic's 24-hour file with a start at 1:00–4:59 and no evening: a time typed without its
// PM. (2) At exactly midnight: how .NET and Excel write a date with no time
// (`3/2/2027 12:00:00 AM`); never sent as midnight unless a person confirms. (3) In the hour after
// midnight on a 24-hour clock (`00:30`): nobody is booked then, and a column of visit lengths
// (`Time` = `0:30` beside `Start`) reads so; held, never sent at 00:30.
// Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('twelve-hour');
const { write } = files;

const NAMES = ['Smith, John', 'Brown, Carl', 'White, Dana', 'Green, Eve', 'Black, Fay', 'Stone, Gil'];
/** One row per time, on 2 March 2027, in separate date and time columns. */
function separate(times: string[]): string {
  return write([
    'Date,Time,Patient,DOB,Provider,Status',
    ...times.map((t, i) => `03/02/2027,${t},"${NAMES[i % NAMES.length]}",04/05/19${50 + i},Dr Lee,Booked`),
  ]);
}

describe('times without AM/PM', () => {
  it('holds a file whose times stop at 12:xx but include 1:00–6:59', async () => {
    const r = await collect(separate(['9:30', '11:45', '12:15', '1:30', '3:15']), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toHaveLength(1);
    expect(r.summary.doubts[0]).toMatchObject({
      kind: 'start-time',
      field: 'time',
      column: 'Time',
      samples: ['1:30', '3:15'],
    });
    expect(r.summary.doubts[0]!.message).toContain('2 rows start between 1:00 and 6:59');
  });

  it('holds the same in a date-and-time column', async () => {
    const f = write([
      'Appt Date/Time,Patient,DOB,Provider,Status',
      '03/02/2027 8:00,"Smith, John",04/05/1980,Dr Lee,Booked',
      '03/02/2027 10:30,"Brown, Carl",04/05/1970,Dr Lee,Booked',
      '03/02/2027 2:45,"White, Dana",04/05/1960,Dr Lee,Booked',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([
      { kind: 'start-time', field: 'dateTime', samples: ['03/02/2027 2:45'] },
    ]);
  });

  it('sends a 24-hour file: an hour above 12 proves the clock', async () => {
    const r = await collect(separate(['6:45', '9:30', '13:30', '15:15']), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    // 06:45 EST is 11:45Z; 13:30 EST is 18:30Z (worked out by hand: New York is UTC-5 in March
    // before the 14th).
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T11:45:00.000Z',
      '2027-03-02T14:30:00.000Z',
      '2027-03-02T18:30:00.000Z',
      '2027-03-02T20:15:00.000Z',
    ]);
  });

  it('a time at 0:xx proves a 24-hour clock, yet is asked itself; a morning-only file goes', async () => {
    // 0:30 is no 12-hour clock's (it writes 12:30), so 2:00 and 4:15 are not asked as a lost PM;
    // but nobody is booked at half past midnight, and `0:30` is as often a visit's length.
    const night = await collect(separate(['0:30', '2:00', '4:15']), { timeZone: 'America/New_York' });
    expect(night.summary.doubts.map((d) => [d.check, d.samples])).toEqual([['after-midnight', ['0:30']]]);
    const morning = await collect(separate(['7:30', '9:00', '11:45', '12:30']), {
      timeZone: 'America/New_York',
    });
    expect(morning.summary.doubts).toEqual([]);
  });

  it("holds a day clinic's 24-hour file with one start in the small hours: 2:15 lost its PM", async () => {
    const r = await collect(separate(['8:30', '9:45', '13:15', '2:15']), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([
      { check: 'twelve-hour-clock', kind: 'start-time', column: 'Time', samples: ['2:15'] },
    ]);
    expect(r.summary.doubts[0]!.message).toContain('1 row starts between 1:00 and 4:59');
  });

  it('sends small-hours starts where the file keeps night hours, and 5:00–6:59 as an early list', async () => {
    const night = await collect(separate(['19:00', '22:30', '2:15', '3:40']), {
      timeZone: 'America/New_York',
    });
    expect(night.summary.doubts).toEqual([]);
    // 02:15 EST is 07:15Z (New York is UTC-5 on 2 March 2027), worked out by hand.
    expect(night.appointments.map((a) => a.start.toISOString())).toContain('2027-03-02T07:15:00.000Z');
    const early = await collect(separate(['5:30', '6:15', '9:00', '13:30']), {
      timeZone: 'America/New_York',
    });
    expect(early.summary.doubts).toEqual([]);
  });

  it("holds a day's schedule written in UTC without a 'Z': night starts that read as UTC fall in the day", async () => {
    // Read as UTC, Los Angeles (UTC-7 in summer, UTC-8 in winter) sees 16:00 at 9:00 or 8:00,
    // 21:00 at 14:00 or 13:00 and 1:30 at 18:30 or 17:30 the evening before: a day clinic's hours.
    const la = await collect(separate(['16:00', '17:30', '19:30', '21:00', '1:30']), {
      timeZone: 'America/Los_Angeles',
    });
    expect(la.summary.doubts).toMatchObject([
      { check: 'unmarked-utc', kind: 'start-time', column: 'Time', samples: ['1:30'] },
    ]);
    // Sydney (UTC+11 in March, UTC+10 in winter): 22:00 UTC is 9:00 there, 5:00 UTC is 16:00.
    const sydney = await collect(separate(['22:00', '23:30', '1:00', '3:30', '5:00']), {
      timeZone: 'Australia/Sydney',
    });
    expect(sydney.summary.doubts.map((d) => [d.check, d.samples])).toEqual([
      ['unmarked-utc', ['1:00', '3:30']],
    ]);
  });

  it('sends a night list that does not fit a day when read as UTC', async () => {
    // Read as UTC in Los Angeles, 5:30 is 22:30 (UTC-7) or 21:30 (UTC-8) the evening before:
    // no day clinic's hour, so the night list goes as written. 2 March 2027 is on PST (UTC-8):
    // 02:00 there is 10:00Z, worked out by hand.
    const r = await collect(separate(['22:00', '23:30', '2:00', '5:30']), {
      timeZone: 'America/Los_Angeles',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toContain('2027-03-02T10:00:00.000Z');
  });

  it("is not asked again once a person confirmed that the night times are the clinic's", async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'],
    );
    const file = separate(['16:00', '21:00', '1:30']);
    await answerOn(profile, file, { timeZone: 'America/Los_Angeles', profile });
    const r = await collect(file, { timeZone: 'America/Los_Angeles', profile });
    expect(r.summary.doubts).toEqual([]);
    // 1:30 PST on 2 March 2027 is 09:30Z (UTC-8), worked out by hand.
    expect(r.appointments.map((a) => a.start.toISOString())).toContain('2027-03-02T09:30:00.000Z');
  });

  it('sends a file that writes AM/PM', async () => {
    const r = await collect(separate(['9:30 AM', '11:45 AM', '1:30 PM', '3:15 PM']), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:30:00.000Z',
      '2027-03-02T16:45:00.000Z',
      '2027-03-02T18:30:00.000Z',
      '2027-03-02T20:15:00.000Z',
    ]);
  });

  it('is not asked again once a person confirmed the mapping', async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'],
    );
    const file = separate(['9:30', '1:30']);
    await answerOn(profile, file, { timeZone: 'America/New_York', profile });
    const r = await collect(file, { timeZone: 'America/New_York', profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:30:00.000Z',
      '2027-03-02T06:30:00.000Z',
    ]);
  });
});

describe('starts at exactly midnight', () => {
  it('holds a file with one row at 12:00:00 AM among timed rows', async () => {
    const f = write([
      'Appt Date/Time,Patient,DOB,Provider,Status',
      '3/2/2027 9:00:00 AM,"Smith, John",04/05/1980,Dr Lee,Booked',
      '3/2/2027 2:00:00 PM,"Brown, Carl",04/05/1970,Dr Lee,Booked',
      '3/2/2027 12:00:00 AM,"White, Dana",04/05/1960,Dr Lee,Booked',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([
      { kind: 'start-time', field: 'dateTime', samples: ['3/2/2027 12:00:00 AM'] },
    ]);
    expect(r.summary.doubts[0]!.message).toContain('1 row starts at exactly midnight');
  });

  it('holds a file whose every start is 00:00:00 (dates written as date-times)', async () => {
    const f = write([
      'Start,Patient,DOB,Provider,Status',
      '2027-03-02 00:00:00,"Smith, John",04/05/1980,Dr Lee,Booked',
      '2027-03-03 00:00:00,"Brown, Carl",04/05/1970,Dr Lee,Booked',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => d.kind)).toContain('start-time');
    expect(r.summary.doubts.find((d) => d.kind === 'start-time')!.message).toContain('2 rows start');
  });

  it('a minute past midnight is no date without a time (asked as after midnight); noon is a time like any other', async () => {
    const r = await collect(separate(['0:01', '12:00', '13:30']), { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => [d.check, d.samples])).toEqual([['after-midnight', ['0:01']]]);
    const noon = await collect(separate(['9:00', '12:00', '13:30']), { timeZone: 'America/New_York' });
    expect(noon.summary.doubts).toEqual([]);
  });
});

describe('bare numbers in the time column', () => {
  it('holds the file when one cannot be HHMM (minutes after midnight), even though others read', async () => {
    const f = write([
      'ApptDate,StartTime,Patient,DOB,Provider,Status',
      '03/02/2027,600,"Smith, John",04/05/1980,Dr Lee,Booked', // 600 min = 10:00, read as 06:00
      '03/02/2027,570,"Brown, Carl",04/05/1970,Dr Lee,Booked', // 570 min = 9:30, not HHMM
      '03/02/2027,855,"White, Dana",04/05/1960,Dr Lee,Booked',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    const doubt = r.summary.doubts.find((d) => d.samples.includes('570'));
    expect(doubt).toMatchObject({ kind: 'start-time', field: 'time', column: 'StartTime' });
  });

  it('HHMM times whose minutes are all below 60 go as they are', async () => {
    const f = write([
      'ApptDate,StartTime,Patient,DOB,Provider,Status',
      '03/02/2027,0930,"Smith, John",04/05/1980,Dr Lee,Booked',
      '03/02/2027,1415,"Brown, Carl",04/05/1970,Dr Lee,Booked',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    // 09:30 and 14:15 EST (UTC-5 on 2 March) by hand.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:30:00.000Z',
      '2027-03-02T19:15:00.000Z',
    ]);
  });
});

// UK and Australian systems write `8.30am` and `13.30`; Spanish-speaking ones `9:00 hs`; some
// reports `Noon`. New York is UTC-5 on 2 March 2027 (by hand): 8:30 there is 13:30Z.
describe('dotted times, noon in words, `hs`', () => {
  it('sends dotted times with AM/PM, and noon', async () => {
    const r = await collect(separate(['8.30am', '12.30pm', '4.15 pm', 'Noon', '12 noon']), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T13:30:00.000Z',
      '2027-03-02T17:30:00.000Z',
      '2027-03-02T21:15:00.000Z',
      '2027-03-02T17:00:00.000Z',
      '2027-03-02T17:00:00.000Z',
    ]);
  });

  it('sends 24-hour dotted times and `hs` times from the start-time column', async () => {
    const r = await collect(separate(['8.30', '9.45', '13.30', '9:00 hs', '14:30 hs']), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T13:30:00.000Z',
      '2027-03-02T14:45:00.000Z',
      '2027-03-02T18:30:00.000Z',
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T19:30:00.000Z',
    ]);
  });

  it('holds dotted times without AM/PM that stop at 12.xx, like colon ones', async () => {
    const r = await collect(separate(['9.30', '11.45', '12.15', '1.30', '3.15']), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toMatchObject([
      { kind: 'start-time', field: 'time', column: 'Time', samples: ['1.30', '3.15'] },
    ]);
  });

  it('holds hours with decimals: 8.75 is no clock, so 8.50 is 8:30, not 8:50', async () => {
    const r = await collect(separate(['8.00', '8.50', '13.00', '14.75']), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([
      { kind: 'start-time', field: 'time', column: 'Time', samples: ['14.75'] },
    ]);
  });
});

describe('an evening clinic or a morning list: every start at 7:00–9:59 without AM/PM', () => {
  // A 12-hour clock with its AM/PM left out writes 7 PM as `7:00`, as a 7 AM list does; only
  // another start (10:00–12:59, after 12:59) or a two-digit hour (`07:00`, the 24-hour form)
  // tells. Was sent in the morning without a question.
  it('holds a file whose starts are 7:00, 7:30, 8:15, 9:30 and nothing else', async () => {
    const r = await collect(separate(['7:00', '7:30', '8:15', '9:30']), { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => [d.check, d.column, d.samples])).toEqual([
      ['twelve-hour-clock', 'Time', ['7:00', '7:30', '8:15', '9:30']],
    ]);
    expect(r.summary.doubts[0]!.question).toContain('Are these morning times?');
  });

  it('sends them beside a start at 10:00–12:59, or written 07:00', async () => {
    const day = await collect(separate(['7:00', '8:15', '10:30']), { timeZone: 'America/New_York' });
    expect(day.summary.doubts).toEqual([]);
    const padded = await collect(separate(['07:00', '08:15', '09:30']), { timeZone: 'America/New_York' });
    expect(padded.summary.doubts).toEqual([]);
    // 07:00 EST is 12:00Z (New York is UTC-5 on 2 March 2027).
    expect(padded.appointments[0]!.start.toISOString()).toBe('2027-03-02T12:00:00.000Z');
  });
});

describe('starts in the hour after midnight', () => {
  it('a `Time` column of visit lengths beside the `Start`: held, not sent at 00:30 (was sent so)', async () => {
    const f = write([
      'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Start,Time,Provider,Status',
      'A1,P1,Ann,Lee,01/02/1970,03/15/2027,09:00,0:30,Dr Smith,Scheduled',
      'A2,P2,Bob,Ray,01/02/1971,03/15/2027,13:00,0:45,Dr Smith,Scheduled',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    // Asked which column is the start too (a bare `Time` beside a `Start`: column-doubts.ts).
    expect(r.summary.doubts.map((d) => [d.kind, d.check, d.samples])).toEqual([
      ['column', undefined, ['0:30', '0:45', '09:00', '13:00']],
      ['start-time', 'after-midnight', ['0:30', '0:45']],
    ]);
  });

  it('00:30 under a UTC header is the evening before in New York (8:30 PM EDT): asked nothing', async () => {
    const f = write([
      'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time (UTC),Provider,Status',
      'A1,P1,Ann,Lee,01/02/1970,03/16/2027,00:30,Dr Smith,Scheduled',
      'A2,P2,Bob,Ray,01/02/1971,03/15/2027,14:00,Dr Smith,Scheduled',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-16T00:30:00.000Z',
      '2027-03-15T14:00:00.000Z',
    ]);
  });
});
