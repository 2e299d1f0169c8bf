// A patient-id column whose values number the rows (`1`, `2`, `3`; `001`, `002`; `20270322-01`)
// is a line number a report writer put under `Patient ID` or `MRN`, never the patient's record:
// the next export, one booking added above, gives Hollis's number to the patient before her, and
// her visits go onto that patient's portal. The appointment-id column is judged so already
// (id-column.ts, row-counter.ts); a patient's number is worse to get wrong, so it is asked about,
// never dropped: whether the file's numbers are the records of a young database only a person can
// say, and the answer (confirm, or map no column: patients are then known by name and birth date)
// is remembered with the mapping. Three rows at least, each number once: a person who comes back
// repeats their number (no counter then), and one or two rows count by chance.
import type { Doubt } from '../../model/doubt.ts';
import { readsAsEmpty } from '../map/no-value.ts';
import { isRowCounter } from './row-counter.ts';

/** The doubt over the patient-id column `header` whose sample `values`, in row order, number the
 *  rows; else undefined. */
export function countedPatientIdsDoubt(header: string, values: readonly string[]): Doubt | undefined {
  const ids = values.map((v) => v.trim()).filter((v) => v && !readsAsEmpty(v));
  if (ids.length < 3 || new Set(ids).size !== ids.length || !isRowCounter(ids)) return undefined;
  const samples = ids.slice(0, 3);
  return {
    kind: 'column',
    field: 'patientId',
    column: header,
    message: `'${header}' numbers the rows (${samples.join(', ')}…): a line number, not the patient's own id; in the next export the same number would be another patient, and this patient's visits would go onto that patient's portal`,
    samples,
    question: `Does '${header}' hold each patient's own chart or record number? Confirm the mapping only if so; if it numbers the lines, map the column that holds the patient's id, or none (patients are then known by name and birth date)`,
  };
}
