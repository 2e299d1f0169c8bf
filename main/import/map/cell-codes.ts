// Codes and department words written beside a provider's or a site's name in one cell. Systems
// print the record's number with its name: Epic's `_WID` columns (`PATEL, RAJ [10442]`,
// `MAPLE FAMILY MED [1010101]`), lists written `1234 - Lee, Anna`, `Lee, Anna - 1234`,
// `02 - North Clinic`, `Main Clinic (LOC02)`, a user code first (`LEE01 Lee, Anna`); and the
// provider's specialty after a dash (`Dr. Lee - Cardiology`, `Cardiology - Dr Lee`). Sent as
// written, the portal showed `Anna 1234 Lee` and `Dr. Lee Cardiology`, or a site with its number.
// A number that is part of a site's name stays (`North Clinic #2`, `Clinic 2`).
import { TITLE_WORDS } from './name-titles.ts';
import { credentialOf } from './provider-credentials.ts';

// One word that holds a digit and no space: a record's code (`1234`, `LEE01`, `LOC02`, `1010101`).
const CODE = String.raw`[A-Za-z0-9][\w.-]*`;
// A code holds a digit; an ordinal (`2nd`, `3rd Floor`) is part of a name.
const isCode = (s: string): boolean => /\d/.test(s) && !/^\d+(?:st|nd|rd|th|\.)$/i.test(s);
const DASH = String.raw`\s+[-–—]\s+`;
const LEADING_DASHED = new RegExp(`^(${CODE})${DASH}(?=\\S)`);
const TRAILING_DASHED = new RegExp(`(?<=\\S)${DASH}(${CODE})$`);
// A code in front of a name with no dash (`LEE01 Lee, Anna`): letters and digits run together,
// never a credential with a number (`PGY2` is a resident's year, written after the name).
const LEADING_BARE = /^((?:[A-Z]{1,8})?\d{1,10}[A-Z]{0,4})\s+(?=\p{L})/u;
// A code in brackets at the end of a site's name (`[1010101]`, `(LOC02)`); inside a name's own
// words a bracket is the name's (`Main Clinic (Suite 200)` has a space and stays).
const TRAILING_BRACKETED = new RegExp(`\\s*[[({]\\s*(${CODE})\\s*[\\])}]$`);

/** A record's code written before or after a name with a dash, or (`bare`) before it with none:
 *  the code and the rest of the cell; no code when the cell has none. */
export function takeDashedCode(text: string, bare = true): { text: string; code?: string } {
  for (const re of bare
    ? [LEADING_DASHED, TRAILING_DASHED, LEADING_BARE]
    : [LEADING_DASHED, TRAILING_DASHED]) {
    const m = re.exec(text);
    if (m && isCode(m[1]!)) return { text: text.replace(re, ' ').trim(), code: m[1]! };
  }
  return { text };
}

// A provider's code of capitals with no digit before the name, as a day sheet's page header or a
// group line prints the code and the name side by side (`Provider: JLW  Jonathan L. Whitcomb,
// MD`, its totals `Appointments for JLW:`), or marks it (`[JLW] Jonathan L. Whitcomb`, `(JLW)`,
// `JLW - Jonathan L. Whitcomb`). A word of capitals before a name is a family name as often
// (`LEE Anna`, `DUPONT Jean Marc`), so a code is only where it is written as one: in brackets, or
// apart from the name by a dash or a printed gap (two spaces) with the name in mixed case beside
// it; never a title or credential (`DR  Anna Lee`, `MD - Anna Lee`). Even a printed gap or a
// dash sets a family name apart from the given names (`LEE  Anna Marie`, `DUPONT - Jean Marc`:
// a report padding the family name's field), and left out the patient would see only `Anna
// Marie`: so unbracketed, the code must be the initials of the name beside it (`JLW` of Jonathan
// L. Whitcomb, `AL` or `LA` of Anna Lee), as a practice's provider codes are; else the cell is
// kept whole. A code with a digit is an id takeDashedCode and the provider name's own reading take.
const BRACKETED_LETTER_CODE = /^[[(]([A-Z]{2,5})[\])]\s*(?=\S)/;
const SPACED_LETTER_CODE = /^([A-Z]{2,5})(?: {2,}|\s+[-–—]\s+)(?=\S)/;

