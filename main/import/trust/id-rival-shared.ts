// Two columns could be the appointment id: `Appt ID`, and a `Visit #` or `Appt #` beside it. The
// rival is no appointment id when the rows show one of its values on two people (a family's visit
// number shared by a mother and her son, a counter per day or per provider that starts again at
// 1): an appointment id names one patient's booking, and taken as the id it would send two
// people's visits under one. The question is then left out when the chosen column gives every
// row a value of its own. Two people are two names with two patient ids (where the file has them);
// a value repeated on one person's rows (a booking reference kept after a reschedule, a series'
// number) proves nothing, and is still asked. So for the patient id: `Account ID` beside `Person ID`,
// one account on two children whom the person ids tell apart, is a family's account, no rival
// (a patient's own number comes again on their own rows, so only the two rows need it apart).
import type { Recognition } from '../map/recognize.ts';

const NAME_FIELDS = ['patientName', 'lastName', 'firstName'];

/** Whether `rival` is disproved as the appointment id beside `chosen`, by the sampled rows. */
export function idRivalSharedByPeople(
  recognition: Pick<Recognition, 'fields'>,
  chosen: string,
  rival: string,
  sampleValues: (column: string) => string[],
  field: 'appointmentId' | 'patientId' = 'appointmentId',
): boolean {
  const own = sampleValues(chosen);
  const filled = own.filter((v) => v.trim() !== '');
  if (filled.length < 2 || (field === 'appointmentId' && new Set(filled).size !== filled.length))
    return false;
  const column = (field: string): string[] | undefined => {
    const c = recognition.fields.find((f) => f.field === field)?.column;
    return c === undefined || c === chosen || c === rival ? undefined : sampleValues(c);
  };
  const names = NAME_FIELDS.map(column).filter((v): v is string[] => v !== undefined);
  if (!names.length) return false;
  const dob = column('dob');
  if (dob) names.push(dob);
  const ids = column('patientId');
  const person = (row: number): { name: string; id: string } => ({
    name: names.map((v) => (v[row] ?? '').trim().toLowerCase()).join('|'),
    id: (ids?.[row] ?? '').trim(),
  });
  const firstOf = new Map<string, number>();
  const values = sampleValues(rival);
  for (let row = 0; row < values.length; row++) {
    const v = values[row]!.trim();
    if (v === '' || own[row]?.trim() === '') continue;
    const before = firstOf.get(v);
    if (before === undefined) {
      firstOf.set(v, row);
      continue;
    }
    const a = person(before);
    const b = person(row);
    const apart = own[before]!.trim() !== own[row]!.trim();
    if (apart && a.name !== b.name && (!ids || (a.id !== '' && b.id !== '' && a.id !== b.id))) return true;
  }
  return false;
}
