// An appointment-id column whose every value is a number below 100 (`8`, `3`, `1`) is asked
// about, never sent as the id unasked. A scheduling database's appointment ids are that small only
// in its first weeks; a count is always so: the patient's 8th visit of a plan of care (a therapy
// clinic's `Appt #` or `Visit #`, `8 of 12` written as `8`), the 3rd session of a series. Unique
// in a short list and no counter of the rows (row-counter.ts), such a count passes the id checks
// (id-column.ts), yet the next patient to reach visit 8 comes under the same number, and the
// patient's next plan of care starts again at 1 and moves the first plan's visit 1. Only a person
// who knows the system can say which it is; the answer (confirm, or map no id: ids are then made
// from patient, provider and day) is remembered with the mapping. Only a report's label is asked
// about (`Appt #`, `Appt No`, `Visit ID`: words apart, or a `#` or `.`): a count is what a report
// prints, while a column named as a program stores its record (`AptNum`, Open Dental's key;
// `ApptNo` in an XML record; `appointment_id`) holds the record's own key, which a new
// database numbers from 1.
import type { Doubt } from '../../model/doubt.ts';
import { readsAsEmpty } from '../map/no-value.ts';

/** One or two digits: below 100. */
const SMALL = /^\d{1,2}$/;
/** A report's label: words apart, or a `#` or `.` in it. */
const REPORT_LABEL = /[\s#.]/;

/** The doubt over the appointment-id column `header`, a report's label, when every value of
 *  `values` (blanks and empty words left out, one at least) is a number below 100; else undefined. */
export function smallIdNumbersDoubt(header: string, values: readonly string[]): Doubt | undefined {
  if (!REPORT_LABEL.test(header.trim())) return undefined;
  const ids = values.map((v) => v.trim()).filter((v) => v && !readsAsEmpty(v));
  if (ids.length === 0 || !ids.every((v) => SMALL.test(v))) return undefined;
  const samples = [...new Set(ids)].slice(0, 3);
  return {
    kind: 'appointment-id',
    field: 'appointmentId',
    column: header,
    message: `every value of '${header}' is a number below 100 (${samples.join(', ')}): a count (the patient's 8th visit of a plan of care, the 3rd of a series) is written so, and the next patient to reach that number would come under the same id`,
    samples,
    question: `Is '${header}' each appointment's own id, never given to another appointment? Confirm the mapping only if so; if it counts the patient's visits, map no column as the appointment id (ids are then made from patient, provider and day)`,
  };
}

/** Letters and digits alone. */
const bare = (v: string): string => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The doubt over the appointment-id column `header` when every value is the row's patient id with a
 * number below 100 after (or before) it (`100415-1`, `100415-02`, `3-100415`), on two rows at
 * least, the patient's number of four signs or more: a count of the patient's visits under the patient's number (62g), which a small number
 * alone already is (smallIdNumbersDoubt). A report numbering each patient's rows gives the
 * patient's next visit the `-1` of the one before once that one is past, and moves it there;
 * only a person who knows the system can say the count is kept. Else undefined.
 */
export function patientCountIdsDoubt(
  header: string,
  values: readonly string[],
  patientIds: readonly string[],
): Doubt | undefined {
  let both = 0;
  for (let row = 0; row < values.length; row++) {
    const raw = (values[row] ?? '').trim();
    const pid = bare(patientIds[row] ?? '');
    if (!raw || readsAsEmpty(raw) || !pid) continue;
    // A patient number of a few signs may begin an id by chance (`7` and `745`).
    if (pid.length < 4) return undefined;
    const id = bare(raw);
    const rest = id.startsWith(pid)
      ? id.slice(pid.length)
      : id.endsWith(pid)
        ? id.slice(0, -pid.length)
        : undefined;
    if (rest === undefined || !SMALL.test(rest)) return undefined;
    both++;
  }
  if (both < 2) return undefined;
  const samples = [...new Set(values.map((v) => v.trim()).filter(Boolean))].slice(0, 3);
  return {
    kind: 'appointment-id',
    field: 'appointmentId',
    column: header,
    message: `every value of '${header}' is the patient's id with a number below 100 (${samples.join(', ')}): a count of the patient's visits is written so, and the patient's next visit may come under the number of the one before`,
    samples,
    question: `Is '${header}' each appointment's own id, never given to another appointment? Confirm the mapping only if so; if it counts the patient's visits, map no column as the appointment id (ids are then made from patient, provider and day)`,
  };
}
