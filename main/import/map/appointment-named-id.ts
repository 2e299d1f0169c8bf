// Two columns could be the appointment id: `Appt ID`, and a `Visit #` or `Encounter #` beside it
// (58c). A header naming the appointment's own id outranks one naming a visit or an encounter:
// where a file has both, the visit's is another record's number (the encounter opened at
// check-in, the billing visit), and the appointment's is what its header says. Only when the
// appointment's column gives every sampled row a value of its own: an id that is empty or comes
// again is no proof of the appointment, and the question stays. Two columns both naming the
// appointment (`Appt ID` beside `Appt #`) are still asked. The recognizer takes the appointment's
// column whichever stands first (recognize.ts), and the trust gate asks about the rest
// (column-doubts.ts): with either order the outcome is the same (59r5).

const words = (header: string): string[] => header.toLowerCase().split(/[^\p{L}]+/u);
const APPOINTMENT = new Set(['appt', 'appointment', 'apptid', 'appointmentid']);
const VISIT = new Set(['visit', 'visitid', 'encounter', 'enc', 'encounterid']);
const names = (header: string, set: ReadonlySet<string>): boolean => words(header).some((w) => set.has(w));

/** Whether header `a` names the appointment and header `b` a visit or an encounter (neither both). */
export function namesAppointmentBesideVisit(a: string, b: string): boolean {
  return names(a, APPOINTMENT) && !names(a, VISIT) && names(b, VISIT) && !names(b, APPOINTMENT);
}

/** Whether `chosen` (the appointment id) names the appointment and `rival` a visit or an
 *  encounter, and `chosen` gives every sampled row its own value: no close call between them. */
export function appointmentNamedOverVisit(
  chosen: string,
  rival: string,
  chosenValues: readonly string[],
): boolean {
  if (!namesAppointmentBesideVisit(chosen, rival)) return false;
  return ownValueEach(chosenValues);
}

/** Every sampled row (two or more) has a value, and none comes again: the column gives each row
 *  an id of its own. */
export function ownValueEach(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim());
  return filled.length >= 2 && !filled.includes('') && new Set(filled).size === filled.length;
}
