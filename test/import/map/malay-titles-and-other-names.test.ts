// The name rules of red team 64r2, each on its own: Malaysian titles, `Bin` after a Chinese family
// name, a maiden name in the Last column, `geb` in lower case, a trailing `formerly`, `Y` in capitals
// between surnames, and a patronymic mark starting a First column. Wants worked out by hand.
import { describe, expect, it } from 'vitest';
import { joinerBetween } from '../../../main/import/map/compound-given-names.ts';
import { chineseKoreanFamilyFirst } from '../../../main/import/map/name-words.ts';
import { withoutTitles } from '../../../main/import/map/name-titles.ts';
import { familyNameOfColumn, givenNameOfColumn, splitName } from '../../../main/import/map/names.ts';
import { givenStartsWithMark } from '../../../main/import/map/patronymic-marks.ts';

describe('Malaysian titles', () => {
  it.each<[string, string]>([
    ['Puan Siti binti Ahmad', 'Siti binti Ahmad'],
    ['Encik Ahmad bin Ismail', 'Ahmad bin Ismail'],
    ['Datin Siti binti Ahmad', 'Siti binti Ahmad'],
    ["Dato' Ahmad bin Ismail", 'Ahmad bin Ismail'],
    ['Dato’ Ahmad bin Ismail', 'Ahmad bin Ismail'],
    ['Dato Sri Ahmad bin Ismail', 'Ahmad bin Ismail'],
    ['Datuk Seri Najib Razak', 'Najib Razak'],
    ['Tan Sri Ahmad bin Ismail', 'Ahmad bin Ismail'],
    // Sri alone, or after another title, is a given name; Tan alone a family name
    ['Sri Mulyani Indrawati', 'Sri Mulyani Indrawati'],
    ['Dr. Sri Mulyani', 'Sri Mulyani'],
    ['Tan Ah Kow', 'Tan Ah Kow'],
    ['Marco Dato', 'Marco Dato'],
  ])('%j without its titles: %j', (name, want) => {
    expect(withoutTitles(name)).toBe(want);
  });
});

describe('Bin after a Chinese or Korean family name', () => {
  it.each<[string, boolean]>([
    ['Lee Bin Hong', true],
    ['LEE BIN HONG', true],
    ['Chen Bin Wei', true],
    ['Ahmad Bin Ismail', false],
    ['Ahmad bin Ismail', false],
    ['Lee Bin', false],
    ['Grace Lee Hollis', false],
  ])('%j reads family name first: %s', (name, want) => {
    expect(chineseKoreanFamilyFirst(name)).toBe(want);
  });
});

describe('another name after the name', () => {
  it.each<[string, string]>([
    ['Müller geb. Schmidt', 'Müller'],
    ['Jones nee Smith', 'Jones'],
    ['Jones fka Smith', 'Jones'],
    ['Jones formerly Smith', 'Jones'],
    ['Geb', 'Geb'],
    ['Born', 'Born'],
    ['Nee', 'Nee'],
    ['Aka', 'Aka'],
  ])('Last column %j: %j', (cell, want) => {
    expect(familyNameOfColumn(cell)).toBe(want);
  });

  it.each<[string, string, string]>([
    ['Anna Müller geb Schmidt', 'Anna', 'Müller'],
    ['Mary Jones formerly', 'Mary', 'Jones'],
    ['Mary Jones fka', 'Mary', 'Jones'],
    ['Anna Geb', 'Anna', 'Geb'],
    ['Mary Aka', 'Mary', 'Aka'],
  ])('%j: %s %s', (name, first, last) => {
    const n = splitName(name);
    expect([n?.first, n?.last]).toEqual([first, last]);
  });

  it('First column: the alias left out', () => {
    expect(givenNameOfColumn('Mary geb Schmidt')).toBe('Mary');
  });
});

describe('Y between surnames in capitals', () => {
  it.each<[string, string, boolean]>([
    ['Juan', 'Perez Y', true],
    ['JUAN', 'PEREZ Y', true],
    ['Mary', 'Y', false],
    ['Mary', 'E', false],
    ['MARY', 'ANN E', false],
  ])('%j, middle %j: asked %s', (first, middle, want) => {
    expect(joinerBetween(first, middle)).toBe(want);
  });
});

describe('a First column starting with a patronymic mark', () => {
  it.each<[string, boolean]>([
    ['bin Abdullah', true],
    ['binti Kamaruddin', true],
    ['Binti Kamaruddin', true],
    ['A/L Rajan', true],
    ['Bin Hong', false],
    ['Bin', false],
    ['Muhammad', false],
    ['Muhammad bin', false],
  ])('%j: %s', (given, want) => {
    expect(givenStartsWithMark(given)).toBe(want);
  });
});
