// guardianInName's quick reject (one case-insensitive scan of the cell) must let through every cell
// the lower-cased copy held a piece of: the copy's test is the definition, written again here.
import { describe, expect, it } from 'vitest';
import { guardianInName, MAY_NAME_ANOTHER } from '../../../main/import/map/guardian-names.ts';

const PIECES = ['of', '/', 'for', 'attn', 'obo', 'o.b.o'];
const byCopy = (cell: string): boolean => {
  const low = cell.toLowerCase();
  return PIECES.some((p) => low.includes(p)) || /['’]s /.test(low);
};

describe('guardianInName quick reject', () => {
  it('no character but a piece’s own letters and their capitals lower-cases to a piece’s character', () => {
    const wanted = new Set([...PIECES.join(''), "'", '’', 's', ' ']);
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const lowered = c.toLowerCase();
      if (![...lowered].some((x) => wanted.has(x))) continue;
      const itself = wanted.has(c) || (cp < 0x80 && wanted.has(lowered));
      expect(itself, `U+${cp.toString(16)}`).toBe(true);
    }
  });

  it('answers as the lower-cased copy on names and near misses (30,000 random cells)', () => {
    // Single characters (capitals, look-alikes that lower-case or fold oddly) and whole pieces.
    const chars = [..."ofrOFRatnATNbBsS/.'’ -,xyzİKſﬀ"];
    const tokens = [...chars, ...PIECES, ...PIECES.map((p) => p.toUpperCase()), 'aTtN', "'s ", '’S ', 'o.B.'];
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 30000; k++) {
      const cell = Array.from({ length: 1 + next(12) }, () => tokens[next(tokens.length)]).join('');
      expect(MAY_NAME_ANOTHER.test(cell), JSON.stringify(cell)).toBe(byCopy(cell));
    }
    for (const cell of ['Oscar Delgado123', 'Priya Natarajan', 'Walter Kim7', 'Ingrid'])
      expect(MAY_NAME_ANOTHER.test(cell)).toBe(byCopy(cell));
  });

  it('still finds the relations (worked out by hand)', () => {
    expect(guardianInName('Parent of Smith, Tommy')).toBe('Parent of');
    expect(guardianInName('SMITH, TOMMY C/O MARY SMITH')).toBe('C/O');
    expect(guardianInName("Smith, Mary (Tommy's mom)")).toBe("'s mom");
    expect(guardianInName('Smith, Mary for Tommy')).toBe('for');
    expect(guardianInName('Oscar Delgado123')).toBeUndefined();
    expect(guardianInName('Offenbach, Olaf')).toBeUndefined();
  });
});
