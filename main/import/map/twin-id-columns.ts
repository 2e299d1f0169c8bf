// Two columns both headed `ID` (or `Id`): a query joining the appointment table to the patient
// table writes each table's key under the same name (`SELECT a.ID, ..., p.ID`). Their headers
// cannot say which is which; their values can. The appointment's id is on one appointment only
// (its rows agree on patient and start); the patient's id follows the patient, the same on each of
// that patient's visits and another for each other patient. Only when one patient comes at two
// starts in the sample does the file show it: then the one column keeps the value and the other
// changes it. Otherwise (each patient once, both columns unique) nothing is decided and the
// person is asked, as before.

/** What a sample row is, for telling the two columns apart. */
export interface TwinIdRow {
  /** The patient as written (name and birth date), empty when not known. */
  who: string;
  /** The start as written, empty when not known. */
  when: string;
  /** The two columns' values on this row. */
  values: readonly [string, string];
}

/**
 * Which of two same-named id columns is the appointment's and which the patient's (0 or 1 each),
 * when the sample settles it; undefined when it does not.
 */
export function twinIdRoles(rows: readonly TwinIdRow[]): { appointment: 0 | 1; patient: 0 | 1 } | undefined {
  for (const patient of [0, 1] as const) {
    const appointment = patient === 0 ? 1 : 0;
    if (followsPatients(rows, patient) && onePerAppointment(rows, appointment))
      return { appointment, patient };
  }
  return undefined;
}

/** One value per patient and one patient per value, with some patient seen at two starts under
 *  one value (without that, an appointment id would look the same), over two or more patients. */
function followsPatients(rows: readonly TwinIdRow[], col: 0 | 1): boolean {
  const byPatient = new Map<string, { value: string; when: string }>();
  const byValue = new Map<string, string>();
  let seenTwice = false;
  for (const r of rows) {
    const v = r.values[col].trim();
    if (!v || !r.who || !r.when) continue;
    const mine = byPatient.get(r.who);
    if (mine && mine.value !== v) return false;
    if ((byValue.get(v) ?? r.who) !== r.who) return false;
    if (mine && mine.when !== r.when) seenTwice = true;
    byPatient.set(r.who, mine ?? { value: v, when: r.when });
    byValue.set(v, r.who);
  }
  return seenTwice && byPatient.size >= 2;
}

/** Each value on one appointment only (one patient, one start), every row's value given. */
function onePerAppointment(rows: readonly TwinIdRow[], col: 0 | 1): boolean {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const v = r.values[col].trim();
    if (!v) return false;
    const key = `${r.who}\u001f${r.when}`;
    if ((seen.get(v) ?? key) !== key) return false;
    seen.set(v, key);
  }
  return seen.size > 0;
}
