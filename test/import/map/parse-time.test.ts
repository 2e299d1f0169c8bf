// Breadth of parseTime (issue 9 "Times"): 12 h spellings, HHMM only on request, ranges with
// start and end, trailing zone abbreviations, and words that must not be dropped.
import { describe, expect, it } from 'vitest';
import {
  looksLikeCompactTime,
  looksLikeTime,
  parseTime,
  type TimeParseOptions,
} from '../../../main/import/map/parse-time.ts';

function hm(t: { hour: number; minute: number }): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

/** `start[-end][ zone]`, or `refused: reason`. */
function read(text: string, opts?: TimeParseOptions): string {
  const r = parseTime(text, opts);
  if (!r.ok) return `refused: ${r.reason}`;
  return hm(r.time) + (r.end ? `-${hm(r.end)}` : '') + (r.zone ? ` ${r.zone}` : '');
}

describe('parseTime: single times', () => {
  it.each([
    ['14:30', '14:30'],
    ['0:05', '00:05'],
    ['08:00:00', '08:00'],
    ['9:00 AM', '09:00'],
    ['9:00 am', '09:00'],
    ['9:00 a.m.', '09:00'],
    ['9:00 A.M.', '09:00'],
    ['9:00a', '09:00'],
    ['9:00p', '21:00'],
    ['9:00 p', '21:00'],
    ['9a', '09:00'],
    ['9p', '21:00'],
    ['12a', '00:00'],
    ['12p', '12:00'],
    ['12:00 PM', '12:00'],
    ['12:45 AM', '00:45'],
    ['11:59 pm', '23:59'],
    ['7 PM', '19:00'],
    ['14h30', '14:30'],
    ['14h', '14:00'],
    // Quebec, as the OQLF writes them: a space either side of the h, or an H in capitals
    ['14 h 30', '14:30'],
    ['14 h', '14:00'],
    ['9 h', '09:00'],
    ['9 h 05', '09:05'],
    ['14H30', '14:30'],
    ['14 H 30', '14:30'],
    ['14h 30', '14:30'],
    ['14:30 Uhr', '14:30'],
    ['14 Uhr', '14:00'],
    ['14:30 hrs', '14:30'],
    ['9:00 hs', '09:00'], // Spanish "horas" (Argentina, Uruguay)
    ['14:30 hs.', '14:30'],
    ['9 horas', '09:00'],
    // dotted, as UK and Australian systems write them: with AM/PM anywhere
    ['8.30am', '08:30'],
    ['12.30pm', '12:30'],
    ['4.15 pm', '16:15'],
    ['12.00am', '00:00'],
    ['9.00 a.m.', '09:00'],
    // noon in words
    ['Noon', '12:00'],
    ['noon', '12:00'],
    ['12 noon', '12:00'],
    ['12:00 Noon', '12:00'],
    ['12.00 midday', '12:00'],
    ['Midday', '12:00'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['13.30pm', 'a 12-hour clock has no hour 13'],
    ['8.75am', 'minutes and seconds 0-59'],
    ['11 noon', 'not a time'],
    ['Afternoon', 'not a time'],
    ['Noonan', 'not a time'],
    // the start of the day or its end? never guessed
    ['Midnight', 'not a time'],
    ['12 midnight', 'not a time'],
    // minutes after the h are two digits: `14 h 3` may be 14:03 or 14:30
    ['14 h 3', "'3' after the time"],
    ['24 h 00', 'hours 0-23'],
  ])('%s is refused (%s)', (text, why) => {
    expect(read(text)).toContain(why);
  });
});

describe('parseTime: dotted times without AM/PM only when the column is known to hold times', () => {
  it.each([
    ['8.30', '08:30'],
    ['13.30', '13:30'],
    ['0.05', '00:05'],
    ['23.59', '23:59'],
    ['9.00-9.30', '09:00-09:30'],
    ['8.30 Uhr', '08:30'],
  ])('%s with { compact: true } → %s', (text, expected) => {
    expect(read(text, { compact: true })).toBe(expected);
  });

  // `8.30` is as easily a price or a number of hours.
  it.each(['8.30', '13.30'])('%s without the option is refused', (text) => {
    expect(read(text)).toBe('refused: not a time (expected e.g. 14:30, 14:30:00 or 2:30 PM)');
  });

  it.each([
    ['24.00', 'hours 0-23'],
    ['8.60', 'minutes and seconds 0-59'],
    ['8.5', 'not a time'],
    ['8.300', 'not a time'],
    ['15.01.2026', 'not a time'], // a dotted date is never read as its first two numbers
  ])('%s with { compact: true } is refused (%s)', (text, why) => {
    expect(read(text, { compact: true })).toContain(why);
  });
});

describe('parseTime: HHMM only when the column is known to hold times', () => {
  it.each([
    ['0930', '09:30'],
    ['930', '09:30'],
    ['1430', '14:30'],
    ['0000', '00:00'],
    ['2359', '23:59'],
    ['0930-1020', '09:30-10:20'],
    ['930 AM', '09:30'],
    ['130 PM', '13:30'],
  ])('%s with { compact: true } → %s', (text, expected) => {
    expect(read(text, { compact: true })).toBe(expected);
  });

  it.each(['0930', '930', '1430'])('%s without the option is refused', (text) => {
    expect(read(text)).toBe('refused: not a time (expected e.g. 14:30, 14:30:00 or 2:30 PM)');
  });

  it.each([
    ['2400', 'hours 0-23'],
    ['0960', 'minutes and seconds 0-59'],
    ['12345', 'not a time'],
  ])('%s with { compact: true } is refused (%s)', (text, why) => {
    expect(read(text, { compact: true })).toContain(why);
  });
});

describe('parseTime: figures with AM/PM right after them are a time wherever written', () => {
  // DentiMax's `930A`, `1015A`, `100P`; MEDENT's `0830a`, `0115p`: the letter says it is a clock.
  it.each([
    ['800A', '08:00'],
    ['930A', '09:30'],
    ['1015A', '10:15'],
    ['100P', '13:00'],
    ['1230P', '12:30'],
    ['1200a', '00:00'],
    ['0830a', '08:30'],
    ['0115p', '13:15'],
    ['345 pm', '15:45'],
  ])('%s without the option → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
    expect(looksLikeTime(text)).toBe(true);
  });

  it.each([
    ['1300P', 'no hour 13'],
    ['960A', 'minutes and seconds 0-59'],
    ['2027a', 'no hour 20'],
    ['12345a', 'not a time'],
    ['930 Ave', 'not a time'], // a street number is not a clock
  ])('%s is refused (%s)', (text, why) => {
    expect(read(text)).toContain(why);
    expect(looksLikeTime(text)).toBe(false);
  });
});

