// A Vietnamese name family name first in one column (`Le Thi Mai`: family name Lê, middle name Thị,
// given name Mai) in a practice whose names are otherwise given name first (New Zealand, the US):
// read in the file's order it went as first name Le, last name Mai. Which word is the given name
// cannot be told by rule (`Ly Thi Nguyen` written the Western way is Ly, family name Nguyen), so
// the file is held and asked about once. Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { familyFirstOnLine2 } from './family-first-doubt.ts';

const files = exportFiles('vietnamese-name-order');
const auckland = { timeZone: 'Pacific/Auckland' };
const head = 'NHI,Patient Name,DOB,Appointment Date,Start Time,Practitioner,Status';
/** A day list whose first patient is `name`, beside names written given name first. */
const dayList = (name: string): string[] => [
  head,
  `ABC1234,${name},12/03/1970,15/03/2027,9:00 AM,Dr Aroha Ngata,Booked`,
  'DEF5678,John Smith,01/02/1965,15/03/2027,9:15 AM,Dr Aroha Ngata,Booked',
  'GHI9012,Sarah Wilson,22/07/1988,15/03/2027,9:30 AM,Dr Aroha Ngata,Booked',
];

describe('a Vietnamese name family name first in one column', () => {
  it.each([
    'Le Thi Mai',
    'Nguyen Van An',
    'TRAN THI LAN',
    'Pham Minh Duc',
    'Lê Thị Mai',
    'Huỳnh Văn Tâm',
    // a family name that is no given name, Vietnamese or English, before any given name: Nguyen An
    // would go as first name Nguyen, last name An (An is the given name)
    'Nguyen An',
    'Tran Hoa',
    'Pham Quang Huy',
    'Bùi Lan',
  ])("'%s' holds the file (family-first), its line and not its name in the doubt", async (name) => {
    const r = await collect(files.write(dayList(name)), auckland);
    expect(r.summary.doubts).toMatchObject([familyFirstOnLine2('Patient Name')]);
    // The message's own example is `Le Thi Mai`; a patient's name never appears in it.
    if (name !== 'Le Thi Mai') expect(r.summary.doubts[0]!.message).not.toContain(name);
  });

  it.each([
    'Lan Thi Nguyen',
    'Kim Van Dyke',
    'Van Morrison Jones',
    'Le Mai',
    'Nguyen, Thi Mai',
    // given name first: the family name last, or a family name that is a given name too (Ly, Duong)
    'An Nguyen',
    'Thuy Duong Tran',
    'Ly Pham',
  ])("'%s' (given name first, two words, or with a comma) goes without a question", async (name) => {
    const r = await collect(files.write(dayList(name.includes(',') ? `"${name}"` : name)), auckland);
    expect(r.summary.doubts).toEqual([]);
  });
});
