// Red team, round 54e: the SHAPES of times and spans US systems write, attacked for wrong sends.
// Compact and military times (`930`, `0930`, `1330`, `9.30`, `9h30`, `9a`, `12n`, `2400`, `0000`),
// noon and midnight in words (`Noon`, `12 noon`, `12m`, `Midnight`), times without AM/PM across
// noon and in evening clinics, lengths instead of an end (`Duration 30`, `Length 0:30`, `1.5`),
// ends before the start (a sleep study, a typo), start and end written as one range
// (`9:00-9:30`, `11:45 AM-12:15`, `8:00a-8:15a`, an en dash in Windows-1252), seconds and
// spreadsheet fractions, a time on the calendar's day zero, offsets after a time, the clock
// change in New York, Indianapolis, Phoenix and Honolulu, and an `Arrive` column with AM/PM beside
// an appointment time without it. Every right outcome was worked out by hand before the probe
// first ran: `heldOrRight` means the file may be held (asked) but, if sent, must be exactly the
// appointments written; a row error is never a wrong send. A probe whose name starts with FAULT
// sent something wrong before its fix.
// Calendar, by hand: 1 January 2027 is a Friday, so 15 March 2027 is a Monday and 14 March the
// second Sunday of March (the clocks go forward at 2:00 in the US), 7 November 2027 the first
// Sunday of November (back at 2:00). Los Angeles is on PDT (UTC-7) on 15 March: 8:00 AM is 15:00Z,
// 9:00 AM 16:00Z, 9:30 AM 16:30Z, 10:15 AM 17:15Z, 12:00 PM 19:00Z, 1:00 PM 20:00Z, 1:30 PM
// 20:30Z, 3:45 PM 22:45Z, 8:00 PM 03:00Z the next day. New York on 14 March is EST (UTC-5)
// before 2:00 and EDT (UTC-4) from 3:00: 1:30 AM is 06:30Z, 8:00 AM 12:00Z. Phoenix keeps MST
// (UTC-7) all year, Honolulu HST (UTC-10); Indianapolis follows New York's changes.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-54e');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => r.summary.doubts.length > 0;
const checks = (r: Result): string[] => r.summary.doubts.map((d) => d.check ?? d.kind);
const LA = 'America/Los_Angeles';
const run = (lines: string[] | string | Uint8Array, timeZone = LA, ext = 'csv'): Promise<Result> =>
  collect(files.write(lines, ext), { timeZone });

/** Each sent appointment as `start last`, or `held`. */
const sent = (r: Result): string[] | 'held' =>
  held(r) ? 'held' : r.appointments.map((a) => `${a.start.toISOString().slice(0, 16)} ${a.patient.lastName}`);
/** Held, or sent exactly `right`: never a wrong appointment. */
const heldOrRight = (r: Result, right: string[]): void => {
  const s = sent(r);
  if (s !== 'held') expect(s).toEqual(right);
};
/** The lines of the row errors, with their fields. */
const failed = (r: Result): string[] => r.errors.map((e) => `${e.line} ${e.field}`);

const PEOPLE = [
  ['"Garcia, Elena"', '02/11/1966'],
  ['"Brown, Peter"', '07/23/1958'],
  ['"Nguyen, Linh"', '12/01/1990'],
  ['"Okafor, Ada"', '05/05/1975'],
] as const;
const LAST = ['Garcia', 'Brown', 'Nguyen', 'Okafor'];
const cell = (v: string): string => (v.includes(',') ? `"${v}"` : v);
/** Rows of `cells` (the columns before the patient) under `head`, one patient each, all booked. */
const table = (head: string, cells: string[][]): string[] => [
  `${head},Patient,DOB,Provider,Status`,
  ...cells.map((c, i) => `${[...c.map(cell), ...PEOPLE[i % 4]!].join(',')},Dr. Ames,Scheduled`),
];
const D = '03/15/2027';
/** A `Date` column of 15 March beside a column `head` of `times`. */
const times = (times: string[], head = 'Time', date = D): string[] =>
  table(
    `Date,${head}`,
    times.map((t) => [date, t]),
  );
/** `utc` starts (`16:30` on 15 March, or a whole `2027-03-16T04:30`) sent in row order to the
 *  four patients; `null` for a row that is not sent. */
const right = (...utc: Array<string | null>): string[] =>
  utc.flatMap((u, i) => (u === null ? [] : [`${u.length === 5 ? `2027-03-15T${u}` : u} ${LAST[i]}`]));

