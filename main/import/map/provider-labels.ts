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
