// Breadth of parseDate (issue 9 "Dates"), orderEvidence with weekdays and orderConflict.
// Weekdays worked out by hand: 2026-01-01 is a Thursday, so 2026-12-08 (day 342) is a Tuesday,
// 2026-08-12 (day 224) a Wednesday; 2027-03-01 is a Monday.
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  looksLikeDate,
  orderConflict,
  orderEvidence,
  parseDate,
  type DateOrder,
} from '../../../main/import/map/parse-date.ts';
import { dateHint } from '../../../main/import/map/row-start.ts';

const NOW = new Date('2026-11-25T00:00:00Z');

function read(text: string, order: DateOrder): string {
  const r = parseDate(text, { order, now: NOW });
  return r.ok ? formatDate(r.date) : `refused: ${r.reason}`;
}

describe('parseDate: forms from real exports', () => {
  it.each<[string, DateOrder, string]>([
    // ISO and numeric
    ['2026-12-08', 'DMY', '2026-12-08'],
    ['12/08/2026', 'MDY', '2026-12-08'],
    ['12/08/2026', 'DMY', '2026-08-12'],
    ['8/12/2026', 'DMY', '2026-12-08'],
    ['08.12.2026', 'MDY', '2026-12-08'],
    ['8.12.26', 'DMY', '2026-12-08'],
    // YYYYMMDD
    ['20261208', 'MDY', '2026-12-08'],
    ['19000101', 'DMY', '1900-01-01'],
    ['21001231', 'MDY', '2100-12-31'],
    ['20280229', 'MDY', '2028-02-29'],
    // Day-month-year with a month name, two-digit year under the appointment rule
    ['8-Dec-26', 'MDY', '2026-12-08'],
    ['08-DEC-2026', 'MDY', '2026-12-08'],
    ['8 dec 2026', 'MDY', '2026-12-08'],
    ['8-Jan-27', 'DMY', '2027-01-08'],
    // Weekday in front (agreeing)
    ['Tue 12/08/2026', 'MDY', '2026-12-08'],
    ['Tuesday, December 8, 2026', 'DMY', '2026-12-08'],
    ['TUESDAY, DECEMBER 8, 2026', 'MDY', '2026-12-08'],
    ['Tues. Dec. 8, 2026', 'MDY', '2026-12-08'],
    ['Wed 12/08/2026', 'DMY', '2026-08-12'],
    ['Di., 08.12.2026', 'MDY', '2026-12-08'],
    ['Dienstag, 8. Dezember 2026', 'DMY', '2026-12-08'],
    ['mardi 8 décembre 2026', 'DMY', '2026-12-08'],
    ['mar. 08/12/2026', 'DMY', '2026-12-08'],
    ['martes, 8 de diciembre de 2026', 'DMY', '2026-12-08'],
    ['Mo 01.03.2027', 'DMY', '2027-03-01'],
    ['lunes 1 de marzo de 2027', 'DMY', '2027-03-01'],
    // German
    ['8. Dezember 2026', 'MDY', '2026-12-08'],
    ['1. Januar 2027', 'MDY', '2027-01-01'],
    ['1. Jän. 2027', 'MDY', '2027-01-01'],
    ['1. Jänner 2027', 'MDY', '2027-01-01'],
    ['3. März 2027', 'MDY', '2027-03-03'],
    ['3. Mär 2027', 'MDY', '2027-03-03'],
    ['3. Maerz 2027', 'MDY', '2027-03-03'],
    ['3. Mrz. 2027', 'MDY', '2027-03-03'],
    ['3 Mai 2027', 'MDY', '2027-05-03'],
    ['3. Juni 2027', 'MDY', '2027-06-03'],
    ['3. Juli 2027', 'MDY', '2027-07-03'],
    ['3. Okt. 2027', 'MDY', '2027-10-03'],
    ['24. Dez 2026', 'MDY', '2026-12-24'],
    // French
    ['8 décembre 2026', 'MDY', '2026-12-08'],
    ['8 decembre 2026', 'MDY', '2026-12-08'],
    ['8 déc. 2026', 'MDY', '2026-12-08'],
    ['1er janv. 2027', 'MDY', '2027-01-01'],
    ['2 févr. 2027', 'MDY', '2027-02-02'],
    ['2 fév 2027', 'MDY', '2027-02-02'],
    ['2 fevr 2027', 'MDY', '2027-02-02'],
    ['2 mars 2027', 'MDY', '2027-03-02'],
    ['2 avr. 2027', 'MDY', '2027-04-02'],
    ['2 mai 2027', 'MDY', '2027-05-02'],
    ['2 juin 2027', 'MDY', '2027-06-02'],
    ['2 juil. 2027', 'MDY', '2027-07-02'],
    ['15 août 2027', 'MDY', '2027-08-15'],
    ['15 aout 2027', 'MDY', '2027-08-15'],
    ['2 sept. 2027', 'MDY', '2027-09-02'],
    ['2 oct 2027', 'MDY', '2027-10-02'],
    ['2 nov. 2027', 'MDY', '2027-11-02'],
    // Spanish
    ['8 de diciembre de 2026', 'MDY', '2026-12-08'],
    ['diciembre 8, 2026', 'DMY', '2026-12-08'],
    ['8 dic 2026', 'MDY', '2026-12-08'],
    ['2 ene 2027', 'MDY', '2027-01-02'],
    ['2 de febrero de 2027', 'MDY', '2027-02-02'],
    ['2 mar 2027', 'MDY', '2027-03-02'],
    ['2 abr. 2027', 'MDY', '2027-04-02'],
    ['2 may 2027', 'MDY', '2027-05-02'],
    ['2 jun 2027', 'MDY', '2027-06-02'],
    ['2 jul 2027', 'MDY', '2027-07-02'],
    ['2 ago 2027', 'MDY', '2027-08-02'],
    ['2 sep 2027', 'MDY', '2027-09-02'],
    ['2 sept 2027', 'MDY', '2027-09-02'],
    ['2 de setiembre de 2027', 'MDY', '2027-09-02'],
    ['1º de marzo de 2027', 'MDY', '2027-03-01'],
    // English long forms
    ['December 8, 2026', 'DMY', '2026-12-08'],
    ['Sept 2, 2027', 'DMY', '2027-09-02'],
    ['the 8th of December 2026', 'MDY', '2026-12-08'],
    ['2026-Dec-08', 'MDY', '2026-12-08'],
    // `Mar` is March when it is a date on its own, not the French/Spanish Tuesday.
    ['Mar 8, 2026', 'DMY', '2026-03-08'],
  ])('%s (%s) is %s', (text, order, iso) => {
    expect(read(text, order)).toBe(iso);
  });

  it.each<[string, DateOrder, string]>([
    // A weekday that contradicts the date is an error with a plain reason.
    ['Tue 12/08/2026', 'DMY', "'Tue' but 2026-08-12 is a Wednesday"],
    ['Wed 12/08/2026', 'MDY', "'Wed' but 2026-12-08 is a Tuesday"],
    ['Monday, December 8, 2026', 'MDY', "'Monday' but 2026-12-08 is a Tuesday"],
    ['Mi., 08.12.2026', 'MDY', "'Mi' but 2026-12-08 is a Tuesday"],
    ['jeudi 8 décembre 2026', 'DMY', "'jeudi' but 2026-12-08 is a Tuesday"],
    // YYYYMMDD only as a real date in 1900-2100: otherwise it is an id.
    ['20261301', 'MDY', 'not a date'],
    ['20260230', 'MDY', 'not a date'],
    ['18991231', 'MDY', 'not a date'],
    ['21010101', 'MDY', 'not a date'],
    ['2026120', 'MDY', 'not a date'],
    // Not months, not weekdays, or too short to tell.
    ['8 Ju 2026', 'MDY', 'not a date'],
    ['8 Jui 2026', 'MDY', 'not a date'], // juin or juillet: refused, never guessed
    ['8 Foo 2026', 'MDY', 'not a date'],
    ['Son 08.12.2026', 'MDY', 'not a date'], // Sonntag or Sonnabend
    ['Dec 8 26', 'MDY', 'not a date'],
    ['Funday 12/08/2026', 'MDY', 'not a date'],
    // Shaped right, impossible.
    ['31 Nov 2026', 'MDY', 'day 31 does not exist'],
    ['30. Februar 2027', 'MDY', 'day 30 does not exist'],
  ])('%s (%s) is refused: %s', (text, order, why) => {
    expect(read(text, order)).toContain(why);
  });
});

