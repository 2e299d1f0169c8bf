// The question asked when the split name columns may hold whoever booked rather than the patient
// (map/whose-name.ts decides when): it says what a truthful confirmation sends.
import type { Doubt } from '../../model/doubt.ts';
import type { WhoseNameQuestion } from '../map/whose-name.ts';

const quoted = (columns: readonly string[]): string => columns.map((c) => `'${c}'`).join(' and ');

export function whoseNameDoubt(q: WhoseNameQuestion): Doubt {
  const split = quoted(q.last === undefined ? [q.first] : [q.first, q.last]);
  const names = q.last === undefined ? 'names' : 'name';
  const other = quoted(q.other);
  if (q.field === 'dob')
    return {
      kind: 'column',
      check: 'whose-name',
      field: 'dob',
      column: q.other[0]!,
      message: `the birth date in ${other} is not said to be of the person in ${split}, who may be whoever booked`,
      samples: q.samples,
      question: `Are ${split} the name of the person born on ${other}? Confirming sends that name with this birth date; if the patient's name is in another column, map it as the patient's name instead`,
    };
  return {
    kind: 'column',
    check: 'whose-name',
    field: 'patientName',
    column: q.other[0]!,
    message: `${split} ${names} another person than ${other} on the same rows: one may be whoever booked, the other the patient`,
    samples: q.samples,
    question: `Whose appointment is it? Confirming sends the name in ${other} as the patient's (a row without it is refused); if the patient is the person in ${split}, map ${q.last === undefined ? 'it' : 'those'} as the patient's name instead`,
  };
}
