// The commas of other scripts in a one-column patient name. The Arabic comma `،` (U+060C) inverts a
// name as `,` does (Arabic catalogue headings: `الجاحظ، عمرو بن بحر`): `الحربي، محمد` is Muhammad of
// the Harbi family. The ideographic `、` and fullwidth `，` are not: Japanese and Chinese write a
// name with a space or nothing after the family name, and `、` lists items (山田、佐藤: two people),
// so such a cell stays a row error. Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { looksLikeLastFirst, withNameComma } from '../../../main/import/map/names.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('name-commas');

const list = (a: string, b: string): string =>
  files.write([
    'Date,Time,Patient,DOB,Provider,Status',
    `03/02/2027,10:00 AM,${a},04/05/1950,Dr Lee,Booked`,
    `03/02/2027,11:00 AM,${b},04/05/1951,Dr Lee,Booked`,
  ]);

describe('commas of other scripts in a name', () => {
  it('the Arabic comma is the Last, First comma, with or without a space around it', () => {
    expect(withNameComma('الحربي، محمد')).toBe('الحربي, محمد');
    expect(withNameComma('الحربي ،محمد')).toBe('الحربي, محمد');
    expect(looksLikeLastFirst('العتيبي، سارة')).toBe(true);
    // No Arabic comma: the same string.
    expect(withNameComma('Smith, John')).toBe('Smith, John');
  });

  it('a column of Arabic names written Family، Given goes as given and family name, without a doubt', async () => {
    const r = await collect(list('الحربي، محمد', 'العتيبي، سارة بنت علي'), { timeZone: 'Asia/Riyadh' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([
      ['محمد', 'الحربي'],
      ['سارة بنت علي', 'العتيبي'],
    ]);
  });

  it('an ideographic or fullwidth comma between two names is no Last, First: each row is refused', async () => {
    const r = await collect(list('山田、太郎', '佐藤，花子'), { timeZone: 'Asia/Tokyo' });
    expect(r.appointments).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [2, 'Patient', '山田、太郎'],
      [3, 'Patient', '佐藤，花子'],
    ]);
    expect(looksLikeLastFirst('山田、太郎')).toBe(false);
  });
});
