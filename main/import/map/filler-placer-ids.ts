// An HL7 v2 SIU feed flattened by an interface engine names its two appointment numbers by who
// gave them (`fillerId` / `placerId`, `Filler Appointment ID` / `Placer Appointment ID`). HL7 v2.5
// chapter 10 defines SCH-2, the filler appointment id, as the number the scheduling system (the
// filler, which books the slot) gives the appointment, and SCH-1, the placer appointment id, as the
// requesting system's (a referral's or an order's number, empty when the practice booked the visit
// itself). The standard says which one is the appointment's: the filler's, read without a
// question (below SURE by its header alone, or beside the placer's) when it gives every sampled
// row a value of its own. An empty or repeated filler id proves nothing, and the question stays.
// SCH-26 and SCH-27 (`Filler Order Number`) are an order's numbers, no appointment's.
import { ownValueEach } from './appointment-named-id.ts';
import { headerWordsAsWritten } from './header-meaning.ts';

/** A header's words in lower case, camelCase cut apart (`fillerApptId` → filler appt id). */
const words = (header: string): string[] => headerWordsAsWritten(header).map((w) => w.toLowerCase());

const ID_WORDS = new Set(['id', 'appt', 'appointment', 'number', 'no', 'nr', 'num']);
const OTHER = new Set(['order', 'status', 'reason', 'type', 'date', 'time', 'duration']);

/** `fillerId`, `Filler Appointment ID`, `filler_appt_no`: the filler's appointment number. */
function namesFillerId(header: string): boolean {
  const w = words(header);
  return (
    w.includes('filler') &&
    !w.includes('placer') &&
    w.some((x) => ID_WORDS.has(x)) &&
    !w.some((x) => OTHER.has(x))
  );
}

/** `placerId`, `Placer Appointment ID`: the requesting system's number. */
export function namesPlacerId(header: string): boolean {
  const w = words(header);
  return w.includes('placer') && !w.includes('filler') && !w.some((x) => OTHER.has(x));
}

/** Whether `column` is the filler's appointment id and gives every sampled row its own value. */
export function fillerIdProven(column: string, values: readonly string[]): boolean {
  return namesFillerId(column) && ownValueEach(values);
}

/** Whether `chosen` is the filler's appointment id, proven one per row, and `rival` the placer's:
 *  the standard settles it whichever of the two stands first (recognize.ts takes the filler's,
 *  column-doubts.ts asks nothing about the placer's). */
export function fillerOverPlacer(chosen: string, rival: string, chosenValues: readonly string[]): boolean {
  return namesPlacerId(rival) && fillerIdProven(chosen, chosenValues);
}
