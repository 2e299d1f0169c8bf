// Day/month order from the practice's region: zone lists by hand, locales through Intl.
import { describe, expect, it } from 'vitest';
import {
  localeDateOrder,
  regionDateOrder,
  writesBothOrders,
} from '../../../main/import/map/region-date-order.ts';

describe('regionDateOrder from the time zone', () => {
  it.each([
    // United States and its territories
    ['America/New_York', 'MDY'],
    ['America/Chicago', 'MDY'],
    ['America/Denver', 'MDY'],
    ['America/Phoenix', 'MDY'],
    ['America/Los_Angeles', 'MDY'],
    ['America/Anchorage', 'MDY'],
    ['America/Adak', 'MDY'],
    ['America/Boise', 'MDY'],
    ['America/Detroit', 'MDY'],
    ['America/Indiana/Indianapolis', 'MDY'],
    ['America/Indiana/Knox', 'MDY'],
    ['America/Kentucky/Louisville', 'MDY'],
    ['America/North_Dakota/Center', 'MDY'],
    ['America/Juneau', 'MDY'],
    ['America/Sitka', 'MDY'],
    ['America/Nome', 'MDY'],
    ['America/Yakutat', 'MDY'],
    ['America/Metlakatla', 'MDY'],
    ['America/Menominee', 'MDY'],
    ['America/Puerto_Rico', 'MDY'],
    ['Pacific/Honolulu', 'MDY'],
    ['Pacific/Guam', 'MDY'],
    ['US/Eastern', 'MDY'],
    ['US/Pacific', 'MDY'],
    // Canada writes both orders (Quebec day-first): the zone settles none
    ['America/Toronto', undefined],
    ['America/Montreal', undefined],
    ['America/Vancouver', undefined],
    ['America/Edmonton', undefined],
    ['America/Winnipeg', undefined],
    ['America/Halifax', undefined],
    ['America/St_Johns', undefined],
    ['America/Regina', undefined],
    ['Canada/Atlantic', undefined],
    ['Canada/Eastern', undefined],
    // Rest of the Americas: day-first, except where the country's locale is month-first
    ['America/Mexico_City', 'DMY'],
    ['America/Tijuana', 'DMY'],
    ['America/Bogota', 'DMY'],
    ['America/Sao_Paulo', 'DMY'],
    ['America/Argentina/Buenos_Aires', 'DMY'],
    ['America/Santiago', 'DMY'],
    ['America/Lima', 'DMY'],
    ['America/Guatemala', 'DMY'],
    ['America/Jamaica', 'DMY'],
    ['America/Santo_Domingo', 'DMY'],
    ['America/Panama', 'MDY'], // es-PA writes MM/DD/YYYY
    // Europe, Africa, Asia, Oceania
    ['Europe/London', 'DMY'],
    ['Europe/Berlin', 'DMY'],
    ['Europe/Paris', 'DMY'],
    ['Europe/Madrid', 'DMY'],
    ['Africa/Johannesburg', 'DMY'],
    ['Africa/Lagos', 'DMY'],
    ['Asia/Kolkata', 'DMY'],
    ['Asia/Singapore', 'DMY'],
    ['Asia/Tokyo', 'DMY'],
    ['Asia/Manila', undefined], // the Philippines write both orders
    ['Australia/Sydney', 'DMY'],
    ['Australia/Perth', 'DMY'],
    ['Pacific/Auckland', 'DMY'],
    ['Pacific/Fiji', 'DMY'],
    ['Atlantic/Reykjavik', 'DMY'],
    ['Indian/Mauritius', 'DMY'],
    ['GB', 'DMY'],
    ['NZ', 'DMY'],
    // No region: the caller holds the file
    ['UTC', undefined],
    ['Etc/UTC', undefined],
    ['Etc/GMT+5', undefined],
    ['GMT', undefined],
    ['Antarctica/Casey', undefined],
    ['Mars/Olympus_Mons', undefined],
    ['', undefined],
  ])('%s → %s', (zone, expected) => {
    expect(regionDateOrder(zone)).toBe(expected);
  });
});

describe('regionDateOrder: a locale wins when it tells', () => {
  it.each([
    ['Europe/London', 'en-US', 'MDY'],
    ['America/New_York', 'en-GB', 'DMY'],
    ['America/New_York', 'es-MX', 'DMY'],
    ['America/Chicago', 'es-US', 'DMY'], // CLDR: es-US short date is d/M/y
    ['UTC', 'en-US', 'MDY'],
    ['UTC', 'de-DE', 'DMY'],
    ['America/Toronto', 'fr-CA', undefined], // fr-CA writes year first, and Canada both orders
    ['America/Toronto', 'en-CA', undefined],
    ['America/Toronto', 'en-US', 'MDY'],
    ['Europe/Stockholm', 'sv-SE', 'DMY'], // year first again: the zone decides
    ['UTC', 'ja-JP', undefined],
    ['Europe/Paris', 'en-PH', 'MDY'],
    ['America/New_York', 'not a locale!', 'MDY'], // unusable locale: ignored
    ['America/New_York', 'xx-YY', 'MDY'], // unknown to Intl: ignored
  ])('%s with %s → %s', (zone, locale, expected) => {
    expect(regionDateOrder(zone, locale)).toBe(expected);
  });

  it.each([
    ['en-US', 'MDY'],
    ['en-GB', 'DMY'],
    ['en-AU', 'DMY'],
    ['de-DE', 'DMY'],
    ['fr-FR', 'DMY'],
    ['es-ES', 'DMY'],
    ['es-MX', 'DMY'],
    ['en-CA', undefined],
    ['fr-CA', undefined],
    ['zh-CN', undefined],
  ])('localeDateOrder(%s) → %s', (locale, expected) => {
    expect(localeDateOrder(locale)).toBe(expected);
  });
});

describe('writesBothOrders', () => {
  it.each([
    ['America/Toronto', true],
    ['America/Montreal', true],
    ['Canada/Pacific', true],
    ['America/Vancouver', true],
    ['Asia/Manila', true],
    ['America/New_York', false],
    ['America/Detroit', false],
    ['Europe/London', false],
    ['UTC', false],
  ])('%s → %s', (zone, expected) => {
    expect(writesBothOrders(zone)).toBe(expected);
  });
});