describe('parseTime: ranges give the start as time and the end as end', () => {
  it.each([
    ['2:00 PM - 2:50 PM', '14:00-14:50'],
    ['2:00PM-2:50PM', '14:00-14:50'],
    ['14:00–14:50', '14:00-14:50'],
    ['14:00 — 14:50', '14:00-14:50'],
    ['14:00 bis 14:50', '14:00-14:50'],
    ['9 h 30 à 10 h', '09:30-10:00'],
    ['9:00 to 9:50', '09:00-09:50'],
    ['9:00a-9:50a', '09:00-09:50'],
    // a meridiem on the end only applies to the start when that puts the start first
    ['9:00-9:50 AM', '09:00-09:50'],
    ['2:00-2:50 PM', '14:00-14:50'],
    ['11:00-1:00 PM', '11:00-13:00'],
    ['11:30-12:30 PM', '11:30-12:30'],
    ['12:00-1:00 PM', '12:00-13:00'],
    ['9-10am', '09:00-10:00'],
    ['14:00-3:00 PM', '14:00-15:00'],
    // and one written only on the start carries to the end likewise
    ['2:00 PM - 2:50', '14:00-14:50'],
    ['9:00 AM - 10:00', '09:00-10:00'],
    ['11:00 AM - 12:00', '11:00-12:00'],
    ['2:00 PM - 2:50 PM EST', '14:00-14:50 EST'],
    // a front desk's slot from a bare hour to a clock time: the range says the hour is a time
    ['9-9:30', '09:00-09:30'],
    ['9 - 9:30', '09:00-09:30'],
    ['2-2:30p', '14:00-14:30'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['23:00-01:00', 'ends before it starts'],
    ['2:50 PM - 2:00 PM', 'ends before it starts'],
    ['9-10', 'not a time'], // two bare numbers: a date (September 10) as often as a slot
    ['9 - 10', 'not a time'],
    ['13:00 PM - 2:00 PM', 'a 12-hour clock has no hour 13'],
    ['9:00 - soon', "not a time range: 'soon' is not a time"],
  ])('%s is refused (%s)', (text, why) => {
    expect(read(text)).toContain(why);
  });
});

describe('parseTime: a UTC offset after AM/PM or seconds is an offset, not a range end', () => {
  it.each([
    // .NET's DateTimeOffset.ToString() in en-US and de-DE
    ['9:00:00 AM -05:00', '09:00', '-05:00'],
    ['2:00:00 PM +05:30', '14:00', '+05:30'],
    ['09:00:00 +01:00', '09:00', '+01:00'],
    ['9:00 AM -0500', '09:00', '-0500'],
    ['09:00:00 +00:00', '09:00', '+00:00'],
  ])('%s is %s at %s', (text, time, offset) => {
    const r = parseTime(text);
    expect(r.ok && { time: hm(r.time), end: r.end, offset: r.offset }).toEqual({
      time,
      end: undefined,
      offset,
    });
  });

  it.each([
    ['9:00-10:00', '09:00-10:00'],
    ['10:00AM-11:00', '10:00-11:00'],
    ['9:00 AM - 10:00', '09:00-10:00'],
    ['08:00:00-08:30:00', '08:00-08:30'],
  ])('%s stays a range (%s)', (text, expected) => {
    expect(read(text)).toBe(expected);
    expect(parseTime(text)).not.toHaveProperty('offset');
  });
});

describe('parseTime: a trailing zone abbreviation is returned, an unknown word is an error', () => {
  it.each([
    ['9:00 AM EST', '09:00 EST'],
    ['9:00AM EDT', '09:00 EDT'],
    ['14:00 CET', '14:00 CET'],
    ['14:00 MESZ', '14:00 MESZ'],
    ['10:00 AEST', '10:00 AEST'],
    ['10:00 AWST', '10:00 AWST'],
    ['10:00 ACDT', '10:00 ACDT'],
    ['3:00 PM PST', '15:00 PST'],
    ['14:00 UTC', '14:00 UTC'],
    ['14:00 GMT', '14:00 GMT'],
    ['14:00 Z', '14:00 Z'],
    ['9:00 AM (EST)', '09:00 EST'],
    ['14:30 Uhr MEZ', '14:30 MEZ'],
    ['9:00 AM GMT-5', '09:00 GMT-5'],
    ['9:00 UTC+05:30', '09:00 UTC+05:30'],
    ['9:00 est', '09:00 est'],
    // written in capitals like an abbreviation but not in the table: returned for the caller,
    // whose agreement check cannot place it and holds the file
    ['9:00 AM XST', '09:00 XST'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['9:00 AM foo', "'foo' after the time is neither part of a time nor a time zone"],
    ['9:00 AM EST extra', "'extra' after the time"],
    ['9:00 AM EST CET', "'CET' after the time"],
    ['14:30 Raum 2', "'Raum' after the time"],
    ['5 patients', 'not a time'],
    ['soon', 'not a time'], // (noon is a time: see the single times)
    ['', 'the time is empty'],
  ])('%s is refused (%s)', (text, why) => {
    expect(read(text)).toContain(why);
  });
});

describe('parseTime: impossible times keep their reasons', () => {
  it.each([
    ['25:00', 'hours 0-23'],
    ['10:61', 'minutes and seconds 0-59'],
    ['13:00 PM', 'a 12-hour clock has no hour 13'],
    ['0:30 am', 'a 12-hour clock has no hour 0'],
    ['13p', 'a 12-hour clock has no hour 13'],
  ])('%s (%s)', (text, why) => {
    expect(read(text)).toContain(why);
  });
});

describe('looksLikeTime', () => {
  it.each([
    ['9:00a', true],
    ['2:00 PM - 2:50 PM', true],
    ['14:00 CET', true],
    ['14:30 Uhr', true],
    ['8.30am', true],
    ['Noon', true],
    ['8.30', false], // a price or hours as easily as a time: only a column known to be a time
    ['25:00', true], // impossible but time-shaped
    ['0930', false], // could be an id: only a column known to be a time reads it
    ['12/08/2026 9:00', false],
    ['9', false],
    ['Dr Smith', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeTime(text)).toBe(expected);
  });
});

describe('looksLikeCompactTime', () => {
  it.each([
    ['0930', true],
    ['930', true],
    ['2359', true],
    ['2400', false],
    ['0960', false],
    ['12345', false],
    ['93', false],
    ['09:30', false],
    ['8.30', true],
    ['13.30', true],
    ['8.60', false],
    ['24.00', false],
    ['8.5', false],
    ['8.30am', false], // a time wherever it is: not a compact one
  ])('%s → %s', (text, expected) => {
    expect(looksLikeCompactTime(text)).toBe(expected);
  });
});
