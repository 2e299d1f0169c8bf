// The date columns sent besides the appointment's start (the birth dates, the end, the
// cancellation), each of which must read its day/month order from proof written like it
// (date-order-decision.ts). A birth date is the patient's record: read the wrong way round, the
// portal matches the visit to no one, or to someone else.
import type { MappingProfile } from '../map/profile.ts';
import type { ColumnRefs } from '../map/resolve-columns.ts';
import type { SentDateColumn } from './date-order-decision.ts';

const WHAT = { dob: 'birth dates', end: 'end dates', cancelledAt: 'cancellation dates' } as const;

/** The file's own sent date columns besides the start; birth dates carried by an identity number
 *  (`profile.dobWritten`) are read from it, not as a date. */
export function sentDateColumns(refs: ColumnRefs, profile: MappingProfile): SentDateColumn[] {
  return (Object.keys(WHAT) as Array<keyof typeof WHAT>)
    .filter((f) => refs[f]?.source === 'main' && !(f === 'dob' && profile.dobWritten))
    .map((f) => ({ header: refs[f]!.header, what: WHAT[f] }));
}
