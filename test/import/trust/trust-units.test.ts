// The trust gate's pure parts: row counters, id columns, the day/month order decision.
import { describe, expect, it } from 'vitest';
import { isRowCounter } from '../../../main/import/trust/row-counter.ts';
import { IdTracker, judgeIdColumn } from '../../../main/import/trust/id-column.ts';
import { decideDateOrder } from '../../../main/import/trust/date-order-decision.ts';

describe('row counters are not ids', () => {
  it.each([
    [['1', '2', '3', '4'], true],
    [['0', '1', '2'], true],
    [['1', '2', '3', '1', '2', '1'], true], // restarts per page or per day
    [['1.', '2.', '3.'], true],
    [['1', '', '2', '3'], true], // a blank (blocked-time row) in between
    [['1'], true],
    [['1001', '1002', '1003'], false], // real ids counting up from a database sequence
    [['1', '3', '4'], false],
    [['2', '3', '4'], false],
    [['A1', 'A2'], false],
    [['7', '7'], false],
    [[], false],
  ])('%j → %s', (values, expected) => {
    expect(isRowCounter(values)).toBe(expected);
  });
});

describe('an id column must be unique per appointment', () => {
  const row = (id: string, who: string, when: string): { id: string; who: string; when: string } => ({
    id,
    who,
    when,
  });
  it('unique ids, or the same appointment listed twice, pass', () => {
    expect(judgeIdColumn([row('A7', 'p1', 'd1'), row('B9', 'p2', 'd1'), row('A7', 'p1', 'd1')])).toEqual({
      ok: true,
    });
  });
  it('the same value for another patient or another time is not an id', () => {
    expect(judgeIdColumn([row('55', 'p1', 'd1'), row('55', 'p2', 'd1')])).toMatchObject({
      ok: false,
      why: 'not-unique',
      example: '55',
    });
    expect(judgeIdColumn([row('55', 'p1', 'd1'), row('55', 'p1', 'd2')])).toMatchObject({
      ok: false,
      why: 'not-unique',
    });
  });
  it('a row counter is refused as such', () => {
    expect(judgeIdColumn([row('1', 'p1', 'd1'), row('2', 'p2', 'd1'), row('3', 'p3', 'd1')])).toMatchObject({
      ok: false,
      why: 'counter',
    });
  });
  it("the patient's id written again under the appointment id is refused; one row proves nothing", () => {
    const own = (id: string, patientId: string, who: string) => ({ id, who, when: 'd1', patientId });
    expect(judgeIdColumn([own('10021', '10021', 'p1'), own('10022', '10022', 'p2')])).toEqual({
      ok: false,
      why: 'patient-id',
      example: '10021',
    });
    // zero-padded in one column only, and a row without a patient id between
    expect(
      judgeIdColumn([own('0010021', '10021', 'p1'), own('X9', '', 'p3'), own('0010022', '10022', 'p2')]),
    ).toMatchObject({ ok: false, why: 'patient-id' });
    expect(judgeIdColumn([own('10021', '10021', 'p1'), own('88', '10022', 'p2')])).toEqual({ ok: true });
    expect(judgeIdColumn([own('10021', '10021', 'p1')])).toEqual({ ok: true });
  });
  it('the whole-file tracker reports the first clash with its line', () => {
    const t = new IdTracker();
    t.see('X1', 'p1', 'd1', 2);
    t.see('X2', 'p2', 'd1', 3);
    t.see('X1', 'p1', 'd1', 4);
    expect(t.clash).toBeUndefined();
    t.see('X2', 'p9', 'd1', 5);
    // p2 and p9 at one start: a family's or a group's booking.
    expect(t.clash).toEqual({ id: 'X2', line: 5, sameStart: true });
    const u = new IdTracker();
    u.see('X1', 'p1', 'd1', 2);
    u.see('X1', 'p2', 'd2', 3);
    expect(u.clash).toEqual({ id: 'X1', line: 3 });
  });
  it('one value on different patients at one start is a family or group booking', () => {
    expect(judgeIdColumn([row('A100', 'p1', 'd1'), row('A100', 'p2', 'd1')])).toEqual({
      ok: false,
      why: 'not-unique',
      example: 'A100',
      sameStart: true,
    });
    expect(judgeIdColumn([row('A100', 'p1', 'd1'), row('A100', 'p2', 'd2')])).toEqual({
      ok: false,
      why: 'not-unique',
      example: 'A100',
    });
  });
});

