// Which columns recognition is not sure of, among those that decide what a patient sees: the
// appointment id, the patient id, the names, the date of birth, the start, the status. A field is
// sure when its column's score is high AND no other free column comes close; otherwise the person
// is asked once. Fields named by a preset or a confirmed profile are sure by definition (a person
// or a documented layout named them); this module judges automatic recognition only.
import type { Doubt } from '../../model/doubt.ts';
import { FIELD_LABELS, type FieldName } from '../map/profile.ts';
import {
  headerConcepts,
  headerScore,
  headerWords,
  namesOtherThing,
  OTHER_RECORD,
  otherRoleWords,
} from '../map/header-meaning.ts';
import { TIME_CONCEPTS } from '../map/header-words.ts';
import { ssnColumn } from '../map/ssn-values.ts';
import { birthDateNumberColumn } from '../map/birth-date-numbers.ts';
import { visitOrdinalColumn } from '../map/visit-ordinal.ts';
import { classifyBuiltInStatus, parseFlag } from '../map/status-vocabulary.ts';
import { confirmationRefuses } from './confirmation-refusals.ts';
import { CLOSE, roleBesideNameParts, type Recognition } from '../map/recognize.ts';
import { normalizeHeader } from '../map/resolve-columns.ts';
import type { ColumnShape } from '../map/value-shapes.ts';
import { namesAPlace } from '../map/provider-pair.ts';
import { parseProviderName } from '../map/provider-name.ts';
import { whoseNameDoubt } from './whose-name-doubt.ts';
import { providerPerVisit } from './per-visit-provider.ts';
import { sessionHoursColumn } from './session-hours.ts';
import { bareIdPerBooking } from './bare-id-column.ts';
import { idRivalSharedByPeople } from './id-rival-shared.ts';
import { appointmentNamedOverVisit, namesAppointmentBesideVisit } from '../map/appointment-named-id.ts';
import { fillerIdProven, fillerOverPlacer } from '../map/filler-placer-ids.ts';
import { reasonBesideStatus } from './reason-beside-status.ts';
import { hijriDatesNote } from '../map/hijri-dates.ts';
import { ownAccountsUnderOneGuarantor } from '../map/shared-accounts.ts';

/** The fields that decide what a patient sees. */
export const KEY_FIELDS: readonly FieldName[] = [
  'appointmentId',
  'patientId',
  'patientName',
  'firstName',
  'lastName',
  'dob',
  'dateTime',
  'date',
  'time',
  'status',
  'cancelledAt',
  'cancelledFlag',
];

/** At or above: the header names the field and the values fit it. */
export const SURE = 0.75;

/** The non-empty values of a sample, trimmed. */
function filled(values: readonly string[]): string[] {
  return values.map((v) => v.trim()).filter(Boolean);
}

export function samplesOf(values: readonly string[], max = 3): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t && !out.includes(t)) out.push(t.slice(0, 40));
    if (out.length >= max) break;
  }
  return out;
}

/**
 * A cancellation column (`CancelReason`, `Cancelled`) empty on every row beside a status column:
 * there is nothing in it to read, and the status word decides every row; a value in it past the
 * sample is still read and checked against the status word (row-status.ts); one that is no flag or
 * no date is a row error, never a guess. Asked, a SQL export's blank CancelReason (corpus 456) and
 * an empty `Cancel Reason` / `Cancelled By` (red team 62e) held files whose Status said everything.
 */
function emptyCancellationBesideStatus(
  recognition: Recognition,
  field: FieldName,
  values: readonly string[],
): boolean {
  return (
    (field === 'cancelledFlag' || field === 'cancelledAt') &&
    filled(values).length === 0 &&
    recognition.fields.some((f) => f.field === 'status')
  );
}

/** A patient id taken from a bare account header (`Acct #`, `Account No`), not `Patient Account`. */
function accountOnly(field: FieldName, column: string): boolean {
  const concepts = headerConcepts(column);
  return field === 'patientId' && concepts.has('account') && !concepts.has('patient');
}

/** Why a bare account is asked although no two people of the file share one: in US dental and
 *  paediatric practice (PCC, Denticon's responsible party) and in medical-aid billing the account
 *  is the family's or the guarantor's, so a child's visit next week could come under the parent's
 *  number; only the practice knows whether its accounts are one per patient. */
function accountDoubt(column: string, samples: string[]): Doubt {
  return {
    kind: 'column',
    field: 'patientId',
    column,
    message: `not sure that '${column}' is each patient's own number: an account may be a family's or a guarantor's (a parent's, on a child's visits), though no two people of this file share one`,
    samples,
    question: `Does each patient have an '${column}' of their own, never shared with a parent, child or spouse? Confirm the mapping only if so; if not, map no patient id (ids are then made from name and birth date) or the column that is each patient's own`,
  };
}

/** The guarantor's own column, naming or numbering that person (`Guarantor`, `Guarantor #`,
 *  `Responsible Party`), not a phone or birth date of theirs. */
function guarantorColumn(header: string): boolean {
  const c = headerConcepts(header);
  const theirs = c.has('guarantor') || (c.has('other') && c.has('party'));
  const plain = [...c].every((k) => ['guarantor', 'other', 'party', 'name', 'id', 'account'].includes(k));
  return theirs && plain;
}

/** A bare account the file itself shows to be each patient's own beside a guarantor's column
 *  (shared-accounts.ts): the account question would ask what the file already answers. */
