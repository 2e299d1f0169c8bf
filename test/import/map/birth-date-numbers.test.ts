// A national number that carries the birth date is found whatever way the birth-date column writes
// it: day and month as numbers in either order, or a date whose order is not in question (a month
// name, eight digits). Found by the value variations of the corpus: an Italian list and a
// Norwegian one whose birth dates were written `01-Jan-1980` asked whether the CF / fødselsnummer
// column was the practice's patient id.
import { describe, expect, it } from 'vitest';
import { birthDateNumberColumn, carriesBirthDate } from '../../../main/import/map/birth-date-numbers.ts';

describe('carriesBirthDate with the birth date written out', () => {
  it.each([
    // codice fiscale: 80, A (January), 01
    ['RSSMRA80A01H501U', '01-Jan-1980', true],
    ['RSSMRA80A01H501U', 'Jan 1, 1980', true],
    ['RSSMRA80A01H501U', 'Tuesday, January 1, 1980', true],
    ['RSSMRA80A01H501U', '19800101', true],
    ['RSSMRA80A01H501U', '02-Jan-1980', false],
    // fødselsnummer: DDMMYY 120575, then five digits
    ['12057512345', '12-May-1975', true],
    ['12057512345', '19750512', true],
    ['12057512345', '5 Dec 1975', false],
    // South African ID: YYMMDD 850612
    ['8506125012088', 'June 12, 1985', true],
    ['8506125012088', '1985-06-12', true],
    // personnummer with the century: YYYYMMDD
    ['19850612-1234', '12 Jun 1985', true],
  ])('%s carries %s: %s', (value, dob, carries) => {
    expect(carriesBirthDate(value, dob)).toBe(carries);
  });

  it('a birth date whose order is a guess is still read both ways, and a two-digit year is no birth year', () => {
    // 05/12/1975 is 5 December or 12 May: the number may begin with either.
    expect(carriesBirthDate('12057512345', '05/12/1975')).toBe(true);
    expect(carriesBirthDate('05127512345', '05/12/1975')).toBe(true);
    // `12-May-75`: which century is not said, so nothing is read from it.
    expect(carriesBirthDate('12057512345', '12-May-75')).toBe(false);
  });

  it('a column of codici fiscali beside birth dates with month names is a national number column', () => {
    expect(
      birthDateNumberColumn([
        { value: 'RSSMRA80A01H501U', dob: '01-Jan-1980' },
        { value: 'BNCGLI92M45F205X', dob: '05-Aug-1992' },
        { value: 'SPSFNC75T60F839K', dob: '20-Dec-1975' },
      ]),
    ).toBe(true);
    expect(
      birthDateNumberColumn([
        { value: 'RSSMRA80A01H501U', dob: '01-Feb-1980' },
        { value: 'BNCGLI92M45F205X', dob: '05-Sep-1992' },
      ]),
    ).toBe(false);
  });
});
