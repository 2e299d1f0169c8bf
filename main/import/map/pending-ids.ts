// An id cell that says the record has no number yet: a new patient booked before the front desk
// made the chart (`NEW`, `NEW PT`, `New Patient`), a temporary record (`TEMP`), a booking not
// saved yet (`PENDING`), a patient not registered yet (`Pending Registration`, `Not Registered`:
// red team 61r5 found both sent as one patient's id), crosses typed to get past a required field
// (`XXX`). Not a number of
// nines (`999999`): on one person's rows, every time, it is as likely a real chart number.
// Taken as an id, every new patient of the file (and of the next files) would be one patient on
// the portal, `NEW`; so it is read as the empty cell it stands for, and a column filled on the
// other rows holds the file as an empty cell does (the id-gaps checks), since an id made up for
// the row would split the patient in two once the chart is made. Unlike an id of zeros
// (identity.ts isZeroId), it never says "no patient": the row names one.

/** Words for "no number yet", folded to lower case with marks as single spaces. */
const PENDING_WORDS = new Set([
  'new',
  'new pt',
  'newpt',
  'new pat',
  'new patient',
  'new client',
  'temp',
  'temporary',
  'tmp',
  'pending',
  'pending registration',
  'registration pending',
  'not registered',
  'unregistered',
  'not assigned',
  'unassigned',
  'to be assigned',
  'no chart',
  'no mrn',
  'no id',
  'na',
]);
/** Every first letter of the words above and of crosses, in lower case. */
const MAY_START = 'nprtux';

/** Whether an id cell (trimmed) stands for a number not given yet. Cheap for real ids: a digit
 *  first is never one, and most letters start no such word. */
export function isPendingId(id: string): boolean {
  if (!id || id.length > 24) return false;
  const first = id.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  const lower = id.toLowerCase();
  if (!MAY_START.includes(lower[0]!)) return false;
  if (/^x+$/.test(lower)) return true;
  return PENDING_WORDS.has(lower.replace(/[^a-z0-9]+/g, ' ').trim());
}
