// The name rules 64d added, each against the wrong send it stops (worked out by hand):
// a patronymic last (patronymic-names.ts), a maiden name after `geb.` or `formerly` (names.ts),
// India's and Malaysia's titles (name-titles.ts), a credential after a family name in its own
// column (names.ts familyNameOfColumn), `y` / `e` / `i` between two surnames
// (compound-given-names.ts) and `بن` in Arabic script (proper-case.ts PARTICLES).
import { describe, expect, it } from 'vitest';
import { joinerBetween } from '../../../main/import/map/compound-given-names.ts';
import { endsInPatronymic, isPatronymic } from '../../../main/import/map/patronymic-names.ts';
import { familyNameOfColumn, splitName } from '../../../main/import/map/names.ts';

describe('a patronymic last shows a name family name first', () => {
  it.each([
    'Ivanov Ivan Ivanovich',
    'Petrova Anna Sergeevna',
    'Shevchenko Taras Hryhorovych',
    'Kovalenko Olena Petrivna',
    'Иванов Иван Иванович',
    'Петрова Анна Сергеевна',
    'Ильина Мария Кузьминична',
    'IVANOV IVAN IVANOVICH',
  ])('%s', (name) => {
    expect(endsInPatronymic(name)).toBe(true);
  });
  it.each([
    'Ivan Ivanovich Ivanov', // given name first: the patronymic between
    'Иван Иванович Иванов',
    'Dmitri Dmitrievich Shostakovich', // a family name in -ich after a patronymic
    'Ivan Ivanovich', // two words: no order to tell
    'John Smith',
    'Mary Ann Smith',
  ])('%s: not', (name) => {
    expect(endsInPatronymic(name)).toBe(false);
  });
  it('a bare ending is no patronymic', () => {
    expect(isPatronymic('ovna')).toBe(false);
    expect(isPatronymic('Ivanovna')).toBe(true);
  });
});

describe('a maiden name or an earlier name after the name is left out', () => {
  it.each<[string, string, string]>([
    ['Mary Jones geb. Schmidt', 'Mary', 'Jones'],
    ['Anna Müller geborene Schmidt', 'Anna', 'Müller'],
    ['Jones, Mary geb. Schmidt', 'Mary', 'Jones'],
    ['Mary Jones formerly Smith', 'Mary', 'Jones'],
    ['Jones, Mary formerly Smith', 'Mary', 'Jones'],
    ['Mary Jones fka Mary Smith', 'Mary', 'Jones'],
    ['Mary Jones f/k/a Mary Smith', 'Mary', 'Jones'],
  ])('%s', (raw, first, last) => {
    expect(splitName(raw)).toMatchObject({ first, last });
  });
  it('the family name Geb stays', () => {
    expect(splitName('Anna Geb')).toMatchObject({ first: 'Anna', last: 'Geb' });
  });
});

describe("India's and Malaysia's titles are no given name", () => {
  it.each<[string, string, string]>([
    ['Shri Ramesh Kumar', 'Ramesh', 'Kumar'],
    ['Smt. Sunita Sharma', 'Sunita', 'Sharma'],
    ['Hj. Ahmad bin Ismail', 'Ahmad', 'bin Ismail'],
    ['Datuk Siti Nurhaliza', 'Siti', 'Nurhaliza'],
  ])('%s', (raw, first, last) => {
    expect(splitName(raw)).toMatchObject({ first, last });
  });
});

describe('a credential after the family name in its own column', () => {
  it.each<[string, string]>([
    ['Smith, MD', 'Smith'],
    ['Smith MD', 'Smith'],
    ['Okafor PhD', 'Okafor'],
    ['Lee, DDS', 'Lee'],
    ['Nguyen DO', 'Nguyen'],
    // names that look like credentials stay
    ['Do', 'Do'],
    ['Nguyen Do', 'Nguyen Do'],
    ['Ma', 'Ma'],
    ['García Márquez', 'García Márquez'],
    ['Smith Jr.', 'Smith'],
  ])('%s: %s', (raw, want) => {
    expect(familyNameOfColumn(raw)).toBe(want);
  });
});

describe('y, e, i between two surnames', () => {
  it.each<[string, string, boolean]>([
    ['Juan', 'Pablo Pérez y', true],
    ['João', 'Silva e', true],
    ['Josep', 'Puig i', true],
    ['John', 'E', false], // an initial
    ['Mary', 'Ann', false],
  ])('%s / %s', (first, middle, want) => {
    expect(joinerBetween(first, middle)).toBe(want);
  });
});

describe('bin in Arabic script stays with the family name', () => {
  it('محمد بن سلمان', () => {
    expect(splitName('محمد بن سلمان')).toMatchObject({ first: 'محمد', last: 'بن سلمان' });
  });
});
