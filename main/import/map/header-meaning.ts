// What a column header means, independent of any known export: headers are split into words
// (`AptDateTime` → apt date time, `pc_eventDate` → event date, `E-mail` → email, `Prénom` →
// prenom), words are reduced to concepts by header-words.ts (appt/Termin/RDV/cita → appt;
// doctor/Behandler/praticien → provider; mrn/chart/Kartei → patient id) and each field scores the
// header by which concepts it contains.
//
// Location, by meaning (ties are decided by these grades, never by column order):
//   Location, Service Location, Place of Service, Standort, Lieu, Ubicación   1.0
//   Facility / Einrichtung / Établissement 0.95, Site / Sede 0.93, Clinic / Klinik / Clinique /
//   Clínica 0.9, Office 0.88, Department / Abteilung 0.86, Branch / Filiale / Sucursal 0.84,
//   Centre / Centro 0.82, Business (Cliniko) 0.8, Ort 0.8, Cabinet / Consultorio 0.7,
//   Practice / Praxis 0.5, anything "billing" (Billing Location) 0.3
//   Room, Operatory, Op, Chair, Column, Raum, Salle, Sala, Resource: never the location.
// Ids: "Appt ID", "Appointment #", "Visit ID", "Booking Ref", "Termin-Nr.", "N° RDV", "Nº cita",
// pc_eid are appointment ids (1.0), a bare "ID" is one at 0.7; patient, chart, account, MRN,
// person, encounter, CSN, insurance, room, location ids never are, and a bare "#", "No.", "Nr.",
// "Row", "Line", "Seq", "Count", "Index" is a row counter, never an id.
import type { FieldName } from './profile.ts';
import {
  BASE_WORDS,
  CONCEPTS,
  FILLER,
  NUMBER_WORDS,
  PHRASES,
  SEQUENCE_WORDS,
  SPLIT_FILLER,
} from './header-words.ts';
import { ACCENT_MARKS } from './accent-marks.ts';
import { withoutRegionZones } from './header-region-zone.ts';
import { isKnownZoneAbbreviation, spelledZoneAbbreviation } from './zone-abbreviation.ts';
/** Fold to plain letters keeping case (camelCase still splits): "Prénom" → "Prenom". */
export function foldKeepCase(text: string): string {
  // ø, æ, œ, ð and þ have no accent to take off: Danish, Norwegian and Icelandic headers
  // (`Fødselsdato`, `Fæðingardagur`) need them.
  // NFKD also takes a Hangul syllable apart into its letters (jamo), which are no marks: NFC puts
  // them back together, or no Korean header (`환자명`) was ever known.
  return (
    text
      .normalize('NFKD')
      .replace(ACCENT_MARKS, '')
      .normalize('NFC')
      .replace(/ß/g, 'ss')
      .replace(/ø/g, 'o')
      .replace(/Ø/g, 'O')
      .replace(/æ/g, 'ae')
      .replace(/Æ/g, 'AE')
      .replace(/œ/g, 'oe')
      // Icelandic's eth and thorn, as Icelanders spell them in plain letters (`Staða` → Stada).
      .replace(/ð/g, 'd')
      .replace(/Ð/g, 'D')
      .replace(/þ/g, 'th')
      .replace(/Þ/g, 'Th')
      // The barred d of Vietnamese and of Croatian, Bosnian and Serbian in Latin letters (`Điện
      // thoại`, `Đorđević`): a letter of its own with no mark to take off, written d in plain text.
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
  );
}

/** Split a header into words as written: camelCase, snake_case, spaces, punctuation, digits,
 *  accents folded ("Prénom" → Prenom, "Geb.-Datum" → Geb Datum, "N° RDV" → number RDV,
 *  "AppointmentDateTimeUTC" → Appointment Date Time UTC). */
export function headerWordsAsWritten(header: string): string[] {
  // Ukrainian writes its apostrophe as the modifier letter ʼ (U+02BC, `Імʼя`), a letter to \p{L}:
  // read as one, `Ім'я` written so had been no word at all.
  return foldKeepCase(
    header
      .replace(/^\uFEFF/, '')
      .replace(/\bN\s*[°º]/g, ' number ')
      // Puerto Rico's Spanish names the medical record `récord` (`Núm. Récord`, `Récord Médico`):
      // the chart number. With its accent it is never the English `Record` (a database row's), so
      // it is read before the accent goes; it had been asked about as a patient-id candidate.
      .replace(/r[ée]cord(?:\s+m[ée]dico)?/giu, (w) => (/^.[éÉ]/u.test(w) ? 'expediente' : w))
      .replace(/\u02BC/g, "'")
      // A calendar tag in brackets says the dates are Gregorian, the calendar read anyway: Nepal's
      // `Date (AD)` / `Date (Eng)` beside `Miti (BS)`, `Visit Date (Gregorian)` beside a Hijri one.
      // Read as a word, `AD` had made the appointment's own date some other event's and held the file.
      .replace(/[([]\s*(?:A\.?\s?D\.?|C\.?\s?E\.?|Gregorian|Greg\.?|English|Eng\.?)\s*[)\]]/gi, ' ')
      // Its counterpart, Nepal's Bikram Sambat (`Miti (BS)`, `DOB (B.S.)`, `Date (Nepali)`,
      // `Date (V.S.)`): dates about 56 years 8 months ahead (2082-11-18 is 2 March 2026), never
      // Gregorian ones (bikram-sambat-dates.ts).
      .replace(
        /[([]\s*(?:B\.?\s?S\.?|V\.?\s?S\.?|Nepali|Bikram\s+Sambat|Vikram\s+Samvat)\s*[)\]]/gi,
        ' bikramsambat ',
      ),
  )
    .replace(/e-mail/gi, 'email')
    .replace(/#/g, ' number ') // "Visit #", "Acct #": the number of that thing
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{M}\p{N}]+|(?<=\p{L})(?=\p{N})/u)
    .filter(Boolean);
}

/** The header's words in lower case (see headerWordsAsWritten), fixed phrases made one word. */
export function headerWords(header: string): string[] {
  let joined = ` ${headerWordsAsWritten(header).join(' ').toLowerCase()} `;
  for (const [pattern, replacement] of PHRASES) joined = joined.replace(pattern, replacement);
  return joined.split(' ').filter(Boolean);
}

const VOCABULARY = new Set(
  [...Object.keys(CONCEPTS), ...BASE_WORDS, ...SPLIT_FILLER, ...NUMBER_WORDS, ...SEQUENCE_WORDS].filter(
    (w) => w.length > 1,
  ),
);

/**
 * Split a run-together word into known words (`startdate` → start date, `patname` → pat name,
 * `chartnumber` → chart number, `terminart` → termin art); the word itself when it is known or
 * cannot be split fully. Fewest pieces wins, so `birthdate` stays one known word.
 */
export function segmentWord(word: string): string[] {
  if (VOCABULARY.has(word) || word.length < 5) return [word];
  const best: Array<string[] | undefined> = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 14); start < end; start++) {
      const prev = best[start];
      const piece = word.slice(start, end);
      if (prev && VOCABULARY.has(piece) && (!best[end] || best[end]!.length > prev.length + 1))
        best[end] = [...prev, piece];
    }
  }
  return best[word.length] ?? [word];
}

/** Deeds done to the booking record: with "by" after them (`Scheduled By`, `Booked By User`,
 *  `Cancelled By`), the person named did that, and is not who the appointment is with. */
const RECORD_DEEDS = new Set([
  'scheduled',
  'booked',
  'made',
  'entered',
  'created',
  'added',
  'modified',
  'updated',
  'changed',
  'edited',
  'confirmed',
  'checked',
  'cancelled',
  'canceled',
  'rescheduled',
  'keyed',
  'assigned',
]);

/** Words that, beside a clock word, say when something happened on the day of the visit. */
const ON_THE_DAY = new Set(['in', 'out', 'seen', 'called', 'ready', 'roomed', 'triaged']);

/** `DOS` where it means "date of service", the billing and scheduling reports' name for the
 *  appointment's date: the header's first word (`DOS`, `DOS (MM/DD/YYYY)`, `dos_date`), or `DOS` in
 *  capitals in a header not all in capitals (`Pt DOS`). Spanish "dos" (two) follows a noun, in
 *  lower case or in an all-capitals header (`Apellido dos`, `TELEFONO DOS`); `Dosage` is one word. */
function dateOfService(header: string, words: readonly string[], i: number): boolean {
  if (words[i] !== 'dos') return false;
  return i === 0 || (header !== header.toUpperCase() && /(?:^|[^A-Za-z])DOS(?![a-z])/.test(header));
}

/** A text box named for the table's detail rows and its field (`Details_Patient`): SSRS names a
 *  table's detail group `Details` (its XML export nests `Details_Collection/Details`), and a
 *  report's CSV names each column after its text box. The scope says where the box sits, not what
 *  it holds; read whole, `details` (a description) had outscored the patient. */
const DETAIL_SCOPE = /^details?_(?=\p{L})/iu;