function accountShownOwn(
  recognition: Recognition,
  headers: readonly string[],
  sampleValues: (column: string) => string[],
  column: string,
): boolean {
  const nameCols = recognition.fields
    .filter((f) => f.field === 'patientName' || f.field === 'firstName' || f.field === 'lastName')
    .map((f) => f.column);
  const dob = recognition.fields.find((f) => f.field === 'dob')?.column;
  const day = recognition.fields.find((f) => f.field === 'date' || f.field === 'dateTime')?.column;
  const cols = [column, ...nameCols, ...(dob ? [dob] : [])];
  return headers
    .filter((h) => h !== column && !cols.includes(h) && guarantorColumn(h))
    .some((g) => {
      const rows = zip([...cols, g, ...(day ? [day] : [])].map((h) => sampleValues(h)));
      const names = nameCols.map((_, i) => i + 1);
      const dobAt = dob ? cols.length - 1 : undefined;
      return ownAccountsUnderOneGuarantor(
        rows,
        0,
        cols.length,
        names,
        dobAt,
        day ? cols.length + 1 : undefined,
      );
    });
}

export function columnDoubts(
  recognition: Recognition,
  headers: readonly string[],
  sampleValues: (column: string) => string[],
  shapeOf: (column: string) => ColumnShape,
  /** Two columns that say one thing on every row (`Start Local` and `Start UTC` agreeing:
   *  utc-twin.ts; one name written twice with the same values: repeated-columns.ts): no close
   *  call between them. */
  oneValue?: (field: FieldName, column: string, rival: string) => boolean,
): Doubt[] {
  const doubts: Doubt[] = [];
  const used = new Set(recognition.fields.map((f) => f.column));
  // A start taken only from an uncertain column, with the appointment's day written beside it in
  // the Hijri calendar (never read): the doubt says so, since the uncertain column may be another
  // moment's (`وقت الحجز`, when the booking was made) and the real date the Hijri one.
  const hijriBeside = (field: FieldName, column: string): string => {
    if (field !== 'date' && field !== 'dateTime') return '';
    const others = headers.filter((h) => h !== column);
    const note = hijriDatesNote(others, zip(others.map((h) => sampleValues(h))));
    return note ? `; ${note}: if the appointment dates are those, export them in the Gregorian calendar` : '';
  };
  // Whose name is sent is asked once, in words that say what confirming sends; the fields it
  // covers are not asked about again one by one.
  const whose = recognition.whoseName;
  if (whose) doubts.push(whoseNameDoubt(whose));
  const asked: readonly FieldName[] = !whose
    ? []
    : whose.field === 'dob'
      ? ['dob']
      : ['patientName', 'firstName', 'lastName'];
  for (const g of recognition.fields) {
    if (!KEY_FIELDS.includes(g.field) || asked.includes(g.field)) continue;
    const label = FIELD_LABELS[g.field];
    const found =
      recognition.candidates.find(
        (c) =>
          c.field === g.field &&
          c.column !== g.column &&
          !used.has(c.column) &&
          c.confidence >= g.confidence - CLOSE &&
          !(g.field === 'status' && reasonBesideStatus(g.column, c.column)),
      ) ??
      headerRival(g.field, g.column, headers, used) ??
      startHeaderRival(g.field, g.column, recognition, used) ??
      appointmentHeaderRival(g.field, g.column, headers, used, shapeOf, sampleValues);
    // A rival the rows disprove as an id (one value on two people) is no close call (id-rival-shared.ts),
    // nor a visit's number beside the appointment's own (appointment-named-id.ts), nor HL7's placer
    // id beside the filler's (filler-placer-ids.ts). But a column headed as the appointment's id is
    // not set aside for a visit's number by its values: its values may be wrong, the visit's number
    // is no proof either, and so the question stays, as it does with the two the other way round
    // (the order of the columns never decides).
    const rival =
      found &&
      (((g.field === 'appointmentId' || g.field === 'patientId') &&
        idRivalSharedByPeople(recognition, g.column, found.column, sampleValues, g.field) &&
        !(g.field === 'appointmentId' && namesAppointmentBesideVisit(found.column, g.column))) ||
        (g.field === 'appointmentId' &&
          (appointmentNamedOverVisit(g.column, found.column, sampleValues(g.column)) ||
            fillerOverPlacer(g.column, found.column, sampleValues(g.column)))))
        ? undefined
        : found;
    const start = g.field === 'dateTime' || g.field === 'date' ? recognition.startRival : undefined;
    if (start) {
      doubts.push({
        kind: 'column',
        field: g.field,
        column: g.column,
        message: start.disagree
          ? `two columns could give the start's time: '${start.dateTime}' holds a date and a time, and '${start.time}' beside it another time (${start.disagree}): the date-time's clock may be a date kept at a fixed hour or the moment the row was written, and every visit would go at it${hijriBeside(g.field, g.column)}`
          : `two columns could be the start: '${start.dateTime}', or '${start.date}' with '${start.time}'`,
        samples: [
          ...samplesOf(sampleValues(start.dateTime), 2),
          ...samplesOf(sampleValues(start.disagree ? start.time : start.date), 2),
        ],
        question: start.disagree
          ? `Which holds the appointment's start time? If '${start.time}' does, map '${start.dateTime}' as the appointment date and '${start.time}' as the start time; confirm the mapping as read only if '${start.dateTime}' holds the start`
          : "Which holds the appointment's start?",
      });
    } else if (rival && !oneValue?.(g.field, g.column, rival.column)) {
      doubts.push({
        kind: 'column',
        field: g.field,
        column: g.column,
        message: `two columns could be the ${label}: '${g.column}' and '${rival.column}'`,
        samples: [...samplesOf(sampleValues(g.column), 2), ...samplesOf(sampleValues(rival.column), 2)],
        question: `Which column holds the ${label}?`,
      });
    } else if (
      g.confidence < SURE &&
      !(g.field === 'status' && headerScore('status', headerConcepts(g.column)) >= 0.9) &&
      !(accountOnly(g.field, g.column) && accountShownOwn(recognition, headers, sampleValues, g.column)) &&
      !emptyCancellationBesideStatus(recognition, g.field, sampleValues(g.column)) &&
      // The file itself shows what the column is: a range of clock times each visit's own
      // (session-hours.ts), a bare `id` one per booking (bare-id-column.ts), HL7's filler id one
      // per row (filler-placer-ids.ts).
      !(g.field === 'time' && sessionHoursColumn(recognition, g.column, headers, sampleValues)) &&
      !(g.field === 'appointmentId' && bareIdPerBooking(recognition, g.column, headers, sampleValues)) &&
      !(g.field === 'appointmentId' && fillerIdProven(g.column, sampleValues(g.column)))
    ) {
      // A column headed "Status" is the status even when its words are unknown: each unknown word
      // is asked about by itself (the file audit), so the column is not asked about as well.
      doubts.push(
        accountOnly(g.field, g.column)
          ? accountDoubt(g.column, samplesOf(sampleValues(g.column)))
          : {
              kind: 'column',
              field: g.field,
              column: g.column,
              message: `not sure that this column is the ${label} (${g.why})${hijriBeside(g.field, g.column)}`,
              samples: samplesOf(sampleValues(g.column)),
              question: `Is '${g.column}' the ${label}? If not, which column is (or is there none)?`,
            },
      );
    }
  }
  // No status found, but a free column reads like one: cancelled rows would go out as booked.
  const hasStatus = recognition.fields.some((f) =>
    ['status', 'cancelledAt', 'cancelledFlag'].includes(f.field),
  );
  if (!hasStatus) {
    const keyColumns = new Set(
      recognition.fields.filter((f) => KEY_FIELDS.includes(f.field)).map((f) => f.column),
    );
    for (const h of headers) {
      // Unused columns, and columns taken for something harmless (a 'State' column read as the
      // patient's address state may really be the appointment's state).
      if (keyColumns.has(h)) continue;
      const s = shapeOf(h);
      const cancelCandidate = recognition.candidates.some(
        (c) =>
          c.column === h &&
          (c.field === 'status' || c.field === 'cancelledAt' || c.field === 'cancelledFlag'),
      );
      // A header that speaks of cancelling (`Cancel Reason`, `Cxl Date`, `Deleted`, `Broken`) and
      // is filled on some rows marks those rows, whatever its values look like.
      const saysCancel = s.nonEmpty > 0 && headerConcepts(h).has('cancel');
      // The status of something else (`Account Status` = `Active`, `Eligibility Status` =
      // `Inactive`) is asked about when, and only when, a word of it would cancel (`Payment
      // Status` = `Cancelled` may be the appointment's). A column named only for the other thing
      // (a bare `Confirmation` = `Left Message`) is never asked about for its words alone, and with
      // a cancel word only when it reads like a status (a checkbox's `X` under `Ins Verified` not).
      const concepts = headerConcepts(h);
      // A bare `Confirmed` is the confirmation's column as `Confirmation` is: Open Dental's and
      // Practice-Web's confirmation list writes Confirmed = Left Msg, Not Called, pwConnect
      // Confirmed beside every booked appointment (the list holds no cancelled one).
      const other = namesOtherThing(concepts) || confirmedAlone(concepts);
      // Unless an answer to the confirmation call may say the visit is off (`Declined`, `Will
      // reschedule`, `Wants to Cancel`: confirmation-refusals.ts), which the vocabulary leaves
      // unknown, undecided or to a note, so passed over it would send the visit booked.
      const confirmation = concepts.has('confirmed') || concepts.has('confirmation');
      // (A word the vocabulary reads as cancelling, `Pt Cancelled`, is the off-book-column check's.)
      const refuses =
        other && confirmation && !cancels(sampleValues(h)) && confirmationRefuses(sampleValues(h));
      if (other && !refuses && !cancels(sampleValues(h))) continue;
      const otherStatus = (other && concepts.has('status')) || refuses;
      // A status the header qualifies by a word that is neither the visit's nor another thing's
      // (MOSAIQ's `SysDefStatus` = SC / N / X, X cancelled: vw_Schedule's system-defined status)
      // is not read as the visit's, and its codes are no words the vocabulary knows: passed over,
      // its X rows had gone out booked. Filled on some rows, it is asked about. (A header named
      // for another thing, `Account Status` = Active, is passed over above unless it cancels.)
      const someStatus =
        (concepts.has('status') || statusByAnotherWord(h, sampleValues(h))) && s.nonEmpty > 0;
      if (
        otherStatus ||
        someStatus ||
        (s.nonEmpty > 0 && s.statusWord >= 0.5) ||
        cancelCandidate ||
        saysCancel
      ) {
        doubts.push({
          kind: 'column',
          field: 'status',
          column: h,
          message:
            'no status column was recognised, but this column may say whether appointments are cancelled',
          samples: samplesOf(sampleValues(h)),
          question: `Does '${h}' say whether an appointment is booked or cancelled?`,
        });
      }
    }
  }
  // Beside a status, a column whose words also say cancelled holds the file only where they fall
  // on a row the status sends as booked (file-audit.ts, cancel-text-columns.ts).
  const place = locationRival(recognition, used, sampleValues);
  if (place) doubts.push(place);
  const provider = splitProviderName(recognition, headers);
  const providers = provider ?? providerRival(recognition, used, sampleValues);
  if (providers) doubts.push(providers);
  doubts.push(...providerRoles(recognition, headers, sampleValues));
  const markers = meridiemColumn(recognition, headers, used, sampleValues);
  if (markers) doubts.push(markers);
  const particle = nameParticleColumn(recognition, headers, used);
  if (particle) doubts.push(particle);
  return doubts;
}

