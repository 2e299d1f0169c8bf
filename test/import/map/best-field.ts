// The field a header names best on its own (header-meaning.ts's scores), for the header tests.
import { FIELD_VOCABULARY, headerConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import type { FieldName } from '../../../main/import/map/profile.ts';

export const FIELDS = Object.keys(FIELD_VOCABULARY) as FieldName[];

/** The field a header names best on its own, or undefined when it names none. */
export function best(header: string): FieldName | undefined {
  const c = headerConcepts(header);
  let top: FieldName | undefined;
  let score = 0;
  for (const f of FIELDS) {
    const s = headerScore(f, c);
    if (s > score) [top, score] = [f, s];
  }
  return top;
}