/** The meaningful words of a header: split, run-together words cut apart, filler dropped. */
function meaningfulWords(header: string): string[] {
  // A tz database name (`(America/Chicago)`) says how the times are written: no word of the header.
  const words = headerWords(withoutRegionZones(header).trim().replace(DETAIL_SCOPE, ''))
    .flatMap((w, i, all) => (dateOfService(header, all, i) ? ['date', 'service'] : [w]))
    .flatMap(segmentWord);
  // "Time In", "Time Out", "In Time", "Seen Time", "Time Called", "Ready Time": when the patient
  // came, was called in, seen or left, recorded on the day (a waiting-room log), never the booked
  // start. "Seen" and "Seen At" are that too (a patient-tracking export's 09:12 beside Arrived and
  // Out); only "Seen By" is the provider.
  const clock = (w: string | undefined): boolean => w === 'time' || w === 'date' || w === 'hour';
  const onTheDay = (w: string, i: number): boolean =>
    ON_THE_DAY.has(w) &&
    (clock(words[i - 1]) || clock(words[i + 1]) || (w === 'seen' && words[i + 1] !== 'by'));
  return words
    .flatMap((w, i) =>
      onTheDay(w, i)
        ? ['arrival']
        : RECORD_DEEDS.has(w) && words[i + 1] === 'by'
          ? [w, 'recorder']
          : w === 'scheduled' || w === 'planned'
            ? [scheduledAs(words, i)]
            : [w],
    )
    .filter((w) => !FILLER.has(w));
}

/** Words a schedule is read by: "Scheduled" before one of them is the appointment's own time. */
const SCHEDULE_CLOCK = new Set(['time', 'date', 'datetime', 'start', 'hour']);

/**
 * "Scheduled" by its place in the header. Before a clock word it describes the appointment
 * (`scheduled_time`, DrChrono's appointment start; `Scheduled Date`, `Scheduled Start`): the
 * start. After one, or before "on" or "at", it is the deed and the header its date (`Date
 * Scheduled`, `Time Scheduled`, `Scheduled On`: when the booking was made, like `Date Made`),
 * never the start. Alone it stays a weak word for either, and a file with nothing better is asked.
 */
function scheduledAs(words: string[], i: number): string {
  const next = words[i + 1];
  if (next !== undefined && SCHEDULE_CLOCK.has(next)) return 'start';
  // `Planned Date`, `Planned Start` (Credible's scheduled visits, beside their actual Time In and
  // Out) are the booked visit's as `Scheduled Date` is; anywhere else (`Date Planned`, `Planned
  // Discharge`) the word stays unknown and the column is asked about.
  if (words[i] === 'planned') return 'planned';
  const prev = words[i - 1];
  if ((prev !== undefined && SCHEDULE_CLOCK.has(prev)) || next === 'on' || next === 'at') return 'booked';
  return 'scheduled';
}

const FIRST_WORDS = new Set([
  'first',
  'given',
  'forename',
  'forenames',
  'vorname',
  'vornamen',
  'vor',
  'prenom',
  'prenoms',
  'nombre',
  'nombres',
  'nome',
  'prenume',
  'fname',
  'ufname',
  'firstname',
]);
/** First-name words that already say "name" ("Vorname"), so "Name, Vorname" is two names. */
const WHOLE_FIRST_NAME = new Set([
  'vorname',
  'vornamen',
  'prenom',
  'prenoms',
  'nombre',
  'nombres',
  'nome',
  'prenume',
]);
/** French `Nom` and Romanian `Nume`: the family name beside the given name, alone the whole name. */
const FAMILY_NAME_WORDS = new Set(['nom', 'nume']);
/** The name words of the Romance languages that are read by their neighbours (see below). */
const ROMANCE_NAME_WORDS = new Set([...FAMILY_NAME_WORDS, 'nombre', 'nome']);
const LAST_WORDS = new Set([
  'last',
  'family',
  'surname',
  'lastname',
  'lname',
  'ulname',
  'nachname',
  'familienname',
  'zuname',
  'nom',
  'nume',
  'apellido',
  'apellidos',
  'cognome',
]);
const PERSON_WORDS = new Set([
  'patient',
  'patients',
  'patienten',
  'patientin',
  'paciente',
  'paziente',
  'pacient', // Romanian, Czech
  'client',
  'klient',
  'klientin',
  'cliente',
  'pt',
  'pat',
]);

/** The counter words that name a listing's row or line (not a position, an index or a count:
 *  `Patient Index No` is a master patient index's number). */
const LINE_WORDS = new Set(['row', 'line', 'seq', 'sequence', 'zeile', 'ligne', 'fila', 'linea']);

/** What a header of the patient's first or last name may hold beside the record's word. */
const PATIENTS_NAME_PART = new Set(['patient', 'first', 'last', 'name']);

function conceptsOfWords(words: string[]): Set<string> {
  const out = new Set<string>();
  // Nothing but numbers and counters ("#", "No.", "Row", "Line No", "Lfd. Nr."): a row counter.
  if (words.length > 0 && words.every((w) => NUMBER_WORDS.has(w) || SEQUENCE_WORDS.has(w) || w === 'id')) {
    if (words.some((w) => w !== 'id')) return new Set(['seq']);
  }
  // A bare `Code` (`Código`) is as often a procedure's or a visit type's code as a booking's
  // (SimplyBook.me's booking code, `9ak2m7qx`): its own concept, read as the appointment id only
  // at the grade of a bare `ID` (asked), and left out where its values repeat (import-export.ts).
  if (words.length === 1 && (words[0] === 'code' || words[0] === 'codigo')) return new Set(['code']);
  // A row's or a line's number (`Appt Line #`, `Visit Row ID`, `Line Item No`): the line of a
  // listing, the same visit under another number once a line is added above it, never a record's
  // own id. Only beside a number word: `Address Line 1` is an address.
  if (words.some((w) => LINE_WORDS.has(w)) && words.some((w) => NUMBER_WORDS.has(w) || w === 'id'))
    out.add('seq');
  for (const w of words) {
    if (SEQUENCE_WORDS.has(w)) continue; // "Address Line 1": the counter word adds nothing
    if (NUMBER_WORDS.has(w)) {
      out.add('id');
      continue;
    }
    for (const c of CONCEPTS[w] ?? [w]) out.add(c);
  }
  // One header naming first AND last name ("Last, First", "Nom et prénom", "Name, Vorname",
  // "Nombre y apellidos"), or the French/Spanish name word with the patient ("Nom du patient",
  // "Nombre del paciente", "Nom complet"): the full name. A middle name or initial named beside
  // both (`Patient (Last, First MI)`, `Name (Last, First, Middle)`) is part of how that one cell
  // is written, not a middle-name column: read as one, the file had no patient name at all.
  const first = words.some((w) => FIRST_WORDS.has(w));
  const last = words.some((w) => LAST_WORDS.has(w));
  const bareName = words.includes('name') && words.some((w) => WHOLE_FIRST_NAME.has(w));
  const romance =
    words.some((w) => ROMANCE_NAME_WORDS.has(w)) &&
    (words.some((w) => PERSON_WORDS.has(w)) || out.has('full'));
  if ((first && last) || bareName || romance) {
    out.delete('first');
    out.delete('last');
    if (first && last) out.delete('middle');
    out.add('name');
    out.add('full');
  }
  // An API's field names put the record's name before the patient's own (Healthie's
  // `appointment_first_name`, `appointment_last_name`: docs.morf.health/events/payloads/healthie/
  // appointment): the appointment's first or last name is its patient's. Only the record word
  // first, then a first- or last-name word, `name`, and perhaps the patient's word
  // (`appointment_patient_last_name`): `Last Appt` has no `name`, and a provider's or a guardian's
  // name (`appointment_provider_first_name`) has a word of its own and stays theirs.
  const personsPart = (c: string): boolean => PATIENTS_NAME_PART.has(c) || c === 'appt' || c === 'booking';
  if (
    CONCEPTS[words[0]!]?.[0] === 'appt' &&
    out.has('name') &&
    (out.has('first') || out.has('last')) &&
    [...out].every(personsPart)
  ) {
    out.delete('appt');
    out.delete('booking');
  }
  if (entryAfterTheAppointment(words)) out.add(AN_ENTRY_ABOUT_IT);
  return out;
}

/** The concept of a header that names a list's entry made about an appointment (see below). */
const AN_ENTRY_ABOUT_IT = 'entry-about-appt';

/** Lists whose entries are kept beside the visit they may become or came from: a recall, an
 *  intake, a wait list (`wait list` and `waiting list` as two words too), a follow-up list
 *  (`Appt Followup ID` had gone as the appointment id unasked, 63r2; `Appt Follow-up ID`, two
 *  words, was already asked). */
const ENTRY_LISTS = new Set([
  'intake',
  'recall',
  'recalls',
  'waitlist',
  'waitinglist',
  'followup',
  'followups',
]);

/**
 * The appointment's word and then a list's (`Appt Recall ID`, `Appointment Intake #`, `Visit
 * Waitlist ID`): the number of that list's entry about the appointment, not the appointment's own.
 * Word order tells it apart: the list's word first (`Recall Appt ID`, `Intake Appt ID`) names the
 * recall's or the intake's appointment, whose id it is.
 */
function entryAfterTheAppointment(words: readonly string[]): boolean {
  const appt = words.findIndex((w) => CONCEPTS[w]?.includes('appt'));
  if (appt < 0) return false;
  return words.slice(appt + 1).some((w, i, rest) => {
    if (ENTRY_LISTS.has(w)) return true;
    return (w === 'wait' || w === 'waiting') && rest[i + 1] === 'list';
  });
}

/** The concepts a header carries (a set: order does not matter). */
export function headerConcepts(header: string): Set<string> {
  return conceptsOfWords(meaningfulWords(header));
}

/** A header that is a bare `Code` (`Código`): a code of something the header does not name. */
export function isBareCode(header: string): boolean {
  const concepts = headerConcepts(header);
  return concepts.size === 1 && concepts.has('code');
}

/** A header with the word `Code` in it beside others (`Appt Code`, `Appointment Code`, `Visit
 *  Code`): read as an id like `Appt ID`, but PatientNow's and med-spa schedulers' appointment codes
 *  (`CONS`, `INJ`, `LASER`) are the kind of visit. import-export.ts leaves such a column out as
 *  the id where its values are words that repeat for other appointments. */
