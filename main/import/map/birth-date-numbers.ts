// National identity numbers that carry the holder's birth date: South Africa's ID number
// (YYMMDD, then seven digits: 8506125012088), Sweden's personnummer (YYYYMMDD-NNNN or YYMMDD-NNNN),
// Norway's fødselsnummer and Denmark's CPR number (DDMMYY, then five or four digits), Belgium's
// national register number (`85.06.12-123.45`); Poland's PESEL and the Czech and Slovak rodné číslo
// (YYMMDD with the month shifted: PESEL +20 for births from 2000, rodné číslo +50 for women, +20
// or +70 since 2004: `01270311118`, `855612/1234`); Finland's henkilötunnus (DDMMYY, a century
// sign, three digits and a check character: `120385-123A`); Italy's codice fiscale (the birth
// year, a month letter and the day, +40 for women: `RSSMRA80A01H501U`). Each is one per person for
// life, so a column of them follows the patients one-to-one, and it was asked about as the
// practice's patient id (the file held). It is the state's number, never the chart's: the
// practice's system numbers its own records (the SSN is left out the same way, ssn-values.ts).

import { formatDate, parseDate } from './parse-date.ts';

/** The digit strings a birth date is written as at the head of such a number (YYYYMMDD, YYMMDD,
 *  DDMMYY), for each reading of the birth date as written. */
function birthDateHeads(dob: string): string[] {
  return birthDates(dob).flatMap(({ year, month, day }) => {
    const [mm, dd, yy] = [pad(month), pad(day), year.slice(2)];
    return [`${year}${mm}${dd}`, `${yy}${mm}${dd}`, `${dd}${mm}${yy}`];
  });
}

/** Whether `value` is a number of ten digits or more (hyphens, dots, slashes and spaces aside)
 *  that begins with the birth date `dob`, its month as written or shifted as PESEL and the rodné
 *  číslo shift it. */
export function beginsWithBirthDate(value: string, dob: string): boolean {
  const digits = value.trim();
  if (!/^[0-9][0-9 ./-]{8,}[0-9]$/.test(digits)) return false;
  const plain = digits.replace(/[ ./-]/g, '');
  if (plain.length < 10) return false;
  return birthDateHeads(dob).some((head) => plain.startsWith(head)) || shiftedMonthHead(plain, dob);
}

/** The month shifts of PESEL (+20, +40, +60, +80 by century) and the rodné číslo (+50 for women,
 *  +20 and +70 since 2004). */
const MONTH_SHIFTS = [20, 40, 50, 60, 70, 80];

function shiftedMonthHead(plain: string, dob: string): boolean {
  return birthDates(dob).some(({ year, month, day }) =>
    MONTH_SHIFTS.some((k) =>
      plain.startsWith(`${year.slice(2)}${String(month + k).padStart(2, '0')}${pad(day)}`),
    ),
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The readings of a birth date as written: year, month and day; a numeric date (`1985/06/12`,
 *  `12.06.1985`, `12-06-1985`) with day and month in either order, since a date like 04/01 does
 *  not say which it is; one written so that its order is not in question (`12-Jun-1985`,
 *  `June 12, 1985`, `19850612`) as the one date it is. */
function birthDates(dob: string): Array<{ year: string; month: number; day: number }> {
  const parts = dob
    .trim()
    .split(/[^0-9]+/)
    .filter(Boolean);
  const year = parts.find((p) => p.length === 4);
  const short = parts.filter((p) => p.length <= 2).map(Number);
  if (parts.length === 3 && year && short.length === 2) {
    const [a, b] = short as [number, number];
    return [
      { year, month: a, day: b },
      { year, month: b, day: a },
    ].filter((d) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31);
  }
  // Read both ways round: only a date that reads the same either way (a month name, eight digits)
  // is taken, never one whose order would be a guess; a two-digit year is no birth year here.
  const dmy = parseDate(dob, { order: 'DMY', twoDigitYear: 'birth' });
  const mdy = parseDate(dob, { order: 'MDY', twoDigitYear: 'birth' });
  if (!dmy.ok || !mdy.ok || formatDate(dmy.date) !== formatDate(mdy.date) || !/\d{4}/.test(dob)) return [];
  return [{ year: String(dmy.date.year), month: dmy.date.month, day: dmy.date.day }];
}

/** Finland's henkilötunnus: DDMMYY, the century sign, three digits, a check character. */
const HENKILOTUNNUS = /^(\d{6})[-+A-FU-Y]\d{3}[0-9A-Y]$/i;
/** Italy's codice fiscale: six letters of the names, then the birth year, month letter and day
 *  (digits may be letters where two people would share a code: omocodia). */
const CODICE_FISCALE = /^[A-Z]{6}([0-9LMNP-V]{2})([A-EHLMPR-T])([0-9LMNP-V]{2})[A-Z][0-9LMNP-V]{3}[A-Z]$/i;
const CF_MONTHS = 'ABCDEHLMPRST';
/** Omocodia: L-V stand for 0-9 (L M N P Q R S T U V). */
const CF_DIGITS = 'LMNPQRSTUV';

function cfNumber(text: string): number {
  return Number(
    [...text.toUpperCase()].map((c) => (/\d/.test(c) ? c : String(CF_DIGITS.indexOf(c)))).join(''),
  );
}

/** Whether `value` is a national number that carries the birth date `dob` in one of the ways
 *  above (at its head, or as the henkilötunnus and the codice fiscale write it). */
export function carriesBirthDate(value: string, dob: string): boolean {
  const v = value.trim();
  if (beginsWithBirthDate(v, dob)) return true;
  const fi = HENKILOTUNNUS.exec(v);
  if (fi) return birthDates(dob).some((d) => fi[1] === `${pad(d.day)}${pad(d.month)}${d.year.slice(2)}`);
  const cf = CODICE_FISCALE.exec(v);
  if (!cf) return false;
  const yy = cfNumber(cf[1]!);
  const month = CF_MONTHS.indexOf(cf[2]!.toUpperCase()) + 1;
  const day = cfNumber(cf[3]!) % 40;
  return birthDates(dob).some((d) => Number(d.year.slice(2)) === yy && d.month === month && d.day === day);
}

/** Whether nine in ten of the rows that have both a value and a birth date carry a number that
 *  carries that birth date (at least two such rows, so one coincidence decides nothing). */
export function birthDateNumberColumn(pairs: ReadonlyArray<{ value: string; dob: string }>): boolean {
  const both = pairs.filter((p) => p.value.trim() && p.dob.trim());
  const dated = both.filter((p) => carriesBirthDate(p.value, p.dob)).length;
  return both.length >= 2 && dated >= 0.9 * both.length;
}
