// The day/month order a practice's region writes, as the last fallback when neither the data
// nor the practice's earlier exports settle it (issue 9: "America/* is month-first except where
// the locale says otherwise; Europe/*, Australia/*, Pacific/Auckland and Asia/* are day-first").
// A locale, when the caller has one, wins: Intl's CLDR data knows each locale's short date. A
// zone that names no region (UTC, Etc/*), or a region that writes both orders (Canada, the
// Philippines), gives undefined, and the caller holds the file and asks.
import type { DateOrder } from './parse-date.ts';
import { CANADA_PREFIXES, CANADA_ZONES, US_PREFIXES, US_ZONES } from './region-zones.ts';

const MONTH_FIRST_ZONES = new Set(US_ZONES);
const MONTH_FIRST_PREFIXES = US_PREFIXES;

/** Zones of countries that write numeric dates both day-first and month-first in everyday use:
 *  Canada, and the Philippines (month-first by its locale, day-first on many of its forms). */
const BOTH_ORDERS_ZONES = new Set([...CANADA_ZONES, 'Asia/Manila']);
const BOTH_ORDERS_PREFIXES = CANADA_PREFIXES;

/**
 * Zones outside the US and Canada whose country's locale may write month first: Intl is asked
 * rather than the answer written here (Panama writes month-first, which is why America/* is not
 * blindly day-first).
 */
const ZONE_LOCALE: Record<string, string> = {
  'America/Panama': 'es-PA',
  'Pacific/Majuro': 'en-MH',
  'Pacific/Kwajalein': 'en-MH',
  'Pacific/Palau': 'en-PW',
  'Pacific/Chuuk': 'en-FM',
  'Pacific/Pohnpei': 'en-FM',
  'Pacific/Kosrae': 'en-FM',
  'Atlantic/Bermuda': 'en-BM',
  'America/Nassau': 'en-BS',
  'America/Belize': 'en-BZ',
};

const DAY_FIRST_PREFIXES = [
  'America/',
  'Europe/',
  'Africa/',
  'Asia/',
  'Australia/',
  'Pacific/',
  'Atlantic/',
  'Indian/',
  'Arctic/',
];

/** The order of day and month in a locale's short date, or undefined when Intl does not know the
 *  locale or it writes the year first (`2026-12-08`: settles nothing about `a/b/yyyy`). */
export function localeDateOrder(locale: string): DateOrder | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf(locale).length === 0) return undefined;
    parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).formatToParts(
      new Date(Date.UTC(2026, 11, 8)),
    );
  } catch {
    return undefined; // not a well-formed locale tag
  }
  const types = parts.map((p) => p.type).filter((t) => t === 'year' || t === 'month' || t === 'day');
  if (types[0] === 'year') return undefined;
  const month = types.indexOf('month');
  const day = types.indexOf('day');
  if (month < 0 || day < 0) return undefined;
  return month < day ? 'MDY' : 'DMY';
}

/** The zone's canonical name (`US/Eastern` → `America/New_York`), or undefined if Intl does not
 *  know it. */
function canonicalZone(timeZone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Whether the region of `timeZone` writes numeric dates both day-first and month-first, so that
 *  it settles no order by itself (America/Toronto, Canada/Eastern, Asia/Manila). */
export function writesBothOrders(timeZone: string): boolean {
  const canonical = canonicalZone(timeZone);
  return [timeZone, canonical ?? timeZone].some(
    (zone) => BOTH_ORDERS_ZONES.has(zone) || BOTH_ORDERS_PREFIXES.some((p) => zone.startsWith(p)),
  );
}

function zoneDateOrder(timeZone: string): DateOrder | undefined {
  const canonical = canonicalZone(timeZone);
  if (!canonical || writesBothOrders(timeZone)) return undefined;
  for (const zone of new Set([timeZone, canonical])) {
    if (MONTH_FIRST_ZONES.has(zone) || MONTH_FIRST_PREFIXES.some((p) => zone.startsWith(p))) return 'MDY';
    const locale = ZONE_LOCALE[zone];
    if (locale) return localeDateOrder(locale);
  }
  return DAY_FIRST_PREFIXES.some((p) => canonical.startsWith(p)) ? 'DMY' : undefined;
}

/**
 * Day/month order for a practice from its region: the locale's short date when a locale is given
 * and says month-first or day-first, otherwise the time zone's region. Undefined when neither
 * tells (UTC, Etc/*, an unknown zone, a region writing both orders): the caller must not guess.
 */
export function regionDateOrder(timeZone: string, locale?: string): DateOrder | undefined {
  const fromLocale = locale ? localeDateOrder(locale) : undefined;
  return fromLocale ?? zoneDateOrder(timeZone);
}

/** Zones of Japan, Korea, China and Taiwan, with their tzdb links: dates there are written year
 *  first, and names family name first (name-regions.ts). */
export const EAST_ASIA_ZONES: readonly string[] = [
  'Asia/Tokyo',
  'Japan',
  'Asia/Seoul',
  'ROK',
  'Asia/Pyongyang',
  'Asia/Shanghai',
  'Asia/Chongqing',
  'Asia/Chungking',
  'Asia/Harbin',
  'Asia/Urumqi',
  'Asia/Kashgar',
  'PRC',
  'Asia/Taipei',
  'ROC',
];

/** Zones of regions that write dates year first: East Asia, Hungary, Lithuania, Mongolia. */
const YEAR_FIRST_ZONES = new Set([
  ...EAST_ASIA_ZONES,
  'Europe/Budapest',
  'Europe/Vilnius',
  'Asia/Ulaanbaatar',
]);

/** Whether dates in the region of `timeZone` are written year first (`27-03-25` may be 2027). */
export function writesYearFirst(timeZone: string): boolean {
  return YEAR_FIRST_ZONES.has(timeZone);
}