export function saysCode(header: string): boolean {
  return meaningfulWords(header).some((w) => w === 'code' || w === 'codigo');
}

/**
 * The concepts of a whole header row: like headerConcepts, but a lone name word is read by its
 * neighbours. German "Name" beside "Vorname" (and no last-name column) is the last name; French
 * "Nom" with no first-name column and Spanish "Nombre" with no last-name column are the full name.
 */
export function headerRowConcepts(headers: string[]): Array<Set<string>> {
  const words = headers.map(meaningfulWords);
  const concepts = words.map(conceptsOfWords);
  const isPatientPart = (c: Set<string>, part: 'first' | 'last'): boolean =>
    c.has(part) && !c.has('provider') && !c.has('full') && !c.has('referring');
  return concepts.map((c, i) => {
    const w = words[i]!;
    const others = concepts.filter((_, j) => j !== i);
    const hasFirst = others.some((o) => isPatientPart(o, 'first'));
    const hasLast = others.some((o) => isPatientPart(o, 'last'));
    // "Surname" then "Name" (South African, British and Commonwealth forms: GoodX's `Patient
    // Surname`, `Patient Name`): beside a last-name column and no first-name one, the name is the
    // given name, as German "Name" beside "Vorname" is the family name.
    const hasSurname = others.some((o) => isPatientPart(o, 'last') && o.has('name')); // not `Last Svc`
    if (bareNameOf(w, c) && hasSurname && !hasFirst) return new Set(['patient', 'first', 'name']);
    // The same words said of the patient in a pair (`Nom du patient` beside `Prénom du patient`,
    // an XML export's `Patient/Nom` beside `Patient/Prenom`): French `nom` is then the family
    // name and Spanish or Italian `nombre`/`nome` beside the patient's last name the given name,
    // as the bare words below. Beside a plain `Prénom`, `Nom du patient` stays the full name.
    const romance = w.find((x) => ROMANCE_NAME_WORDS.has(x));
    if (romance && c.has('full') && w.every((x) => x === romance || PERSON_WORDS.has(x))) {
      const patients = (part: 'first' | 'last'): boolean =>
        others.some((o) => isPatientPart(o, part) && o.has('patient'));
      const family = FAMILY_NAME_WORDS.has(romance);
      if (family && patients('first') && !hasLast) return new Set(['patient', 'last', 'name']);
      if (!family && patients('last') && !hasFirst) return new Set(['patient', 'first', 'name']);
    }
    if (w.length !== 1) return c;
    if (w[0] === 'name' && hasFirst && !hasLast) return new Set(['last', 'name']);
    if (FAMILY_NAME_WORDS.has(w[0]!) && !hasFirst) return new Set(['name', 'full']);
    if ((w[0] === 'nombre' || w[0] === 'nome') && !hasLast) return new Set(['name', 'full']);
    return c;
  });
}

/** `Name` or `Patient Name`: the name word alone, or the patient's. */
function bareNameOf(words: string[], concepts: Set<string>): boolean {
  const rest = words.filter((w) => !concepts.has('patient') || CONCEPTS[w]?.[0] !== 'patient');
  return rest.length === 1 && rest[0] === 'name' && words.length <= 2;
}

interface FieldVocabulary {
  /** Concept sets that name the field, with their strength. */
  names: Array<[string[], number]>;
  /** A header carrying any of these concepts is not this field. */
  never?: string[];
  /** As `never`, unless the header also names the appointment (`appt`). */
  neverBesideNoAppt?: string[];
  /** As `never`, unless the header also says `name`. */
  neverBesideNoName?: string[];
  /** Concepts that make the header less (or, at 1, not less) surely this field, by a factor;
   *  they do not count as extra concepts. The lowest factor present applies. */
  grade?: Record<string, number>;
  /** Concepts that may stand beside the field's own without making it unsure; a header with any
   *  other is read at most at ASKED (see SAME_MOMENT). */
  beside?: ReadonlySet<string>;
  /** Concepts that may stand beside the field's own in the header's last part; a header with any
   *  other names that thing's kind, reason or place and is not this field (VISIT_KIND,
   *  namesAnotherThings). */
  onlyBeside?: ReadonlySet<string>;
}

const TIMING_NEVER = [
  'end',
  'arrival',
  'wish',
  'dob',
  'cancel',
  'created',
  'updated',
  'modified',
  // Notion's `Last edited time`, `Date Changed`: when the record was last changed
  'edited',
  'changed',
  'entered',
  'booked',
  'last',
  'next',
  'confirmed',
  'sent',
  // the same day in the Islamic calendar (`التاريخ الهجري`: 1448/09/22) beside the Gregorian date
  'hijri',
  // the same day in Nepal's Bikram Sambat (`Miti (BS)`: 2082-11-18) beside the Gregorian date
  'bikramsambat',
];

/**
 * What may stand beside a date or time word in the header of the start: the appointment and its
 * start (header-words.ts), what the visit is (`Service Date`, `Date of Service`, `Procedure Date`,
 * `Telehealth Date`) or the encounter it is, the words for a schedule's slot or session
 * header-words.ts leaves as they are (`Slot Time`, `Sched Date`, `Fecha de atención`), and how the
 * value is written (writtenAs: `Date (local)`, `Start Time UTC`, `Time (Eastern)`, `Date
 * (MM/DD/YYYY)`, `Time 24h`).
 * Any other word says whose date it is, and that is something other than the appointment:
 * `Referral Date`, `Entry Date`, `Recall Date`, `Auth Date`, `Onset Date`, `Post Date`, `Status
 * Date`, `First Visit`. A list of such words would miss the next vendor's, so the rule is the
 * other way round: such a header is read at most at ASKED, and the file is asked about.
 */
const SAME_MOMENT = new Set([
  // the appointment and its start
  'appt',
  'booking',
  'start',
  'scheduled',
  'date',
  'time',
  'patient',
  // what the visit is, or the encounter it is (`Telehealth Date`, `Video Visit Date`, `Consult
  // Date`); not `surgery`: a pre-op list's `Surgery Date` is the operation, another event
  'type',
  'encounter',
  'telehealth',
  'telemedicine',
  'telemed',
  'video',
  'virtual',
  'consult',
  // a schedule's slot or session, and abbreviations of the schedule (`Svc`, `Srv` are the service:
  // header-words.ts)
  'slot',
  'session',
  'sesion',
  'seance',
  'sitzung',
  // a programme's group session (`Class Date`, `Class Time` of a rehab class roster, corpus 396):
  // each patient's place in the class is that patient's appointment
  'class',
  'sched',
  'schedule',
  'schd',
  'atencion',
]);
/** Words for how a date or time is written (with FORMAT_HINT and the zone abbreviations):
 *  `Date (local)`, `Start Time UTC`, `Time (AM/PM)`, `Time 24 hrs`, `Date ISO`, `Date Format`. */
const WRITTEN_AS = new Set([
  'local',
  'utc',
  'gmt',
  'standard',
  'daylight',
  'am',
  'pm',
  'ampm',
  'h',
  'hr',
  'hrs',
  'iso',
  'format',
  'fmt',
]);
/** Below SURE (column-doubts.ts): the column is still read, and the file asked about. */
export const ASKED = 0.6;
/** A date or time format written into a header: `MM/DD/YYYY`, `hh:mm`, `jj.mm.aaaa`, `TT.MM.JJJJ`,
 *  `24h`, `24hr`. */
const FORMAT_HINT = /^(?:(?:([dmyhsjat])\1+)+|\d+hr?s?)$/;

/** The concept says how a date or time is written, not what it is of: a format (`MM/DD/YYYY`,
 *  `dd.mm.yyyy`), a zone (`EST`, `UTC`, `Eastern`, `local`) or a clock (`24h`, `AM/PM`). Whether a
 *  zone is the practice's is the audit's question (row-start.ts holds the file when it is not),
 *  not the header's: `Start (EST)` names the start as surely as `Start`. */
function writtenAs(concept: string): boolean {
  return (
    /^\d+$/.test(concept) ||
    FORMAT_HINT.test(concept) ||
    WRITTEN_AS.has(concept) ||
    isKnownZoneAbbreviation(concept) ||
    spelledZoneAbbreviation(concept) !== undefined
  );
}

/** A letter telling a column from its like (`Time B`, `Date C`, `Start Time B`), as a number
 *  does (`Time 2`): no other moment. Scored below `Time`, `Time B` had lost to it by column
 *  order, and the visits had gone at whichever came first. */
const LETTER_LABEL = /^[a-z]$/;

/** The concept is neither the field's own nor one that may stand beside it. */
function foreignTo(beside: ReadonlySet<string>, concept: string): boolean {
  return !beside.has(concept) && !writtenAs(concept) && !LETTER_LABEL.test(concept);
}

/** The words of a start header that name some other moment than the appointment's (`Referral
 *  Date` → referral): empty when there are none. */
export function otherMomentWords(header: string): string[] {
  return meaningfulWords(header).filter((w) =>
    [...conceptsOfWords([w])].some((c) => foreignTo(SAME_MOMENT, c)),
  );
}

/** Of the words the start never has, those of a moment a record or a message writes of itself:
 *  when it was made, changed, sent or confirmed, when it ends or was cancelled, a birth. Such a
 *  column is never the start by its values, even with nothing else to start from. `Last` and
 *  `Next` (a recall list's `Next Appt`), `Booked` and a wait list's wish are left out: over the
 *  only date-times in a file they are still offered, and the file is asked about, not refused. */
