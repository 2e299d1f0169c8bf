// Sites in a location column the mapping leaves out. A `Location` whose cells are not all written
// `City, ST` (a person's `Hollis, Grace` among `Indianapolis, IN` and `Evansville, IN`, or codes
// in lower case, `Evansville, in`) reads as people, rooms or codes and is left out: the practice
// name goes as every row's location, so no person's name goes as a site. Its sites still say
// which clock the row is on: Evansville's visit at an Indianapolis practice is an hour off
// however the column is read. Each such cell is checked against the practice's clock
// (trust/location-zones.ts) and, once a person answers its zone, read on it (map-row.ts), as a
// kept location's is.
import {
  headerConcepts,
  headerScore,
  namesAnotherThings,
  patientsOwnLocation,
  providersPlace,
} from './header-meaning.ts';
import { memoized } from './parse-memo.ts';
import { mappedIndexes, type ColumnRef, type ColumnRefs } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';
import { namesPerson, statedPlaces } from './state-clocks.ts';
import { placeAndState } from './us-zone-places.ts';

/** The file's columns headed as the visit's location (`Location`, `Facility`, `Site`) or its
 *  provider's (`Provider Location`) that no field is read from; never the patient's own place
 *  (`Patient Location`) nor another thing's (`Pharmacy Location`, `Referring Provider Location`). */
export function unkeptSiteColumns(headers: readonly string[], refs: ColumnRefs): ColumnRef[] {
  const used = mappedIndexes(refs);
  return headers.flatMap((header, index) => {
    if (used.has(index)) return [];
    const concepts = headerConcepts(header);
    const site =
      headerScore('location', concepts) > 0 &&
      !patientsOwnLocation(concepts) &&
      !namesAnotherThings('location', header);
    // The provider's place is the practice's side too: a telehealth provider in Denver keeps
    // Denver's clock, which a `Start (Provider TZ)` of a Chicago practice is on.
    if (!site && !providersPlace(concepts)) return [];
    return [{ header, source: 'main' as const, index }];
  });
}

/** The row's cells of those columns that name a place and its state (`Evansville, in`): the
 *  sites whose clock the row may be on; and those naming a provider by a credential. A room or a
 *  plain name there names no clock. */
export function unkeptSitesReader(cursor: RowCursor, columns: readonly ColumnRef[]): () => string[] {
  const cells = columns.map((c) => cursor.readerAt(c));
  // A province's or territory's code (`Toronto, ON`), or an address ending in one and its postal
  // code, names a clock as a state does (state-clocks.ts). A provider's name there (`Kim, NP`) is
  // passed too: it tells the check that a `Jones, MD` of the same file is a credential, not
  // Maryland (trust/location-zones.ts).
  const site = memoized(
    (cell: string): boolean =>
      placeAndState(cell, true) || statedPlaces(cell).length > 0 || namesPerson(cell),
  );
  return () =>
    cells.flatMap((read) => {
      const v = read();
      return v !== '' && site(v) ? [v] : [];
    });
}
