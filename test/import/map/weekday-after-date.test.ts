// A weekday written after the date, as Hungarian lists (`2027. 03. 15. hétfő`), German and Nordic
// agendas (`15.03.2027 Mo`, `15.03.2027 (Mo.)`) and Korean ones (`2027/03/15 월`) print it. The
// weekday must be the date's, or the row fails (a wrong day or a wrong date: never sent either
// way); one that fits one reading only settles a slashed date's day/month order.
// By hand: 1 January 2027 is a Friday; 15 March is 31 + 28 + 14 = 73 days later, 10 weeks and
// 3 days: a Monday, and 16-21 March Tuesday to Sunday; 8 March a Monday; 3 August 2027 (148 days
// after Monday 8 March: 21 weeks and a day) a Tuesday.
import { describe, expect, it } from 'vitest';
import { looksLikeDate, orderEvidence, parseDate } from '../../../main/import/map/parse-date.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('weekday-after');
const dmy = { order: 'DMY' as const };

describe('a weekday after the date', () => {
  it.each([
    ['2027. 03. 15. hétfő'],
    ['2027. 03. 16. kedd'],
    ['2027.03.17. szerda'],
    ['2027. 03. 18. csütörtök'],
    ['2027. 03. 19. péntek'],
    ['2027. 03. 20. szombat'],
    ['2027. 03. 21. vasárnap'],
    ['15.03.2027 Mo'],
    ['15.03.2027 (Mo.)'],
    ['16.03.2027 Di'],
    ['15.03.2027 Montag'],
    ['15.03.2027, mandag'],
    ['2027/03/15 월'],
  ])('%s is read, its weekday the date’s', (text) => {
    const r = parseDate(text, dmy);
    expect(r.ok).toBe(true);
    expect(looksLikeDate(text)).toBe(true);
  });

  it.each([
    ['2027. 03. 15. kedd', 'Monday'],
    ['15.03.2027 Fr', 'Monday'],
    ['17.03.2027 Di', 'Wednesday'],
    ['2027/03/15 화', 'Monday'],
  ])('%s names another day: not this date (%s)', (text, actual) => {
    const r = parseDate(text, dmy);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(actual);
  });

  it('a weekday after a slashed date settles its order (Mon 8 March, not Tue 3 August)', () => {
    expect(orderEvidence('03/08/2027 Mon')).toBe('MDY');
    expect(orderEvidence('03/08/2027 Tue')).toBe('DMY');
  });

  it('a Hungarian list with weekdays after the dates goes; a wrong weekday is a row error', async () => {
    const f = files.write([
      'Azonosító,Beteg azonosító,Vezetéknév,Keresztnév,Születési dátum,Dátum,Idő,Orvos',
      '1,P1,Kovács,Anna,1970. 01. 02.,2027. 03. 15. hétfő,09:00,Dr. Nagy',
      '2,P2,Tóth,Béla,1981. 05. 06.,2027. 03. 16. kedd,10:30,Dr. Nagy',
      '3,P3,Szabó,Éva,1990. 07. 08.,2027. 03. 17. kedd,11:00,Dr. Nagy',
    ]);
    const r = await collect(f, { timeZone: 'Europe/Budapest' });
    // Budapest in mid-March is on CET (UTC+1): 09:00 is 08:00Z, 10:30 is 09:30Z.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T08:00:00.000Z',
      '2027-03-16T09:30:00.000Z',
    ]);
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([[4, '2027. 03. 17. kedd']]);
  });
});
