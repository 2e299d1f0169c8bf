// A note after a status on whether the visit is billed: `No Show-Don't Charge` (Booker, whose
// no-show closes as `No Show-Don't Charge` or is charged, per the Juvonno front-desk guide of
// massageaddict.ca/training-resources/interior/front-desk), `Late Cancel - No Charge`,
// `DNA - Fee Waived`, `Attended - Paid`. WriteUpp practices name their own statuses for what
// they bill (support.writeupp.com/hc/en-us/articles/219043838: "a status ... like Cancelled
// < 24 hours or DNA" set up to be charged). The note says what the practice bills, never whether
// the visit stands, so the status before it decides; a note alone (`Paid`) is no status.
const FEE_NOTES = new Set([
  'charge',
  'charged',
  'no charge',
  'not charged',
  'don t charge',
  'dont charge',
  'do not charge',
  'fee',
  'no fee',
  'fee charged',
  'fee waived',
  'waived',
  'paid',
  'unpaid',
  'not paid',
  // A med spa's or a surgery practice's deposit taken at booking (a no-show or late cancellation
  // forfeits it): `Confirmed - Deposit Paid`, `No Show - Deposit Forfeited`, `Cancelled - Deposit
  // Kept`. What became of the money, never whether the visit stands. A refund is left out: it may
  // be given because the visit was called off, so `Confirmed - Refunded` is asked.
  'deposit paid',
  'deposit taken',
  'deposit received',
  'deposit applied',
  'deposit forfeited',
  'deposit kept',
  'deposit retained',
  'forfeited',
]);

/** The last part set apart by a dash, colon, comma, slash or an opening bracket, and what is
 *  before it (`No Show-Don't Charge`, `DNA (charged)`). */
const LAST_PART = /^(.*\S)\s*(?:[-–—:,/]|\()\s*([^-–—:,/()]+?)\s*\)?$/u;

/** The notes that say a deposit was forfeited: the charge for a no-show or a late cancellation.
 *  Beside a status that says booked and not missed (`Confirmed - Deposit Forfeited`) the two
 *  disagree: sent as booked, a visit called off late would stay on the portal. */
const FORFEIT_NOTES = new Set(['deposit forfeited', 'deposit kept', 'deposit retained', 'forfeited']);

/** Whether the value ends in a note that a deposit was forfeited (FORFEIT_NOTES). */
export function endsInForfeit(value: string, key: (word: string) => string): boolean {
  const m = LAST_PART.exec(value.trim());
  return !!m && FORFEIT_NOTES.has(key(m[2]!));
}

/** The status before a trailing fee note, or undefined when the value ends in no fee note.
 *  `key` is the status vocabulary's compared form (status-vocabulary.ts `normalizeStatus`). */
export function beforeFeeNote(value: string, key: (word: string) => string): string | undefined {
  const m = LAST_PART.exec(value.trim());
  return m && FEE_NOTES.has(key(m[2]!)) ? m[1] : undefined;
}
