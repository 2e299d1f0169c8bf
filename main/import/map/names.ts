// Person names in one field: patients as `First Last` (OpenEMR report) or `Last, First`, and
// providers as `Last,First Middle` (OpenEMR) or `Dr First Last` (Cliniko).
import type { NameOrder } from './profile.ts';

export interface PersonName {
  first: string;
  last: string;
  middle?: string;
}

const TITLES = /^(dr|mr|mrs|ms|miss|prof|doctor)\.?\s+/i;
const SUFFIXES = /\s*,?\s+(md|do|dds|dmd|np|pa|rn|phd|jr|sr|ii|iii)\.?$/i;

/**
 * Split one name field. A comma always means `Last, First [Middle]` whatever the setting;
 * without one, `order` decides (default First Last: the last word is the family name).
 */
export function splitName(raw: string, order: NameOrder = 'auto'): PersonName | undefined {
  let text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  text = text.replace(TITLES, '').replace(SUFFIXES, '');
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const last = text.slice(0, comma).trim();
    const rest = text
      .slice(comma + 1)
      .trim()
      .split(' ')
      .filter(Boolean);
    if (!last || rest.length === 0) return last || rest.length ? { first: rest[0] ?? '', last } : undefined;
    const middle = rest.slice(1).join(' ');
    return middle ? { first: rest[0]!, last, middle } : { first: rest[0]!, last };
  }
  const words = text.split(' ');
  if (words.length === 1) return { first: '', last: words[0]! };
  if (order === 'last-first') {
    const middle = words.slice(2).join(' ');
    return middle ? { first: words[1]!, last: words[0]!, middle } : { first: words[1]!, last: words[0]! };
  }
  const middle = words.slice(1, -1).join(' ');
  return middle
    ? { first: words[0]!, last: words[words.length - 1]!, middle }
    : { first: words[0]!, last: words[words.length - 1]! };
}

/** `First Middle Last` for display (provider names on the portal). */
export function displayName(n: PersonName): string {
  return [n.first, n.middle, n.last].filter(Boolean).join(' ');
}

const PROVIDER_TITLE = /^(dr|doctor|prof)\.?(?=\s)/i;

/**
 * A provider's name as patients should read it on the portal: `First Middle Last`, keeping a
 * doctor's title the export wrote ("Dr Aroha Ngata", "Dr. Z": without it a surname alone would
 * read as a bare "Z"). A title inside `Last, First` is not one the export put in front.
 */
export function providerDisplayName(raw: string, order: NameOrder = 'auto'): string {
  const n = splitName(raw, order) ?? { first: '', last: raw.trim() };
  const title = PROVIDER_TITLE.exec(raw.trim())?.[0];
  const name = displayName(n);
  return title && name ? `${title} ${name}` : name;
}

/** True when a value has the `Last, First` shape (used to recognise name columns). */
export function looksLikeLastFirst(raw: string): boolean {
  return /^[\p{L}'’.\- ]+,\s*[\p{L}'’.\- ]+$/u.test(raw.trim());
}

/** True when a value looks like a person's name: 2-4 words of letters. */
export function looksLikePersonName(raw: string): boolean {
  const t = raw.trim();
  return looksLikeLastFirst(t) || /^(?:[\p{L}'’.-]+\s+){1,3}[\p{L}'’.-]+$/u.test(t);
}
