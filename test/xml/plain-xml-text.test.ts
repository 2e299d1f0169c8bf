// plainXmlText (the writer's character loop) answers exactly !needsXmlWork (the SPECIAL regex)
// for every UTF-16 code unit, alone, between plain text and as either half of a surrogate pair:
// an appointment the loop calls plain is written without escaping or cleaning.
import { describe, expect, it } from 'vitest';
import { needsXmlWork, plainXmlText } from '../../main/xml/xml-escape.ts';

describe('plainXmlText', () => {
  it('agrees with needsXmlWork for every code unit, alone and inside text', () => {
    let refused = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const v of [ch, `Oscar${ch}`, `${ch}Delgado`, `a${ch}b`]) {
        const want = !needsXmlWork(v);
        if (plainXmlText(v) !== want) expect([c, v, plainXmlText(v)]).toEqual([c, v, want]);
      }
      if (needsXmlWork(ch)) refused++;
    }
    // C0 controls (32), & < > " (4), surrogates (2,048), U+FFFE and U+FFFF (2), worked out by hand.
    expect(refused).toBe(32 + 4 + 2048 + 2);
  });

  it('agrees on surrogate pairs, lone halves and the empty string', () => {
    for (const v of ['', 'Zoë 😀', '\ud83d\ude00', '\ud83d', '\ude00', 'a\ud83db', 'x\uffff', 'O\u2028k']) {
      expect([v, plainXmlText(v)]).toEqual([v, !needsXmlWork(v)]);
    }
  });
});
