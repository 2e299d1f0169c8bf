// A reason column beside a column headed as the status (athenaOne's `appt cancel reason` =
// `PATIENT CANCELLED` beside `appt status` = `Cancelled`; `No Show Reason`, `Cancellation Reason`):
// its values read like status words, so it was taken for a second candidate status and the file
// was asked "which column holds the status?". It says why, never whether: the status column says
// whether. A reason on a row the status sends as booked still holds the file (cancel-text-columns.ts,
// audited row by row), so no cancellation is lost by not asking about the column as a whole.
import { headerConcepts, headerScore } from '../map/header-meaning.ts';

/** Whether `rival`, a reason column, is no rival to `chosen`, a column headed as the status. */
export function reasonBesideStatus(chosen: string, rival: string): boolean {
  const theirs = headerConcepts(rival);
  return (
    headerScore('status', headerConcepts(chosen)) >= 0.9 &&
    headerScore('status', theirs) === 0 &&
    theirs.has('reason')
  );
}