// ---------------------------------------------------------------------------------------------
// A. Compact and military times, noon and midnight
// ---------------------------------------------------------------------------------------------
describe('A. compact and military times, noon and midnight words', () => {
  it('930, 1045, 1330, 1500 under Time: HHMM', async () => {
    expect(sent(await run(times(['930', '1045', '1330', '1500'])))).toEqual(
      right('16:30', '17:45', '20:30', '22:00'),
    );
  });
  it('0930, 1330, 0800, 1615 under Start Time', async () => {
    expect(sent(await run(times(['0930', '1330', '0800', '1615'], 'Start Time')))).toEqual(
      right('16:30', '20:30', '15:00', '23:15'),
    );
  });
  it('9.30, 13.30, 9h30, 14h00 and 0900hrs, 1430hrs', async () => {
    expect(sent(await run(times(['9.30', '13.30', '10.15', '14.45'])))).toEqual(
      right('16:30', '20:30', '17:15', '21:45'),
    );
    expect(sent(await run(times(['9h30', '14h00', '10h15', '15h45'])))).toEqual(
      right('16:30', '21:00', '17:15', '22:45'),
    );
    expect(sent(await run(times(['0900hrs', '1430hrs', '1000hrs', '1100hrs'])))).toEqual(
      right('16:00', '21:30', '17:00', '18:00'),
    );
  });
  it('9a, 1:30p, 10:15a, 3p and 930a, 1230p, 115p, 245p', async () => {
    expect(sent(await run(times(['9a', '1:30p', '10:15a', '3p'])))).toEqual(
      right('16:00', '20:30', '17:15', '22:00'),
    );
    expect(sent(await run(times(['930a', '1230p', '115p', '245p'])))).toEqual(
      right('16:30', '19:30', '20:15', '21:45'),
    );
  });
  it('9:30 pm written among a day’s AM/PM times goes at 9:30 PM (it says so)', async () => {
    expect(sent(await run(times(['9:00 AM', '10:00 AM', '9:30 pm', '2:00 PM'])))).toEqual(
      right('16:00', '17:00', '2027-03-16T04:30', '21:00'),
    );
  });
  it('12n, 12 noon, Noon: 12:00 PM', async () => {
    expect(sent(await run(times(['12n', '12 noon', 'Noon', '8:00A'])))).toEqual(
      right('19:00', '19:00', '19:00', '15:00'),
    );
  });
  it('12m, 12 m., 12M, 12:00 M, 12 mn, Midnight (noon or midnight by who writes it): a row error', async () => {
    for (const v of ['12m', '12 m.', '12M', '12:00 M', '12 mn', 'Midnight', '12 nn']) {
      const r = await run(times(['8:00 AM', v, '1:30 PM', '9:15 AM']));
      expect(sent(r), v).toEqual(right('15:00', null, '20:30', '16:15'));
      expect(failed(r), v).toEqual(['3 time']);
    }
  });
  it('2400 and 24:00 (the end of the day, or the next one’s midnight): a row error, never 00:00', async () => {
    for (const [v, others] of [
      ['2400', ['0800', '1330', '0915']],
      ['24:00', ['08:00', '13:30', '09:15']],
    ] as const) {
      const r = await run(times([others[0], v, others[1], others[2]]));
      heldOrRight(r, right('15:00', null, '20:30', '16:15'));
      if (!held(r)) expect(failed(r)).toEqual(['3 time']);
    }
  });
  it('00:00, 0000 and 12:00 AM among a day’s visits: asked (no time saved, or midnight)', async () => {
    for (const t of [
      ['08:00', '00:00', '13:30', '09:15'],
      ['0800', '0000', '1330', '0915'],
      ['8:00 AM', '12:00 AM', '1:30 PM', '9:15 AM'],
    ])
      expect(checks(await run(times(t)))).toContain('midnight');
  });
  it('12:15 AM among a day’s visits: asked (a program that prints noon’s hour as AM)', async () => {
    expect(checks(await run(times(['8:00 AM', '12:15 AM', '1:30 PM', '9:15 AM'])))).toContain('twelve-am');
  });
  it('130 and 230 (or 0130, 0230) beside 930 and 1030: asked, never 1:30 AM', async () => {
    expect(checks(await run(times(['930', '1030', '130', '230'])))).toContain('twelve-hour-clock');
    expect(checks(await run(times(['0930', '1030', '0130', '0230'])))).toContain('twelve-hour-clock');
  });
  it('bare hours 9, 10, 1, 2 under Time: no time read', async () => {
    expect(held(await run(times(['9', '10', '1', '2'])))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Times without AM/PM: across noon, evening clinics, two clocks in one column
// ---------------------------------------------------------------------------------------------
describe('B. times without AM/PM', () => {
  it('9:30 and 1:15 in a clinic whose day crosses noon: asked', async () => {
    expect(checks(await run(times(['9:30', '1:15', '10:15', '3:45'])))).toContain('twelve-hour-clock');
  });
  it('an evening clinic (5:30, 6:00, 7:00, 8:00) and a list only at 7:00-8:30: asked', async () => {
    expect(checks(await run(times(['7:00', '6:00', '5:30', '8:00'])))).toContain('twelve-hour-clock');
    expect(checks(await run(times(['7:00', '7:30', '8:00', '8:30'], 'Start')))).toContain(
      'twelve-hour-clock',
    );
  });
  it('13:00 and 14:30 beside 9:00 and 2:15 (a 2 PM typed without PM): asked', async () => {
    expect(checks(await run(times(['13:00', '14:30', '9:00', '2:15'])))).toContain('twelve-hour-clock');
  });
  it('an afternoon clinic’s 1:00-4:00 with ends 1:30-4:30: asked', async () => {
    const r = await run(
      table('Date,Start,End', [
        [D, '1:00', '1:30'],
        [D, '2:00', '2:30'],
        [D, '3:00', '3:30'],
        [D, '4:00', '4:30'],
      ]),
    );
    expect(checks(r)).toContain('twelve-hour-clock');
  });
  it('starts without AM/PM beside ends with it (1:00 ending 1:30 PM): asked, never 1 AM', async () => {
    const r = await run(
      table('Date,Start,End', [
        [D, '9:00', '9:30 AM'],
        [D, '1:00', '1:30 PM'],
        [D, '10:00', '10:30 AM'],
        [D, '2:00', '2:30 PM'],
      ]),
    );
    heldOrRight(r, right('16:00', '20:00', '17:00', '21:00'));
  });
  it('an Arrive column with AM/PM beside an appointment time without it: asked', async () => {
    const r = await run(
      table('Date,Arrive,Appt Time', [
        [D, '8:45 AM', '9:00'],
        [D, '12:45 PM', '1:00'],
        [D, '9:45 AM', '10:00'],
        [D, '1:45 PM', '2:00'],
      ]),
    );
    heldOrRight(r, right('16:00', '20:00', '17:00', '21:00'));
  });
  it('an Arrival Time with AM/PM beside a 24-hour Time: the Time goes', async () => {
    const r = await run(
      table('Date,Arrival Time,Time', [
        [D, '8:45 AM', '09:00'],
        [D, '12:45 PM', '13:00'],
        [D, '9:45 AM', '10:00'],
        [D, '1:45 PM', '14:00'],
      ]),
    );
    expect(sent(r)).toEqual(right('16:00', '20:00', '17:00', '21:00'));
  });
});

// ---------------------------------------------------------------------------------------------
// C. A length instead of an end
// ---------------------------------------------------------------------------------------------
describe('C. a length instead of an end', () => {
  it('Duration 30, Length 0:30, Hours 1.5, Dur 00:30 beside the start: the start goes', async () => {
    const starts = right('16:00', '17:00', '20:00', '21:30');
    for (const [head, lens] of [
      ['Duration', ['30', '45', '60', '15']],
      ['Length', ['0:30', '0:45', '1:00', '0:15']],
      ['Hours', ['1.5', '0.5', '1', '0.75']],
      ['Duration', ['1h', '1h 30m', '45m', '30 min']],
    ] as const) {
      const r = await run(
        table(`Date,Time,${head}`, [
          [D, '9:00 AM', lens[0]],
          [D, '10:00 AM', lens[1]],
          [D, '1:00 PM', lens[2]],
          [D, '2:30 PM', lens[3]],
        ]),
      );
      expect(sent(r), head).toEqual(starts);
    }
    // A length written on the 24-hour clock before the start column.
    const r = await run(
      table('Date,Duration,Time', [
        [D, '00:30', '09:00'],
        [D, '00:45', '10:00'],
        [D, '01:00', '13:00'],
        [D, '00:15', '14:30'],
      ]),
    );
    expect(sent(r)).toEqual(starts);
  });
  it('a date and only a length (Length, Duration, Appt Length, Time Required, Visit Time of 0:30 … 1:00): never a start', async () => {
    for (const head of ['Length', 'Duration', 'Appt Length', 'Time Required', 'Time Slot', 'Time'])
      expect(held(await run(times(['0:30', '0:45', '1:00', '0:15'], head))), head).toBe(true);
    for (const head of ['Visit Time', 'Est. Time', 'Time'])
      expect(held(await run(times(['1:30', '2:00', '1:00', '0:45'], head))), head).toBe(true);
  });
  it('a date and a count of minutes or hours (Time (min) 30, Time (hrs) 1.5, 30 min, 0030): never a start', async () => {
    expect(held(await run(times(['30', '45', '60', '15'], 'Time (min)')))).toBe(true);
    expect(held(await run(times(['1.5', '0.5', '1.0', '0.75'], 'Time (hrs)')))).toBe(true);
    expect(held(await run(times(['30 min', '45 min', '60 min', '15 min'])))).toBe(true);
    expect(held(await run(times(['0030', '0045', '0100', '0015'], 'Appt Len')))).toBe(true);
  });
  it('a start and a Time of lengths (0:30) beside it: the start goes', async () => {
    const r = await run(
      table('Start,Time', [
        ['03/15/2027 9:00 AM', '0:30'],
        ['03/15/2027 10:00 AM', '0:45'],
        ['03/15/2027 1:00 PM', '1:00'],
        ['03/15/2027 2:30 PM', '0:15'],
      ]),
    );
    heldOrRight(r, right('16:00', '17:00', '20:00', '21:30'));
  });
  it('90 minutes from a late evening start: the start goes on its own day', async () => {
    const r = await run(
      table('Date,Start,Duration', [
        [D, '23:00', '90'],
        [D, '22:30', '90'],
        [D, '21:00', '90'],
        [D, '20:00', '90'],
      ]),
    );
    expect(sent(r)).toEqual(
      right('2027-03-16T06:00', '2027-03-16T05:30', '2027-03-16T04:00', '2027-03-16T03:00'),
    );
  });
  it('slots (Slot 1, Slots 3 under a 15-minute title): no time', async () => {
    const lines = table('Date,Slot,Slots', [
      [D, '1', '3'],
      [D, '4', '2'],
      [D, '6', '1'],
      [D, '8', '2'],
    ]);
    expect(held(await run(['Schedule 03/15/2027 - 15 min slots', ...lines]))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// D. An end before the start, on the next day, equal to it, or a check-out
// ---------------------------------------------------------------------------------------------
describe('D. ends', () => {
  it('an overnight sleep study 20:00 to 06:00, and the end on the next date column', async () => {
    const night = right('2027-03-16T03:00', '2027-03-16T04:00', '2027-03-16T02:30', '2027-03-16T05:00');
    const r = await run(
      table('Date,Start,End', [
        [D, '20:00', '06:00'],
        [D, '21:00', '07:00'],
        [D, '19:30', '05:30'],
        [D, '22:00', '06:00'],
      ]),
    );
    expect(sent(r)).toEqual(night);
    const r2 = await run(
      table('Start Date,Start Time,End Date,End Time', [
        [D, '8:00 PM', '03/16/2027', '6:00 AM'],
        [D, '9:00 PM', '03/16/2027', '7:00 AM'],
        [D, '7:30 PM', '03/16/2027', '5:30 AM'],
        [D, '10:00 PM', '03/16/2027', '6:00 AM'],
      ]),
    );
    expect(sent(r2)).toEqual(night);
  });
  it('a typo 9:00 AM to 8:30 AM and 10:00 to 1:00 AM: the row is an error, the others go', async () => {
    const r = await run(
      table('Date,Start,End', [
        [D, '9:00 AM', '8:30 AM'],
        [D, '10:00 AM', '10:30 AM'],
        [D, '1:00 PM', '1:30 PM'],
        [D, '2:00 PM', '2:30 PM'],
      ]),
    );
    expect(sent(r)).toEqual(right(null, '17:00', '20:00', '21:00'));
    expect(failed(r)).toEqual(['2 end']);
  });
  it('an end equal to the start, and ends left at 12:00 AM: the starts go', async () => {
    const r = await run(
      table('Date,Start,End', [
        [D, '9:00 AM', '9:00 AM'],
        [D, '10:00 AM', '12:00 AM'],
        [D, '1:00 PM', '1:00 PM'],
        [D, '2:30 PM', '12:00 AM'],
      ]),
    );
    expect(sent(r)).toEqual(right('16:00', '17:00', '20:00', '21:30'));
  });
  it('10:00 to 4:00 without AM/PM, every row (an infusion chair’s morning to afternoon): sent in the morning', async () => {
    // 10 PM to 4 AM would be written on a sleep lab's list beside 8 PM starts; six hours from a
    // morning start is an infusion's day (end-before-start.ts: a lost PM on the end).
    const r = await run(
      table('Date,Start,End', [
        [D, '10:00', '4:00'],
        [D, '10:30', '4:30'],
        [D, '11:00', '5:00'],
        [D, '9:30', '3:30'],
      ]),
    );
    expect(sent(r)).toEqual(right('17:00', '17:30', '18:00', '16:30'));
  });
  it('8:00 to 6:00 without AM/PM (a sleep lab on a 12-hour clock): asked or row errors, never 8 AM', async () => {
    const r = await run(
      table('Date,Start,End', [
        [D, '8:00', '6:00'],
        [D, '8:30', '6:30'],
        [D, '9:00', '7:00'],
        [D, '7:30', '5:30'],
      ]),
    );
    expect(r.appointments).toEqual([]);
  });
  it('only a check-out, an end, or a time out beside the date: never the start', async () => {
    for (const head of [
      'End Time',
      'Appt End',
      'Time Out',
      'Checked Out',
      'Finish',
      'Until',
      'Stop Time',
      'Departure',
      'Discharge Time',
    ])
      expect(held(await run(times(['9:30 AM', '10:30 AM', '1:30 PM', '2:30 PM'], head))), head).toBe(true);
  });
  it('From and To, in either order: From is the start', async () => {
    const starts = right('16:00', '17:00', '20:00', '21:00');
    const rows = [
      ['9:00 AM', '9:30 AM'],
      ['10:00 AM', '10:30 AM'],
      ['1:00 PM', '1:30 PM'],
      ['2:00 PM', '2:30 PM'],
    ];
    expect(
      sent(
        await run(
          table(
            'Date,From,To',
            rows.map(([a, b]) => [D, a!, b!]),
          ),
        ),
      ),
    ).toEqual(starts);
    expect(
      sent(
        await run(
          table(
            'Date,To,From',
            rows.map(([a, b]) => [D, b!, a!]),
          ),
        ),
      ),
    ).toEqual(starts);
    expect(
      sent(
        await run(
          table(
            'Date,End,Start',
            rows.map(([a, b]) => [D, b!, a!]),
          ),
        ),
      ),
    ).toEqual(starts);
  });
});

// ---------------------------------------------------------------------------------------------
// E. Start and end written as one range
// ---------------------------------------------------------------------------------------------
describe('E. a range in one cell', () => {
  const DAY = right('16:00', '17:00', '20:00', '21:00');
  it('9:00 AM - 9:30, 8:00a-8:15a, 9:00AM-9:30AM, an en dash, `to`, and an en dash in Windows-1252', async () => {
    for (const t of [
      ['9:00 AM - 9:30', '10:00 AM - 10:30', '1:00 PM - 1:30', '2:00 PM - 2:30'],
      ['9:00a-9:15a', '10:00a-10:15a', '1:00p-1:15p', '2:00p-2:30p'],
      ['9:00AM-9:30AM', '10:00AM-10:30AM', '1:00PM-1:30PM', '2:00PM-2:30PM'],
      ['9:00 AM – 9:30 AM', '10:00 AM – 10:30 AM', '1:00 PM – 1:30 PM', '2:00 PM – 2:30 PM'],
      ['9:00 AM to 9:30 AM', '10:00 AM to 10:30 AM', '1:00 PM to 1:30 PM', '2:00 PM to 2:30 PM'],
      ['9 - 9:30a', '10 - 10:30a', '1 - 1:30p', '2 - 2:30p'],
    ])
      expect(sent(await run(times(t))), t[0]).toEqual(DAY);
    const cp1252 = Buffer.from(
      `${times([
        '9:00 AM \u2013 9:30 AM',
        '10:00 AM \u2013 10:30 AM',
        '1:00 PM \u2013 1:30 PM',
        '2:00 PM \u2013 2:30 PM',
      ])
        .join('\r\n')
        .replace(/\u2013/g, '\x96')}\r\n`,
      'latin1',
    );
    expect(cp1252.includes(0x96)).toBe(true);
    expect(sent(await run(cp1252))).toEqual(DAY);
  });
  it('only the end says AM/PM: 11:00-1:00 PM is 11 AM, 12:00-1:00 PM noon, 10:00-2:00 PM 10 AM, 9:00-10:00 PM 9 PM', async () => {
    const r = await run(times(['11:00-1:00 PM', '12:00-1:00 PM', '10:00-2:00 PM', '9:00-10:00 PM']));
    expect(sent(r)).toEqual(right('18:00', '19:00', '17:00', '2027-03-16T04:00'));
  });
  it('only the start says AM/PM: 11:45 AM-12:15, 11:30 AM - 1, 9:00 PM - 10:00', async () => {
    const r = await run(times(['11:45 AM-12:15', '11:30 AM - 1', '9:00 PM - 10:00', '2:00 PM-2:30']));
    expect(sent(r)).toEqual(right('18:45', '18:30', '2027-03-16T04:00', '21:00'));
  });
  it('ranges without AM/PM across noon (9:00-9:30 beside 1:00-1:30, 9-9:30 beside 1-1:30): asked', async () => {
    expect(checks(await run(times(['9:00-9:30', '1:00-1:30', '10:00-10:30', '2:00-2:30'])))).toContain(
      'twelve-hour-clock',
    );
    expect(checks(await run(times(['9-9:30', '10-10:30', '11-11:30', '1-1:30'])))).toContain(
      'twelve-hour-clock',
    );
    expect(checks(await run(times(['1:00-1:30', '2:00-2:30', '3:00-3:30', '4:00-4:30'])))).toContain(
      'twelve-hour-clock',
    );
    const r = await run(
      table('Appointment', [
        ['03/15/2027 9:00-9:30'],
        ['03/15/2027 1:00-1:30'],
        ['03/15/2027 10:00-10:30'],
        ['03/15/2027 2:00-2:30'],
      ]),
    );
    expect(checks(r)).toContain('twelve-hour-clock');
  });
  it('a visit across noon typed without AM/PM (11:30-1:00, 12:30-1:00, 12:00-1:00): the start as written (it had been a row error)', async () => {
    // The end lost its PM, as a separate end column's does (end-before-start.ts); the start is
    // read as it is written either way, and the day's other starts (9:00 to 10:30) settle its clock.
    for (const v of ['11:30-1:00', '12:30-1:00', '12:00-1:00', '11:45-12:15']) {
      const r = await run(times(['9:00-9:30', v, '10:00-10:30', '8:00-8:30']));
      const [h, m] = v.split('-')[0]!.split(':');
      const utc = `${String(Number(h) + 7).padStart(2, '0')}:${m}`;
      expect(sent(r), v).toEqual(right('16:00', utc, '17:00', '15:00'));
    }
    // Beside afternoon ranges without AM/PM the file is asked, as before.
    expect(checks(await run(times(['11:30-12:30', '10:00-11:00', '12:30-1:00', '1:00-1:30'])))).toContain(
      'twelve-hour-clock',
    );
    // Six hours at most: 8:00-6:00 without AM/PM (a sleep lab's night, or a long day) stays an error.
    const r = await run(times(['9:00-9:30', '8:00-6:00', '10:00-10:30', '11:00-11:30']));
    expect(failed(r)).toEqual(['3 time']);
  });
  it('a range that ends before it starts written with AM/PM (11:30 PM - 12:30, 11:45 - 12:15 AM): a row error', async () => {
    for (const v of ['11:30 PM - 12:30', '11:45 - 12:15 AM', '9:00 - 12:00 AM']) {
      const r = await run(times([v, '10:00 AM-10:30 AM', '1:00 PM-1:30 PM', '2:00 PM-2:30 PM']));
      expect(sent(r), v).toEqual(right(null, '17:00', '20:00', '21:00'));
      expect(failed(r), v).toEqual(['2 time']);
    }
  });
  it('a length in brackets after the time (9:00 AM (30 min)): no time read', async () => {
    expect(
      held(
        await run(times(['9:00 AM (30 min)', '10:00 AM (30 min)', '1:00 PM (15 min)', '2:00 PM (45 min)'])),
      ),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// F. Seconds, spreadsheet fractions, the calendar's day zero
// ---------------------------------------------------------------------------------------------
describe('F. seconds, fractions and day zero', () => {
  const DAY = right('16:30', '20:00', '17:15', '22:45');
  it('09:30:00.000 and 9:30:59 AM: the time as written', async () => {
    expect(sent(await run(times(['09:30:00.000', '13:00:00.000', '10:15:00.000', '15:45:00.000'])))).toEqual(
      DAY,
    );
    const r = await run(times(['9:30:59 AM', '1:00:00 PM', '10:15:00 AM', '3:45:00 PM']));
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T16:30:59.000Z',
      '2027-03-15T20:00:00.000Z',
      '2027-03-15T17:15:00.000Z',
      '2027-03-15T22:45:00.000Z',
    ]);
  });
  it('Excel’s day fractions, fifteen digits or cut to nine or ten: to the minute', async () => {
    // 9:30 is 570/1440 = 0.3958333…; 13:00 is 0.5416666…; 10:15 is 0.4270833…; 15:45 is 0.65625.
    expect(
      sent(
        await run(
          times(['0.395833333333333', '0.541666666666667', '0.427083333333333', '0.65625'], 'Appt Time'),
        ),
      ),
    ).toEqual(DAY);
    expect(
      sent(await run(times(['0.395833333', '0.5416666667', '0.4270833333', '0.65625'], 'Appt Time'))),
    ).toEqual(DAY);
  });
  it('a fraction that may be a length (0.0208333 = 0:30, 0.0625 = 1:30) beside day fractions: asked', async () => {
    expect(held(await run(times(['0.375', '0.5', '0.4375', '0.0208333333333333'], 'Appt Time')))).toBe(true);
    expect(held(await run(times(['0.375', '0.5416666667', '0.4375', '0.0625'], 'Appt Time')))).toBe(true);
  });
  it('a time on day zero: 1899-12-30T09:30:00, 12/30/1899 9:30, 1900-01-00 09:30', async () => {
    for (const zero of ['1899-12-30T', '12/30/1899 ', '1900-01-00 '])
      expect(
        sent(
          await run(
            times(
              ['09:30', '13:00', '10:15', '15:45'].map(
                (t) => `${zero}${t}${zero.endsWith('T') ? ':00' : ''}`,
              ),
              'Appt Time',
            ),
          ),
        ),
        zero,
      ).toEqual(DAY);
  });
  it('12:00:00 AM on day zero among times: asked (a database’s no-time)', async () => {
    const r = await run(
      times(
        [
          '12/30/1899 9:30:00 AM',
          '12/30/1899 12:00:00 AM',
          '12/30/1899 10:15:00 AM',
          '12/30/1899 3:45:00 PM',
        ],
        'Appt Time',
      ),
    );
    expect(checks(r)).toContain('midnight');
  });
  it('HHMMSS 093000, H:MM:SS 24-hour with one 2:00:00 among day times: asked or not read', async () => {
    expect(held(await run(times(['093000', '130000', '101500', '154500'], 'Appt Time')))).toBe(true);
    expect(checks(await run(times(['09:00:00', '10:30:00', '13:15:00', '2:00:00'])))).toContain(
      'twelve-hour-clock',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// G. An offset after the time in a time column of its own
// ---------------------------------------------------------------------------------------------
describe('G. an offset written after the time', () => {
  it('FAULT: 09:30:00 +00:00 in a Time column beside the Date, a day’s schedule: asked, never 2:30 AM', async () => {
    // Read as the UTC instants they say, 09:30, 13:00, 10:15 and 15:45 are 2:30 AM, 6:00 AM,
    // 3:15 AM and 8:45 AM in Los Angeles: the practice's own day marked UTC, as the same values
    // in one date-time cell (`2027-03-15 09:30:00 +00:00`) are held. They went at 2:30 AM.
    for (const t of [
      ['09:30:00 +00:00', '13:00:00 +00:00', '10:15:00 +00:00', '15:45:00 +00:00'],
      ['09:30:00 +0000', '13:00:00 +0000', '10:15:00 +0000', '15:45:00 +0000'],
      ['09:30:00+00:00', '13:00:00+00:00', '10:15:00+00:00', '15:45:00+00:00'],
    ])
      expect(checks(await run(times(t))), t[0]).toContain('utc-night');
    const one = await run(
      table('Start', [
        ['2027-03-15 09:30:00 +00:00'],
        ['2027-03-15 13:00:00 +00:00'],
        ['2027-03-15 10:15:00 +00:00'],
        ['2027-03-15 15:45:00 +00:00'],
      ]),
    );
    expect(checks(one)).toContain('utc-night');
  });
  it('FAULT: an XML export’s xs:time with +00:00 beside its date: asked', async () => {
    const people = [
      ['Garcia', 'Elena', '1966-02-11'],
      ['Brown', 'Peter', '1958-07-23'],
      ['Nguyen', 'Linh', '1990-12-01'],
      ['Okafor', 'Ada', '1975-05-05'],
    ];
    const at = ['09:30', '13:00', '10:15', '15:45'];
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<Appointments>\n${people
      .map(
        (p, i) =>
          `  <Appointment><Date>2027-03-15</Date><Time>${at[i]}:00+00:00</Time><LastName>${p[0]}</LastName><FirstName>${p[1]}</FirstName><DOB>${p[2]}</DOB><Provider>Dr. Ames</Provider><Status>Scheduled</Status></Appointment>`,
      )
      .join('\n')}\n</Appointments>\n`;
    expect(checks(await run(xml, LA, 'xml'))).toContain('utc-night');
  });
  it('a real UTC day with +00:00 in the Time column (16:30 to 22:45 UTC): converted and sent', async () => {
    const r = await run(times(['16:30:00 +00:00', '20:00:00 +00:00', '17:15:00 +00:00', '22:45:00 +00:00']));
    expect(sent(r)).toEqual(right('16:30', '20:00', '17:15', '22:45'));
  });
  it('the practice’s own offset goes; another (-05:00, or -08:00 in a Los Angeles summer) is asked', async () => {
    const own = await run(
      times(['09:30:00 -07:00', '13:00:00 -07:00', '10:15:00 -07:00', '15:45:00 -07:00']),
    );
    expect(sent(own)).toEqual(right('16:30', '20:00', '17:15', '22:45'));
    expect(
      held(await run(times(['09:30:00 -05:00', '13:00:00 -05:00', '10:15:00 -05:00', '15:45:00 -05:00']))),
    ).toBe(true);
    expect(
      held(
        await run(
          times(['9:30:00 AM -08:00', '1:00:00 PM -08:00', '10:15:00 AM -08:00', '3:45:00 PM -08:00']),
        ),
      ),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// H. The clock change
// ---------------------------------------------------------------------------------------------
describe('H. the spring-forward and fall-back Sundays', () => {
  const spring = (t: string): string[] =>
    table('Date,Time', [
      ['03/14/2027', '1:30 AM'],
      ['03/14/2027', t],
      ['03/14/2027', '8:00 AM'],
      ['03/14/2027', '9:00 AM'],
    ]);
  it('2:30 AM on 14 March (no such time in New York or Indianapolis): a row error', async () => {
    for (const tz of ['America/New_York', 'America/Indiana/Indianapolis']) {
      const r = await run(spring('2:30 AM'), tz);
      expect(sent(r), tz).toEqual(right('2027-03-14T06:30', null, '2027-03-14T12:00', '2027-03-14T13:00'));
      expect(failed(r), tz).toEqual(['3 time']);
    }
  });
  it('2:30 AM on 14 March in Phoenix (MST all year) and Honolulu (HST): the time as written', async () => {
    expect(sent(await run(spring('2:30 AM'), 'America/Phoenix'))).toEqual(
      right('2027-03-14T08:30', '2027-03-14T09:30', '2027-03-14T15:00', '2027-03-14T16:00'),
    );
    expect(sent(await run(spring('2:30 AM'), 'Pacific/Honolulu'))).toEqual(
      right('2027-03-14T11:30', '2027-03-14T12:30', '2027-03-14T18:00', '2027-03-14T19:00'),
    );
    // MDT is no Phoenix clock: asked.
    expect(held(await run(spring('2:30 AM MDT'), 'America/Phoenix'))).toBe(true);
  });
  it('a sleep lab’s 02:30 (24-hour, 0230, ISO) on 14 March in New York: a row error, the night goes', async () => {
    for (const [head, cells] of [
      [
        'Date,Time',
        [
          ['03/14/2027', '20:00'],
          ['03/14/2027', '02:30'],
          ['03/14/2027', '22:00'],
          ['03/14/2027', '23:30'],
        ],
      ],
      [
        'Date,Appt Time',
        [
          ['03/14/2027', '2000'],
          ['03/14/2027', '0230'],
          ['03/14/2027', '2200'],
          ['03/14/2027', '2330'],
        ],
      ],
      [
        'Start',
        [['2027-03-14T20:00:00'], ['2027-03-14T02:30:00'], ['2027-03-14T22:00:00'], ['2027-03-14T23:30:00']],
      ],
    ] as const) {
      const r = await run(
        table(
          head,
          cells.map((c) => [...c]),
        ),
        'America/New_York',
      );
      // 20:00 EDT is 00:00Z on the 15th, 22:00 02:00Z, 23:30 03:30Z.
      expect(sent(r), head).toEqual(right('2027-03-15T00:00', null, '2027-03-15T02:00', '2027-03-15T03:30'));
      expect(
        failed(r).map((f) => f.split(' ')[0]),
        head,
      ).toEqual(['3']);
    }
  });
  it('1:30 AM on 7 November (twice in New York, once in Phoenix) among day times: asked or a row error', async () => {
    const fall = table('Date,Time', [
      ['11/07/2027', '12:30 AM'],
      ['11/07/2027', '1:30 AM'],
      ['11/07/2027', '8:00 AM'],
      ['11/07/2027', '9:00 AM'],
    ]);
    const ny = await run(fall, 'America/New_York');
    expect(ny.appointments.some((a) => a.patient.lastName === 'Brown')).toBe(false);
    expect(held(await run(fall, 'America/Phoenix'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// I. A date-time column beside a column headed as the start's time
// ---------------------------------------------------------------------------------------------
describe('I. a date-time beside the start time', () => {
  const DAY = right('16:30', '20:00', '17:15', '22:45');
  const TIMES = ['9:30 AM', '1:00 PM', '10:15 AM', '3:45 PM'];
  it('FAULT: Appt Date = 03/15/2027 10:22:00 on every row (when the query ran) beside Appt Time: asked, never all at 10:22', async () => {
    const r = await run(
      table(
        'Appt Date,Appt Time',
        TIMES.map((t) => ['03/15/2027 10:22:00', t]),
      ),
    );
    heldOrRight(r, DAY);
    expect(r.summary.doubts.map((d) => d.column)).toContain('Appt Date');
  });
  it('FAULT: Appt Date kept at noon (03/15/2027 12:00:00 PM) beside times on day zero or HHMM: asked, never all at noon', async () => {
    for (const t of [
      ['12/30/1899 9:30:00 AM', '12/30/1899 1:00:00 PM', '12/30/1899 10:15:00 AM', '12/30/1899 3:45:00 PM'],
      ['0930', '1300', '1015', '1545'],
    ]) {
      const r = await run(
        table(
          'Appt Date,Appt Time',
          t.map((v) => ['03/15/2027 12:00:00 PM', v]),
        ),
      );
      heldOrRight(r, DAY);
      expect(held(r), t[0]).toBe(true);
    }
  });
  it('FAULT: a Start whose clock is another than the Appt Time beside it on one row: asked', async () => {
    const r = await run(
      table('Start,Appt Time', [
        ['03/15/2027 9:00 AM', '9:30 AM'],
        ['03/15/2027 1:00 PM', '1:00 PM'],
        ['03/15/2027 10:15 AM', '10:15 AM'],
        ['03/15/2027 3:45 PM', '3:45 PM'],
      ]),
    );
    expect(held(r)).toBe(true);
  });
  it('a bare Time beside a date-time at one clock on every row is asked; beside a day’s starts it is a check-in and the start goes', async () => {
    const r = await run(
      table(
        'Appt Date,Time',
        TIMES.map((t) => ['03/15/2027 10:22:00', t]),
      ),
    );
    heldOrRight(r, DAY);
    expect(held(r)).toBe(true);
    const checkIn = await run(
      table('Start,Time', [
        ['03/15/2027 9:30 AM', '9:22 AM'],
        ['03/15/2027 1:00 PM', ''],
        ['03/15/2027 10:15 AM', '10:20 AM'],
        ['03/15/2027 3:45 PM', '3:40 PM'],
      ]),
    );
    heldOrRight(checkIn, DAY);
  });
  it('answered by mapping the date-time column as the date and the time column as the time: the times go', async () => {
    const head = 'Appt Date,Appt Time,Patient,DOB,Provider,Status';
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      head.split(','),
    );
    const file = files.write(
      table(
        'Appt Date,Appt Time',
        TIMES.map((t) => ['03/15/2027 10:22:00', t]),
      ),
    );
    expect(sent(await collect(file, { timeZone: LA, profile }))).toEqual(DAY);
  });
  it('still one start: the same clock on every row (also 13:00 beside 1:00, and 16:30Z beside 9:30 AM in Los Angeles)', async () => {
    expect(
      sent(
        await run(
          table(
            'Appt Date,Appt Time',
            TIMES.map((t) => [`03/15/2027 ${t}`, t]),
          ),
        ),
      ),
    ).toEqual(DAY);
    const r = await run(
      table('Start,Time', [
        ['03/15/2027 09:30', '9:30'],
        ['03/15/2027 13:00', '1:00'],
        ['03/15/2027 10:15', '10:15'],
        ['03/15/2027 15:45', '3:45'],
      ]),
    );
    expect(sent(r)).toEqual(DAY);
    const z = await run(
      table('Start,Appt Time', [
        ['2027-03-15T16:30:00Z', '9:30 AM'],
        ['2027-03-15T20:00:00Z', '1:00 PM'],
        ['2027-03-15T17:15:00Z', '10:15 AM'],
        ['2027-03-15T22:45:00Z', '3:45 PM'],
      ]),
    );
    expect(sent(z)).toEqual(DAY);
  });
  it('still one start: a day written at midnight beside a from_time date-time (SequelMed)', async () => {
    const r = await run(
      table('appointment_date,from_time', [
        ['11/5/2027 00:00:00', '11/5/2027 08:15:00'],
        ['11/5/2027 00:00:00', '11/5/2027 13:00:00'],
        ['11/5/2027 00:00:00', '11/5/2027 10:15:00'],
        ['11/5/2027 00:00:00', '11/5/2027 15:45:00'],
      ]),
    );
    // 5 November 2027 is still on PDT (UTC-7) in Los Angeles: the clocks go back on the 7th.
    expect(sent(r)).toEqual(
      right('2027-11-05T15:15', '2027-11-05T20:00', '2027-11-05T17:15', '2027-11-05T22:45'),
    );
  });
  it('a Duration of 0:45 beside a Start is no start time: the Start goes', async () => {
    const r = await run(
      table('Start,Duration', [
        ['3/15/2027 9:30am', '0:45'],
        ['3/15/2027 1:00pm', '0:30'],
        ['3/15/2027 10:15am', '0:45'],
        ['3/15/2027 3:45pm', '1:00'],
      ]),
    );
    expect(sent(r)).toEqual(DAY);
  });
});
