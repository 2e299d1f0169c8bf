// The tz database's zones of the US (and its territories) and of Canada, for the rules that go
// by the practice's region: the order of a date's day and month (region-date-order.ts) and
// whether a time without AM/PM may be a 12-hour clock's (region-clock.ts).

/** US and US-territory zones (tzdb names, including the links Intl may hand back). */
export const US_ZONES: readonly string[] = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Adak',
  'America/Atka',
  'America/Boise',
  'America/Detroit',
  'America/Juneau',
  'America/Sitka',
  'America/Nome',
  'America/Yakutat',
  'America/Metlakatla',
  'America/Menominee',
  'America/Indianapolis',
  'America/Fort_Wayne',
  'America/Knox_IN',
  'America/Louisville',
  'America/Shiprock',
  'America/Puerto_Rico',
  'America/St_Thomas',
  'America/Virgin',
  'Pacific/Honolulu',
  'Pacific/Johnston',
  'Pacific/Guam',
  'Pacific/Saipan',
  'Pacific/Pago_Pago',
  'Pacific/Samoa',
  'Pacific/Midway',
  'Pacific/Wake',
  'Navajo',
  'EST5EDT',
  'CST6CDT',
  'MST7MDT',
  'PST8PDT',
  'EST',
  'MST',
  'HST',
];

/** Canadian zones. Canada writes both orders (Quebec's `03/04/2027` is 3 April, a clinic in
 *  Ontario may mean 4 March; the locales en-CA and fr-CA say year first, which settles nothing for
 *  `a/b/yyyy`): the zone never settles the order, the data or a person does. */
export const CANADA_ZONES: readonly string[] = [
  'America/Toronto',
  'America/Montreal',
  'America/Nipigon',
  'America/Thunder_Bay',
  'America/Iqaluit',
  'America/Pangnirtung',
  'America/Atikokan',
  'America/Coral_Harbour',
  'America/Vancouver',
  'America/Edmonton',
  'America/Winnipeg',
  'America/Rainy_River',
  'America/Rankin_Inlet',
  'America/Resolute',
  'America/Halifax',
  'America/Glace_Bay',
  'America/Moncton',
  'America/Goose_Bay',
  'America/St_Johns',
  'America/Regina',
  'America/Swift_Current',
  'America/Cambridge_Bay',
  'America/Yellowknife',
  'America/Inuvik',
  'America/Creston',
  'America/Dawson_Creek',
  'America/Fort_Nelson',
  'America/Whitehorse',
  'America/Dawson',
  'America/Blanc-Sablon',
];

/** Zone name prefixes of the US's zones not listed one by one. */
export const US_PREFIXES: readonly string[] = [
  'America/Indiana/',
  'America/Kentucky/',
  'America/North_Dakota/',
  'US/',
];

/** The legacy `Canada/…` links. */
export const CANADA_PREFIXES: readonly string[] = ['Canada/'];
