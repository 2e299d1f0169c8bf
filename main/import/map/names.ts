// Person names in one field: patients as `First Last`, `First M. Last` or `Last, First M`, with
// family-name particles kept together ("de la Cruz") and names written in one case put in proper
// case. Provider names (credentials, titles, embedded ids) live in provider-name.ts; they are
// re-exported here because the mapper reads both from this module.
import type { NameOrder } from './profile.ts';
import { splitNameWords, type PersonName } from './name-words.ts';

export type { PersonName } from './name-words.ts';
export { casePersonName, properCaseName } from './proper-case.ts';
export { parseProviderName, providerDisplayName, type ProviderName } from './provider-name.ts';

// Courtesy titles in front of a patient's name are not part of it.
const TITLES = /^(dr|mr|mrs|ms|miss|mx|prof|doctor)\.?\s+/i;
// Generational suffixes are dropped, as before: the portal has no field for them. Credentials
// (MD, DO…) are not stripped from patients: Do is a common Vietnamese family name.
const SUFFIX = /\s*,?\s+(jr|sr|ii|iii|iv)\.?(?=\s*(,|$))/i;

/**
 * Split one patient name field, already cased for the portal. A comma always means
 * `Last, First [Middle]` whatever the setting; without one, `order` decides (default First Last:
 * the last word, with any particles before it, is the family name).
 */
export function splitName(raw: string, order: NameOrder = 'auto'): PersonName | undefined {
  let text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  const untitled = text.replace(TITLES, '');
  if (untitled) text = untitled;
  text = text.replace(SUFFIX, '').trim();
  return splitNameWords(text, order);
}

/** `First Middle Last` for display (provider names on the portal). */
export function displayName(n: PersonName): string {
  return [n.first, n.middle, n.last].filter(Boolean).join(' ');
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
