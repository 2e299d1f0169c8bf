// The filter a report export states in its title lines: a schedule printed for one provider or
// one office says so once above the table (`Provider: Lee, Anna MD`, `Location = North Office`,
// `Doctor:` and `Patel, Raj MD` in two cells) and never on its rows. With no provider column, that
// line is every row's provider: stated, not guessed, and it keeps two providers' appointments of
// one patient and day under two derived ids. Labels are read with the mapper's header vocabulary
// (header-meaning.ts), so a title says `Provider`, `Behandler` or `Resource` as a column would.
// A value that is not one provider or place is not taken: `All`, `(all)`, `*`, blank, `Multiple`,
// a list (`Lee; Patel`, `Lee, Patel`, `Anna Lee, Raj Patel`), and two title lines naming two.
import { displayText } from '../../model/display-text.ts';
import { headerConcepts, headerScore } from '../map/header-meaning.ts';
import type { MappingProfile } from '../map/profile.ts';
import { PARTICLES } from '../map/proper-case.ts';
import { takeLetterCode } from '../map/cell-codes.ts';
import { credentialOf } from '../map/provider-credentials.ts';
import { parseProviderName } from '../map/provider-name.ts';

export interface StatedFilters {
  providerName?: string;
  providerId?: string;
  location?: string;
  /** The title line each value was read from, trimmed (for notes). */
  lines: Partial<Record<StatedField, string>>;
}

export type StatedField = 'providerName' | 'providerId' | 'location';

/** How surely a label must name the field: after `:` or `=`, and as a cell of its own. A
 *  colon makes `Resource:` (0.7) a label; a bare cell must be `Provider` or `Location` itself, so
 *  `Dr Lee` beside `Monday` is no label. `User:` (0.6) is whoever printed the report. */
const LABELLED = 0.7;
const BARE = 0.9;
/** Below Business (0.8) a location word is the practice's name or its billing entity. */
const LOCATION_LABELLED = 0.8;

// `Label: value` or `Label = value`: a label starts with a letter and holds no digit (`9:00`).
const LABEL = /^(\p{L}[\p{L}\s.'()#/_-]{0,40}?)\s*[:=]\s*(.*)$/su;
// Another label inside a value (`Lee, Anna MD  Location: North`): where it begins is unsure.
const INNER_LABEL = /\p{L}[.)]?\s*[:=](?:\s|$)/u;
/** Values that name no one provider or place (nor one status or type: stated-subset.ts). */
export const NOT_ONE = new Set([
  'all',
  'any',
  'alle',
  'tous',
  'toutes',
  'todos',
  'todas',
  'multiple',
  'various',
  'mehrere',
  'plusieurs',
  'varios',
  'selected',
  'none',
  'unassigned',
  'everyone',
]);
// A list, or a range of providers (`LEE to PATEL`, a filter from one code to another).
const LIST = /[;|+&]|\s(?:and|und|et|y|e|or|to|thru|through|bis)\s/i;

/** The field a label names, or undefined; `bare` for a cell with no `:` after it. */
function labelField(label: string, bare: boolean): StatedField | undefined {
  const concepts = headerConcepts(label);
  const need = bare ? BARE : LABELLED;
  const id = headerScore('providerId', concepts);
  const name = headerScore('providerName', concepts);
  if (id >= need && id > name) return 'providerId';
  if (name >= need) return 'providerName';
  if (headerScore('location', concepts) >= (bare ? BARE : LOCATION_LABELLED)) return 'location';
  return undefined;
}

/** Every `label → value` pair of one title line, its cells trimmed and non-empty. */
function pairsOf(cells: readonly string[]): Array<{ field: StatedField | undefined; value: string }> {
  const out: Array<{ field: StatedField | undefined; value: string[] }> = [];
  cells.forEach((cell, i) => {
    const m = LABEL.exec(cell);
    if (m) out.push({ field: labelField(m[1]!, false), value: m[2] ? [m[2]] : [] });
    else if (i === 0 && cells.length > 1) out.push({ field: labelField(cell, true), value: [] });
    // A cell after a label is more of its value: an unquoted `Provider: Lee, Anna MD` is split.
    else if (out.length) out[out.length - 1]!.value.push(cell);
  });
  return out.map((p) => ({ field: p.field, value: p.value.join(', ').trim() }));
}

/** A value up to another label in it, where padding (two spaces, a tab) sets that label apart
 *  (`Lee, Anna MD    Printed: 03/02/2027`); undefined when where it ends is unsure. */
function ownValue(value: string): string | undefined {
  if (!INNER_LABEL.test(value)) return value;
  const kept: string[] = [];
  for (const segment of value.split(/\s{2,}|\t/)) {
    if (INNER_LABEL.test(segment)) break;
    kept.push(segment);
  }
  return kept.length ? kept.join(' ') : undefined;
}

/** `value` without the brackets or quotes around it (`(All)`, `<All>`, `"Lee, Anna"`). A bracket
 *  the value opens itself is its own (`FAMILY MEDICINE CLINIC (BGAA)`, a clinic and its code):
 *  its closing one stays, which had been cut to `(BGAA` on the portal. */
function unwrap(value: string): string {
  const lead = /^[\s([<{"']+/.exec(value)?.[0] ?? '';
  let body = value.slice(lead.length);
  const tail = /[\s)\]>}"']+$/.exec(body)?.[0] ?? '';
  body = body.slice(0, body.length - tail.length);
  const open = (body.match(/[([{<]/g) ?? []).length - (body.match(/[)\]}>]/g) ?? []).length;
  return open > 0 ? body + tail.replace(/[^)\]}>]/g, '').slice(0, open) : body;
}