describe('orderEvidence', () => {
  it.each<[string, DateOrder | undefined]>([
    // the > 12 rule, as before
    ['25/12/2026', 'DMY'],
    ['12/25/2026', 'MDY'],
    ['03/04/2026', undefined],
    ['03.04.2026', 'DMY'],
    // a weekday settles what the numbers cannot
    ['Tue 12/08/2026', 'MDY'], // Dec 8 is a Tuesday, Aug 12 a Wednesday
    ['Wed 12/08/2026', 'DMY'],
    ['Wed, 12/08/2026 9:00 AM', 'DMY'],
    ['mar. 08/12/2026', 'DMY'], // mardi 8 décembre
    ['Thu 12/08/2026', undefined], // neither reading is a Thursday
    ['Tue 08/08/2026', undefined], // both readings are the same day
    ['12/08/2026', undefined],
    ['9:00 AM 12/25/2026', 'MDY'],
    ['December 8, 2026', undefined],
    ['2026-12-08', undefined],
    // `Do` is Thursday (Donnerstag) or Sunday (domingo, domenica): 11/04/2027 is Sunday 11 April
    // or Thursday 4 November, and proves nothing (it had proved month-first)
    ['Do 11/04/2027', undefined],
    ['Do 12/09/2027', undefined],
    // one reading fits neither day: 10/04/2027 is Saturday 10 April or Monday 4 October
    ['Do 10/04/2027', undefined],
    ['Do., 08/04/2027', 'DMY'], // Thursday 8 April; 4 August is a Wednesday
    // French `di` (dimanche): 08/11/2026 is Sunday 8 November or Tuesday 11 August
    ['di 08/11/2026', undefined],
  ])('%s → %s', (text, expected) => {
    expect(orderEvidence(text)).toBe(expected);
  });
});