/**
 * A Dutch export's family-name particle in a column of its own (`Tussenvoegsel` = `van`, `de`,
 * `van der`) that no field took: beside `Achternaam` it is read before the last name (row-cursor.ts),
 * but beside a one-column name (`Jan Dijk`) where it goes is not known, and `Jan van Dijk` would go
 * as Jan Dijk. Asked whatever the first rows hold: a particle further down would be lost as surely.
 */
function nameParticleColumn(
  recognition: Recognition,
  headers: readonly string[],
  used: ReadonlySet<string>,
): Doubt | undefined {
  const name = recognition.fields.find((f) => f.field === 'lastName' || f.field === 'patientName');
  if (!name) return undefined;
  const column = headers.find((h) => !used.has(h) && headerConcepts(h).has('particle'));
  if (!column) return undefined;
  return {
    kind: 'column',
    field: name.field,
    column: name.column,
    message: `the family name's particle ('van', 'de') is in a column of its own ('${column}'), and would be left out of the name sent ('Jan van Dijk' would go as Jan Dijk)`,
    samples: [],
    question: `Can the export write the particle with the family name (in '${name.column}')? Confirm the mapping only if '${column}' is always empty`,
  };
}

/** The header is `Confirmed` and nothing else (`Confirmed By` names a person, `Confirmed At` a
 *  moment: both read elsewhere). */
