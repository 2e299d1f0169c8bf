// A bare `Type` beside a header that names the appointment's type (`Visit Type`, `Appt Type`,
// `Event Category`): the bare one says not whose type it is (the patient's `New` / `Established`,
// a record's, an insurance's), and the one that names the visit is the kind of visit. Both read
// as surely by their words, so the first column had won: `Type` = `Established` went to the
// portal as the visit's type beside `Visit Type` = `Annual Physical`.
import type { FieldName } from './profile.ts';
import { headerWords } from './header-meaning.ts';

/** The type word alone, in the languages the header words know (`Type`, `Typ`, `Tipo`). */
const BARE_TYPE = new Set(['type', 'types', 'typ', 'tipo', 'tipus']);

/** Drops the bare-`Type` column's type candidates when another names the appointment's type. */
export function setAsideBareType(
  candidates: Array<{ field: FieldName; col: number }>,
  headers: readonly string[],
  concepts: ReadonlyArray<ReadonlySet<string>>,
): void {
  const bare = (col: number): boolean => {
    const words = headerWords(headers[col]!);
    return words.length === 1 && BARE_TYPE.has(words[0]!);
  };
  const visitType = candidates.some(
    (c) => c.field === 'type' && !bare(c.col) && concepts[c.col]!.has('appt'),
  );
  if (!visitType) return;
  for (let i = candidates.length - 1; i >= 0; i--)
    if (candidates[i]!.field === 'type' && bare(candidates[i]!.col)) candidates.splice(i, 1);
}
