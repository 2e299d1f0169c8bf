// A provider column whose header may name the patient's usual provider (`Care Provider`, Sunrise's
// word for every clinician; `Primary Provider`) is asked about because a patient's usual provider
// sent as the appointment's would put the wrong name on the portal. A usual provider belongs to the
// patient: an export joins the same one to each of the patient's rows. Where one patient's two
// visits in the file name two different people in that column, it is not the patient's own but
// each visit's, and the question is answered by the file.
import type { Recognition } from '../map/recognize.ts';
import { parseProviderName } from '../map/provider-name.ts';

/** The role words whose other reading is one per patient (the usual provider). Others (`Referring`,
 *  `Supervising`, `Lead`, `Billing`) differ from visit to visit in their own right, and `PCP`
 *  says the patient's primary care provider outright: those stay asked. */
const PER_PATIENT_ROLES = new Set(['care', 'primary']);

/** Whether the file shows that a provider column with these role words is each visit's: the same
 *  patient (patient id AND name, and birth date where there is one, so a family's shared account
 *  proves nothing) seen on two rows with two different people in it. With no patient id, name and
 *  birth date must both be there (two people may share a name). */
export function providerPerVisit(
  recognition: Pick<Recognition, 'fields'>,
  column: string,
  words: readonly string[],
  sampleValues: (column: string) => string[],
): boolean {
  if (words.length === 0 || !words.every((w) => PER_PATIENT_ROLES.has(w))) return false;
  const of = (field: string): string | undefined => recognition.fields.find((f) => f.field === field)?.column;
  const id = of('patientId');
  const dob = of('dob');
  const names = ['patientName', 'firstName', 'lastName'].map(of).filter((c): c is string => !!c);
  if (names.length === 0 || (!id && !dob)) return false;
  const keyColumns = [...(id ? [id] : []), ...names, ...(dob ? [dob] : [])].map(sampleValues);
  const providers = sampleValues(column);
  const seen = new Map<string, string>();
  for (let i = 0; i < providers.length; i++) {
    const parts = keyColumns.map((c) => (c[i] ?? '').trim().toLowerCase());
    if (parts.some((p) => p === '')) continue;
    const who = (providers[i] ?? '').trim();
    if (!who) continue;
    const key = parts.join('\u0000');
    const before = seen.get(key);
    if (before === undefined) seen.set(key, who);
    else if (!samePerson(before, who)) return true;
  }
  return false;
}

/** Two provider cells name one person: written alike, or the same given and family names once
 *  titles, credentials and the order are set aside (`Dr. Ann Lee` and `LEE, ANN MD`). */
function samePerson(a: string, b: string): boolean {
  const fold = (v: string): string => v.replace(/\s+/g, ' ').toLowerCase();
  if (fold(a) === fold(b)) return true;
  const x = parseProviderName(a);
  const y = parseProviderName(b);
  if (x.last === '' || y.last === '') return false;
  // A family name alone on one side (`Dr. Lee` beside `Ann Lee`) may be the same person.
  if (fold(x.last) === fold(y.last) && (x.first === '' || y.first === '')) return true;
  return fold(x.first) === fold(y.first) && fold(x.last) === fold(y.last);
}