const STAMP_NEVER = [
  'end',
  'dob',
  'cancel',
  'created',
  'updated',
  'modified',
  'edited',
  'changed',
  'entered',
  'confirmed',
  'sent',
  // a date of another calendar (`Miti (BS)`: 2082-11-18 is 2 March 2026): read as Gregorian by
  // its values alone, a Nepali list with no AD column had gone 56 years late
  'bikramsambat',
];

/** The header names a record's or a message's own moment (`Created`, `Last Reminder Sent At`,
 *  `Confirmed At`, `Date Modified`, `Cancel Date`): see STAMP_NEVER. */
export function namesAnotherMoment(concepts: ReadonlySet<string>): boolean {
  return STAMP_NEVER.some((c) => concepts.has(c));
}

/** Whether a header over a column of dates says they are some other event's than the
 *  appointment's: a word the start never has (`DOB`, `Created`, `Date Entered`, `Last Visit`), or a
 *  date or time word beside a word saying whose (`Referral Date`, `Entry Date`). A header with no
 *  word for a date (`ApptDt`, `Dt`, `Col3`) says nothing of the kind. */
export function datesOfOtherEvent(header: string): boolean {
  const concepts = headerConcepts(header);
  if (TIMING_NEVER.some((c) => concepts.has(c))) return true;
  return (concepts.has('date') || concepts.has('time')) && otherMomentWords(header).length > 0;
}

/** A header that says its column holds a date or a time and nothing of whose: `Date`, `Fecha`,
 *  `Date/Time`, and the same told from its like by a number or a letter only (`Date 2`, `Date B`,
 *  `Time 1`). Two such columns beside each other say nothing of which is the appointment's. */
export function bareMomentHeader(header: string): boolean {
  const concepts = headerConcepts(header);
  return (
    (concepts.has('date') || concepts.has('time')) &&
    [...concepts].every((c) => c === 'date' || c === 'time' || /^\d+$/.test(c) || LETTER_LABEL.test(c))
  );
}

/** "Booking Date", "Fecha de reserva": as often when it was booked as when it takes place, so it
 *  reads only weakly as the start (a file with nothing better is asked about). */
const BOOKING_GRADE = { booking: 0.6 };

/** Someone other than the patient: a header naming one of them ("Guarantor Email", "Insured
 *  State", "Emergency Contact Address") holds that person's details, never the patient's. So does a
 *  place's ("Facility Address", "Clinic Email", "Location Zip", `Location/Address/City` in XML):
 *  read as the patient's, every patient of that clinic went out living at the clinic, with its
 *  e-mail as theirs. */
export const OTHER_PARTY = [
  'other',
  'guarantor',
  'insurance',
  'contact',
  'referring',
  'provider',
  'employer',
  'location',
];

/** An e-mail of someone other than the patient (OTHER_PARTY), or of whoever made or changed the
 *  booking (`Booked By Email`, `Created By Email`, `Scheduler Email`: a deed done to the record),
 *  or of the message the practice sends (`Reply-To`, `From Email`, `Sender Email`, `CC`): the
 *  practice's or a clerk's address, one on every row. Read as each patient's, every portal
 *  invitation went to the front desk (63e); the e-mail is left out instead. */
const NOT_THE_PATIENTS_EMAIL = [
  ...OTHER_PARTY,
  'recorder',
  'scheduler',
  'sender',
  'reply',
  'start',
  'end',
  'cc',
  'bcc',
];

/** The header names an e-mail that is not the patient's (NOT_THE_PATIENTS_EMAIL): never read as
 *  theirs, however like addresses its values are. */
export function namesAnotherOnesEmail(concepts: ReadonlySet<string>): boolean {
  return NOT_THE_PATIENTS_EMAIL.some((c) => concepts.has(c));
}

/** The appointment's own address ("Appt Address", "Visit Address"): where the visit is, a clinic
 *  or a home, not the patient's address (Medfusion keeps the two apart, AppointmentAddress and the
 *  patient's Address). Never read as the patient's. */
const NOT_THE_PATIENTS_ADDRESS = [...OTHER_PARTY, 'appt'];

/** The status of something other than the appointment: the patient's account, an insurance
 *  authorisation or eligibility check, a claim, an invoice or payment, a note, a referral, a
 *  reminder, the intake forms, a dental recall (`Recall Status` = `Scheduled` says the recall has a
 *  visit, `Intake Status` = `Complete` nothing of whether the visit is booked). */
const NOT_THE_APPOINTMENT_STATUS = [
  'insurance',
  'confirmation',
  'marital',
  'account',
  'billing',
  'auth',
  'authorization',
  'preauth',
  'eligibility',
  'payment',
  'pmt',
  'description',
  'note',
  'referring',
  'reminder',
  'reminders',
  'intake',
  'recall',
  'form',
  'forms',
  'consent',
  'order',
  'lab',
  'result',
  'message',
  'sms',
  'email',
  'phone',
  'fax',
  'portal',
  'registration',
  'collection',
  'collections',
  'balance',
];

/** Not the provider the appointment is with: whoever made or changed the booking (`Scheduled By`,
 *  `Last Modified User`, `Created By User`), and providers in another role: who referred the
 *  patient or is their usual doctor (`Referring Provider`, `PCP`, `Primary Care Physician`), who
 *  ordered the test (`Ordering Provider`), who supervises the one seen (`Supervising Provider`),
 *  who bills (`Billing Provider`). */
const NOT_THE_PROVIDER = [
  'referring',
  'billing',
  'recorder',
  'created',
  'modified',
  'updated',
  'changed',
  'edited',
  'entered',
  'ordering',
  'supervising',
];

/** The patient's own provider, an attribute of the patient the appointment may not be with: their
 *  `Usual Provider`, `Default Provider`, `Regular Doctor`, `Registered GP`, `Named GP`, `Preferred
 *  Provider`, `Home Doctor`, `Own Doctor`, `Family Doctor`, Open Dental's `PriProv`/`SecProv`, a
 *  `Provider Assigned To Patient` (header-words.ts reads several of these as 'usual'). Never the
 *  appointment's provider, even alone: a wrong name on the portal is worse than *Unassigned*. */
const PATIENTS_OWN = ['usual', 'default', 'regular', 'registered', 'named', 'wish', 'home', 'own'];

/** The header names the patient's own provider (PATIENTS_OWN), not the appointment's. */
export function patientsOwnProvider(concepts: Set<string>): boolean {
  return concepts.has('provider') && PATIENTS_OWN.some((c) => concepts.has(c));
}

/** The place of the provider the visit is with (`Provider Location`, `Provider City`, `Rendering
 *  Provider Site`): where a telehealth provider works, whose clock a start on the provider's side
 *  is on. Never a provider in another role's (`Referring Provider Location`) nor the patient's own
 *  provider's (`PCP City`, `Usual Provider Location`). */
export function providersPlace(concepts: Set<string>): boolean {
  if (!concepts.has('provider') || !(concepts.has('location') || concepts.has('city'))) return false;
  return ![...NOT_THE_PROVIDER, ...PATIENTS_OWN, 'pcp', 'patient', 'primary'].some((c) => concepts.has(c));
}

/** The patient's own location, an attribute of the patient like their usual provider: the home
 *  clinic of a multi-site practice (`Home Clinic`, `Preferred Location`, `Default Facility`,
 *  `Registered Site`, `Primary Location`), or where the patient is (`Patient Location`, a ward or
 *  bed). The appointment may be at another site: never its location, even alone (the practice's
 *  name is sent then, as for an export without a location column). */
const PATIENTS_OWN_PLACE = [...PATIENTS_OWN, 'patient', 'primary'];

/** The header names the patient's own location (PATIENTS_OWN_PLACE), not the appointment's. */
export function patientsOwnLocation(concepts: Set<string>): boolean {
  return concepts.has('location') && PATIENTS_OWN_PLACE.some((c) => concepts.has(c));
}

/** Words that make free text the staff's or the chart's, never the portal's: a note, comment or
 *  memo (`Type Notes`, `Procedure Notes`, `Facility Note`, `Description Comments`: the front desk's
 *  words about that thing, `owes $240`, `pt very anxious`), a clinical finding (`Chief
 *  Complaint`, `Presenting Complaint`, `Reason/Diagnosis`, `Symptoms`: the chart's, which a proxy
 *  reading the portal must not see), text the header says is kept from the patient (`Internal
 *  Reason`, `Reason (Private)`, `Confidential Reason`, `Intern`, `Vertraulich`), and a chart alert
 *  or flag (`Alert Type` = `Balance due`, `Flag Type` = `Aggressive - 2 staff`). Such a column is
 *  never the type, reason, description, location or address, whatever else its header names. */
const NOT_FOR_THE_PORTAL = [
  'note',
  'clinical',
  'internal',
  'intern',
  'interne',
  'interno',
  'interna',
  'private',
  'prive',
  'privado',
  'privada',
  'confidential',
  'confidentiel',
  'confidencial',
  'vertraulich',
  'alert',
  'alerts',
  'flag',
  'warning',
];

/** A field of the report itself, which SSRS and Crystal write on every row of a CSV export (a
 *  text box `ReportTitle` = `Daily Appointment Schedule`, `Report Name`, `Bericht`): the
 *  report's words, never the visit's type, reason or description. */
const ABOUT_THE_REPORT = ['report', 'bericht', 'rapport', 'informe', 'relatorio'];

