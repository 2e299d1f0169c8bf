// A list with no birth-date column whose only birth date is in the patients' personal identity
// numbers (a Swedish `Personnummer`, Norwegian `Fødselsnummer`, Danish `CPR-nr.`, Finnish
// `Henkilötunnus` column): once refused for want of a birth date. Decided once per file, from
// the header, the practice's zone and the first rows, so the rows only read the number
// (identity-number-births.ts). The column is still never the patient id.
import { hasNumberShape, identityNumberOfZone, type IdentityNumberKind } from './identity-number-births.ts';

/** Headers that name the number (folded: lower case, accents off, `ø` → o, `æ` → ae, letters
 *  only). `Personnr` and `Fødselsnr` are the forms' short ones; `CPR` and `Hetu` are the number's
 *  everyday names in Denmark and Finland. */
const NUMBER_HEADER = /personn(?:umme)?r|samordningsn(?:umme)?r|fodselsn(?:umme)?r|henkilotunnus|^cpr|^hetu$/;

function folded(header: string): string {
  return header
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

/** The column (none `taken` by another field) whose header names the practice's country's identity number and whose sampled
 *  values are nine in ten written as that number (at least two), with the number it holds. */
export function identityNumberColumn(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  timeZone: string | undefined,
  taken: ReadonlySet<number>,
): { col: number; kind: IdentityNumberKind } | undefined {
  const kind = identityNumberOfZone(timeZone);
  if (!kind) return undefined;
  for (let j = 0; j < headers.length; j++) {
    if (taken.has(j) || !NUMBER_HEADER.test(folded(headers[j]!))) continue;
    const values = rows.map((r) => (r[j] ?? '').trim()).filter(Boolean);
    const shaped = values.filter((v) => hasNumberShape(v, kind)).length;
    if (values.length >= 2 && shaped >= 0.9 * values.length) return { col: j, kind };
  }
  return undefined;
}