function confirmedAlone(concepts: Set<string>): boolean {
  return concepts.size === 1 && concepts.has('confirmed');
}

/** Some value would cancel an appointment or take it off the book, read as a status. */
function cancels(values: readonly string[]): boolean {
  return values.some((v) => {
    const meaning = classifyBuiltInStatus(v);
    return meaning === 'CANCEL' || meaning === 'skip';
  });
}

/** Fields where a free column whose header names the field as surely as the chosen one's is a
 *  rival whatever its values: `Patient` (a pet's one-word name) beside `Client` (the owner, taken
 *  for its two-word names) in a veterinary list, with `Patient DOB` the pet's. */
const HEADER_RIVAL_FIELDS: readonly FieldName[] = ['patientName', 'firstName', 'lastName', 'dob'];

function headerRival(
  field: FieldName,
  chosen: string,
  headers: readonly string[],
  used: ReadonlySet<string>,
): { column: string } | undefined {
  if (!HEADER_RIVAL_FIELDS.includes(field)) return undefined;
  const bar = headerScore(field, headerConcepts(chosen));
  // A client or customer is the patient only where no column names the patient itself: `Client
  // Name` (the owner) reads as surely as `Patient Name`, but beside it a bare `Patient` (the pet)
  // is as sure as a client column can be. Taken alone, the owner had gone with the pet's birth date.
  // The same beside `Client First Name` / `Client Last Name`: a bare `Patient` names another person.
  const client = (h: string): boolean => headerWords(h).some((w) => CLIENT_WORDS.has(w));
  const barFor = (h: string): number => (client(chosen) && !client(h) ? Math.min(bar, 0.9) : bar);
  const namesPatient = (h: string): boolean =>
    (field === 'firstName' || field === 'lastName') &&
    client(chosen) &&
    !client(h) &&
    headerScore('patientName', headerConcepts(h)) >= 0.9;
  const column = headers.find(
    (h) =>
      h !== chosen &&
      !used.has(h) &&
      bar > 0 &&
      (headerScore(field, headerConcepts(h)) >= barFor(h) || namesPatient(h)),
  );
  return column ? { column } : undefined;
}

/** A free column headed as the start (`Start`, `Start Time`) beside a start-time column chosen
 *  for a bare `Time` or `Appt Time`: its values fit the start as well (a candidate), yet scored
 *  lower for the word alone. Beside a `Start` a bare `Time` is as often the time the patient
 *  was checked in, roomed or seen (a tracking board's 9:12 beside the booked 9:00) or the end;
 *  taken on the word's score it had sent the arrival as the start. Asked unless both say one
 *  thing on every row (oneValue, in the caller). */
function startHeaderRival(
  field: FieldName,
  chosen: string,
  recognition: Recognition,
  used: ReadonlySet<string>,
): { column: string } | undefined {
  if (field !== 'time' && field !== 'dateTime') return undefined;
  if (headerConcepts(chosen).has('start')) return undefined;
  const c = recognition.candidates.find(
    (c) =>
      c.field === field &&
      c.column !== chosen &&
      !used.has(c.column) &&
      headerConcepts(c.column).has('start'),
  );
  return c && { column: c.column };
}

