// IANA time zones for the practice's exports, from the browser itself (no zone table shipped).

export function listTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  // Chromium omits 'UTC' from the list; exports written in UTC are common enough to offer it.
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
