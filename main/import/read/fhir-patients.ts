// A FHIR Patient resource as the patient of an appointment row (fhir-appointments.ts): its name,
// birth date and id (the name in use: official, else usual, else unmarked, and never one whose
// period has ended), and what the resource says against sending to it. Deceased (deceasedBoolean,
// deceasedDateTime) is handed on as a `Deceased` cell for the mapper's deceased rule
// (map/deceased-columns.ts), as a CSV's column is. A Patient whose link says `replaced-by` "must
// no longer be used" (https://hl7.org/fhir/R4/valueset-link-type.html): its visits belong to the
// record it points at, whose number the file does not give for this appointment.
// https://hl7.org/fhir/R4/patient.html
import { XmlElement } from 'libxml2-wasm';
import { childElements, firstElement } from './xml-elements.ts';

/** FHIR writes every primitive as `value="…"`. */
export function valueOf(el: XmlElement | undefined): string {
  return el?.attrs.find((a) => a.name === 'value')?.value.trim() ?? '';
}

export interface FhirPatient {
  id: string;
  family: string;
  given: string;
  birthDate: string;
  /** `true`/`false` (deceasedBoolean) or the date of death (deceasedDateTime); '' when unsaid. */
  deceased: string;
  /** The Patient reference a `replaced-by` link points at, when the record is no longer used. */
  replacedBy?: string;
}

/** Name uses in order of preference; nickname, anonymous, old and maiden names are never taken. */
const NAME_USES = ['official', 'usual', ''];

/** The patient of a Patient resource, or undefined when it lacks a usable name or birth date. */
export function patientOf(el: XmlElement): FhirPatient | undefined {
  // A name whose period has ended (a name before marriage, still listed as official) is no
  // longer the patient's: https://hl7.org/fhir/R4/datatypes.html#HumanName (period).
  const names = childElements(el, 'name').filter(
    (n) => !valueOf(firstElement(firstElement(n, 'period'), 'end')),
  );
  const name = NAME_USES.map((use) => names.find((n) => valueOf(firstElement(n, 'use')) === use)).find(
    Boolean,
  );
  const family = name ? valueOf(firstElement(name, 'family')) : '';
  const given = name ? valueOf(firstElement(name, 'given')) : '';
  const birthDate = valueOf(firstElement(el, 'birthDate'));
  if (!family || !given || !birthDate) return undefined;
  const replaced = childElements(el, 'link').find((l) => valueOf(firstElement(l, 'type')) === 'replaced-by');
  const replacedBy = replaced && valueOf(firstElement(firstElement(replaced, 'other'), 'reference'));
  return {
    id: valueOf(firstElement(el, 'id')),
    family,
    given,
    birthDate,
    deceased: valueOf(firstElement(el, 'deceasedBoolean')) || valueOf(firstElement(el, 'deceasedDateTime')),
    ...(replaced ? { replacedBy: replacedBy || 'another Patient' } : {}),
  };
}

/** The row problem of an appointment whose patient record was replaced by another. */
export function replacedPatient(
  reference: string,
  replacedBy: string,
): { problem: string; hint: string; column: string; value: string } {
  return {
    problem: `this Appointment's patient (${reference}) was replaced by ${replacedBy} (Patient.link 'replaced-by': the record must no longer be used): whose chart the visit is on is not guessed`,
    hint: 'Move the appointment to the patient record that replaced it in the scheduling system, then export it again.',
    column: 'Patient.link',
    value: replacedBy,
  };
}
