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
  it('the whole-file tracker reports the first clash with its line', () => {
    const t = new IdTracker();
    t.see('X1', 'p1', 'd1', 2);
    t.see('X2', 'p2', 'd1', 3);
    t.see('X1', 'p1', 'd1', 4);
    expect(t.clash).toBeUndefined();
    t.see('X2', 'p9', 'd1', 5);
    expect(t.clash).toEqual({ id: 'X2', line: 5 });
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
    // Nor when the order is remembered (settled by earlier exports or by a person).
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
    expect(
      decideDateOrder({ columns: [col('Datum', '27.03.25')], timeZone: 'Europe/Berlin', now }),
    ).toMatchObject({
      order: 'DMY',
      source: 'data',
    });
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