/**
 * A free column headed by the appointment's word alone (`Appointment`, `Visit`, `Appt`, `Cita`,
 * `Termin`) holding dates, beside a date column chosen for a header that does not name the
 * appointment (a bare `Date`, `DOS`): as surely the appointment's date, and where the two give other
 * days on a row, which one is cannot be told from the file. A bare `Date` of the day a booking was
 * made had won by its date word alone, the visits sent on those days.
 */
function appointmentHeaderRival(
  field: FieldName,
  chosen: string,
  headers: readonly string[],
  used: ReadonlySet<string>,
  shapeOf: (column: string) => ColumnShape,
  sampleValues: (column: string) => string[],
): { column: string } | undefined {
  if (field !== 'date' || headerConcepts(chosen).has('appt')) return undefined;
  const days = sampleValues(chosen).map((v) => v.trim());
  const column = headers.find((h) => {
    if (h === chosen || used.has(h)) return false;
    const c = headerConcepts(h);
    if (c.size !== 1 || !c.has('appt')) return false;
    const s = shapeOf(h);
    if (s.nonEmpty === 0 || s.date < 0.9) return false;
    return sampleValues(h).some((v, i) => v.trim() !== '' && days[i] !== undefined && v.trim() !== days[i]);
  });
  return column ? { column } : undefined;
}

/** Words for whom a booking is made that may be someone other than the patient (the owner of a
 *  pet, a parent): header-words.ts reads them as the patient. */
const CLIENT_WORDS = new Set(['client', 'clients', 'customer', 'customers', 'klient', 'klientin', 'cliente']);

/**
 * The provider's name in two columns (`Provider First Name`, `Provider Last Name`) where one of
 * them alone would be sent: two providers sharing a first name would become one. Recognition
 * reads a first and a last name together (recognize.ts, pairProviderName); this is what it
 * could not pair (two last-name columns, one taken by another field).
 */
function splitProviderName(recognition: Recognition, headers: readonly string[]): Doubt | undefined {
  const taken = recognition.fields.find((f) => f.field === 'providerName');
  if (!taken) return undefined;
  if (recognition.fields.some((f) => f.field === 'providerFirstName')) return undefined;
  const part = (h: string): boolean => {
    const c = headerConcepts(h);
    return c.has('provider') && (c.has('first') || c.has('last'));
  };
  if (!part(taken.column)) return undefined;
  const other = headers.find((h) => h !== taken.column && part(h));
  if (!other) return undefined;
  return {
    kind: 'column',
    field: 'providerName',
    column: taken.column,
    message: `the provider's name is in two columns ('${taken.column}' and '${other}'), and only one would be sent (two providers sharing a first name would become one)`,
    samples: [],
    question: `Can the export give the provider's whole name (or id) in one column? Confirm the mapping only if '${taken.column}' alone tells the providers apart`,
  };
}

/**
 * Two columns that name the provider as surely as each other (`Doctor` beside `Provider`) and
 * give other names on the same rows: which one the appointment is with is not for column order to
 * say. Columns that agree wherever both are filled are one provider written twice, however each
 * writes the name (`Patel, Nina` and `Dr. Nina Patel`). A provider id header of people's names
 * (`Doctor ID` = `Patel, Nina`, read as a name: recognize.ts) is the provider written again
 * whatever its lower score: where it names someone else than `Doctor`, one of the two is not the
 * appointment's provider, and which one is not for the header's `ID` to say.
 */
function providerRival(
  recognition: Recognition,
  used: ReadonlySet<string>,
  sampleValues: (column: string) => string[],
): Doubt | undefined {
  const taken = recognition.fields.find((f) => f.field === 'providerName');
  if (!taken) return undefined;
  // The name in two columns (recognize.ts, pairProviderName) is compared whole: `Anna` `Lee`.
  const firstName = recognition.fields.find((f) => f.field === 'providerFirstName');
  const firsts = firstName ? sampleValues(firstName.column) : [];
  const mine = sampleValues(taken.column).map((v, i) => `${firsts[i] ?? ''} ${v}`.trim());
  const rival = rivalOf(recognition, used, taken, (c) => {
    // The same provider's code beside the name in two columns (`Provider` = `LEEA` beside
    // `Provider First Name`, `Provider Last Name`): one header but for the name's parts, and a
    // code of one word is no other person's name.
    if (firstName && sameRoleAsPair(c.column, taken.column) && sampleValues(c.column).every(isOneWord))
      return false;
    if (
      c.confidence < taken.confidence - CLOSE &&
      !headerConcepts(c.column).has('id') &&
      !namesVisitRole(c.column)
    )
      return false;
    const theirs = sampleValues(c.column);
    // A column of rooms or chairs (Mindbody's `Resource`: `Treatment Room 2`) beside one of
    // people is where the appointment is, not with whom.
    const filled = theirs.filter((v) => v.trim());
    if (filled.length && filled.every(namesAPlace) && !mine.some(namesAPlace)) return false;
    return mine.some((v, i) => !samePerson(v, (theirs[i] ?? '').trim()));
  });
  return rival
    ? rivalDoubt(
        taken,
        rival,
        sampleValues,
        'provider',
        'other names',
        'Which column holds the provider the appointment is with?',
      )
    : undefined;
}