/** Whether `value` names one provider. A comma is `Last, First` only when what stands before it
 *  is one family name and something marks the whole as one person (a credential, a title after
 *  the comma, a second word after it): `Lee, Patel` may as well be two providers' family names. */
export function oneProviderName(value: string): boolean {
  if (LIST.test(value) || value.length > 100) return false;
  // `Lee/Patel`; `OTR/L` is a credential.
  const words = value.split(/[\s,]+/).filter(Boolean);
  if (words.some((w) => w.includes('/') && !credentialOf(w, { position: 'alone', mixedCase: true })))
    return false;
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const credentialsOnly = (p: string): boolean =>
    p.split(/\s+/).every((w) => credentialOf(w, { position: 'alone', mixedCase: true }));
  while (parts.length > 1 && credentialsOnly(parts[parts.length - 1]!)) parts.pop();
  if (parts.length === 1) return parts[0]!.split(/\s+/).length <= 6;
  if (parts.length > 2) return false;
  const family = parts[0]!.split(/\s+/);
  if (parseProviderName(parts[0]!).title) return false; // `Dr. Lee, Dr. Patel`
  const p = parseProviderName(value);
  const given = parts[1]!.split(/\s+/).length;
  // A family name of two words (`GARCIA LOPEZ, MARIA MD`: a Spanish name's father's and mother's
  // family names) is one person's where one given name and a credential follow: `Anna Lee, Raj
  // Patel` (two words after the comma, none a credential) stays two people.
  const givenNames = parts[1]!
    .split(/\s+/)
    .filter((w) => !credentialOf(w, { position: 'alone', mixedCase: true }));
  const compound = family.length === 2 && givenNames.length === 1 && p.credentials.length > 0;
  if (!compound && !family.slice(0, -1).every((w) => PARTICLES.has(w.toLowerCase()))) return false;
  // Two words after the comma are a given and a middle name or a credential: one person either
  // way, even where the parser leaves out a word it cannot tell from a name (`PETRAKIS, ELENI DO`).
  return !!(p.first && p.last && (p.credentials.length || p.title || p.middle || given >= 2));
}

/** A provider's number before the name, a printed gap (two spaces) between them. */
const NUMBER_CODE = /^\s*\d{1,6} {2,}(?=\p{L})/u;

/** The value of a stated filter when it names one thing, else undefined. XML reports state
 *  theirs as attributes of the root (xml-group-cells.ts), read with this same check. */
export function oneValue(field: StatedField, raw: string): string | undefined {
  // The provider's code beside the name (`JLW  Jonathan L. Whitcomb, MD`, `(JLW) …`): the name is
  // shown. A printed line's values come two spaces apart (printed-lines.ts): one value, one space.
  // A provider's number printed the same way (`03  HARGROVE, LEON T MD`, a character-based
  // system's doctor number) is no part of the name either.
  const named = field === 'providerName' ? takeLetterCode(raw.replace(NUMBER_CODE, '')).text : raw;
  const value = unwrap(named).replace(/\s{2,}/g, ' ');
  if (!value || (field !== 'providerId' && !/\p{L}/u.test(value))) return undefined;
  if (value.split(/[^\p{L}]+/u).some((w) => NOT_ONE.has(w.toLowerCase()))) return undefined;
  if (field === 'providerId') return /^[\w.-]{1,64}$/.test(value) ? value : undefined;
  if (field === 'providerName') return oneProviderName(value) ? value : undefined;
  // A place's name may hold `&` or `/` (`Smith & Jones Dental`); a comma or `;` may be a list.
  return /[;|,]/.test(value) || value.length > 100 ? undefined : value;
}

/**
 * The provider, provider id and location the title lines state, each only when every title line
 * that names the field names the same one thing. `lines` are the title lines' cells (a line of
 * one cell when the reader keeps no cells).
 */
export function statedFilters(lines: ReadonlyArray<readonly string[]>): StatedFilters {
  const found = new Map<StatedField, string | null>();
  const from: StatedFilters['lines'] = {};
  for (const cells of lines) {
    for (const { field, value } of pairsOf(cells)) {
      if (!field) continue;
      const own = ownValue(value);
      const one = own === undefined ? undefined : oneValue(field, own);
      const before = found.get(field);
      if (one === undefined || (before !== undefined && before !== one)) found.set(field, null);
      else {
        found.set(field, one);
        from[field] ??= cells.join(' ');
      }
    }
  }
  const out: StatedFilters = { lines: {} };
  for (const [field, value] of found) {
    if (value === null) continue;
    out[field] = value;
    out.lines[field] = from[field]!;
  }
  return out;
}

/** What the title gives the rows: the provider when no column (and no profile default) gives one,
 *  the location likewise. A column wins over the title: it is each row's own. */
export type TitleDefaults = Partial<Record<StatedField, string>>;

export function titleDefaults(
  stated: StatedFilters,
  has: { providerColumn: boolean; locationColumn: boolean },
  defaults: MappingProfile['defaults'],
): { values: TitleDefaults; notes: string[] } {
  const values: TitleDefaults = {};
  const notes: string[] = [];
  const take = (field: StatedField, what: string): void => {
    const v = stated[field];
    if (v === undefined) return;
    values[field] = v;
    notes.push(
      `the title states the ${what} ('${displayText(stated.lines[field]!, 60)}'): every row goes with it`,
    );
  };
  // A person's default provider or location is a statement too, and changing it would move ids.
  if (!has.providerColumn && !defaults?.providerName && !defaults?.providerId) {
    take('providerId', 'provider id');
    take('providerName', 'provider');
  }
  if (!has.locationColumn && !defaults?.location) take('location', 'location');
  return { values, notes };
}
