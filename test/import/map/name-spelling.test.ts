// spellingKey's ASCII shortcuts must give the key the word walk gives (spellingWords joined), for
// every ASCII name: the walk is the definition, the shortcuts only skip what changes nothing.
import { describe, expect, it } from 'vitest';
import { spellingKey, spellingWords } from '../../../main/import/map/name-spelling.ts';

const walked = (name: string): string => spellingWords(name).join('');

describe('spellingKey', () => {
  it('joins the words of the spellings of one name (worked out by hand)', () => {
    for (const n of ['Garcia-Lopez', 'Garcia Lopez', 'GARCIA LOPEZ', 'garcialopez', 'García-López'])
      expect(spellingKey(n)).toBe('garcialopez');
    expect(spellingKey("O'Brien")).toBe('obrien');
    expect(spellingKey('O’Brien')).toBe('obrien');
    expect(spellingKey('St. John')).toBe('stjohn');
    expect(spellingKey('Smith2')).toBe('smith2');
    expect(spellingKey('Muñoz')).toBe('munoz');
  });

  it('gives the walk’s key for every printable ASCII name (20,000 random ones and each character)', () => {
    const chars = Array.from({ length: 95 }, (_, k) => String.fromCharCode(32 + k));
    for (const c of chars) expect(spellingKey(`Ab${c}Cd`), JSON.stringify(c)).toBe(walked(`Ab${c}Cd`));
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      const name = Array.from({ length: 1 + next(14) }, () => chars[next(chars.length)]).join('');
      expect(spellingKey(name), JSON.stringify(name)).toBe(walked(name));
    }
  });
});
