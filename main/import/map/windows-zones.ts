// Windows time-zone ids (`Eastern Standard Time`, .NET's TimeZoneInfo.Id, what Windows-based
// schedulers store per appointment) → the IANA zone CLDR's windowsZones.xml gives for each
// (territory 001). The id names the whole zone, summer time included: `Eastern Standard Time` is
// New York's clock in July too. Only the zones of the regions the connector serves (North
// America, the UK and Europe, Australia and New Zealand, and a few others practices name); an id
// not here is an unknown zone, asked about.
const WINDOWS_ZONES: Record<string, string> = {
  'dateline standard time': 'Etc/GMT+12',
  'hawaiian standard time': 'Pacific/Honolulu',
  'aleutian standard time': 'America/Adak',
  'alaskan standard time': 'America/Anchorage',
  'pacific standard time': 'America/Los_Angeles',
  'pacific standard time (mexico)': 'America/Tijuana',
  'us mountain standard time': 'America/Phoenix',
  'mountain standard time': 'America/Denver',
  'mountain standard time (mexico)': 'America/Mazatlan',
  'central standard time': 'America/Chicago',
  'canada central standard time': 'America/Regina',
  'central america standard time': 'America/Guatemala',
  'central standard time (mexico)': 'America/Mexico_City',
  'eastern standard time': 'America/New_York',
  'us eastern standard time': 'America/Indiana/Indianapolis',
  'eastern standard time (mexico)': 'America/Cancun',
  'sa pacific standard time': 'America/Bogota',
  'atlantic standard time': 'America/Halifax',
  'newfoundland standard time': 'America/St_Johns',
  'argentina standard time': 'America/Argentina/Buenos_Aires',
  'e. south america standard time': 'America/Sao_Paulo',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'gmt standard time': 'Europe/London',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'romance standard time': 'Europe/Paris',
  'central european standard time': 'Europe/Warsaw',
  'w. central africa standard time': 'Africa/Lagos',
  'gtb standard time': 'Europe/Bucharest',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'south africa standard time': 'Africa/Johannesburg',
  'israel standard time': 'Asia/Jerusalem',
  'turkey standard time': 'Europe/Istanbul',
  'russian standard time': 'Europe/Moscow',
  'arabian standard time': 'Asia/Dubai',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'w. australia standard time': 'Australia/Perth',
  'cen. australia standard time': 'Australia/Adelaide',
  'aus central standard time': 'Australia/Darwin',
  'e. australia standard time': 'Australia/Brisbane',
  'aus eastern standard time': 'Australia/Sydney',
  'tasmania standard time': 'Australia/Hobart',
  'new zealand standard time': 'Pacific/Auckland',
};

/** The IANA zone of a Windows time-zone id (any case, spaces as written), or undefined. */
export function windowsZoneToIana(id: string): string | undefined {
  return WINDOWS_ZONES[id.trim().replace(/\s+/g, ' ').toLowerCase()];
}
