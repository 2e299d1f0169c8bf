// A date header that states its format (`Appt Date (DD/MM/YYYY)`) settles the day/month order
// when the values do not: a New York practice's DD/MM header is day-first, a London practice's
// MM/DD header month-first. Values or other headers that contradict it hold the file. Expected
// instants worked out by hand: New York is UTC-4 (EDT) from 14 March to 7 November 2027; London
// is UTC+0 until 28 March 2027.
import { describe, expect, it } from 'vitest';
import { statedDateOrder } from '../../../main/import/map/stated-date-order.ts';
import { decideDateOrder } from '../../../main/import/trust/date-order-decision.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('stated-date-order');
const NOW = new Date('2026-12-03T00:00:00Z');

describe('the order a header states', () => {
  it.each([
    ['Appt Date (MM/DD/YYYY)', 'MDY'],
    ['Date (mm/dd/yy)', 'MDY'],
    ['Date (M/D/YYYY)', 'MDY'],
    ['Start (MM/DD/YYYY HH:MM)', 'MDY'],
    ['Appt Date [DD/MM/YY]', 'DMY'],
    ['Date (dd.mm.yyyy)', 'DMY'],
    ['Fecha (dd/mm/aaaa)', 'DMY'],
    ['Date du RDV (jj/mm/aaaa)', 'DMY'],
    ['Termin (TT.MM.JJJJ)', 'DMY'],
    // no day/month order stated
    ['Date (YYYY-MM-DD)', undefined],
    ['Time (hh:mm)', undefined],
    ['Cancelled Y/N', undefined],
    ['Appt Date', undefined],
    ['Dosage (mg/dd)', undefined],
  ])('%s states %s', (header, order) => {
    expect(statedDateOrder(header)).toBe(order);
  });
});

describe('day/month order from the header', () => {
  const col = (header: string, ...values: string[]) => ({ header, values });

  it("settles dates that read both ways, before the practice's region", () => {
    const d = decideDateOrder({
      columns: [col('Appt Date (DD/MM/YYYY)', '03/05/2027')],
      timeZone: 'America/New_York',
      now: NOW,
    });
    expect(d).toMatchObject({ order: 'DMY', source: 'header' });
    expect(d.doubt).toBeUndefined();
  });

  it('is held when the values prove the other order', () => {
    const d = decideDateOrder({
      columns: [col('Appt Date (MM/DD/YYYY)', '13/05/2027')],
      timeZone: 'America/New_York',
      now: NOW,
    });
    expect(d.doubt).toMatchObject({
      kind: 'date-order',
      check: 'stated-date-order',
      samples: ['13/05/2027'],
    });
    expect(d.doubt!.message).toContain("'Appt Date (MM/DD/YYYY)' states month-first");
  });

  it('is held when two headers state both orders', () => {
    const d = decideDateOrder({
      columns: [col('Appt Date (DD/MM/YYYY)', '03/05/2027'), col('DOB (MM/DD/YYYY)', '01/02/1970')],
      timeZone: 'America/New_York',
      now: NOW,
    });
    expect(d.doubt).toMatchObject({ kind: 'date-order', check: 'stated-date-order' });
  });

  it("is held when this practice's earlier exports settled the other order", () => {
    const d = decideDateOrder({
      columns: [col('Appt Date (DD/MM/YYYY)', '03/05/2027')],
      memory: { order: 'MDY', source: 'data' },
      timeZone: 'America/New_York',
      now: NOW,
    });
    expect(d.doubt).toMatchObject({ kind: 'date-order', check: 'stated-date-order' });
  });

  it('yields to the order a person set (their answer)', () => {
    const d = decideDateOrder({
      columns: [col('Appt Date (DD/MM/YYYY)', '03/05/2027')],
      profileOrder: 'MDY',
      timeZone: 'America/New_York',
      now: NOW,
    });
    expect(d).toMatchObject({ order: 'MDY', source: 'setting' });
    expect(d.doubt).toBeUndefined();
  });

  it('agrees with values that prove the same order: settled by the data', () => {
    const d = decideDateOrder({
      columns: [col('Appt Date (DD/MM/YYYY)', '25/05/2027')],
      timeZone: 'America/New_York',
      now: NOW,
    });
    expect(d).toMatchObject({ order: 'DMY', source: 'data' });
    expect(d.doubt).toBeUndefined();
  });
});

describe('a file whose header states the order', () => {
  const head = 'Patient ID,Last Name,First Name,DOB,Appt Date (DD/MM/YYYY),Start,Provider,Status';

  it('a New York practice: DD/MM read day-first (3 May, 4 November), without a question', async () => {
    const r = await collect(
      files.write([
        head,
        '1001,Smith,John,01/02/1970,03/05/2027,9:00 AM,Dr. Lee,Scheduled',
        '1002,Jones,Mary,05/06/1980,04/11/2027,2:30 PM,Dr. Lee,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.summary.dateOrder).toMatchObject({ order: 'DMY', source: 'header' });
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-05-03T13:00:00.000Z',
      '2027-11-04T18:30:00.000Z',
    ]);
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1970-02-01', '1980-06-05']);
  });

  it('a London practice: MM/DD read month-first (5 March, GMT)', async () => {
    const r = await collect(
      files.write([
        head.replace('DD/MM/YYYY', 'MM/DD/YYYY'),
        '1001,Smith,John,01/02/1970,03/05/2027,9:00 AM,Dr. Lee,Scheduled',
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual(['2027-03-05T09:00:00.000Z']);
  });

  it('values that contradict the header hold the file, naming the header and the value', async () => {
    const r = await collect(
      files.write([
        head.replace('DD/MM/YYYY', 'MM/DD/YYYY'),
        '1001,Smith,John,01/02/1970,13/05/2027,9:00 AM,Dr. Lee,Scheduled',
        '1002,Jones,Mary,05/06/1980,04/05/2027,10:30 AM,Dr. Lee,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'date-order', samples: ['13/05/2027'] }]);
  });
});
