// Words a start-time cell holds in place of a time: a walk-in (`WALK-IN`, `Walk-ins`, `Walk In
// 8-11`: an allergy shot room's or a lab's walk-in hours), a part of the day (`AM`, `PM`,
// `Morning`, `Afternoon`: a session with no booked minute), or any time of it (`Any time`,
// `Anytime`, `All day`, `ASAP`). Such a row is a row error like any unreadable time, never a
// guessed hour; the hint says why it has no time and what to do, instead of "correct the time".

const UNTIMED =
  /^(?:walk[\s-]?ins?\b.*|am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|any\s?time|all\s?day|asap)$/iu;

/** Whether a start-time cell names no time of day (a walk-in, a part of the day, any time). */
export function namesNoTime(cell: string): boolean {
  return UNTIMED.test(cell.trim());
}

/** The reason and hint of the row error for such a cell. */
export const NO_TIME_REASON =
  'names no time of day (a walk-in, a part of the day or any time of it), not a booked start';
export const NO_TIME_HINT =
  'The portal shows each appointment at its start time: book the visit at a time in the scheduling software, or leave walk-ins out of the export';
