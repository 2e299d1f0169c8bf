// Where a person's name ends in two family names (Spanish naming: María José García López, given
// names first, then the father's and the mother's surname), so that a full name in one column
// cannot be split by rule: the practice's time zone names the region, as for the date order.
import { EAST_ASIA_ZONES } from './region-date-order.ts';

/** Zones of Spain and Spanish-speaking America (tzdb names, with Puerto Rico). */
const TWO_SURNAME_ZONES = new Set([
  'Europe/Madrid',
  'Atlantic/Canary',
  'Africa/Ceuta',
  'America/Mexico_City',
  'America/Cancun',
  'America/Merida',
  'America/Monterrey',
  'America/Matamoros',
  'America/Chihuahua',
  'America/Ciudad_Juarez',
  'America/Ojinaga',
  'America/Mazatlan',
  'America/Bahia_Banderas',
  'America/Hermosillo',
  'America/Tijuana',
  'America/Ensenada',
  'America/Bogota',
  'America/Lima',
  'America/Santiago',
  'America/Punta_Arenas',
  'Pacific/Easter',
  'America/Buenos_Aires',
  'America/Caracas',
  'America/Guayaquil',
  'Pacific/Galapagos',
  'America/La_Paz',
  'America/Asuncion',
  'America/Montevideo',
  'America/Guatemala',
  'America/El_Salvador',
  'America/Tegucigalpa',
  'America/Managua',
  'America/Costa_Rica',
  'America/Panama',
  'America/Havana',
  'America/Santo_Domingo',
  'America/Puerto_Rico',
]);

/** Whether names in the region of `timeZone` end in two family names. */
export function writesTwoSurnames(timeZone: string): boolean {
  return TWO_SURNAME_ZONES.has(timeZone) || timeZone.startsWith('America/Argentina/');
}

/** Zones of regions that write the family name first (Kim Minjun, Nguyễn Văn An, Nagy Péter). */
const FAMILY_FIRST_ZONES = new Set([
  ...EAST_ASIA_ZONES,
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Ho_Chi_Minh',
  'Asia/Saigon',
  'Europe/Budapest',
]);

/** Whether names in the region of `timeZone` are written family name first. */
export function writesFamilyFirst(timeZone: string): boolean {
  return FAMILY_FIRST_ZONES.has(timeZone);
}

/** Chinese, Japanese and Korean script: such a name is written family name first, anywhere
 *  (田中 太郎 is Tanaka Taro: family name Tanaka). */
export const FAMILY_FIRST_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
