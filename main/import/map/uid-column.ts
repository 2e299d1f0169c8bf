// A column headed `UID` (`Appt UID`, `Booking UID`, iCalendar's and many an API's name for a
// record's unique id): read as an id only when every value is a GUID. India's `UID` is the
// Aadhaar, a person's 12-digit national number (`1234 5678 9012`), never a booking's key: under
// that header anything but GUIDs is read as no id at all, as before. A bare `UID` of GUIDs is a
// record's own key, as a bare `ID` is, and asked about the same way (whose record it is, the
// appointment's or the patient's, the header does not say); `Appt UID` says whose.
import { guidKey } from './guid-ids.ts';
import { headerWordsAsWritten } from './header-meaning.ts';

/** Whether `header` names a UID and every non-empty value of `values` (two at least) is a GUID:
 *  then it reads as a GUID column does (`id`, `guid`). */
export function uidOfGuids(header: string, values: readonly string[]): boolean {
  if (!headerWordsAsWritten(header).some((w) => w.toLowerCase() === 'uid')) return false;
  const filled = values.map((v) => v.trim()).filter(Boolean);
  return filled.length >= 2 && filled.every((v) => guidKey(v) !== undefined);
}