describe('orderConflict', () => {
  it('reports one value proving each order when a set of values proves both', () => {
    expect(orderConflict(['03/04/2026', '25/12/2026', '01/01/2026', '12/25/2026', '26/12/2026'])).toEqual({
      DMY: '25/12/2026',
      MDY: '12/25/2026',
    });
    expect(orderConflict(['Tue 12/08/2026', ' 13/01/2027 '])).toEqual({
      MDY: 'Tue 12/08/2026',
      DMY: '13/01/2027',
    });
  });

  it('is undefined when the values agree or settle nothing', () => {
    expect(orderConflict(['25/12/2026', '13/01/2027', '03/04/2026'])).toBeUndefined();
    expect(orderConflict(['03/04/2026', '2026-12-25', ''])).toBeUndefined();
    expect(orderConflict([])).toBeUndefined();
  });
});

describe('looksLikeDate', () => {
  it.each([
    ['20261208', true],
    ['8-Dec-26', true],
    ['Tue 12/08/2026', true],
    ['8 de diciembre de 2026', true],
    ['31 Nov 2026', true], // impossible but date-shaped: the column is still a date column
    ['2026-02-30', true],
    ['12345678', false], // an id, not a date
    ['Dr Smith', false],
    ['Room 5 2026', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeDate(text)).toBe(expected);
  });
});

describe('a year typed centuries away', () => {
  it('is no date, and the row error says the year, not a missing day', () => {
    const r = parseDate('3/2/2207', { order: 'MDY' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('not a date to use: the year 2207 is centuries away (a typing error?)');
    expect(parseDate('2/14/1779', { order: 'MDY' })).toMatchObject({ ok: false });
    expect(parseDate('3/2/2199', { order: 'MDY' })).toMatchObject({ ok: true });
    // The fix is the year, not the day/month order setting.
    expect(dateHint('3/2/2207', 'MDY', !r.ok ? r.reason : undefined)).toBe(
      'Correct the year in the scheduling software and export again',
    );
    expect(dateHint('2/30/2027', 'MDY', 'not a real date')).toBe(
      'Check the date format setting (now MM/DD/YYYY)',
    );
  });
});

describe('formatDate: the days it remembers (issue 13, twenty-third pass)', () => {
  // Worked by hand: four digits of year, two of month and day, zeros in front; a field that is no
  // whole number of those digits is written as it is, zeros in front up to the width.
  it.each<[number, number, number, string]>([
    [2026, 12, 1, '2026-12-01'],
    [5, 1, 2, '0005-01-02'],
    [0, 0, 0, '0000-00-00'],
    [9999, 99, 99, '9999-99-99'],
    [10001, 1, 2, '10001-01-02'],
    [-1, 1, 2, '00-1-01-02'],
    [2026, 1.5, 2, '2026-1.5-02'],
    [2026, 0, 100, '2026-00-100'],
    [2026, 1, 0, '2026-01-00'],
    [2026, 100, 1, '2026-100-01'],
  ])('%d, %d, %d → %s, the same on the second call', (year, month, day, text) => {
    expect(formatDate({ year, month, day })).toBe(text);
    expect(formatDate({ year, month, day })).toBe(text);
  });

  it('gives every whole day of a grid the text of the three fields written out', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    const wrong: string[] = [];
    for (let year = -2; year <= 10_002; year += 13)
      for (let month = -1; month <= 101; month++)
        for (const day of [-1, 0, 1, 9, 10, 28, 31, 99, 100, 0.5]) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (formatDate({ year, month, day }) !== text) wrong.push(text);
        }
    expect(wrong).toEqual([]);
  });
});
