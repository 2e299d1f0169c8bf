// Plain words that say a visit is off without a cancel word: the patient will not come (`pt called
// - cant make it`, `not coming`, `no va a venir`, `ne viendra pas`), the booking is no real one
// (`DUPLICATE`, `entered in error`, `wrong patient`), the patient is gone (`pt deceased`, `no
// longer with practice`, `falleció`), the visit waits on a call to move it (`will call to
// resched`, `llamará para reprogramar`) or was turned down (`left msg, pt declined`). A status of
// `Scheduled` beside them sent these as booked visits; read with the cancel words
// (cancel-mention.ts), they hold the file, and the front desk answers the text.
//
// Each phrase is read in its clause only, and only as it is about this visit: `pt declined flu
// shot`, `card declined`, `mother deceased`, `duplicate receipt`, `double booked OK` or `will
// call back with ins info` say nothing of it.
import { foldAccents } from './status-vocabulary.ts';

/** Who may be the subject of a phrase about the visit (`pt declined`, `patient deceased`). */
const WHO = String.raw`(?:(?:the |this )?(?:pt|pts|patient|client|she|he|they|mom|dad|mother|father|parent|guardian|paciente|patiente?) )?`;
const THE_VISIT = String.raw`(?:the |this |her |his |their |todays |today s |la |el |su |le |son |sa )?(?:appt|appts|apt|appointment|visit|booking|slot|session|cita|rdv|rendez vous)`;

/** The patient died: `Pt deceased`, `Paciente falleció`, `Expired 3/20`, and the subject after
 *  the word as a registration or check-in column writes it (`Expired (patient)`, `Deceased - pt`). */
const DIED =
  /^(?:(?:the )?(?:pt|patient|paciente|patiente?) )?(?:is |has |was |has been )?(?:deceased|passed away|passed|died|expired|fallecio|fallecido|fallecida|decede|decedee)(?: (?:pt|patient|paciente|patiente?))?(?: (?:on )?\d.*)?$/;

/** Phrases read in a clause of the note, folded (no accents, lower case, apostrophes dropped, any
 *  other mark a space). */
const OFF_IN_CLAUSE: readonly RegExp[] = [
  // Will not come: `cant make it`, `unable to attend`, `not coming (in)`, `wont be coming`.
  new RegExp(
    String.raw`(?:^| )(?:cant|cannot|can not|couldnt|could not|unable to|not able to|wont be able to|will not be able to|not going to|wont|will not) (?:make it|make ${THE_VISIT}|attend|keep ${THE_VISIT}|come(?: in)?(?: today| tomorrow)?$)`,
  ),
  /(?:^| )(?:not|wont be|will not be|isnt|is not|not be) coming(?: in| back)?(?: today| tomorrow)?$/,
  /(?:^| )no (?:longer )?(?:va a venir|viene|vendra|puede venir|podra venir|asistira|asiste)(?: a la cita)?(?: hoy| manana)?$/,
  /(?:^| )ne (?:viendra|vient|peut|pourra) pas(?: venir)?(?: au rdv| au rendez vous)?$/,
  // No real booking: made in error, for the wrong patient, a duplicate of another.
  /(?:^| )(?:entered|booked|scheduled|sched|schd|made|created|added|keyed|input|put in) (?:in|by) (?:error|mistake)(?: |$)/,
  /(?:^| )(?:booked|scheduled|entered|made) (?:on|under|for) (?:the )?wrong (?:patient|pt|person|chart|account|acct)(?: |$)/,
  /^(?:booked |scheduled |entered )?(?:wrong|incorrect) (?:patient|pt|person|chart|account|acct)(?: (?:booked|scheduled|entered|selected|chosen))?$/,
  new RegExp(
    String.raw`^(?:(?:this |appt |appointment )?(?:is )?(?:a )?)?(?:duplicate|duplicated|dup|dupe|dupl|duplicado|duplicada|doublon|en double)(?: (?:appt|appointment|apt|visit|entry|booking|record|cita|rdv))?(?: (?:of|see|with|for|de|avec)(?: .*)?)?$`,
  ),
  new RegExp(String.raw`^${THE_VISIT} (?:duplicado|duplicada|en double)$`),
  // The patient is gone: died, left the practice, moved away.
  DIED,
  /(?:^| )no longer (?:with|at|seen at|seeing|a patient|a pt|pt|patient|our patient|coming|sees|active)(?: |$)/,
  /(?:^| )(?:left|leaving) (?:the |our )?practice(?: |$)/,
  /(?:^| )(?:transferred (?:out of|from)|dismissed from|discharged from) (?:the |our )?(?:practice|office|clinic)(?: |$)/,
  /(?:^| )(?:transferred care to|moved out of (?:state|the area|area|town|the country)|moved away|ya no es paciente|n est plus (?:patient|suivi))(?: |$)/,
  // A call to move it, not yet made: `will call to resched`, `wants to rebook`, `office to
  // rebook`; not a next visit to book (`ok to rebook if needed`, `rebook in 6 mo`).
  new RegExp(
    String.raw`(?<!(?:^| )(?:not|dont|doesnt|didnt|never|no)(?: \p{L}+)?)(?:^| )(?:will|wil|(?:pt|patient|office|ofc|clinic|we|dr|doctor) to|wants|want|wanted|needs|need|would like|asked|asks|requests|requested|request|going|gonna|plans|wcb|will cb) (?:(?:call|calling|cb|call back|callback|phone|text|email|try) )?(?:to |back to |in to |for )?(?:a )?(?:resched\w*|reschedule|re schedule|rs|r s|rebook\w*|re book\w*|reappoint)(?:$| (?:${THE_VISIT}|when|once|after|later|per|asap|soon|due|because|bc|as|pt|patient|dr|with)(?: |$))`,
    'u',
  ),
  /(?:^| )(?:llamara|llama|quiere|necesita|va a) (?:para |a )?(?:reprogramar|reagendar|cambiar (?:la )?cita)(?: |$)/,
  /(?:^| )(?:rappellera|rappelle|veut|doit) (?:pour )?(?:reporter|deplacer|changer (?:le |son )?(?:rdv|rendez vous))(?: |$)/,
  // Turned down: `pt declined`, `declined appt`, `refused` (not `declined flu shot`, `card declined`).
  new RegExp(
    String.raw`^${WHO}(?:has |had )?(?:declined|refused|rejected|rechazo|rechazada|no acepto|refuse|refusee|a refuse)(?: ${THE_VISIT})?$`,
  ),
];