/**
 * What may stand beside a provider word in the header of the appointment's provider: its id or
 * name and how they are written (`Provider Abbr`, `Dr Code`, `Provider NPI`, `Provider Full
 * Name`), the appointment (`Appt Provider`, `Sched Provider`), the provider who treats or renders
 * (`Rendering Provider`, `Treating Physician`, `Behandelnder Arzt`, `Médico tratante`), and the
 * graded words (PROVIDER_GRADE) but `Secondary`, as ambiguous as `Primary`. Any other word may
 * make the provider another role's (`Primary Provider`: the appointment's main provider in some
 * systems, the patient's in others; `Lead`, `Covering`, `Provider Specialty`): such a column gives
 * way to a provider column without one, and alone it is asked about (column-doubts.ts). As for
 * dates (SAME_MOMENT), a list of the other roles would miss the next vendor's, so the list is of
 * the words that keep it the appointment's.
 */
const APPOINTMENT_PROVIDER = new Set([
  'provider',
  'id',
  'name',
  'full',
  'first',
  'last',
  'middle',
  'patient',
  'appt',
  'booking',
  'scheduled',
  'sched',
  'schedule',
  'rendering',
  'treating',
  'performing',
  'servicing',
  'service',
  'health',
  'behandelnder',
  'behandelnde',
  'tratante',
  'abbr',
  'abbreviation',
  'short',
  'initials',
  'display',
  'label',
  'kurzel',
  'code',
  'key',
  'npi',
  'description',
  // the one booked for the appointment: `Booked Provider`, `Profesional asignado`, `Zugewiesener
  // Arzt` (the appointment's, unlike `Provider Assigned To Patient`, read as the patient's own)
  'booked',
  'asignado',
  'asignada',
  'zugewiesen',
  'zugewiesene',
  'zugewiesener',
  // a resource that is a person (RXNT's `Person Resource` beside its `Material Resource`)
  'person',
]);

/** The words of a provider header that may make it another role's than the appointment's
 *  provider (APPOINTMENT_PROVIDER): empty when there are none. An XML column's path is read from
 *  its last part that names the provider: what comes before is the records' structure
 *  (`Report/Provider`, `Appointment/Provider`), what comes after its parts (`PrimaryProvider/Name`). */
export function otherRoleWords(header: string): string[] {
  const parts = header.split('/');
  let from = parts.length - 1;
  while (from > 0 && !headerConcepts(parts[from]!).has('provider')) from--;
  // A record of another visit holding the provider (`NextAppointment/Provider`, `LastVisit/Provider`
  // in XML) makes it that visit's: its words are the role.
  const holders = meaningfulWords(parts.slice(0, from).join(' ')).filter((w) => {
    const c = conceptsOfWords([w]);
    return c.has('last') || ANOTHER_OF_ITS_KIND.some((k) => c.has(k));
  });
  if (holders.length > 0 && !conceptsOfWords(meaningfulWords(parts.slice(0, from).join(' '))).has('name'))
    return holders;
  const words = meaningfulWords(parts.slice(from).join(' '));
  const concepts = conceptsOfWords(words);
  // `Last` is the provider's last name only beside a name word (`Provider Last Name`); else it is
  // the patient's last visit's (`Last Provider`, `Last Seen By`, `Last Visit Provider`), who may not
  // be the one this visit is with: it had gone as the visit's provider (ANOTHER_OF_ITS_KIND).
  const lastVisit = concepts.has('last') && !concepts.has('name') && !concepts.has('first');
  const roles = [...concepts].filter(
    (c) =>
      (!APPOINTMENT_PROVIDER.has(c) || (c === 'last' && lastVisit)) &&
      !(c in PROVIDER_GRADE && c !== 'second' && !mayBeClerk(c, words)) &&
      !/^\d+$/.test(c),
  );
  if (roles.length === 0) return [];
  // The header's own words, as the question quotes them (`Responsible`, not its concept 'other').
  const named = words.filter(
    (w) => BOOKING_DEEDS.has(w) || [...conceptsOfWords([w])].some((c) => roles.includes(c)),
  );
  return named.length > 0 ? [...new Set(named)] : roles;
}

/** The role words of a provider header but those that say it may be the booking clerk's
 *  (mayBeClerk): beside another provider column such a column gives way like any (recognize.ts),
 *  but among the columns of one user (Calendly's `User Name` and `User Email`) its other words
 *  decide, so the e-mail gives way to the name. */
export function rolesBesideClerk(header: string): string[] {
  return otherRoleWords(header).filter((w) => {
    const c = conceptsOfWords([w]);
    return !BOOKING_DEEDS.has(w) && !c.has('user') && !c.has('staff');
  });
}

/** Words that say a booking was made: beside a staff word they may name who made it. */
const BOOKING_DEEDS = new Set(['booking', 'booked', 'scheduling', 'scheduled', 'scheduler', 'sched']);

/**
 * Whether a graded provider word may name the clerk who keyed the booking in rather than the
 * provider, when no other provider word is beside it: a bare user (`User`, `User Name`: Calendly's
 * user is the host the invitee booked with, a practice system's the front desk's `jsmith`, and both
 * are people's names), and staff beside a booking word (`Booking Staff`, `Staff Booked`: whoever
 * booked it, in Phorest's staff booking report). Beside a provider word (`Provider User ID`) it is
 * how the provider is written; `Staff` alone is the practitioner (Jane, Mindbody).
 */
function mayBeClerk(concept: string, words: readonly string[]): boolean {
  if (concept !== 'user' && concept !== 'staff') return false;
  const clerkWordsOnly = words.every((w) => {
    const c = conceptsOfWords([w]);
    return !c.has('provider') || c.has('user') || c.has('staff');
  });
  return clerkWordsOnly && (concept === 'user' || words.some((w) => BOOKING_DEEDS.has(w)));
}

/** A resource may be a room or a chair, a user whoever booked the appointment, staff anyone, a
 *  hygienist or a secondary provider the second provider beside the dentist: the provider only
 *  when no header names the provider itself (header-words.ts). */
const PROVIDER_GRADE = {
  resource: 0.7,
  staff: 0.8,
  user: 0.6,
  hygienist: 0.8,
  second: 0.6,
  calendar: 0.7,
  host: 0.8,
  assigned: 0.7,
  prof: 0.8,
};

/** The header names the provider by a graded word (PROVIDER_GRADE: `Staff`, `Employee`, `User`,
 *  `Resource`, `Hygienist`): a person or thing that is the provider only when no header names the
 *  provider itself. */
export function gradedProvider(concepts: ReadonlySet<string>): boolean {
  return concepts.has('provider') && Object.keys(PROVIDER_GRADE).some((c) => concepts.has(c));
}

/** Provider words that as often name a room, a team or a resource (`Calendar` = `Room 2`,
 *  `Assigned To` = `Front Desk`): the provider only when the column's values are people's names
 *  (recognize.ts). */
const PROVIDER_BY_VALUES = ['calendar', 'host', 'assigned', 'prof'];

/** The header reads as the provider only if its values are people's names. */
export function providerByValuesOnly(concepts: Set<string>): boolean {
  return PROVIDER_BY_VALUES.some((c) => concepts.has(c));
}

/** A name the patient goes by or went by, not the legal name the portal keeps: `Preferred First
 *  Name`, `First Name (Preferred)`, `Alias First Name`, `Nickname`, `Maiden Name`. Beside the legal
 *  name it is left out; alone it had gone as the patient's first name (`Bob` for Robert Smith), a
 *  name the portal's record and its matching do not know. */
const OTHER_NAME = ['wish', 'nick', 'maiden'];
// Headers whose family name is not the patient's, or no family name at all: the last name's and
// the second family name's (`Apellido Materno Garante` is the guarantor's) alike.
const NOT_THE_PATIENTS_FAMILY_NAME = [
  'provider',
  'date',
  'time',
  'appt',
  'dob',
  'full',
  'referring',
  'contact',
  'guarantor',
  'insurance',
  'other',
  ...OTHER_NAME,
];

/** Concepts that make a header someone or something other than the patient's name. */
const NOT_PATIENT_NAME = [
  'provider',
  'first',
  'last',
  'middle',
  'location',
  'room',
  'type',
  'id',
  'wish', // "Preferred Name" (header-words.ts: preferred → wish)
  'nick',
  'guarantor',
  'other',
  'insurance',
  'employer',
  'referring',
  'contact',
  'user',
  'file',
  'billing',
  'phone',
  'email',
  'address',
  'dob',
  'maiden',
  'birthplace',
  'status',
  'appt',
  'seq',
  'encounter',
  'entity',
  'legal',
];

/**
 * Records other than the appointment whose number an export may print beside it: a charge, a
 * ticket (the charge slip), a lab order or accession (the appointment's own in an imaging schedule:
 * FIELD_VOCABULARY), a requisition, an insurance authorization
 * (one for a whole course of visits), a case (Medisoft's and WebPT's, one per condition or episode
 * of care), a payment, a transaction, a receipt, a voucher. `Order #` and `Auth #` read as a
 * bare id had been asked about as the appointment id; such a number is the other record's, never
 * the appointment's nor the patient's, and is left out without a question (ids are derived).
 * A pharmacy's prescription (`Rx #`, `Prescription #`, Australia's `Script #`): a vaccine is
 * dispensed under one, which keeps its number when the booking moves and is empty on services
 * with no drug (a blood pressure check); read as a bare id it had been taken for the appointment id.
 */
export const OTHER_RECORD = [
  'rx',
  'prescription',
  'script',
  'charge',
  'charges',
  'ticket',
  'order',
  'accession',
  'requisition',
  'req',
  'auth',
  'authorization',
  'authorisation',
  'preauth',
  'precert',
  'case',
  'payment',
  'transaction',
  'txn',
  'receipt',
  'voucher',
];

