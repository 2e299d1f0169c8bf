// AM and PM in other languages (meridiem-words.ts), before or after the time: each read as the
// half of the day CLDR gives it, never dropped (a dropped `em` would send 21:00 as 09:00).
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../../main/import/map/parse-date-time.ts';
import { parseTime } from '../../../main/import/map/parse-time.ts';

const hm = (text: string): string => {
  const r = parseTime(text);
  if (!r.ok) return `refused: ${r.reason}`;
  return `${String(r.time.hour).padStart(2, '0')}:${String(r.time.minute).padStart(2, '0')}`;
};

describe('parseTime: AM/PM in other languages', () => {
  it.each([
    // Spanish (es-ES, es-MX, es-US), with the no-break and narrow no-break spaces ICU 72+ writes.
    ['9:00 p. m.', '21:00'],
    ['9:00\u00a0p.\u00a0m.', '21:00'],
    ['9:00\u202fp.m.', '21:00'],
    ['9:00\u202fPM', '21:00'],
    ['9:15 a. m.', '09:15'],
    // Swedish, Norwegian, Danish; Finnish; German (Austria); Irish; Greek; Arabic; Persian.
    ['9:00 em', '21:00'],
    ['9:00 fm', '09:00'],
    ['9:00 e.m.', '21:00'],
    ['10:30 f.m.', '10:30'],
    ['9.00 ip.', '21:00'],
    ['9.00 ap.', '09:00'],
    ['9:00 nachm.', '21:00'],
    ['9:00 vorm.', '09:00'],
    ['9:00 i.n.', '21:00'],
    ['9:00 r.n.', '09:00'],
    ['9:00 μ.μ.', '21:00'],
    ['9:00 π.μ.', '09:00'],
    ['9:00 م', '21:00'],
    ['9:00 ص', '09:00'],
    ['9:00 ب.ظ.', '21:00'],
    // Before the time: Korean (CLDR 48 `PM 9:00` and `오후 9:00`), Hungarian, Turkish, Chinese.
    ['PM 9:00', '21:00'],
    ['AM 12:30', '00:30'],
    ['오후 9:00', '21:00'],
    ['du. 9:00', '21:00'],
    ['de. 9:00', '09:00'],
    ['ÖS 9:00', '21:00'],
    ['下午9:00', '21:00'],
    ['晚上9:30', '21:30'],
    ['中午12:30', '12:30'],
    ['中午1:30', '13:30'],
    ['凌晨12:30', '00:30'],
    // After the time too (a Windows `h:mm tt` pattern in those languages).
    ['9:00 午後', '21:00'],
    ['9:00 오후', '21:00'],
  ])('%s → %s', (text, want) => {
    expect(hm(text)).toBe(want);
  });

  it('Japanese and Chinese count the hours after noon from 0 (午後0:30 is 12:30); English does not', () => {
    expect(hm('午後0:30')).toBe('12:30');
    expect(hm('午前0:30')).toBe('00:30');
    expect(hm('中午0:30')).toBe('12:30');
    expect(hm('0:30 PM')).toContain('refused');
  });

  it.each([
    ['晚上12:00', 'noon or midnight'],
    ['PM 9:00 AM', 'not a time'],
    ['9:00 nm', "'nm' after the time"],
    ['9:00 em extra', "'extra' after the time"],
  ])('%s is refused (%s)', (text, why) => {
    expect(hm(text)).toContain(why);
  });

  it('reads a marker written before the time inside a date-time cell', () => {
    for (const cell of [
      '2027年3月15日 下午9:00',
      '2027. 3. 15. 오후 9:00',
      '2027/03/15 (월) PM 9:00',
      '15.03.2027 du. 9:00',
    ]) {
      const r = parseDateTime(cell, { order: 'DMY' });
      expect(r.ok && r.kind === 'local' ? [r.date, r.time.hour] : r, cell).toEqual([
        { year: 2027, month: 3, day: 15 },
        21,
      ]);
    }
  });
});