describe('day and month order', () => {
  const cols = (...values: string[]): Array<{ header: string; values: string[] }> => [
    { header: 'Date', values },
  ];
  it('the data decides when it proves the order', () => {
    expect(
      decideDateOrder({ columns: cols('03/04/2027', '25/04/2027'), timeZone: 'America/Chicago' }),
    ).toMatchObject({
      order: 'DMY',
      source: 'data',
    });
    expect(decideDateOrder({ columns: cols('04/25/2027'), timeZone: 'Europe/Berlin' })).toMatchObject({
      order: 'MDY',
      source: 'data',
    });
  });
  it('dates proving both orders hold the file', () => {
    const d = decideDateOrder({ columns: cols('25/04/2027', '04/26/2027'), timeZone: 'Europe/Berlin' });
    expect(d.doubt?.kind).toBe('date-order');
    expect(d.doubt?.samples).toEqual(['25/04/2027', '04/26/2027']);
  });
  it('no proof: the order earlier exports settled, else the region', () => {
    const ambiguous = cols('03/04/2027', '05/06/2027');
    expect(
      decideDateOrder({
        columns: ambiguous,
        memory: { order: 'DMY', source: 'data' },
        timeZone: 'America/Chicago',
      }),
    ).toMatchObject({ order: 'DMY', source: 'memory' });
    expect(decideDateOrder({ columns: ambiguous, timeZone: 'America/Chicago' })).toMatchObject({
      order: 'MDY',
      source: 'region',
    });
    expect(decideDateOrder({ columns: ambiguous, timeZone: 'Europe/London' })).toMatchObject({
      order: 'DMY',
      source: 'region',
    });
    expect(decideDateOrder({ columns: ambiguous, timeZone: 'Australia/Sydney' })).toMatchObject({
      order: 'DMY',
      source: 'region',
    });
  });
  it("the region's order putting every appointment months in the past, the other order ahead, holds the file", () => {
    // Excel set to US English at a Sydney practice saved 2026-12-08 as 12/8/2026. Written on
    // 2 December 2026: day-first it is 12 August (112 days gone), month-first 8 December.
    const now = new Date('2026-12-02T00:00:00Z');
    const excel = [
      { header: 'DOB', values: ['3/9/1984', '11/3/1991'] },
      { header: 'Appointment Date', values: ['12/8/2026', '12/8/2026', '12/9/2026'] },
    ];
    const d = decideDateOrder({
      columns: excel,
      timeZone: 'Australia/Sydney',
      now,
      startColumn: 'Appointment Date',
    });
    expect(d).toMatchObject({ order: 'DMY', source: 'region' });
    expect(d.doubt).toMatchObject({ kind: 'date-order', column: 'Appointment Date', samples: ['12/8/2026'] });
    expect(d.doubt!.message).toContain('12 August 2026');
    expect(d.doubt!.message).toContain('8 December 2026');
    // Not when one date is recent or ahead read day-first (a schedule of last month and this).
    const mixed = [{ header: 'Appointment Date', values: ['12/8/2026', '1/12/2026'] }];
    expect(
      decideDateOrder({ columns: mixed, timeZone: 'Australia/Sydney', now, startColumn: 'Appointment Date' })
        .doubt,
    ).toBeUndefined();
    // Not when the other reading is in the past too (last year's appointments, both ways).
    const old = [{ header: 'Appointment Date', values: ['3/4/2025', '5/6/2025'] }];
    expect(
      decideDateOrder({ columns: old, timeZone: 'Australia/Sydney', now, startColumn: 'Appointment Date' })
        .doubt,
    ).toBeUndefined();
    // Nor when a person confirmed the order: that was their answer.
    expect(
      decideDateOrder({
        columns: excel,
        timeZone: 'Australia/Sydney',
        now,
        startColumn: 'Appointment Date',
        memory: { order: 'DMY', source: 'person' },
      }).doubt,
    ).toBeUndefined();
  });
  it('the same hold when earlier exports or another column settled the order, not a person', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    const start = { header: 'Appointment Date', values: ['12/8/2026', '12/9/2026'] };
    // Remembered from earlier exports: day-first, 12 August and 12 September, both gone.
    const remembered = decideDateOrder({
      columns: [start],
      memory: { order: 'DMY', source: 'data' },
      timeZone: 'Australia/Sydney',
      now,
      startColumn: 'Appointment Date',
    });
    expect(remembered).toMatchObject({ order: 'DMY', source: 'memory' });
    expect(remembered.doubt).toMatchObject({ kind: 'date-order', samples: ['12/8/2026'] });
    // Proved by a birth date written like them (`14/3/1978`): still 12 August, 8 December ahead.
    const carried = decideDateOrder({
      columns: [{ header: 'DOB', values: ['14/3/1978'] }, start],
      timeZone: 'Australia/Sydney',
      now,
      startColumn: 'Appointment Date',
    });
    expect(carried).toMatchObject({ order: 'DMY', source: 'data' });
    expect(carried.doubt!.message).toContain('12 August 2026');
    expect(carried.doubt!.message).toContain('8 December 2026');
    // Not when the appointment dates prove their order themselves, however long ago: a weekday
    // beside them (12/8/2026 day-first is 12 August, a Wednesday; month-first 8 December, a Tuesday).
    const weekday = decideDateOrder({
      columns: [start, { header: 'Day and Appointment Date', values: ['Wed 12/8/2026'], of: start.header }],
      memory: { order: 'DMY', source: 'data' },
      timeZone: 'Australia/Sydney',
      now,
      startColumn: 'Appointment Date',
    });
    expect(weekday).toMatchObject({ order: 'DMY', source: 'data' });
    expect(weekday.doubt).toBeUndefined();
  });

  describe("another column's proof settles the appointment dates only when they are written alike", () => {
    // Open Dental at a Sydney practice, opened and saved by Excel set to English (US): the raw
    // `2027-01-05 09:30:00` became `1/5/2027 9:30` (5 January, month-first), `05/03/1965` became
    // `5/3/1965`, and `14/03/1978`, no date month-first, stayed as it was. Today 3 December 2026.
    const now = new Date('2026-12-03T13:00:00Z');
    const excelled = (...starts: string[]) => [
      { header: 'Birthdate', values: ['14/03/1978', '5/3/1965', '22/11/1990', '3/9/2001'] },
      { header: 'AptDateTime', values: starts },
    ];
    const decide = (columns: Array<{ header: string; values: string[] }>, timeZone = 'Australia/Sydney') =>
      decideDateOrder({ columns, timeZone, now, startColumn: columns[columns.length - 1]!.header });

    it('a birth-date column padded in some values and not in others (a spreadsheet rewrote it) holds the file', () => {
      const d = decide(excelled('1/5/2027 9:30', '1/5/2027 10:00', '1/6/2027 14:15'));
      expect(d.doubt).toMatchObject({
        kind: 'date-order',
        check: 'start-date-style',
        column: 'AptDateTime',
        samples: ['1/5/2027 9:30', '14/03/1978'],
      });
      expect(d.doubt!.message).toContain("'14/03/1978'");
      expect(d.doubt!.message).toContain("'5/3/1965'");
    });

    it('the December file: day-first every appointment is months gone, so it is held', () => {
      // 12/7/2026 day-first is 12 July (144 days before today), month-first 7 December.
      const d = decide(excelled('12/7/2026 9:30', '12/7/2026 10:00', '12/8/2026 14:15'));
      expect(d.doubt).toMatchObject({
        kind: 'date-order',
        column: 'AptDateTime',
        samples: ['12/7/2026 9:30'],
      });
      expect(d.doubt!.message).toContain('12 July 2026');
      expect(d.doubt!.message).toContain('7 December 2026');
    });

    it('proof in a column written otherwise: held where the region says the other order or nothing', () => {
      const columns = [
        { header: 'Birthdate', values: ['14/03/1978', '22/11/1990'] },
        { header: 'AptDateTime', values: ['1/5/2027 9:30'] },
      ];
      const ny = decide(columns, 'America/New_York');
      expect(ny).toMatchObject({ order: 'DMY', source: 'data' });
      expect(ny.doubt).toMatchObject({ check: 'start-date-style', samples: ['1/5/2027 9:30', '14/03/1978'] });
      expect(ny.doubt!.message).toContain("America/New_York's region writes month-first");
      expect(decide(columns, 'UTC').doubt?.check).toBe('start-date-style');
      // Where the region says the same, it settles them as it settles a file without proof.
      expect(decide(columns).doubt).toBeUndefined();
    });

    it('a normal export writing both alike goes with the proof, whatever the region', () => {
      const alike = [
        { header: 'Birthdate', values: ['14/03/1978', '05/03/1965'] },
        { header: 'AptDateTime', values: ['05/01/2027 09:30', '06/01/2027 14:15'] },
      ];
      for (const zone of ['Australia/Sydney', 'America/New_York', 'UTC'])
        expect(decide(alike, zone)).toEqual({
          order: 'DMY',
          source: 'data',
          evidence: "'14/03/1978' in column 'Birthdate'",
        });
      // Unpadded both (`d/M/yyyy`), and `d/MM/yyyy` (Windows' Australian short date) both.
      const unpadded = [
        { header: 'DOB', values: ['14/3/1978', '5/3/1965'] },
        { header: 'Date', values: ['5/1/2027', '6/1/2027'] },
      ];
      expect(decide(unpadded, 'America/New_York')).toMatchObject({ order: 'DMY', source: 'data' });
      expect(decide(unpadded, 'America/New_York').doubt).toBeUndefined();
      const monthPadded = [
        { header: 'DOB', values: ['14/03/1978', '5/03/1965'] },
        { header: 'Date', values: ['5/01/2027', '16/01/2027'] },
      ];
      expect(decide(monthPadded).doubt).toBeUndefined();
    });

    it('proved by the birth dates alone, written alike, against the region: asked (59r1, 60c)', () => {
      const alike = [
        { header: 'Birthdate', values: ['14/03/1978', '05/03/1965'] },
        { header: 'AptDateTime', values: ['05/01/2027 09:30', '06/01/2027 14:15'] },
      ];
      const sentColumns = [{ header: 'Birthdate', what: 'birth dates' }];
      const asked = (timeZone: string) =>
        decideDateOrder({ columns: alike, timeZone, now, startColumn: 'AptDateTime', sentColumns });
      const ny = asked('America/New_York');
      expect(ny).toMatchObject({ order: 'DMY', source: 'data' });
      expect(ny.doubt).toMatchObject({
        kind: 'date-order',
        check: 'start-date-style',
        column: 'AptDateTime',
        samples: ['05/01/2027 09:30', '14/03/1978'],
      });
      expect(ny.doubt!.message).toContain("America/New_York's region writes month-first");
      // The region says the same, or nothing: the birth dates settle them.
      expect(asked('Australia/Sydney').doubt).toBeUndefined();
      expect(asked('UTC').doubt).toBeUndefined();
      // A date of the appointment's record (`Date Booked`) beside them proves the visits.
      const booked = { header: 'Date Booked', values: ['15/12/2026'] };
      const withBooked = decideDateOrder({
        columns: [booked, ...alike],
        timeZone: 'America/New_York',
        now,
        startColumn: 'AptDateTime',
        sentColumns,
      });
      expect(withBooked.doubt).toBeUndefined();
    });

    it('a person who set the order has answered', () => {
      const columns = excelled('1/5/2027 9:30');
      for (const answer of [
        { profileOrder: 'DMY' as const },
        { memory: { order: 'DMY' as const, source: 'person' as const } },
      ])
        expect(
          decideDateOrder({
            columns,
            timeZone: 'Australia/Sydney',
            now,
            startColumn: 'AptDateTime',
            ...answer,
          }).doubt,
        ).toBeUndefined();
    });
  });

  it('a file contradicting the settled order is held, never flipped', () => {
    const d = decideDateOrder({
      columns: cols('25/04/2027'),
      memory: { order: 'MDY', source: 'data' },
      timeZone: 'America/Chicago',
    });
    expect(d.order).toBe('MDY');
    expect(d.doubt?.kind).toBe('date-order');
    expect(d.doubt?.message).toContain("this practice's earlier exports");
  });
  it('a zone with no region (UTC) and dates that read both ways: held', () => {
    expect(decideDateOrder({ columns: cols('03/04/2027'), timeZone: 'UTC' }).doubt?.kind).toBe('date-order');
    // ISO dates only: nothing to decide, nothing to ask
    expect(decideDateOrder({ columns: cols('2027-04-03'), timeZone: 'UTC' }).doubt).toBeUndefined();
  });
});

