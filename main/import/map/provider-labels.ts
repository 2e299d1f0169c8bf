// Provider values that name someone to the connector but no one to a patient. Medfusion shows
// `Participant/ProviderName` to the patient as the provider's display name (a required string,
// medfusion-api.md 14c) and knows the provider by `Participant/Identifier` (14b): an id belongs in
// the identifier, never in the name. So a column of user logins (`jsmith`, `mlee2`: had gone as
// a provider "Jsmith") or an id of five digits or more (an NPI `1234567893`, a database key: had
// gone as "Provider 1234567893") keeps the provider's identity in the id and shows no name (the
// profile's default name, else Unassigned provider). Decided per column from the first rows: a
// login is told from a family name by the column, never by the cell (`lee` alone could be either;
// a column of one lowercase word each is a system's user names, as names are capitalised).

/** One lowercase word of letters and digits, joined by `.`, `_` or `-` at most (`jsmith`,
 *  `mlee2`, `a.patel`): a user name as systems write them. */
const LOGIN = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/;

/** Every filled value of a provider column's sample is a login: no one's name is there. */
export function loginsOnly(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter(Boolean);
  return filled.length > 0 && filled.every((v) => LOGIN.test(v));
}

/** How a provider id written alone (no name column) is shown to the patient: a short number as
 *  the practice numbers its providers (`ProvNum` 2 → Provider 2), a code as written; '' for an id
 *  of five digits or more (an NPI, a key: no one's name) or a column of logins. */
export function idShownAsName(id: string, logins: boolean): string {
  if (!id || logins) return '';
  if (!/^\d+$/.test(id)) return id;
  return id.length < 5 ? `Provider ${id}` : '';
}

// A provider's code, as appointment lists print it in their provider column: initials (MEDENT's
// `DR` = `JRW`, Medical Manager's `PROV` = `DRJ`, Intergy's `KMS`) or a role and a number
// (Dentrix's `DDS1`, `HYG1`; Open Dental's abbreviation, `DOC1`, which its manual calls the
// provider's short label "used on various lists throughout the program", open-dent.com/manual/
// providers.html). It is the practice's own label for one person, as an id column's `DDS1` is
// (idShownAsName): shown as written, never cased as a name (it had gone as "Jrw", "Kms"). Capitals
// without a vowel, or with digits after them; a family name in capitals has a vowel (`LEE`, `WU`).
const CODE = /^[A-Z]{1,4}\d{0,3}$/;

/** Whether a provider cell is a code (see above): 2 to 7 characters, capitals then digits, and
 *  either a digit or no vowel. Asked once per distinct cell (row-memos.ts). */
export function providerCode(cell: string): boolean {
  const v = cell.trim();
  return v.length >= 2 && CODE.test(v) && (/\d/.test(v) || !/[AEIOUY]/.test(v));
}