/**
 * Records a log keeps about an appointment, each under a number of its own: a reminder, message,
 * text or notification sent about it, a call made, a task, a survey or campaign it is part of. A
 * reminder or message log's `Appt Reminder ID` or `Appt Message ID` is that record's: the next
 * reminder for the same visit comes under another number, and read as the appointment id it had
 * gone as a new appointment each time (62g). Never the appointment's id, nor the patient's.
 */
export const ABOUT_THE_APPOINTMENT = [
  'reminder',
  'reminders',
  'message',
  'messages',
  'notification',
  'notifications',
  'sms',
  'task',
  'call',
  'calls',
  'campaign',
  'survey',
];

/**
 * An entry of a log or an audit of the booking, one per change of it (`Appt Log ID`, `Appt Audit
 * ID`, `Appt History ID`, `Appt Change ID`, `Appt Version ID`, `Appt Revision ID`), or a note or
 * form filed for it (`Appt Note ID`, `Appt Form ID`): that entry's number, never the appointment's
 * (62g: each had read surely, and a log's next export sent every visit again under new numbers).
 * Not `intake`, `recall` or `waitlist`: an intake, a recall or a wait-list appointment is one
 * (`Intake Appt ID`, `Recall Appt ID` read the same as `Appt Recall ID`).
 */
const ENTRIES_ABOUT_THE_BOOKING = [
  'log',
  'audit',
  'history',
  'change',
  'changes',
  'version',
  'revision',
  'note',
  'form',
  'forms',
];

/**
 * Words that make a header another record's of the same kind as the visit's own: the patient's
 * previous or next visit (`Next Appt ID`, `Prior Visit Status`, `Prev Appt Status`), the booking a
 * moved visit came from (`Original Appt ID`, `Orig Status`), one linked to it (`Linked Appt #`),
 * or a number the record had before (`Previous MRN`, `Old Chart #`, `Prior Patient ID`). Appointment
 * lists print the next and last visit beside each row (NextGen, eCW, AdvancedMD, Dentrix); read as
 * the visit's own, the last visit's `No Show` had cancelled this one and the next visit's id had
 * gone as this one's. `Last` is left out here: it is a last name's word too (`Provider Last Name`);
 * the fields it cannot be a name's add it themselves.
 */
export const ANOTHER_OF_ITS_KIND = [
  'next',
  'prev',
  'previous',
  'prior',
  'original',
  'orig',
  'old',
  'former',
  'recent',
  'future',
  'upcoming',
  'linked',
  'related',
];

/**
 * A telephone's number: `Mobile No.`, `Phone Number`, `Tel. Nr.`, `Handynummer`, `Cell #`, `Fax No.`.
 * The number word made it an id, and a bare id reads as the appointment's (a patient's phone as the
 * patient id beside `Patient`): SeriousMD's and Indian, Nigerian or Philippine lists head the
 * patient's mobile `Mobile No.`, whose value repeats for one patient's visits and was asked about as
 * the appointment id. A phone number is no one's record id.
 */
const A_PHONE = ['phone', 'mobile', 'cell', 'fax'];

/** Words of a visit field's header that name the appointment (`Appt Location`, `Booking Type`) or
 *  how the value is written (`Type Name`, `Location Desc`, `Site Code`): the visit's own, beside
 *  any of its kind, reason or place words. */
const VISIT_WRITTEN = [
  'appt',
  'booking',
  'name',
  'full',
  'description',
  'desc',
  'short',
  'abbr',
  'abbreviation',
  'display',
  'label',
  'code',
];

/**
 * What may stand beside a type word (`Type`, `Category`, `Service`) in the header of the kind of
 * visit: the appointment (`Appt Type`, `Event Category`), what the visit is (`Exam Type`, `Study
 * Type`, `Slot Type`, `Encounter Type`, `Treatment Type`, `Class Type`) and how the kind is written
 * (`Type Name`, `Appt Type Desc`, `Visit Type Abbr`). Any other word makes it the kind of something
 * else: `Phone Type` = `Mobile`, `Account Type` = `Workers Comp`, `Referral Type` = `Self`, `Contact
 * Type` = `Text`, `Blood Type` = `O+` had gone to the portal as the kind of visit. As for dates
 * (SAME_MOMENT), a list of the other things would miss the next vendor's, so the list is of the
 * words that keep it the visit's; such a column is left out and the type goes as APPOINTMENT.
 */
const VISIT_KIND = new Set([
  'type',
  // Norwegian and Danish `Timetype` (a `time` is the appointment there: Timebok's kind of visit)
  'time',
  ...VISIT_WRITTEN,
  'exam',
  'study',
  'scan',
  'test',
  'slot',
  'encounter',
  'consult',
  'treatment',
  'therapy',
  'class',
  'activity',
  'program',
  'lesson',
  'atendimento',
  'sched',
  'schedule',
  'telehealth',
  'telemedicine',
  'video',
  'virtual',
  'surgery',
]);

/** What may stand beside the reason word (`Reason`, `Purpose`, `Motivo`): the visit's kind
 *  (VISIT_KIND: `Visit Reason`, `Appt Reason`, `Reason for Visit`) and the referral that sent the
 *  patient (`Referral Reason`). Any other word makes it the reason of something else: a claim's
 *  `Denial Reason`, a payment's `Adjustment Reason`, a move's `Reschedule Reason`, a missed visit's
 *  `No Show Reason` or `Reason for Non-Attendance`, a `Status Reason`, none of them why the patient
 *  comes; they had gone to the portal as the visit's reason. */
const VISIT_REASON = new Set([...VISIT_KIND, 'reason', 'referring']);

/** What may stand beside the location word in the header of where the visit is: the grades
 *  (`Clinic`, `Site`, `Department`, `Practice`…), the appointment (`Appt Location`, `Lieu du RDV`,
 *  `Encounter Location`) and how the place is written (`Location Name`, `Location Desc`, `Site
 *  Code`). Any other word makes it another place: a `Pharmacy Location`, the `Previous Location`
 *  or `Orig Location` of a moved visit, which had gone to the portal as where the patient goes. */
const VISIT_PLACE = new Set([
  'location',
  // the service's (`Svc Department`, athenaOne's department of the visit: `svc` reads as 'type')
  'type',
  'facility',
  'site',
  'clinic',
  'office',
  'department',
  'branch',
  'centre',
  'business',
  'ort',
  'cabinet',
  'practice',
  'entity',
  'surgery',
  ...VISIT_WRITTEN,
  'sched',
  'scheduled',
  'schedule',
  'encounter',
  'treatment',
  'session',
  'slot',
  'consult',
  'exam',
  'study',
]);

/**
 * What may stand beside the status word in the header of the visit's own status: the visit and its
 * booking (`Appt Status`, `Visit Status`, `Booking Status`, `Event Status`, `Schedule Status`), what
 * the visit is (`Exam Status`, `Study Status`, `Case Status` of a surgery list, `Session Status`),
 * where it stands on the day (`Check-In Status`, `Arrival Status`, `Flow Status`, `Tracking
 * Status`), that it is the status as it stands (`Current Status`, `New Status` of a change log,
 * `Final Status`), its cancel or no-show flag, the patient (`Patient Appointment Status`) and how the
 * status is written (`Status Code`, `Status Desc`, `Status Text`, `APPT_STATUS_C`). Any other word
 * makes it the status of something else: the last or next visit (`Last Appt Status` = `No Show`,
 * `Next Appt Status`), the booking before a move (`Previous Status`, `Orig Status`), a plan of care
 * or a programme (`Tx Plan Status`, `Program Status`), a coverage, subscription or survey: each had
 * cancelled the visit with its own `Cancelled`. As for dates (SAME_MOMENT), a list of the other
 * things would miss the next vendor's, so the list is of the words that keep it the visit's; such a
 * column is left out, and a cancel word in it holds the file (a free column that would cancel).
 */
const VISIT_STATUS = new Set([
  // the appointment, its booking and session words in the languages read (`Estado sesión`,
  // `Statut séance`, `Status Sitzung`), as for its date
  ...SAME_MOMENT,
  'agenda',
  'agendamento',
  'marcacao',
  'rezerwacji',
  'rezerwacja',
  'konsultacji',
  'konsultacja',
  'behandlung',
  'objednavky',
  'objednavka',
  'varauksen',
  'varaus',
  // whether the patient came (`Attendance Status`, a UK list's `DNA Status`, `Visit Outcome Status`)
  'attendance',
  'attended',
  'dna',
  'outcome',
  // a Portuguese header's `do` (`Situação do agendamento`)
  'do',
  'status',
  'state',
  'stat',
  'appt',
  'booking',
  'sched',
  'schedule',
  'scheduled',
  'schd',
  'sch',
  // the scheduling system's (the filler's) status of the appointment: HL7 v2 SCH-25 "Filler
  // Status Code" (table 0278: Booked, Cancelled, Noshow, Deleted...), as interface engines name
  // the field they copy it to (`FillerStatus`, 424). HL7 has no placer's status.
  'filler',
  'encounter',
  'session',
  'slot',
  'consult',
  'exam',
  'study',
  'scan',
  'case',
  'surgery',
  'type',
  'treatment',
  'therapy',
  'class',
  'telehealth',
  'telemedicine',
  'video',
  'virtual',
  'check',
  'checked',
  'arrival',
  'flow',
  'tracking',
  'current',
  'new',
  'latest',
  'final',
  'now',
  'cancel',
  'noshow',
  'kept',
  'patient',
  'id',
  'cd',
  'c',
  'text',
  ...VISIT_WRITTEN,
]);

