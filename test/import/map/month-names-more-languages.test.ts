// Month and weekday names in Italian, Portuguese, Dutch, Polish, Croatian, Hungarian, Turkish and
// Finnish (CLDR's format names, as ICU and Windows write a long or medium date), and the words
// that name two months in two languages, which are read as neither.
import { describe, expect, it } from 'vitest';
import { monthFromName, weekdaysFromName } from '../../../main/import/map/month-names.ts';
import { parseDate } from '../../../main/import/map/parse-date.ts';

describe('monthFromName: more languages', () => {
  it.each([
    ['gennaio', 1],
    ['gen', 1],
    ['mag', 5],
    ['giugno', 6],
    ['lug', 7],
    ['ott', 10],
    ['março', 3],
    ['out.', 10],
    ['dezembro', 12],
    ['maart', 3],
    ['mrt.', 3],
    ['mei', 5],
    ['stycznia', 1],
    ['marca', 3],
    ['lipca', 7],
    ['października', 10],
    ['grudnia', 12],
    ['lipnja', 6],
    ['studenoga', 11],
    ['március', 3],
    ['szept.', 9],
    ['Mart', 3],
    ['Mayıs', 5],
    ['Kasım', 11],
    ['Ağustos', 8],
    ['maaliskuuta', 3],
    ['marraskuuta', 11],
    ['kesäkuu', 6],
    ['maalisk.', 3],
    // English abbreviations stay as they were beside Finnish `marraskuu` and Turkish `mart`.
    ['Mar', 3],
    ['Nov', 11],
  ])('%s → %i', (word, month) => {
    expect(monthFromName(word)).toBe(month);
  });

  it.each([
    ['listopad', 'October in Croatian, November in Polish and Czech'],
    ['listopada', 'the genitive of both'],
    ['lis', 'Polish November or Croatian October'],
    ['lip', 'Polish July (lipiec) or Croatian June (lipanj)'],
  ])('%s names two months (%s): read as neither', (word) => {
    expect(monthFromName(word)).toBeUndefined();
  });
});

describe('weekdaysFromName: more languages', () => {
  it.each([
    ['lunedì', 1],
    ['segunda-feira', 1],
    ['sexta', 5],
    ['maandag', 1],
    ['poniedziałek', 1],
    ['środa', 3],
    ['torstai', 4],
    ['Pazar', 0],
    ['Pazartesi', 1],
    ['Cuma', 5],
    ['Cumartesi', 6],
  ])('%s → %i', (word, day) => {
    expect(weekdaysFromName(word)).toEqual([day]);
  });
});

describe('parseDate: long and medium dates in those languages', () => {
  it.each([
    '15 marzo 2027',
    'lunedì 15 marzo 2027',
    '15 de março de 2027',
    'segunda-feira, 15 de março de 2027',
    '15 de mar. de 2027',
    '15 maart 2027',
    '15 mrt. 2027',
    'maandag 15 maart 2027',
    '15 marca 2027',
    'poniedziałek, 15 marca 2027',
    '15. maaliskuuta 2027',
    'maanantai 15. maaliskuuta 2027',
    '2027. március 15.',
    '2027. március 15., hétfő',
    '15 Mart 2027 Pazartesi',
    'mandag den 15. marts 2027',
  ])('%s is 2027-03-15', (text) => {
    const r = parseDate(text, { order: 'DMY' });
    expect(r.ok ? r.date : r).toEqual({ year: 2027, month: 3, day: 15 });
  });

  it('a weekday that disagrees is still refused in the new languages', () => {
    const r = parseDate('martedì 15 marzo 2027', { order: 'DMY' });
    expect(r.ok ? r.date : r.reason).toContain('Monday');
  });
});