/** The provider's code of capitals in front of a name and the name (see above); no code when
 *  none is written as one. */
export function takeLetterCode(text: string): { text: string; code?: string } {
  const v = text.trim();
  const bracketed = BRACKETED_LETTER_CODE.exec(v);
  const m = bracketed ?? SPACED_LETTER_CODE.exec(v);
  if (!m) return { text };
  const name = v.slice(m[0].length).trim();
  const code = m[1]!;
  if (credentialOf(code, { position: 'alone', mixedCase: true }) || TITLE_WORDS.has(code.toLowerCase()))
    return { text };
  // The name beside it: two words or more, and (unless the brackets mark the code) in mixed case.
  if (name.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 2) return { text };
  if (!bracketed && (!/\p{Ll}/u.test(name) || !initialsOf(name).has(code))) return { text };
  return { text: name, code };
}

/** The ways a name's initials are written as a code: every word's in order (`JLW`), given and
 *  family name's (`JW`), family name's first (`WJL`, `WJ`); titles and credentials aside. */
function initialsOf(name: string): Set<string> {
  const words = name
    .split(/[\s,]+/)
    .filter((w) => /\p{L}/u.test(w) && !TITLE_WORDS.has(w.replace(/\.$/, '').toLowerCase()))
    .filter((w) => !credentialOf(w, { position: 'alone', mixedCase: true }))
    .map((w) =>
      w
        .replace(/[^\p{L}]/gu, '')
        .charAt(0)
        .toUpperCase(),
    );
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  const all = words.join('');
  return new Set([all, first + last, last + words.slice(0, -1).join(''), last + first]);
}

/**
 * A site's name without its record's code (`MAPLE FAMILY MED [1010101]` → `MAPLE FAMILY MED`,
 * `02 - North Clinic` → `North Clinic`, `Main Clinic (LOC02)` → `Main Clinic`). A cell that is
 * only a code is returned as it is (location-codes.ts judges it).
 */
export function siteWithoutCode(cell: string): string {
  const v = cell.trim();
  const m = TRAILING_BRACKETED.exec(v);
  const rest = m && isCode(m[1]!) ? v.slice(0, m.index).trim() : v;
  // A number in front with no dash is an address's (`100 Main Street`), not a code.
  const name = takeDashedCode(rest, false).text;
  return /\p{L}/u.test(name) ? name : v;
}

// A specialty or department: `Cardiology`, `Kardiologie`, `Pediatrics`, `Psychiatry`,
// `Orthopaedics`, `Allgemeinmedizin`, `Family Medicine`, `General Surgery`, `Urgent Care`, `OB/GYN`.
const SPECIALTY_ENDING = /(?:olog(?:y|ie|ia|ía)|iatr(?:y|ics|ie|ia|ía)|pa?edics|pa?edie|medizin)$/i;
const SPECIALTY_WORDS = new Set(
  (
    'medicine surgery chirurgie care health department dept clinic ob/gyn obgyn gyn ent primary ' +
    'family internal innere general urgent sports and of & ' +
    // A dental or therapy department beside the name (`Dr. Smith - Hygiene`, `Lee - Physical Therapy`)
    'hygiene dental dentistry therapy physical occupational speech optometry chiropractic nursing'
  ).split(' '),
);

/** Every word of `side` is a specialty's or department's (`Cardiology`, `Internal Medicine`). */
function namesSpecialty(side: string): boolean {
  const words = side
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[.,]$/, ''))
    .filter(Boolean);
  return words.length > 0 && words.every((w) => SPECIALTY_WORDS.has(w) || SPECIALTY_ENDING.test(w));
}

/** A provider cell without a specialty written beside the name with a dash
 *  (`Dr. Lee - Cardiology`, `Cardiology - Dr Lee` → `Dr. Lee`); as written otherwise. */
export function withoutSpecialty(text: string): string {
  const sides = text.split(new RegExp(DASH));
  if (sides.length !== 2) return text;
  const [a, b] = sides as [string, string];
  if (namesSpecialty(b) && !namesSpecialty(a)) return a.trim();
  if (namesSpecialty(a) && !namesSpecialty(b)) return b.trim();
  return text;
}