export const FIELD_VOCABULARY: Record<FieldName, FieldVocabulary> = {
  appointmentId: {
    names: [
      [['appt', 'id'], 1],
      [['id'], 0.7],
      [['code'], 0.7],
      // An imaging schedule's row is one exam, and its accession number is that exam's own
      // number, given when it is ordered and kept when it is moved (DICOM's Accession Number, one
      // per requested procedure): the exam's id, so two exams of one patient at one time (CT chest
      // and CT abdomen) stay two. Below a real `Appt ID` beside it; one reused for two starts is
      // held by the file's id audit as any id is. Graded 0.8, sure alone (`Accession`, `Accession
      // Number`, `Accession #`), so an `Appt ID` beside it wins by more than a close call: at 0.9
      // the two were asked about as rivals.
      [['accession'], 0.8],
      [['accession', 'id'], 0.8],
    ],
    // `Recurring Appointment ID`, `Parent Appt ID`, `Master Appointment ID`, `Booking Group ID`:
    // the id of the series or group a visit belongs to, the same on every visit of it (a weekly
    // series' next export would move last week's visit instead of adding one). Read below sure,
    // so a file with nothing better is asked about; a real `Appointment ID` beside it wins.
    // A GUID beside the record's number is the same record's other key (header-words.ts): read
    // surely alone, and below an `Appointment ID` beside it by more than a close call.
    grade: { series: 0.5, other: 0.5, guid: 0.8 },
    // Someone else's number with no appointment word (`RP ID`, the responsible party's in Denticon
    // and dental billing; `Guardian ID`, `Spouse ID`) is that person's, who may be a patient of
    // the file too: read as the appointment id, a mother's number had been asked about as the id
    // of her child's visit. `Parent Appt ID` names an appointment and stays graded above.
    neverBesideNoAppt: ['other'],
    never: [
      'patient',
      'provider',
      'type',
      'location',
      'room',
      'status',
      'encounter',
      'contact',
      'account',
      'person',
      'insurance',
      'billing',
      'seq',
      'referring',
      'reason',
      // a guarantor's (or family's) number, the same on a parent's and a child's visits
      'guarantor',
      // a date or time of something (`Accession Date`, the day the exam was ordered): no number
      // of a record, and the same on every exam ordered that day
      'date',
      'time',
      ...OTHER_RECORD.filter((c) => c !== 'accession'),
      ...ABOUT_THE_APPOINTMENT,
      ...ENTRIES_ABOUT_THE_BOOKING,
      // a schedule's slot (`Slot ID`, `Appt Slot ID`): the provider's time, booked by one patient
      // today and by another once this visit moves; its number stays with the time
      'slot',
      ...A_PHONE,
      // another visit's id (`Next Appt ID`, `Last Appt ID`, `Original Appt ID`, `Linked Appt #`)
      ...ANOTHER_OF_ITS_KIND,
      'last',
      // `Rescheduled Appt ID`: the booking moved from, or the one it moved to, never surely this
      // row's (it had gone as the appointment id unasked, 63r2)
      'rescheduled',
      'resched',
      // a recall's, an intake's or a wait list's entry about the visit (`Appt Recall ID`, 62g)
      AN_ENTRY_ABOUT_IT,
    ],
  },
  patientId: {
    names: [
      [['patient', 'id'], 1],
      [['person', 'id'], 0.8],
      [['account', 'id'], 0.7],
      // The patient's own account (CollaborateMD's `Patient Account`, help.collaboratemd.com
      // Appointment Data: "the account number of the Patient"); a bare `Account` may be a
      // family's (PCC) and stays asked. One shared by two patients is held (file-audit.ts).
      [['patient', 'account'], 0.9],
    ],
    // A national health number (NHS, NHI, PHN: header-words.ts) reads surely, but less than the
    // practice's own record number beside it, by more than a close call.
    grade: { national: 0.8 },
    // ...nor a number the patient had before (`Previous MRN`, `Old Chart #`): the portal knows the
    // patient by the current one (ANOTHER_OF_ITS_KIND)
    never: [
      'provider',
      'insurance',
      'encounter',
      'referring',
      'other',
      'guarantor',
      'contact',
      ...A_PHONE,
      ...ANOTHER_OF_ITS_KIND,
    ],
  },
  patientName: {
    names: [
      [['patient', 'name'], 1],
      [['full', 'name'], 1],
      [['patient'], 0.9],
      [['name'], 0.8],
    ],
    never: NOT_PATIENT_NAME,
  },
  firstName: {
    names: [
      [['first', 'name'], 1],
      [['first'], 0.9],
      [['patient', 'first'], 1],
    ],
    // `First Visit`, `First Appt` (a new patient's flag, or the date of the first visit) name
    // the visit, not the patient's given name: a TRUE/FALSE column so headed had been asked about
    // beside `Patient First Name`. `Appt First Name` still says `name`.
    neverBesideNoName: ['appt'],
    never: [
      'provider',
      'dob',
      'full',
      'referring',
      'contact',
      'guarantor',
      'insurance',
      'other',
      ...OTHER_NAME,
    ],
  },
  lastName: {
    names: [
      [['last', 'name'], 1],
      [['last'], 0.8],
      [['patient', 'last'], 1],
    ],
    // `Last Visit`, `Last Appt` (the patient's previous visit) name a visit, not the family name.
    neverBesideNoName: ['appt'],
    never: NOT_THE_PATIENTS_FAMILY_NAME,
    // "Apellido 1" / "Primer apellido" before "Apellido 2" / "Segundo apellido"; a lone `Apelido`
    // may be a nickname (header-words.ts), so asked.
    grade: { '1': 1, '2': 0.7, second: 0.7, apelido: 0.7 },
  },
  // A Dutch family name's particle in a column of its own (`Tussenvoegsel`): read before the last
  // name (row-cursor.ts), only beside a last-name column (recognize.ts).
  lastNamePrefix: { names: [[['particle'], 1]], never: ['provider', 'referring', 'contact', 'guarantor'] },
  // The second of two family names in a column of its own (Chile's and Mexico's `Apellido Materno`,
  // Spain's `Segundo Apellido`): read after the last name (row-cursor.ts), only beside a last-name
  // column (recognize.ts). As for the last name, someone else's is not the patient's.
  lastNameSecond: {
    names: [[['last', 'name', 'second'], 1]],
    never: NOT_THE_PATIENTS_FAMILY_NAME,
  },
  middleName: {
    names: [
      [['middle', 'name'], 1],
      [['middle'], 0.9],
    ],
    never: ['provider', ...OTHER_NAME],
  },
  dob: {
    names: [
      [['dob'], 1],
      [['patient', 'dob'], 1],
      // A birth date-time (Cerner's `BIRTH_DT_TM`, `Birth DateTime`) is the birth date, as surely
      // as `Birth Date`: its clock part is midnight or the hour of birth, never another person's.
      [['dob', 'date', 'time'], 0.8],
    ],
    never: [
      'birthplace',
      'maiden',
      'location',
      // a birth date in Nepal's Bikram Sambat (`DOB (BS)`: 2046-09-17 is 1 January 1990)
      'bikramsambat',
      // someone else's: "Insured DOB", "Guarantor DOB", "Parent DOB", "Emergency Contact DOB"
      ...OTHER_PARTY,
    ],
  },
  dateTime: {
    names: [
      [['date', 'time'], 1],
      [['start'], 0.9],
      [['start', 'date', 'time'], 1],
      // `Appointment` alone over a date and a time in every cell (an EHR's list re-saved by
      // Excel, Amazing Charts style): the one moment an appointment has is its start. The values
      // decide it holds date-times; a bare `Date` or `Time` below stays asked (a record's stamp).
      [['appt'], 0.9],
      [['start', 'time'], 0.9],
      [['start', 'date'], 0.9],
      // "Appointment Time" / "Appt Date" holding full date-times: the start (the values decide
      // between this and a date-only column).
      [['appt', 'time'], 0.9],
      [['appt', 'date'], 0.9],
      [['date'], 0.6],
      [['time'], 0.6],
      [['scheduled'], 0.6],
    ],
    grade: BOOKING_GRADE,
    never: TIMING_NEVER,
    beside: SAME_MOMENT,
  },
  date: {
    names: [
      [['date'], 1],
      [['appt', 'date'], 1],
      [['start', 'date'], 1],
    ],
    grade: BOOKING_GRADE,
    never: TIMING_NEVER,
    beside: SAME_MOMENT,
  },
  time: {
    names: [
      [['time'], 1],
      [['start', 'time'], 1],
      [['appt', 'time'], 1],
      [['start'], 0.8],
    ],
    grade: BOOKING_GRADE,
    never: TIMING_NEVER,
    beside: SAME_MOMENT,
  },
  // The start's minute in a column of its own beside its hour (`Minute`): never by its header
  // alone, only beside the hour (recognize.ts, hour-minute-columns.ts).
  timeMinute: { names: [] },
  end: {
    names: [
      [['end'], 1],
      [['end', 'time'], 1],
      [['end', 'date', 'time'], 1],
    ],
    // The visit's end is no moment of another kind the start never is either: Open Dental's
    // `DateTimeAskedToArrive` (its `To` reads as the end) is when the patient is asked to come,
    // before the start; read as the end, every row was refused as ending before it began.
    never: TIMING_NEVER.filter((c) => c !== 'end'),
  },
  duration: { names: [[['duration'], 1]] },
  providerId: {
    names: [
      [['provider', 'id'], 1],
      [['provider'], 0.7],
    ],
    never: ['name', 'type', 'location', 'room', ...NOT_THE_PROVIDER, ...PATIENTS_OWN],
    grade: PROVIDER_GRADE,
  },
  providerName: {
    names: [
      [['provider', 'name'], 1],
      [['provider'], 1],
    ],
    // A status is never a name (`Provider Status` = Active; MOSAIQ's `UserDefStatus` = RS, PR,
    // its user-defined status, whose 'user' had read it as the provider: corpus 391).
    never: ['id', 'type', 'location', 'room', 'status', ...NOT_THE_PROVIDER, ...PATIENTS_OWN],
    grade: PROVIDER_GRADE,
  },
  // Taken only beside the provider's last name in a column of its own (recognize.ts,
  // pairProviderName): the two are read together as one name.
  providerFirstName: {
    names: [[['provider', 'first'], 1]],
    never: ['id', 'last', 'type', 'location', 'room', 'status', ...NOT_THE_PROVIDER, ...PATIENTS_OWN],
    grade: PROVIDER_GRADE,
  },
  type: {
    names: [
      [['type'], 1],
      [['appt', 'type'], 1],
    ],
    // `Job Title` (the patient's job in an occupational-health list, `Forklift Operator`): a title
    // of the person, not of the visit. `Cancel Type` (CS SoftDent's cancel, break, fail or delete)
    // is the kind of a cancellation: read as the visit's type, a failed appointment had gone as
    // booked; left free, it is a withdrawal column (withdrawal-columns.ts).
    never: [
      'cancel',
      'id',
      'patient',
      'provider',
      'insurance',
      'location',
      'room',
      'status',
      'job',
      ...NOT_FOR_THE_PORTAL,
      ...ABOUT_THE_REPORT,
    ],
    onlyBeside: VISIT_KIND,
  },
  description: {
    names: [[['description'], 1]],
    never: ['cancel', 'job', ...NOT_FOR_THE_PORTAL, ...ABOUT_THE_REPORT],
    onlyBeside: VISIT_KIND,
  },
  // A bump's note or reason (`Bump Reason`, `Bumped Note`) is the cancel reason's kind: filled on
  // a row it says the visit was bumped off the schedule (withdrawal-columns.ts asks about it).
  note: { names: [[['note'], 1]], never: ['cancel', 'bump', 'bumped'] },
  reason: {
    names: [
      [['reason'], 1],
      [['appt', 'reason'], 1],
    ],
    // `Reason Code`, `Reason ID` (as `Type Code` for the type): the reason's key, not its words
    never: ['cancel', 'bump', 'bumped', 'id', ...NOT_FOR_THE_PORTAL, ...ABOUT_THE_REPORT],
    onlyBeside: VISIT_REASON,
  },
  location: {
    names: [
      [['location'], 1],
      [['location', 'name'], 1],
    ],
    never: [
      'id',
      'room',
      'address',
      'city',
      'state',
      'zip',
      'phone',
      'email',
      'dob',
      'birthplace',
      'provider',
      // Another party's place, as their provider is never the appointment's: the referrer's
      // (`Referring Location`, `Referral Facility`: the practice that sent the patient) and the
      // billing one (`Billing Location`, `Billing Facility`: whom the claim is from, a central
      // billing office as often as the clinic). Sent, the portal would send the patient there.
      'referring',
      'billing',
      ...NOT_FOR_THE_PORTAL,
      ...PATIENTS_OWN_PLACE,
      // another visit's place, also where an XML record holds it (`LastVisit/Location`): VISIT_PLACE
      // judges only the path's last part
      ...ANOTHER_OF_ITS_KIND,
      'last',
    ],
    onlyBeside: VISIT_PLACE,
    grade: {
      facility: 0.95,
      site: 0.93,
      clinic: 0.9,
      office: 0.88,
      department: 0.86,
      branch: 0.84,
      centre: 0.82,
      business: 0.8,
      ort: 0.8,
      cabinet: 0.7,
      practice: 0.5,
      entity: 0.3,
    },
  },
  address1: {
    names: [
      [['address'], 1],
      [['address', '1'], 1],
    ],
    never: ['email', '2', 'city', 'state', 'zip', ...NOT_THE_PATIENTS_ADDRESS, ...NOT_FOR_THE_PORTAL],
  },
  address2: { names: [[['address', '2'], 1]], never: [...NOT_THE_PATIENTS_ADDRESS, ...NOT_FOR_THE_PORTAL] },
  city: { names: [[['city'], 1]], never: [...NOT_THE_PATIENTS_ADDRESS, ...NOT_FOR_THE_PORTAL] },
  state: { names: [[['state'], 0.8]], never: NOT_THE_PATIENTS_ADDRESS },
  zip: { names: [[['zip'], 1]], never: NOT_THE_PATIENTS_ADDRESS },
  email: {
    names: [
      [['email'], 1],
      [['email', 'address'], 1],
    ],
    never: NOT_THE_PATIENTS_EMAIL,
  },
  status: {
    names: [
      [['status'], 1],
      [['appt', 'status'], 1],
      [['state'], 0.6],
    ],
    // Another visit's status also where an XML record holds it (`OriginalAppointment/Status`,
    // `LastVisit/Status`): VISIT_STATUS judges only the path's last part.
    never: [...NOT_THE_APPOINTMENT_STATUS, ...ANOTHER_OF_ITS_KIND, 'last'],
    onlyBeside: VISIT_STATUS,
  },
  cancelledAt: {
    names: [
      [['cancel', 'date'], 1],
      [['cancel', 'time'], 1],
      [['cancel', 'date', 'time'], 1],
      [['cancel'], 0.7],
    ],
  },
  cancelledFlag: {
    names: [
      [['cancel'], 0.9],
      [['is', 'cancel'], 1],
      [['cancel', 'flag'], 1],
    ],
  },
};