/** Whole values of a column or a note that say the booking was taken away: a record's state in
 *  the words of its system (`Removed`, `Withdrawn`, `Voided`, `Struck`), as a second status-like
 *  column writes them beside a status of `Scheduled`. `Inactive` is a patient's or an account's
 *  state as often (deceased-columns.ts): read so only in a column not headed for the patient. */
const WITHDRAWN_RECORD =
  /^(?:(?:appt|appointment|visit|booking|record|entry) )?(?:removed|withdrawn|withdrew|voided|void|struck|struck off|struck out|stricken|retracted|rescinded|revoked|erased|purged|superseded)(?: (?:appt|appointment|visit|booking|record|entry))?$/;
/** The booking itself lapsed (`Appointment expired`, `Expired appointment`, `Booking timed
 *  out`): a hold or a request
 *  never taken up, or a check-in window missed; a person could not say the visit stands. A bare
 *  `Expired` is the patient's death (OFF_IN_CLAUSE), an invite's `Link expired` the outreach's
 *  (cancel-text-columns.ts outreachLapsed). */
const VISIT_LAPSED =
  /^(?:the |this )?(?:appt|appointment|visit|booking|reservation|slot|hold) (?:has )?(?:expired|lapsed|timed out)$|^(?:expired|lapsed|timed out) (?:appt|appointment|visit|booking|reservation|slot|hold)$/;
const INACTIVE =
  /^(?:(?:appt|appointment|visit|booking|record|entry) )?(?:inactive|inactivated|deactivated|not active)$/;

/** Cheap test first: a note with none of these stems is never read further (a notes column may
 *  hold 200,000 distinct texts). */
const MAY_SAY_OFF =
  /make|attend|keep|com|ven|vien|error|mistake|wrong|incorrect|dup|doubl|deceas|pass|died|expired|fallec|deced|longer|left|leav|transfer|dismiss|discharg|moved|paciente|patient|resch|schedul|\brs\b|\br s\b|rebook|re book|reappoint|reprogram|reagend|cita|report|deplac|rdv|declin|refus|reject|rechaz|acept|remov|withdr|void|struck|strick|retract|rescind|revok|eras|purg|supersed|activ|laps|timed/;

/** Folded as the phrases are written: apostrophes dropped (`can't` → `cant`), other marks spaces. */
function fold(text: string): string {
  return foldAccents(text)
    .replace(/(?<=\p{L})['’`´](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Clause breaks as cancel-mention.ts reads them: `,;.:!?/` and a dash with a space beside it. */
const CLAUSE_BREAK = /[,;.:!?]+|\s[-–—]+|[-–—]+\s|\s\/|\/\s/u;

/** Whether a note, a reason or a free column says in plain words that this visit is off. */
export function saysVisitOff(text: string): boolean {
  const whole = fold(text);
  if (!MAY_SAY_OFF.test(whole)) return false;
  if (WITHDRAWN_RECORD.test(whole) || VISIT_LAPSED.test(whole)) return true;
  for (const part of text.split(CLAUSE_BREAK)) {
    const clause = fold(part);
    if (clause && OFF_IN_CLAUSE.some((p) => p.test(clause))) return true;
  }
  return false;
}

/** Whether a status-like column's whole value says its record was taken away (`Removed`,
 *  `Voided`; `Inactive` only when the column is not the patient's: `aboutPatient`). */
export function recordWithdrawn(value: string, aboutPatient: boolean): boolean {
  const v = fold(value);
  return WITHDRAWN_RECORD.test(v) || VISIT_LAPSED.test(v) || (!aboutPatient && INACTIVE.test(v));
}

/** Whether a whole value says the patient died (`Deceased`, `Paciente falleció`, `Expired
 *  (patient)`): whatever the column, the visit will not happen. */
export function saysPatientDied(value: string): boolean {
  return DIED.test(fold(value));
}