/** Words that say a provider header is the visit's own provider in a role: the one who renders,
 *  treats or performs it, or for whom it was booked (`Rendering Provider`, `Treating Physician`,
 *  `Scheduled Provider`). Such a header reads less surely than a bare `Provider` only for its extra
 *  word, so beside one naming other people on the same rows it is still a rival: in Kareo and
 *  athenaOne the appointment's provider and the rendering provider differ where a visit is billed
 *  under a supervising physician, and which one the patient is booked with the file does not say. */
const VISIT_ROLES = ['rendering', 'treating', 'performing', 'servicing', 'booked', 'scheduled', 'sched'];

function namesVisitRole(header: string): boolean {
  const c = headerConcepts(header);
  return VISIT_ROLES.some((r) => c.has(r)) && otherRoleWords(header).length === 0;
}

/**
 * Two columns whose headers name the location as surely (`Location` and `Service Location`, `Appt
 * Location` and `Location`), naming other places on the same rows: the first column had won, by
 * its place in the file alone, and the portal would send the patient to the other office. Asked
 * which is where the appointment is. A column read less surely (`Department` beside `Location`,
 * a hospital's department inside its site) is no rival: it names another level of the same place.
 */
function locationRival(
  recognition: Recognition,
  used: ReadonlySet<string>,
  sampleValues: (column: string) => string[],
): Doubt | undefined {
  const taken = recognition.fields.find((f) => f.field === 'location');
  if (!taken) return undefined;
  const score = headerScore('location', headerConcepts(taken.column));
  const mine = sampleValues(taken.column);
  const key = (v: string): string => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const rival = rivalOf(recognition, used, taken, (c) => {
    if (headerScore('location', headerConcepts(c.column)) < score) return false;
    const theirs = sampleValues(c.column);
    return mine.some((v, i) => key(v) !== '' && key(theirs[i] ?? '') !== '' && key(v) !== key(theirs[i]!));
  });
  return rival
    ? rivalDoubt(
        taken,
        rival,
        sampleValues,
        'location',
        'other places',
        'Which column holds where the appointment is?',
      )
    : undefined;
}

type Candidate = Recognition['candidates'][number];

/** The first other candidate for the taken column's field, read for nothing else, that `differs`
 *  says names something else on the same rows (providerRival, locationRival). */
function rivalOf(
  recognition: Recognition,
  used: ReadonlySet<string>,
  taken: { field: string; column: string },
  differs: (c: Candidate) => boolean,
): Candidate | undefined {
  return recognition.candidates.find(
    (c) => c.field === taken.field && c.column !== taken.column && !used.has(c.column) && differs(c),
  );
}

/** Two columns that could both be the field, naming other things on the same rows: asked which. */
function rivalDoubt(
  taken: { field: Doubt['field']; column: string },
  rival: { column: string },
  sampleValues: (column: string) => string[],
  role: string,
  others: string,
  question: string,
): Doubt {
  return {
    kind: 'column',
    field: taken.field,
    column: taken.column,
    message: `two columns could be the ${role}: '${taken.column}' and '${rival.column}', with ${others} on the same rows`,
    samples: [...samplesOf(sampleValues(taken.column), 2), ...samplesOf(sampleValues(rival.column), 2)],
    question,
  };
}

/** The header is the pair's but for the first / last and name words (`Provider` beside
 *  `Provider Last Name`). */
function sameRoleAsPair(header: string, pairHeader: string): boolean {
  return roleBesideNameParts(headerConcepts(header)) === roleBesideNameParts(headerConcepts(pairHeader));
}

/** A cell of one word or none (`LEEA`, `DR02`): a code, not a name written out. */
function isOneWord(v: string): boolean {
  return !/[\s,]/.test(v.trim());
}

/** Two cells of provider columns name the same person: one is empty, or they are written alike,
 *  or their given and family names agree once titles, credentials and the order are set aside. */
function samePerson(a: string, b: string): boolean {
  const fold = (v: string): string => v.replace(/\s+/g, ' ').toLowerCase();
  if (a === '' || b === '' || fold(a) === fold(b)) return true;
  const x = parseProviderName(a);
  const y = parseProviderName(b);
  return x.last !== '' && fold(x.first) === fold(y.first) && fold(x.last) === fold(y.last);
}

/**
 * A provider column whose header may name another role (`Primary Provider`, `Lead Provider`:
 * header-meaning.ts, otherRoleWords), taken because no column names the appointment's provider
 * plainly. Its score says little (a bare `Provider` of numbers reads below SURE too): the word does.
 * The patient's usual provider sent as the appointment's would show the wrong name on the portal.
 */
function providerRoles(
  recognition: Recognition,
  headers: readonly string[],
  sampleValues: (column: string) => string[],
): Doubt[] {
  return recognition.fields.flatMap((g) => {
    if (g.field !== 'providerName' && g.field !== 'providerId') return [];
    const words = otherRoleWords(g.column);
    if (words.length === 0 || (words.every((w) => w === 'user') && bookedByInvitees(headers))) return [];
    // One patient seen with two people in it: each visit's provider, not the patient's usual one.
    if (providerPerVisit(recognition, g.column, words, sampleValues)) return [];
    return [
      {
        kind: 'column' as const,
        field: g.field,
        column: g.column,
        message: `not sure that this column is the provider the appointment is with: '${words.join(' ')}' may make it another role's, such as ${roleExample(words)}`,
        samples: samplesOf(sampleValues(g.column)),
        question: `Is '${g.column}' the provider the appointment is with? If not, which column is (or is there none)?`,
      },
    ];
  });
}