/** What a column named for one of these holds is that thing's, even with no `Status` in the header:
 *  a bare `Reminder` of Sent and Cancelled says the reminder was cancelled, not the visit. With the
 *  ways a practice reaches the patient (`Text`, `Call`, `Notification`), which are no status's name
 *  beside `Status` (`Status Text` is the appointment's). */
const NAMED_FOR_ANOTHER_THING = new Set([
  ...NOT_THE_APPOINTMENT_STATUS,
  // another visit (`Prior Visit Status`, XML's `OriginalAppointment/Status` of status words)
  ...ANOTHER_OF_ITS_KIND,
  'last',
  'confirm',
  'call',
  'calls',
  'text',
  'texts',
  'messages',
  'notification',
  'notifications',
]);

/** The header names something other than the appointment (`Reminder`, `Confirmation`, `Recall
 *  Status`): its values are never taken as the appointment's status by themselves. */
export function namesOtherThing(concepts: Set<string>): boolean {
  for (const c of concepts) if (NAMED_FOR_ANOTHER_THING.has(c)) return true;
  return false;
}

/** The header names someone other than the patient ("Guarantor Email", "Parent Name"). */
export function namesOtherParty(concepts: Set<string>): boolean {
  return OTHER_PARTY.some((c) => concepts.has(c));
}

/**
 * The header names the kind, text, reason or place of something other than the visit (`Phone
 * Type`, `Dx Description`, `Denial Reason`, `Pharmacy Location`: VISIT_KIND, VISIT_REASON,
 * VISIT_PLACE): a word of its own beside the field's that is not one the visit's field may have.
 * Judged on the header's last part: in an XML column's path (`Report/Location`, `Visit/Type`)
 * what comes before is the records' structure, read by the other rules.
 */
export function namesAnotherThings(field: FieldName, header: string): boolean {
  const only = FIELD_VOCABULARY[field].onlyBeside;
  if (!only) return false;
  const last = header.split('/').pop() ?? header;
  return [...headerConcepts(last)].some((c) => !only.has(c) && !/^\d+$/.test(c));
}

/**
 * How strongly a header names a field, 0..1. A concept set matches when all its concepts are
 * in the header; each further concept in the header lowers the score (`Patient Address` is
 * less surely an address line than `Address`), and a graded concept scales it (`Practice` is
 * less surely the location than `Location`).
 */
export function headerScore(field: FieldName, concepts: Set<string>): number {
  const vocab = FIELD_VOCABULARY[field];
  if (vocab.never?.some((c) => concepts.has(c))) return 0;
  if (!concepts.has('appt') && vocab.neverBesideNoAppt?.some((c) => concepts.has(c))) return 0;
  if (!concepts.has('name') && vocab.neverBesideNoName?.some((c) => concepts.has(c))) return 0;
  const grades = vocab.grade ?? {};
  const factor = Math.min(1, ...[...concepts].filter((c) => c in grades).map((c) => grades[c]!));
  const beside = vocab.beside;
  let best = 0;
  for (const [names, strength] of vocab.names) {
    if (!names.every((c) => concepts.has(c))) continue;
    // A number is no extra meaning: `Birthdate1`, `DOB.1`, `DOB_2` are how .NET, pandas and Power
    // Query name a repeated column, so they read as surely as the first (and compete with it).
    // Nor is a format (`DOB (MM/DD/YYYY)`), nor, in a date or time header, a zone or a clock
    // (`Start (EST)`, `Time (local)`), nor a letter telling it from its like (`Time B`): a header
    // that says how it is written, or which of two it is, is no less sure.
    const extra = [...concepts].filter(
      (c) =>
        !names.includes(c) &&
        c !== 'appt' &&
        c !== 'booking' &&
        c !== 'patient' &&
        !(c in grades) &&
        !/^\d+$/.test(c) &&
        !FORMAT_HINT.test(c) &&
        !(beside && (writtenAs(c) || LETTER_LABEL.test(c))),
    ).length;
    best = Math.max(best, strength * factor * 0.8 ** extra);
  }
  if (best > 0 && beside && [...concepts].some((c) => foreignTo(beside, c))) return Math.min(best, ASKED);
  return best;
}