describe('two-digit years that may be written year first', () => {
  // Japan and Korea write 25 March 2027 as 27-03-25; read day-first (a first part above 12 looks
  // like proof) it is 27 March 2025. Worked out by hand, "today" 2 December 2026.
  const now = new Date('2026-12-02T12:00:00Z');
  const col = (header: string, ...values: string[]) => ({ header, values });

  it('holds in a year-first region, even with a first part above 12', () => {
    const d = decideDateOrder({
      columns: [col('Appt Date', '27-03-25', '27-03-26')],
      timeZone: 'Asia/Seoul',
      now,
    });
    expect(d.doubt).toMatchObject({ kind: 'date-order', samples: ['27-03-25'] });
    expect(d.doubt?.message).toContain('2027-03-25');
  });

  it("holds where the file's four-digit dates are year first (a DOB of 1978/04/15)", () => {
    const d = decideDateOrder({
      columns: [col('DOB', '1978/04/15'), col('Appt Date', '27/03/22')],
      timeZone: 'Europe/Berlin',
      now,
    });
    expect(d.doubt).toMatchObject({ kind: 'date-order', samples: ['27/03/22'] });
  });

  it('does not hold a US file (03/02/27 read year first would be 2003) or a European one without a hint', () => {
    expect(
      decideDateOrder({
        columns: [col('DOB', '1978-04-15'), col('Date', '03/02/27')],
        timeZone: 'America/Chicago',
        now,
      }).doubt,
    ).toBeUndefined();
    // Dotted dates are read day-first wherever written, so they prove no order for other dates:
    // Berlin's region settles any there are.
    const dotted = decideDateOrder({ columns: [col('Datum', '27.03.25')], timeZone: 'Europe/Berlin', now });
    expect(dotted).toMatchObject({ order: 'DMY', source: 'region' });
    expect(dotted.doubt).toBeUndefined();
  });

  it('is not asked once a person set the order', () => {
    const d = decideDateOrder({
      columns: [col('Appt Date', '27-03-25')],
      timeZone: 'Asia/Seoul',
      profileOrder: 'DMY',
      now,
    });
    expect(d.doubt).toBeUndefined();
  });
});
