// A Social Security number written as one (`123-45-6789`: three digits, two, four, with hyphens)
// is never sent to the portal, whatever column it stands in. Older practice-management systems
// numbered their patients by SSN, so a `Patient ID` or a bare `ID` of such values had gone as
// the patient id (or been asked about as the appointment id, the SSNs shown as the samples).
// Nine digits without hyphens stay an id: many charts and MRNs are nine digits long.

const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;

/** Whether `value` is written as a Social Security number. */
export function ssnShaped(value: string): boolean {
  return value.length === 11 && SSN_SHAPE.test(value.trim());
}

/** Whether most filled cells of a column (nine in ten) are written as Social Security numbers:
 *  such a column is never taken as an id. */
export function ssnColumn(values: readonly string[]): boolean {
  let filled = 0;
  let ssn = 0;
  for (const v of values) {
    const t = v.trim();
    if (!t) continue;
    filled++;
    if (ssnShaped(t)) ssn++;
  }
  return filled > 0 && ssn >= 0.9 * filled;
}
