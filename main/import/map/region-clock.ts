// Where a time written without AM/PM may be a 12-hour clock's. The 12-hour clock is the written
// everyday clock in 18 countries (worldpopulationreview.com, "Countries that Use 12-Hour Time":
// Australia, Bangladesh, Canada, Colombia, Egypt, El Salvador, Honduras, India, Ireland, Jordan,
// Malaysia, Mexico, New Zealand, Nicaragua, Pakistan, Philippines, Saudi Arabia, the US); elsewhere
// (Europe, Brazil, Japan…) a plain `8:00` is the 24-hour clock's, as its people and software
// write it. Known by the practice's time zone (Quebec shares Toronto's: asked there too).
import { CANADA_PREFIXES, CANADA_ZONES, US_PREFIXES, US_ZONES } from './region-zones.ts';

const TWELVE_HOUR_ZONES = new Set([
  ...US_ZONES,
  ...CANADA_ZONES,
  // Mexico, Central America, Colombia
  'America/Mexico_City',
  'America/Monterrey',
  'America/Merida',
  'America/Cancun',
  'America/Chihuahua',
  'America/Hermosillo',
  'America/Mazatlan',
  'America/Tijuana',
  'America/Bahia_Banderas',
  'America/Matamoros',
  'America/Ojinaga',
  'America/El_Salvador',
  'America/Tegucigalpa',
  'America/Managua',
  'America/Bogota',
  // Ireland, Egypt, Jordan, Saudi Arabia, South Asia, Malaysia, the Philippines, New Zealand
  'Europe/Dublin',
  'Africa/Cairo',
  'Asia/Amman',
  'Asia/Riyadh',
  'Asia/Kolkata',
  'Asia/Calcutta',
  'Asia/Karachi',
  'Asia/Dhaka',
  'Asia/Kuala_Lumpur',
  'Asia/Kuching',
  'Asia/Manila',
  'Pacific/Auckland',
  'Pacific/Chatham',
]);

const TWELVE_HOUR_PREFIXES = ['Australia/', ...US_PREFIXES, ...CANADA_PREFIXES];

/** Whether times in the region of `timeZone` are written on a 12-hour clock (true when the zone is
 *  not known: then nothing shows the 24-hour clock). */
export function writesTwelveHourClock(timeZone: string | undefined): boolean {
  if (!timeZone) return true;
  return TWELVE_HOUR_ZONES.has(timeZone) || TWELVE_HOUR_PREFIXES.some((p) => timeZone.startsWith(p));
}
