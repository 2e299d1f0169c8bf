// A first- or last-name column that holds the whole name (`John Smith` under First Name beside
// `Smith`) is a row error, never "John Smith Smith" on the portal. Expected values by hand.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { repeatsOtherName } from '../../../main/import/map/whole-name-cells.ts';
import { collect, tempDir, writeLines } from '../convert/support.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('repeatsOtherName', () => {
  it.each([
    ['John Smith', 'Smith', true],
    ['Smith, John', 'Smith', true],
    ['SMITH JOHN', 'Smith', true],
    ['José García', 'Garcia', true], // accents do not hide the repeat
    ['Anne-Marie van der Merwe', 'van der Merwe', true],
    ['John', 'Smith', false],
    ['Mary Anne', 'Jones', false],
    ['Li', 'Li', false], // a given name that is the family name is no repeat
    ['Smithson John', 'Smith', false], // a word, not a part of one
    ['Anne-Marie', 'Marie', false], // a hyphenated given name is one word
    ['', 'Smith', false],
    ['John Smith', '', false],
  ])('%s beside %s: %s', (cell, other, expected) => {
    expect(repeatsOtherName(cell, other)).toBe(expected);
  });
});

describe('a name column that holds the whole name', () => {
  it('Surname + Name (the whole name) gives row errors, and a real given-name column still goes', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const whole = writeLines(dir, 'whole.csv', [
      'Date,Time,Surname,Name,DOB,Doctor',
      '02/03/2027,09:00,Smith,John Smith,01/02/1970,Dr Lee',
      '02/03/2027,09:30,Brown,"Brown, Peter",03/04/1990,Dr Lee',
    ]);
    const r = await collect(whole, { timeZone: 'Africa/Johannesburg' });
    expect(r.appointments).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([
      [2, 'John Smith'],
      [3, 'Brown, Peter'],
    ]);
    expect(r.errors[0]!.message).toContain('whole name');

    const given = writeLines(dir, 'given.csv', [
      'Date,Time,Surname,Name,DOB,Doctor',
      '02/03/2027,09:00,Smith,John,01/02/1970,Dr Lee',
      '02/03/2027,09:30,Jones,Mary Anne,12/06/1985,Dr Lee',
    ]);
    const g = await collect(given, { timeZone: 'Africa/Johannesburg' });
    // Johannesburg is UTC+2 all year: 09:00 there is 07:00Z
    expect(
      g.appointments.map((a) => [a.start.toISOString(), a.patient.firstName, a.patient.lastName]),
    ).toEqual([
      ['2027-03-02T07:00:00.000Z', 'John', 'Smith'],
      ['2027-03-02T07:30:00.000Z', 'Mary Anne', 'Jones'], // a first-name column's cell is the given name whole
    ]);
  });

  it('a last-name cell that repeats the first name is a row error too', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = writeLines(dir, 'last.csv', [
      'Appt Date,Appt Time,Last Name,First Name,DOB',
      '03/02/2027,9:00 AM,Smith John,John,02/01/1970',
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.appointments).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.field, e.value])).toEqual([[2, 'lastName', 'Smith John']]);
  });
});
