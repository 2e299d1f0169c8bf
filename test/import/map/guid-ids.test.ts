// guid-ids: one GUID written in another case, in braces or without dashes is one id; the nil GUID
// is no id (round 62r3: two visits under one GUID in two cases went as two ids, the nil GUID went
// as an appointment's id).
import { describe, expect, it } from 'vitest';
import { guidKey, isNilGuid } from '../../../main/import/map/guid-ids.ts';
import { isZeroId } from '../../../main/import/map/identity.ts';
import { judgeIdColumn } from '../../../main/import/trust/id-column.ts';

const G = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
describe('guidKey', () => {
  it('reads a GUID in each of its written forms as one key', () => {
    const key = '3f2504e04f8941d39a0c0305e82c3301';
    for (const v of [G, G.toUpperCase(), `{${G}}`, `{${G.toUpperCase()}}`, G.replace(/-/g, '')])
      expect(guidKey(v)).toBe(key);
  });
  it('reads no GUID in a number, a 31-digit hex or a GUID with a letter past f', () => {
    expect(guidKey('88101')).toBeUndefined();
    expect(guidKey(G.slice(1))).toBeUndefined();
    expect(guidKey(G.replace('a', 'g'))).toBeUndefined();
  });
});
describe('the nil GUID', () => {
  it('is no id, in each form', () => {
    for (const v of [
      '00000000-0000-0000-0000-000000000000',
      '{00000000-0000-0000-0000-000000000000}',
      '0'.repeat(32),
    ]) {
      expect(isNilGuid(v)).toBe(true);
      expect(isZeroId(v)).toBe(true);
    }
    expect(isZeroId(G)).toBe(false);
    expect(isZeroId('000')).toBe(true);
  });
});
describe('judgeIdColumn', () => {
  it('one GUID in two cases on two visits is one id given twice', () => {
    const v = judgeIdColumn([
      { id: G, who: 'Hollis, Grace', when: '03/22/2027 9:00 AM' },
      { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', who: 'Obi, Adaeze', when: '03/22/2027 10:00 AM' },
      { id: `{${G.toUpperCase()}}`, who: 'Hollis, Grace', when: '03/24/2027 8:30 AM' },
    ]);
    expect(v).toMatchObject({ ok: false, why: 'not-unique' });
  });
});
