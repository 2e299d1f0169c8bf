// The checks of one part of a patient's name, remembered per given name (issue 13's eighteenth
// pass): the bits say what the checks say, the memo never answers for another text (nor after it
// is full and dropped), and in a file a given name seen clean keeps no flag row from being
// refused, nor the reverse. Expected outcomes worked out by hand from the rules.
import { describe, expect, it } from 'vitest';
import {
  COUPLE,
  FLAG_GIVEN,
  FLAG_WORD,
  GARBLED,
  givenNameDoubts,
  namePartDoubts,
  NOT_NAME,
  NUMBER,
  shapeDoubts,
  TITLE,
  WITHHELD,
} from '../../../main/import/map/name-part-doubts.ts';
import { ownString, ownStrings } from '../../../main/import/own-string.ts';
import { collect } from '../convert/support.ts';
import { tempDir } from '../read/read-helpers.ts';

const CHECKS = COUPLE | FLAG_GIVEN | FLAG_WORD | GARBLED | NOT_NAME | NUMBER | TITLE | WITHHELD;

describe('the bits of one name part', () => {
  it.each([
    ['Mike', 0],
    ['Mary Ann', 0],
    // `VIP` is a flag word, a word in capitals among given names, and a masked record's word.
    ['Mike VIP', FLAG_WORD | FLAG_GIVEN | WITHHELD],
    ['Ann & Bo', COUPLE | NOT_NAME],
    ['Jane and John', COUPLE],
    // `©` is no letter: the mark no name is written with, as well as damage.
    ['ClÃ©ment', GARBLED | NOT_NAME],
    ['Jo 12345', NUMBER],
    ['Di ~', NOT_NAME],
    ['Eve NEW', FLAG_GIVEN],
    ['Dr.', TITLE],
    ['CONFIDENTIAL', WITHHELD],
  ])('given name %s', (part, bits) => {
    expect(namePartDoubts(part, true) & CHECKS).toBe(bits);
  });

  it('a family name is never checked as a title or for a flag among given names', () => {
    expect(namePartDoubts('Dr.', false) & CHECKS).toBe(0);
    expect(namePartDoubts('Eve NEW', false) & CHECKS).toBe(0);
  });

  it('the memo answers as the checks do, for repeats and past its bound', () => {
    const memo = givenNameDoubts();
    const parts: string[] = [];
    for (let i = 0; i < 5000; i++)
      parts.push(i % 3 === 0 ? 'Mike' : i % 3 === 1 ? `Mike VIP${i % 7 ? '' : ' 12345'}` : `Ann${i}`);
    const wrong = [...parts, ...parts.reverse()].filter((p) => memo(p) !== namePartDoubts(p, true));
    expect(wrong).toEqual([]);
  });
});

// A family name of ASCII letters and digits alone is answered without the four shape patterns
// (issue 13's nineteenth pass); the answer must be the patterns' own.
describe('a one-word family name', () => {
  const SHAPE = GARBLED | COUPLE | NOT_NAME | NUMBER;

  it.each([
    ['Smith', 0],
    ['Family', COUPLE],
    ['FAMILIA', COUPLE],
    ['et', COUPLE],
    ['Familias', 0],
    ['Anderson', 0],
    ['123', NUMBER],
    ['12', NUMBER], // `John Smith 12`: a list's or a second chart's number, never a family name
    ['7', NUMBER],
    ['Kim123', 0],
    ['123Kim', 0],
    ['', 0],
  ])('%s', (part, bits) => {
    expect(namePartDoubts(part, false) & SHAPE).toBe(bits);
  });

  it('answers as the patterns do for every such text near the words and digits they look for', () => {
    const cores = ['and', 'und', 'et', 'family', 'household', 'familie', 'famille', 'familia', 'smith', 'e'];
    const cased = cores.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
    const edges = ['', 'a', 'Z', '0', '7', '12', '123', 'x9'];
    const texts = new Set<string>();
    for (const w of [...cased, '']) for (const a of edges) for (const z of edges) texts.add(`${a}${w}${z}`);
    for (let n = 0; n <= 6; n++) texts.add('9'.repeat(n));
    const wrong = [...texts].filter((t) => (namePartDoubts(t, false) & SHAPE) !== shapeDoubts(t));
    expect(wrong).toEqual([]);
    // The texts hit both answers of each bit the one-word path gives.
    const all = [...texts].map((t) => shapeDoubts(t));
    expect(all.filter((b) => b === COUPLE).length).toBeGreaterThan(20);
    expect(all.filter((b) => b === NUMBER).length).toBeGreaterThan(5);
  });
});

describe('a file whose given names repeat', () => {
  it('refuses the flagged rows only, whatever came before them', async () => {
    const t = tempDir();
    try {
      const names = [
        'Moss, Mike',
        'Moss, Mike VIP',
        'Hale, Mike',
        'Cole, Mike Self Pay',
        'Ward, Mike',
        'Ward, Mike',
        'Dunn, Di ~',
        'Dunn, Di',
      ];
      const rows = names.map((n, i) => `03/02/2027,${9 + i}:00,"${n}",04/05/198${i},Dr Ng`);
      const r = await collect(
        t.write('names.csv', ['Date,Time,Patient,DOB,Provider', ...rows].join('\r\n')),
        {
          timeZone: 'America/New_York',
        },
      );
      expect(r.errors.map((e) => [e.line, e.value])).toEqual([
        [3, 'Moss, Mike VIP'],
        [5, 'Cole, Mike Self Pay'],
        [8, 'Dunn, Di ~'],
      ]);
      expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
        'Mike Moss',
        'Mike Hale',
        'Mike Ward',
        'Mike Ward',
        'Di Dunn',
      ]);
    } finally {
      t.cleanup();
    }
  });
});

describe('copies of repeated values', () => {
  it('hand out the text ownString gives, also past the bound and for broken text', () => {
    const own = ownStrings(4);
    const values = ['Confirmed', '2027-03-02', 'Arrived', '\ud800x', 'No Show', 'Confirmed', '2027-03-03'];
    for (const v of [...values, ...values]) expect(own(v)).toBe(ownString(v));
  });
});
