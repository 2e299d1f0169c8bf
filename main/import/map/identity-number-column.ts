// A list with no birth-date column whose only birth date is in the patients' personal identity
// numbers (a Swedish `Personnummer`, Norwegian `Fødselsnummer`, Danish `CPR-nr.`, Finnish
// `Henkilötunnus` column): once refused for want of a birth date. Decided once per file, from
// the header, the practice's zone and the first rows, so the rows only read the number
// (identity-number-births.ts). The column is still never the patient id.
import { foldKeepCase } from './header-meaning.ts';
import { hasNumberShape, identityNumberOfZone, type IdentityNumberKind } from './identity-number-births.ts';

/** Headers that name the number (folded as headers are, header-meaning.ts: accents off, `ø` →
 *  o, `æ` → ae; then lower case, letters only). `Personnr` and `Fødselsnr` are the forms' short ones; `CPR` and `Hetu` are the number's
 *  everyday names in Denmark and Finland. */
const NUMBER_HEADER = /personn(?:umme)?r|samordningsn(?:umme)?r|fodselsn(?:umme)?r|henkilotunnus|^cpr|^hetu$/;

function folded(header: string): string {
  return foldKeepCase(header)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** The number the column `header` with these `values` holds, when its header names a personal
 *  identity number and nine in ten of its values (at least two) are written as `kind` is. */
function holdsNumbers(header: string, values: readonly string[], kind: IdentityNumberKind): boolean {
  if (!NUMBER_HEADER.test(folded(header))) return false;
  const written = values.map((v) => v.trim()).filter(Boolean);
  return written.length >= 2 && written.filter((v) => hasNumberShape(v, kind)).length >= 0.9 * written.length;
}

/** The column (none `taken` by another field) that holds the practice's country's number, with
 *  the number it holds. */
export function identityNumberColumn(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  timeZone: string | undefined,
  taken: ReadonlySet<number>,
): { col: number; kind: IdentityNumberKind } | undefined {
  const kind = identityNumberOfZone(timeZone);
  if (!kind) return undefined;
  const col = headers.findIndex(
    (h, j) =>
      !taken.has(j) &&
      holdsNumbers(
        h,
        rows.map((r) => r[j] ?? ''),
        kind,
      ),
  );
  return col < 0 ? undefined : { col, kind };
}

/** The number a birth-date column a person or a profile chose holds, read by the practice's
 *  zone: a mapping saved from the review names the column alone, and its rows read the number
 *  as recognition would. */
export function birthNumberKind(
  header: string,
  values: readonly string[],
  timeZone: string | undefined,
): IdentityNumberKind | undefined {
  const kind = identityNumberOfZone(timeZone);
  return kind && holdsNumbers(header, values, kind) ? kind : undefined;
}

/** Whether a column could be a birth date read from some Nordic number (the mapping's sense check,
 *  which knows no zone: the rows then read it by the practice's). */
export function holdsSomeIdentityNumber(header: string, values: readonly string[]): boolean {
  return KINDS.some((k) => holdsNumbers(header, values, k));
}

const KINDS: readonly IdentityNumberKind[] = ['personnummer', 'fodselsnummer', 'cpr', 'henkilotunnus'];
