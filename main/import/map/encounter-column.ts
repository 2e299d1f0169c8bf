// A hospital or clinic schedule lists one visit once per booked provider or resource: Epic's
// Department Appointments Report prints a joint visit (a physician and a behavioral health
// clinician) on each one's schedule, a by-resource list prints an infusion under its chair and
// its nurse. With no appointment id, those rows of one patient at one start under two providers
// are held (provider-split): they may be two visits. When the rows also carry one encounter's
// number (Epic's CSN, an `Encounter #`, NextGen's `enc_nbr`, Cerner Millennium's `FIN`), the
// file proves one visit: an
// encounter is one visit, never two at one start. The encounter's number is still no
// appointment id (header-words.ts: a series or a rebooking may keep it), so it only joins rows of
// one patient's start; it names no appointment by itself.
import { headerConcepts } from './header-meaning.ts';
import { mappedIndexes, type ColumnRefs } from './resolve-columns.ts';

/** Concepts an encounter-number header may carry beside `encounter` (`Enc #`, `PAT_ENC_CSN_ID`,
 *  `Appt CSN`); any other (`Encounter Type`, `Encounter Date`, `Enc Status`) is another value. */
const NUMBER_CONCEPTS = new Set(['encounter', 'id', 'appt', 'patient']);

/** Cerner Millennium's financial number, the encounter's (`FIN`, `FIN Nbr`, `FIN #`), written as
 *  the acronym in capitals: the French `Fin` is an end (header-words.ts), read as one when its
 *  values are times. */
const FIN_HEADER = /^FIN(?:\s*(?:#|Nbr|NBR|Number|No\.?))?$/;
/** A FIN as Millennium writes it: digits, after a short letter prefix at most. */
const FIN_VALUE = /^[A-Za-z]{0,4}-?\d{4,}$/;

/** The first column read for no field whose header names an encounter's number (a `FIN` whose
 *  first values, `values(header)`, are all such numbers). */
export function encounterColumn(
  headers: readonly string[],
  refs: ColumnRefs,
  values: (header: string) => string[] = () => [],
): number | undefined {
  const taken = mappedIndexes(refs);
  for (let index = 0; index < headers.length; index++) {
    if (taken.has(index)) continue;
    const header = headers[index]!;
    const concepts = headerConcepts(header);
    if (concepts.has('encounter') && [...concepts].every((c) => NUMBER_CONCEPTS.has(c))) return index;
    if (FIN_HEADER.test(header.trim())) {
      const filled = values(header)
        .map((v) => v.trim())
        .filter((v) => v !== '');
      if (filled.length > 0 && filled.every((v) => FIN_VALUE.test(v))) return index;
    }
  }
  return undefined;
}