/** A booking page's export names the person who booked the invitee (Calendly's `Invitee Name`,
 *  `Invitee Email`): there the user is the host the invitee booked with (Calendly's event
 *  memberships are its users), never a front desk keying bookings in. */
function bookedByInvitees(headers: readonly string[]): boolean {
  return headers.some((h) => /\binvitee/i.test(h));
}

/** The other role a provider header's words may name, as the question gives it. */
function roleExample(words: readonly string[]): string {
  return words.some((w) => ['user', 'staff'].some((c) => headerConcepts(w).has(c)))
    ? 'the staff member who entered the booking'
    : "the patient's usual provider";
}

/** A cell that is an AM/PM marker and nothing else: `AM`, `pm`, `A`, `p.m.`. */
const MERIDIEM_ONLY = /^[ap]\.?\s?(?:m\.?)?$/i;
/** A time written with its AM/PM (`7:00 PM`, `7p`, `7:00 p.m.`). */
const WITH_MERIDIEM = /\d\s*[ap]\.?\s?(?:m\.?)?(?:\s|$)/i;

/**
 * Start times written without AM/PM beside a free column of AM/PM markers alone (a legacy day
 * list keeps the A/P indicator in a field of its own): `7:00` beside `PM` would go as 07:00, and
 * an evening session is no night-time the clock check could notice.
 */
function meridiemColumn(
  recognition: Recognition,
  headers: readonly string[],
  used: ReadonlySet<string>,
  sampleValues: (column: string) => string[],
): Doubt | undefined {
  const start = recognition.fields.find((f) => f.field === 'time' || f.field === 'dateTime');
  if (!start) return undefined;
  const times = filled(sampleValues(start.column));
  if (times.length === 0 || times.some((t) => WITH_MERIDIEM.test(t))) return undefined;
  for (const h of headers) {
    if (used.has(h)) continue;
    const values = filled(sampleValues(h));
    if (values.length > 0 && values.every((v) => MERIDIEM_ONLY.test(v)))
      return {
        kind: 'start-time',
        field: start.field,
        column: h,
        message: `the start times in '${start.column}' have no AM/PM, and '${h}' holds AM/PM alone: ${samplesOf(times, 2).join(', ')} would be read as 24-hour times`,
        samples: [...samplesOf(times, 2), ...samplesOf(values, 2)],
        question: `Do the times need '${h}' (7:00 + PM = 7 PM)? Then export them with AM/PM in one column or in 24-hour time; confirm the mapping only if the times are already 24-hour`,
      };
  }
  return undefined;
}

/** Doubts a confirmed profile raises on a file whose columns are no longer the ones confirmed. */
export function layoutDoubt(
  confirmedHeaders: readonly string[],
  headers: readonly string[],
): Doubt | undefined {
  // The same comparison as when a profile's columns are looked up in a file.
  const norm = normalizeHeader;
  const was = new Set(confirmedHeaders.map(norm));
  const now = new Set(headers.map(norm));
  const added = headers.filter((h) => !was.has(norm(h)));
  const gone = confirmedHeaders.filter((h) => !now.has(norm(h)));
  if (added.length === 0 && gone.length === 0) return undefined;
  const parts = [
    added.length ? `new column${added.length > 1 ? 's' : ''} ${added.map((h) => `'${h}'`).join(', ')}` : '',
    gone.length ? `no longer ${gone.map((h) => `'${h}'`).join(', ')}` : '',
  ].filter(Boolean);
  return {
    kind: 'layout-changed',
    message: `the export's columns differ from the mapping confirmed for this practice (${parts.join('; ')})`,
    samples: [...added, ...gone].slice(0, 5),
    question: 'Check how this export is read and confirm the mapping again.',
  };
}

/**
 * A practice's own mapping (a confirmed or saved profile, not a preset) that names a column the
 * file does not have: that field would be read from no column, silently (a `Status` renamed
 * `Appt Status` and confirmed again, or a typo in a hand-edited profile, sent every cancellation
 * as booked). Not a question a confirmation can answer away: the mapping must name the column.
 */
export function missingColumnsDoubt(
  notFound: ReadonlyArray<{ field: string; names: readonly string[] }>,
  label: (field: string) => string,
): Doubt | undefined {
  if (notFound.length === 0) return undefined;
  const named = notFound.map((n) => `'${n.names.join("' or '")}' (${label(n.field)})`);
  return {
    kind: 'layout-changed',
    field: notFound[0]!.field,
    message: `the mapping names ${notFound.length === 1 ? 'a column' : 'columns'} this file does not have: ${named.join(', ')}; ${notFound.length === 1 ? 'that field' : 'those fields'} would be read from no column`,
    samples: notFound.flatMap((n) => n.names).slice(0, 5),
    question: `Which column holds the ${label(notFound[0]!.field)} now? Confirm the mapping with that column (--set ${notFound[0]!.field}=COLUMN, or --set ${notFound[0]!.field}= if the export has none)`,
  };
}

