// Property checks: any real date written in any supported style reads back as the same date given
// the right day/month order; any time of day written in any supported style reads back the same.
// Weekday names come from @js-temporal/polyfill, not from the code under test.
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderEvidence, parseDate, type DateOrder } from '../../../main/import/map/parse-date.ts';
import { parseDateTime } from '../../../main/import/map/parse-date-time.ts';
import { parseTime } from '../../../main/import/map/parse-time.ts';

// Month names written out here independently of month-names.ts (January first).
const MONTHS: Record<string, string[][]> = {
  en: [
    ['January', 'Jan'],
    ['February', 'Feb'],
    ['March', 'Mar'],
    ['April', 'Apr'],
    ['May'],
    ['June', 'Jun'],
    ['July', 'Jul'],
    ['August', 'Aug'],
    ['September', 'Sep', 'Sept'],
    ['October', 'Oct'],
    ['November', 'Nov'],
    ['December', 'Dec'],
  ],
  de: [
    ['Januar', 'Jan', 'Jän'],
    ['Februar', 'Feb'],
    ['März', 'Mär', 'Mrz', 'Maerz'],
    ['April', 'Apr'],
    ['Mai'],
    ['Juni', 'Jun'],
    ['Juli', 'Jul'],
    ['August', 'Aug'],
    ['September', 'Sep', 'Sept'],
    ['Oktober', 'Okt'],
    ['November', 'Nov'],
    ['Dezember', 'Dez'],
  ],
  fr: [
    ['janvier', 'janv.'],
    ['février', 'févr.', 'fév.', 'fevrier'],
    ['mars'],
    ['avril', 'avr.'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil.'],
    ['août', 'aout'],
    ['septembre', 'sept.'],
    ['octobre', 'oct.'],
    ['novembre', 'nov.'],
    ['décembre', 'déc.', 'decembre'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sep', 'sept'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
};
// Monday first, as Temporal's dayOfWeek (1 = Monday … 7 = Sunday).
const WEEKDAYS: Record<string, string[][]> = {
  en: [
    ['Monday', 'Mon'],
    ['Tuesday', 'Tue'],
    ['Wednesday', 'Wed'],
    ['Thursday', 'Thu'],
    ['Friday', 'Fri'],
    ['Saturday', 'Sat'],
    ['Sunday', 'Sun'],
  ],
  de: [
    ['Montag', 'Mo.'],
    ['Dienstag', 'Di.'],
    ['Mittwoch', 'Mi.'],
    ['Donnerstag', 'Do.'],
    ['Freitag', 'Fr.'],
    ['Samstag', 'Sa.'],
    ['Sonntag', 'So.'],
  ],
  fr: [
    ['lundi', 'lun.'],
    ['mardi', 'mar.'],
    ['mercredi', 'mer.'],
    ['jeudi', 'jeu.'],
    ['vendredi', 'ven.'],
    ['samedi', 'sam.'],
    ['dimanche', 'dim.'],
  ],
  es: [
    ['lunes', 'lun'],
    ['martes', 'mar'],
    ['miércoles', 'mié'],
    ['jueves', 'jue'],
    ['viernes', 'vie'],
    ['sábado', 'sáb'],
    ['domingo', 'dom'],
  ],
};

const p2 = (n: number): string => String(n).padStart(2, '0');

const plainDate = fc
  .record({
    year: fc.integer({ min: 2000, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= Temporal.PlainDate.from({ year, month, day: 1 }).daysInMonth)
  .map((d) => Temporal.PlainDate.from(d));

type Style = (d: Temporal.PlainDate, pick: (xs: string[]) => string, lang: string) => [string, DateOrder];

const STYLES: Record<string, Style> = {
  iso: (d) => [d.toString(), 'MDY'],
  mdy: (d) => [`${p2(d.month)}/${p2(d.day)}/${d.year}`, 'MDY'],
  mdyShort: (d) => [`${d.month}/${d.day}/${d.year}`, 'MDY'],
  dmy: (d) => [`${p2(d.day)}/${p2(d.month)}/${d.year}`, 'DMY'],
  dmyDash: (d) => [`${d.day}-${d.month}-${d.year}`, 'DMY'],
  dotted: (d) => [`${p2(d.day)}.${p2(d.month)}.${d.year}`, 'MDY'],
  compact: (d) => [`${d.year}${p2(d.month)}${p2(d.day)}`, 'DMY'],
  dMonYY: (d, pick) => [`${d.day}-${pick(MONTHS.en![d.month - 1]!)}-${p2(d.year % 100)}`, 'MDY'],
  dayMonthYear: (d, pick, lang) => [`${d.day} ${pick(MONTHS[lang]![d.month - 1]!)} ${d.year}`, 'MDY'],
  germanDot: (d, pick) => [`${d.day}. ${pick(MONTHS.de![d.month - 1]!)} ${d.year}`, 'MDY'],
  spanishDe: (d, pick) => [`${d.day} de ${pick(MONTHS.es![d.month - 1]!)} de ${d.year}`, 'MDY'],
  monthDayYear: (d, pick, lang) => [`${pick(MONTHS[lang]![d.month - 1]!)} ${d.day}, ${d.year}`, 'DMY'],
  weekdayNumeric: (d, pick, lang) => [
    `${pick(WEEKDAYS[lang]![d.dayOfWeek - 1]!)} ${p2(d.month)}/${p2(d.day)}/${d.year}`,
    'MDY',
  ],
  weekdayDotted: (d, pick, lang) => [
    `${pick(WEEKDAYS[lang]![d.dayOfWeek - 1]!)}, ${p2(d.day)}.${p2(d.month)}.${d.year}`,
    'MDY',
  ],
  weekdayLong: (d, pick, lang) => [
    `${pick(WEEKDAYS[lang]![d.dayOfWeek - 1]!)}, ${pick(MONTHS[lang]![d.month - 1]!)} ${d.day}, ${d.year}`,
    'DMY',
  ],
};

const recase = (text: string, how: number): string =>
  how === 1 ? text.toUpperCase() : how === 2 ? text.toLowerCase() : text;

describe('property: every supported date style reads back', () => {
  it('date alone, and with a time before or after it', () => {
    fc.assert(
      fc.property(
        plainDate,
        fc.constantFrom(...Object.keys(STYLES)),
        fc.constantFrom('en', 'de', 'fr', 'es'),
        fc.nat(),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('', 'before', 'after'),
        (d, style, lang, seed, how, timePlace) => {
          const pick = (xs: string[]): string => xs[seed % xs.length]!;
          const [written, order] = STYLES[style]!(d, pick, lang);
          const text = recase(written, how);
          const cell =
            timePlace === 'before' ? `2:30 PM ${text}` : timePlace === 'after' ? `${text} 14:30` : text;
          const r = parseDateTime(cell, { order });
          expect(r.ok, `${cell}: ${r.ok ? '' : r.reason}`).toBe(true);
          if (!r.ok || r.kind !== 'local') return;
          expect(`${r.date.year}-${p2(r.date.month)}-${p2(r.date.day)}`, cell).toBe(d.toString());
          expect(r.dateOnly).toBe(timePlace === '');
          if (timePlace) expect([r.time.hour, r.time.minute]).toEqual([14, 30]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a weekday that is one day off is always refused', () => {
    fc.assert(
      fc.property(plainDate, fc.constantFrom('en', 'de', 'fr', 'es'), fc.nat(), (d, lang, seed) => {
        const wrong = WEEKDAYS[lang]![d.dayOfWeek % 7]!; // the next day's name
        const text = `${wrong[seed % wrong.length]!} ${p2(d.day)}.${p2(d.month)}.${d.year}`;
        const r = parseDate(text, { order: 'DMY' });
        expect(r.ok, text).toBe(false);
        if (!r.ok) expect(r.reason).toContain(`is a ${d.toLocaleString('en-US', { weekday: 'long' })}`);
      }),
      { numRuns: 500 },
    );
  });

  it('weekday evidence never points to the wrong order', () => {
    fc.assert(
      fc.property(plainDate, fc.boolean(), (d, monthFirst) => {
        const wd = WEEKDAYS.en![d.dayOfWeek - 1]![1]!;
        const text = monthFirst
          ? `${wd} ${p2(d.month)}/${p2(d.day)}/${d.year}`
          : `${wd} ${p2(d.day)}/${p2(d.month)}/${d.year}`;
        const e = orderEvidence(text);
        expect([undefined, monthFirst ? 'MDY' : 'DMY'], text).toContain(e);
        // Both parts at most 12 and different: the other reading is a real date, and when it
        // falls on another weekday the weekday must settle the order.
        if (d.day <= 12 && d.day !== d.month) {
          const other = Temporal.PlainDate.from({ year: d.year, month: d.day, day: d.month });
          if (other.dayOfWeek !== d.dayOfWeek) expect(e, text).toBe(monthFirst ? 'MDY' : 'DMY');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('property: every supported time style reads back', () => {
  it('24 h, 12 h with any meridiem spelling, ranges and zones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('24h', '12h', 'compact'),
        fc.constantFrom('AM', 'am', 'a.m.', 'A.M.', 'a', ' AM', ' a.m.', ' am'),
        fc.constantFrom('', ' EST', ' CET', ' UTC', ' AEST'),
        fc.boolean(),
        (hour, minute, length, style, meridiem, zone, range) => {
          const endMinutes = hour * 60 + minute + length;
          if (range && endMinutes >= 24 * 60) return;
          const write = (h: number, m: number): string => {
            if (style === '24h') return `${p2(h)}:${p2(m)}`;
            if (style === 'compact') return `${p2(h)}${p2(m)}`;
            const h12 = h % 12 === 0 ? 12 : h % 12;
            const mer = h < 12 ? meridiem : meridiem.replace(/a/g, 'p').replace(/A/g, 'P');
            return `${h12}:${p2(m)}${mer}`;
          };
          const text =
            write(hour, minute) +
            (range ? ` - ${write(Math.floor(endMinutes / 60), endMinutes % 60)}` : '') +
            zone;
          const r = parseTime(text, { compact: style === 'compact' });
          expect(r.ok, `${text}: ${r.ok ? '' : r.reason}`).toBe(true);
          if (!r.ok) return;
          expect([r.time.hour, r.time.minute], text).toEqual([hour, minute]);
          if (range) expect(r.end && r.end.hour * 60 + r.end.minute, text).toBe(endMinutes);
          else expect(r.end).toBeUndefined();
          expect(r.zone ?? '', text).toBe(zone.trim());
        },
      ),
      { numRuns: 3000 },
    );
  });
});
