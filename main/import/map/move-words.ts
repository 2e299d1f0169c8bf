// Status words that say an appointment was moved: `Rescheduled`, `Moved`, `Changed` (Ortho2,
// OrthoTrac), `Verschoben`, `Déplacé`, `Reprogramada`. Most systems (CollaborateMD, Open Dental's
// broken-and-rebooked) mark the OLD slot so and list the new one as its own row: the built-in
// vocabulary cancels it. Others
// (MedicalDirector, Healthie) move the appointment itself and leave it booked under the same id
// at its new time with this status. Which one a file means shows only against what was sent: the
// engine asks when such a row's id was sent at another start (moved-status.ts).
const MOVED =
  /(?:^|[^\p{L}])(?:re[-\s]?scheduled|resched|resch|r\/s|moved|changed|verschoben|d[ée]plac[ée]e?|reprogramad[ao])(?=$|[^\p{L}])/iu;

/** Whether a status word says the appointment was moved. */
export function saysMoved(word: string): boolean {
  return MOVED.test(word);
}