/** Header words of columns that follow the patient but are never the practice's patient id. */
const NOT_A_PATIENT_ID = [
  'phone',
  'cell',
  'mobile',
  'home',
  'work',
  'fax',
  'zip',
  'email',
  'insurance',
  'medicare',
  'ssn',
  // a guarantor's or family's number (`Guarantor #`, `Family #`): one for a parent and children
  // alike, though a file with one patient of each family shows it one-to-one
  'guarantor',
  'provider',
  'appt',
  'location',
  'type',
  'status',
  // the number of another record, one per visit or per course of visits, never per patient
  // (`Claim #`, `Invoice #`, `Encounter #`, `Referral #`, `Order #`, `Auth #`): a day sheet where
  // each patient comes once shows it one-to-one with the patients, and it was asked about
  'billing',
  'encounter',
  'referring',
  ...OTHER_RECORD,
];
const ID_WORDS = [
  'id',
  'account',
  'record',
  'number',
  'chart',
  'patient',
  'person',
  'file',
  'dni',
  'documento',
  'document',
  'cedula',
  'identificacion',
];
/** An id as written: a code, optionally after a short type prefix ("CC 1020304050", "DNI 30111222"). */
const ID_VALUE = /^(?:[A-Za-z]{1,4}[ -])?[A-Za-z0-9][A-Za-z0-9\-_./]{1,40}$/;

/**
 * With no patient-id column mapped, ids are derived from name and birth date, which never match
 * the practice's own patient numbers in Medfusion. A free column whose values go one-to-one with
 * the patients (same patient, same value; another patient, another value) may well be that
 * number ("ACCT", "DNI", "Record No"): the person is asked rather than the column ignored.
 */
export function patientIdDoubt(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  usedColumns: ReadonlySet<number>,
  patientOf: (row: readonly string[]) => string,
  shapeOf: (column: string) => ColumnShape,
  dobOf: (row: readonly string[]) => string = () => '',
): Doubt | undefined {
  for (let j = 0; j < headers.length; j++) {
    if (usedColumns.has(j)) continue;
    const header = headers[j]!;
    const concepts = headerConcepts(header);
    if (NOT_A_PATIENT_ID.some((c) => concepts.has(c))) continue;
    if ([...concepts].some((c) => TIME_CONCEPTS.has(c))) continue;
    const s = shapeOf(header);
    if (s.nonEmpty === 0 || s.date > 0.5 || s.dateTime > 0.5 || s.time > 0.5) continue;
    const values = rows.map((r) => (r[j] ?? '').trim()).filter(Boolean);
    if (values.filter((v) => ID_VALUE.test(v) && /\d/.test(v)).length < 0.9 * values.length) continue;
    // Social Security numbers follow the patient one-to-one too, and are never sent (ssn-values.ts).
    if (ssnColumn(values)) continue;
    // So does a national number that begins with the birth date (birth-date-numbers.ts).
    if (birthDateNumberColumn(rows.map((r) => ({ value: r[j] ?? '', dob: dobOf(r) })))) continue;
    // So does a visit count on a day each patient comes once (`Tx #` = 4, 9, 1: visit-ordinal.ts).
    if (visitOrdinalColumn(header, values)) continue;
    const byPatient = new Map<string, string>();
    const byValue = new Map<string, string>();
    let oneToOne = true;
    for (const r of rows) {
      const v = (r[j] ?? '').trim();
      const p = patientOf(r);
      if (!v || !p) continue;
      if ((byPatient.get(p) ?? v) !== v || (byValue.get(v) ?? p) !== p) {
        oneToOne = false;
        break;
      }
      byPatient.set(p, v);
      byValue.set(v, p);
    }
    const named = ID_WORDS.some((c) => concepts.has(c));
    if (!oneToOne || byPatient.size === 0 || (!named && byPatient.size < 3)) continue;
    return {
      kind: 'column',
      check: 'patient-id-candidate',
      field: 'patientId',
      column: header,
      message: `no patient-id column was recognised, but the values of this column go one-to-one with the patients`,
      samples: [...byValue.keys()].slice(0, 3),
      question: `Is '${header}' the patient's id (chart or account number) in the practice's system? If not, say so once.`,
    };
  }
  return undefined;
}

/** Rows of the columns' values (`columns[j][i]` is row i's value of column j). */
function zip(columns: readonly string[][]): string[][] {
  const n = Math.max(0, ...columns.map((c) => c.length));
  return Array.from({ length: n }, (_, i) => columns.map((c) => c[i] ?? ''));
}

/** How a header names a visit's status other than by `Status`: shortened (`Appt Stat`, `Sch Stat`,
 *  `Sts`, `Stts`: a report writer's narrow column) or as the visit's outcome (`Disposition`, `Appt
 *  Dispo`: kept, cancelled, no-show on a US clinic's list; a UK list's `Outcome` = attended, DNA). Such a column of codes (`SC`, `X`, `N`)
 *  is no column the vocabulary reads, and passed over its X rows went out booked. A bare `Stat` of
 *  yes/no flags is an order's urgency (an imaging or lab list's STAT), not asked. */
const STATUS_SHORT = new Set(['stat', 'sts', 'stts']);
const OUTCOME_WORDS = new Set(['disposition', 'dispo', 'outcome']);
function statusByAnotherWord(header: string, values: string[]): boolean {
  const words = headerWords(header);
  if (words.some((w) => OUTCOME_WORDS.has(w))) return true;
  if (!words.some((w) => STATUS_SHORT.has(w))) return false;
  const filled = values.filter((v) => v.trim() !== '');
  return !filled.every((v) => parseFlag(v) !== undefined || /^\s*stat\s*$/i.test(v));
}
