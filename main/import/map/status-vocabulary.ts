// What a status word in an export means for Medfusion: send it as a live appointment (NEW),
// send it as cancelled (CANCEL), or do not send the row at all (skip) — or 'unknown', when the
// word is in no list: the caller holds the file and asks the practice once (issue 9).
//
// The built-in words are in status-words.ts (English, German, French, Spanish, with sources); a
// profile can add words and its own lists win. Matching ignores case, accents, spacing and
// punctuation ("Checked-In" = "checked in", "Annulée" = "annulee"), and reads a code before
// or after the word: an OpenEMR symbol ("x Canceled", "@ Arrived"), a short code ("x - Cancelled",
// "5 - No Show", "(C) Cancelled", "Arrived (A)"). A code and a word that disagree are unknown.
//
// Beyond exact words there are only four narrow rules, refusing negations and wait lists:
// - a known word plus words that only say who or how ("Cancelled by patient", "Confirmed via
//   SMS", "Reprogramada por el paciente");
// - a cancellation stem in any form ("Canceled - late (< 24h)", "Storniert durch Praxis",
//   "Annulé par le cabinet"), unless a negation comes before it ("Not cancelled",
//   "nicht abgesagt") or the value is about a list or a request ("On cancellation list",
//   "Cancellation requested"), with after it only who, how, when or why (cancel-reasons.ts:
//   "Cancelled - Weather", "Canceled - Pt Request");
// - booked statuses set apart or glossed in brackets, each a booked one ("Checked in - Waiting",
//   "Arrived - In Room", "No Show (Not Seen)");
// - a booked stage, or the visit, followed by a word that says it is done ("Check-In Completed",
//   "Visit Completed");
// - a known status followed by a note on billing ("No Show-Don't Charge", fee-notes.ts).
import { ACCENT_MARKS } from './accent-marks.ts';
import { STATUS_WORDS, UNDECIDED } from './status-words.ts';
import {
  CANCEL_DONE,
  CANCEL_REASON_WORDS,
  REASON_FILLERS,
  REBOOK_PARTICIPLES,
  REBOOK_WORDS,
  REQUEST_WORDS,
  STILL_TO_DO,
} from './cancel-reasons.ts';
import { isNoValue } from './no-value.ts';
import { beforeFeeNote, endsInForfeit } from './fee-notes.ts';
import { movedAwayEnd, movedFromEnd } from './move-words.ts';

export type StatusMeaning = 'NEW' | 'CANCEL' | 'skip';

export interface StatusVocabulary {
  new?: string[];
  cancel?: string[];
  skip?: string[];
  /** A word in none of the lists: 'hold' (default: the file is held and a person asked once),
   *  'new', 'skip', or 'error' (a row error). */
  unknown?: 'hold' | 'new' | 'skip' | 'error';
}

/** The built-in words by meaning (flattened from status-words.ts). */
export const BUILT_IN_STATUS: Required<Omit<StatusVocabulary, 'unknown'>> = {
  new: STATUS_WORDS.filter((g) => g.meaning === 'NEW').flatMap((g) => g.words),
  cancel: STATUS_WORDS.filter((g) => g.meaning === 'CANCEL').flatMap((g) => g.words),
  skip: STATUS_WORDS.filter((g) => g.meaning === 'skip').flatMap((g) => g.words),
};

/** Lower case without accents: "Bestätigt" → "bestatigt", "Annulée" → "annulee", "ß" → "ss". */
export function foldAccents(text: string): string {
  // Ukrainian's apostrophe written as the modifier letter ʼ (U+02BC, `Не зʼявився`) is an
  // apostrophe, not a letter of the word.
  return text
    .normalize('NFKD')
    .replace(ACCENT_MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/\u02BC/g, "'")
    .toLowerCase();
}

/** Letters that carry their mark in the letter itself, so NFKD leaves them whole: Turkish dotless
 *  `ı` (`Onaylandı`, which capitals write `ONAYLANDI` and a system without the letter `Onaylandi`),
 *  Polish `ł` (`Odwołana`, `Odwolana` on an old code page), Danish and Norwegian `ø` (`Fremmødt`),
 *  Vietnamese and Croatian `đ` (`Đã đến`). Folded as accents are, both spellings are one key; read
 *  apart, the stripped one was unknown and held a file of known words. Status words only: names keep
 *  their letters (foldAccents). */
function foldLetters(text: string): string {
  return text.replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd');
}

/**
 * The form a status is compared in: folded, punctuation as spaces, single spaces
 * ("Checked-In" → "checked in", "R/S" → "r s"). A value of symbols only keeps them ("%", "-").
 */
export function normalizeStatus(word: string): string {
  const folded = foldLetters(foldAccents(word)).trim();
  const words = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words || folded.replace(/\s+/g, '');
}

/** German words are also written without umlauts ("bestaetigt"): both spellings are keys. */
function spellings(word: string): string[] {
  const out = [normalizeStatus(word)];
  if (/[äöü]/i.test(word))
    out.push(normalizeStatus(word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')));
  return out;
}

/** Words that join a qualifier to the status ("cancelled by patient", "cancelado por el
 *  paciente"). They join something: never the last word ("Scheduled-Del": a delete code). */
const JOINING = new Set([
  'by',
  'via',
  'per',
  'the',
  'durch',
  'oleh', // Malay `Dibatalkan oleh pesakit`: by the patient
  'von',
  'vom',
  'der',
  'die',
  'den',
  'par',
  'le',
  'la',
  'du',
  'de',
  'por',
  'el',
  'del',
  // Italian and Portuguese: "Annullato dal paziente", "Desmarcado pelo profissional"
  'dal',
  'dalla',
  'dallo',
  'pelo',
  'pela',
  // Polish and Hungarian: "Anulowana przez pacjenta", "Ügyfél által lemondva"
  'przez',
  'altal',
  // Greek and Arabic: "Ακυρώθηκε από τον ασθενή", "ملغى من قبل المريض" (folded: no tonos, no hamza)
  'απο',
  'τον',
  'την',
  'من',
  'قبل',
  // whom the patient waits for: NextGen's `Waiting for Provider`
  'for',
  // how it was done: Clinicient's (Net Health Therapy's) `Cancelled with Notice` and `Cancelled
  // without Notice` (lifecaretherapy.wixsite.com/emr-training/go-schedule), a cancellation either way
  'with',
  'without',
]);

/** Joining words that are also the reversing prefix de- ("De-booked", "DE-SCHEDULED"): never the
 *  first word. */
const NOT_FIRST = new Set(['de', 'del', 'du']);

/** Whether qualifiers around a status sit where they cannot be a prefix or a code: a value
 *  that starts with `de` or ends with a joining word is another word, not a qualified status. */
/** The words beside which `notice` says when a visit was called off (see qualified). */
const NOTICE_PARTNERS: ReadonlySet<string> = new Set(['short', 'late', 'with', 'without', 'advance', 'no']);

function qualifiersFit(tokens: string[], from: number, to: number): boolean {
  if (from > 0 && NOT_FIRST.has(tokens[0]!)) return false;
  return to >= tokens.length || !JOINING.has(tokens[tokens.length - 1]!);
}

/** Who delivers the visit: beside a missed word (`Provider No Show`, `Therapist Absent`,
 *  `Staff Missed`) the practice's side missed it, not the patient, so the visit did not happen
 *  although it is no patient's no-show. Read as one (booked), the portal would keep a visit the
 *  practice failed; the word is asked. The patient's side (`Patient No Show`, `Client Absent`) and
 *  who marked it (`No Show - System`) stay the patient's miss. */
const PRACTICE_SIDE: ReadonlySet<string> = new Set([
  'practice',
  'office',
  'clinic',
  'provider',
  'prov', // provider, as a front desk shortens it (`Prov Cxl`, `Cxl-Prov`)
  'doctor',
  'dr',
  'clinician',
  'therapist',
  // a counseling center's clinician (Therasoft's `Cancelled by Counselor` beside `Cancelled by
  // Client`, support.therasoftonline.com, Calendar; Titanium Schedule's counseling centers)
  'counselor',
  'counsellor',
  // a pharmacy's immunization or clinical-services list: the pharmacy's own side
  'pharmacist',
  'pharmacy',
  'staff',
  'site',
  'unit', // SystmOne: "Cancelled by Unit"
  'center',
  'centre',
  // an endoscopy or surgery center's, an imaging site's own side: `Cancelled by Facility`
  'facility',
  'fac', // the military's CHCS: `CANC BY FAC`, cancelled by the facility
  'surgery',
  'gp',
  'nurse',
  'team',
  'hospital',
  'agency',
  'business',
  'seller', // Square: CANCELLED_BY_SELLER, CANCELLED_BY_CUSTOMER
  'merchant',
  'owner',
  'host', // Calendly: canceled by host or invitee
  'praxis',
  'arzt',
  'behandler',
  'cabinet',
  'praticien',
  'medecin',
  'consultorio',
  'clinica',
  // Spanish, Italian and Portuguese `centro` (a Mexican agenda's `Cancelada por el centro`, as
  // SystmOne's `Cancelled by Unit`), and the doctor as a woman (`Cancelada por la doctora`)
  'centro',
  'profesional',
  'medico',
  'medica',
  'doctora',
  'profissional',
  'lekarza',
  'orvos',
  'lekarem',
  'ordinaci',
  'ιατρο',
  'γιατρο',
  'ιατρειο',
  'الطبيب',
  'العيادة',
]);

/** `Pending` read alone is eClinicalWorks' PEN and SpectraWeb's first status: a booked visit the
 *  patient has not arrived for. But a pending state waits for somebody's step, and online booking
 *  tools write a request the practice has yet to accept as pending too (Juvonno's portal
 *  "Pending" tag, MindZPlay's and Clinicminds' pending online bookings, HealthMyself's pending
 *  e-bookings to approve or decline). Said whose step or which way it came (`Pending Provider`,
 *  `Pending Online`, `Pendiente por el consultorio`), it is no longer eCW's bare word, and a request
 *  sent as booked shows the patient a visit nobody agreed to: asked. */
const PENDING = new Set(['pending', 'pen', 'pendiente']);
/** A confirmation still awaited: the patient's, in a reminder workflow (Vagaro, TELUS CHR: booked);
 *  the practice's, for a booking made online (Clinicminds, Reservation Studio: a request). */
const AWAITING_CONFIRMATION = new Set([
  // A tentative booking made online is a request the practice has yet to approve (Kalix's
  // online scheduling widget: help.kalixhealth.com/en/articles/74900); one the desk pencils in is
  // booked (Clinicminds, Timely), as bare `Tentative` is (red team 60l).
  'tentative',
  'pencilled',
  'penciled',
  'pencilled in',
  'penciled in',
  'unconfirmed',
  'not confirmed',
  'awaiting confirmation',
  'pending confirmation',
  'confirmation required',
  'pendiente de confirmar',
]);
/** The ways a patient books without the desk (an online request), as a status's qualifier. */
const BOOKED_ONLINE = new Set(['web', 'online', 'portal', 'app']);

/** The practice as a body, not a person: a patient in the waiting room waits for a person
 *  (NextGen's `Waiting for Provider`); what waits for the clinic or the office (`Waiting for
 *  Clinic`) is a booking waiting to be accepted, as Reservation Studio's "Waiting appointments"
 *  are online ones still to be confirmed or cancelled (help.reservation.studio/en/business/
 *  appointments/pending-approvals). `Waiting Online` is that, or a telehealth waiting room. */
const THE_PRACTICE_ITSELF = new Set([
  'practice',
  'office',
  'clinic',
  'center',
  'centre',
  'facility',
  'agency',
  'business',
  'hospital',
  'praxis',
  'cabinet',
  'consultorio',
  'clinica',
  'centro',
]);

/** Whether `phrase`, a booked word, with `rest` around it waits for a step that may be the practice
 *  accepting a request (PENDING, AWAITING_CONFIRMATION, THE_PRACTICE_ITSELF), so it is asked. A
 *  number beside it (`Pending 2`, a date) says when, not whose. */
function awaitsAnotherStep(phrase: string, rest: readonly string[]): boolean {
  if (PENDING.has(phrase)) return rest.some((t) => !isNumberish(t) && !JOINING.has(t));
  if (phrase === 'waiting') return rest.some((t) => THE_PRACTICE_ITSELF.has(t) || BOOKED_ONLINE.has(t));
  return AWAITING_CONFIRMATION.has(phrase) && rest.some((t) => PRACTICE_SIDE.has(t) || BOOKED_ONLINE.has(t));
}

/** Words that only say who, how or when, never what happened. */
const QUALIFIERS = new Set([
  ...JOINING,
  // who
  'patient',
  'pt',
  'pat', // CHCS: `CANC BY PAT`
  'client',
  ...PRACTICE_SIDE,
  'health', // GNU Health: "Cancelled by Health Center"
  'customer',
  'invitee',
  'reception',
  'receptionist',
  'system',
  'admin',
  'user',
  'patientin',
  'paciente',
  'paziente',
  'pacjenta',
  'uzytkownika',
  'ugyfel',
  'beteg',
  'keson', // Hungarian "Későn lemondott": called off late
  // Czech "Zrušeno pacientem" (by the patient: the instrumental), "Zrušeno lékařem", "ordinací"
  'pacientem',
  // home-care, ABA and behavioral-health agencies: `Agency Cancellation`, `Cancelled by Agency`
  'ασθενη',
  'ασθενους',
  // Romanian (`Anulat de pacient`, `Anulată de medic`), Russian and Ukrainian in the instrumental
  // (`Отменен врачом`, `Скасовано лікарем`): who cancelled
  'pacient',
  'medic',
  // Malay (`Dibatalkan oleh pesakit`, `oleh doktor`, `oleh klinik`)
  'pesakit',
  'doktor',
  'klinik',
  'пациентом',
  'врачом',
  'клиникои', // клиникой, folded
  'пацієнтом',
  'лікарем',
  'клінікою',
  'المريض',
  'المريضة',
  // how
  'sms',
  'text',
  'txt',
  'email',
  'mail',
  'e',
  'avm',
  'phone',
  'telephone',
  'tel',
  'call',
  // the patient called (`cxl - called 3/5`): how the desk heard it, written beside the status
  'called',
  'voicemail',
  'vm',
  'web',
  'online',
  'portal',
  'app',
  'auto',
  'automatic',
  'automatically',
  'manual',
  'manually',
  'whatsapp',
  'telefonisch',
  // Spanish, Italian and Portuguese `Confirmado por teléfono`, `Confermato per telefono`,
  // `Confirmado por telefone`, and Spanish `por correo` (e-mail)
  'telefono',
  'telefone',
  'correo',
  'late',
  'same',
  'day',
  'short',
  'notice',
  'kurzfristig',
  'tardif',
  'tardive',
  'tarde',
  'fee',
  'charged',
  // when
  'am',
  'pm',
  'h',
  'hrs',
  'hours',
  'hour',
  'less',
  'than',
  'within',
  'under',
  'before',
  'advance',
  'patienten',
]);

/** A token that negates what follows ("not cancelled", "nicht abgesagt", "sin cancelar"). */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'non',
  'never',
  'un',
  'nicht',
  'kein',
  'keine',
  'nie',
  'pas',
  'ne',
  'sin',
  'ni',
  'nunca',
  'jamais',
  'nao', // Portuguese não
]);

/** Tokens that make a value about a list (a wish for an earlier slot), not a cancellation. */
export const ABOUT_A_LIST: ReadonlySet<string> = new Set([
  'list',
  'lists',
  'waitlist',
  'wait',
  'waiting',
  'queue',
  'liste',
  'lista',
  'espera',
  'attente',
  'warteliste',
]);

/** Tokens that make a value about a cancellation undone. */
export const UNDONE: ReadonlySet<string> = new Set([
  'undo',
  'undone',
  'reversed',
  'reinstated',
  'restored',
  'zuruckgenommen',
  'widerrufen',
  'aufgehoben',
  'uncancelled',
  'uncanceled',
]);

/** Tokens of a request: a visit asked for, not yet given. */
const REQUEST_TOKENS = [
  'request',
  'requested',
  'requests',
  'anfrage',
  'angefragt',
  'demande',
  'demandee',
  'solicitud',
  'solicitada',
  'solicitado',
];

/** Tokens that make a value about a list, a request or an undo, not a cancellation. */
const NOT_A_CANCELLATION = new Set([
  ...ABOUT_A_LIST,
  ...UNDONE,
  ...REQUEST_TOKENS,
  'pending',
  'policy',
  'reason',
  'grund',
  'motif',
  'motivo',
]);

/** Words that name the appointment itself ("RDV annulé", "Appt cancelled"); booking tools for
 *  wellness, therapy and class studios name it a session, a class, a booking or a reservation
 *  (Schedulicity's and Mindbody-like `Class Canceled`, `Session Cancelled`, `Booking cancelled`):
 *  the attendee's booking is off either way. */
const APPOINTMENT_WORDS = new Set([
  'appt',
  'appts',
  'appointment',
  'appointments',
  'visit',
  'session',
  'class',
  'booking',
  'reservation',
  'rdv',
  'rendez',
  'vous',
  'termin',
  'cita',
  'consulta',
  // Dutch, Italian, Spanish and Portuguese, Polish, Turkish: `Afspraak geannuleerd`, `Appuntamento
  // annullato`, `Visita cancelada`, `Wizyta odwołana`, `Randevu iptal edildi` (red team 62e: held)
  'afspraak',
  'appuntamento',
  'visita',
  'agendamento',
  'wizyta',
  'randevu',
  // Romanian: `Programare anulată` (appointment cancelled), `Consultație anulată` (red team 64r1:
  // asked as unknown words)
  'programare',
  'programarea',
  'consultatie',
  'consultatia',
]);

/** A visit asked for or put forward, not agreed (FHIR `proposed`), and the approval it waits for. */
const ASKED_FOR: ReadonlySet<string> = new Set([...REQUEST_TOKENS, 'proposed', 'approval']);
/** Words of a step still to come: `To Be Scheduled`, `Needs Scheduling`, `Pending Approval`. */
const STILL_TO_COME: ReadonlySet<string> = new Set([
  'to',
  'be',
  'needs',
  'need',
  'yet',
  'pending',
  'awaiting',
]);
/** A booking made, as the word a negation or a step still to come denies (`Not Booked`). */
const BOOKING_MADE: ReadonlySet<string> = new Set(['booked', 'scheduled', 'scheduling', 'sched']);

/**
 * Whether a whole value says no visit is booked yet: a request (`Request`, `Appointment Request`,
 * `Pending Approval`, `Proposed`), or a booking denied or still to make (`Not Booked`,
 * `Unscheduled`, `To Be Scheduled`). In a status column such a word is asked about; outside it (a
 * type, a reason, a category, in a file with no status) it is no visit's kind but the row's
 * state, and sent it stands on the portal as a booked visit (red team 60l). Only the whole value:
 * a kind that names one inside it (`Records Request`, `Unscheduled Visit`, `Walk-in
 * (Unscheduled)`: a walk-in that took place) is a visit.
 */
export function namesNoBookingYet(text: string): boolean {
  const tokens = normalizeStatus(text).toLowerCase().split(' ');
  if (tokens.length > 4) return false;
  // An appointment word beside the request names what was asked for (`Booking Request`).
  const asked = tokens.filter((t) => !APPOINTMENT_WORDS.has(t));
  if (asked.some((t) => ASKED_FOR.has(t)) && asked.every((t) => ASKED_FOR.has(t) || STILL_TO_COME.has(t)))
    return true;
  if (tokens.length === 1) return /^un(?:booked|scheduled)$/.test(tokens[0]!);
  return (
    BOOKING_MADE.has(tokens.at(-1)!) &&
    tokens.slice(0, -1).every((t) => NEGATIONS.has(t) || STILL_TO_COME.has(t))
  );
}

/** A cancellation as a noun: beside an appointment word it names a kind of appointment. */
const CANCEL_NOUN = /^(cancel+ation|annulation|anulacion|cancelacion|stornierung|absage)$/;

/** Words before a cancellation stem that make it one still to do ("Por cancelar", "À annuler",
 *  "To be cancelled", "Zu stornieren"): not yet a cancellation. */
const TO_DO = new Set(['por', 'para', 'a', 'to', 'zu']);

/** Booked and missed (status-words.ts `missed`): beside a cancellation word, its reason. */
const MISSED = new Set(
  STATUS_WORDS.flatMap((g) => (g.meaning !== 'skip' && g.missed ? g.words.flatMap(spellings) : [])),
);

/** What joins two outcomes a report counts together (`Canceled/No Show`, `Late Cancel/No Show`,
 *  `Cancelled or No Show`, `Cancel & No-Show`). A dash, a colon or brackets give the cancellation
 *  its reason instead (athenaOne's `Cancelled - No Show`: see cancelStem). */
const EITHER = /\s*(?:[/\\|&+,]|\b(?:or|and|oder|ou|o|y)\b)\s*/iu;

/** A cancellation and a missed visit joined as either one (EITHER): a report's category that
 *  lumps the two outcomes, as practice reports total "cancellations and no-shows" together. A
 *  no-show is a live appointment the patient missed, a cancellation is gone: the value cannot say
 *  which this row is, so it is asked, as `No Show/Cancelled` and `NS/CX` are. */
function lumpsMissedWithCancelled(text: string): boolean {
  const parts = text
    .split(EITHER)
    .map((p) => normalizeStatus(p))
    .filter(Boolean);
  return (
    parts.length > 1 &&
    parts.some((p) => p.split(' ').some((t) => CANCEL_STEM.test(t))) &&
    parts.some((p) => MISSED.has(p))
  );
}

/** Words after a stage that say it is done (`Check-In Completed`, `Aufnahme erledigt`). */
const DONE = new Set([
  'completed',
  'complete',
  'done',
  'finished',
  'erledigt',
  'abgeschlossen',
  'completado',
  'completada',
]);

/** Cancellation stems in the four languages (on a token's start). */
/** The words left undecided on purpose (status-words.ts), as keys. */
const UNDECIDED_WORDS: ReadonlySet<string> = new Set(UNDECIDED.map(normalizeStatus));

export const CANCEL_STEM = /^(cancel|cancl|annul|anul|storn|abgesag|absage)/;

/** A number, a date's or time's digits, or a count of tries (`LM x2`: a message left twice,
 *  `2x`): how many, never what happened. */
function isNumberish(token: string): boolean {
  return /^\d/.test(token) || /^x\d{1,2}$/.test(token);
}

type Meaning = StatusMeaning | 'unknown';

/** Build a classifier from a profile's vocabulary merged over the built-in one. */
export function statusClassifier(profile: StatusVocabulary | undefined): (word: string) => Meaning {
  const read = statusWordMeaning(profile);
  return (word) => read(word).meaning;
}

/** The built-in words by the form they are compared in. The table is fixed, so it is keyed once
 *  (every file, and every status column of it, asks; keying it took a few percent of a read). */
let builtInKeys: ReadonlyMap<string, StatusMeaning> | undefined;
function builtInByKey(): ReadonlyMap<string, StatusMeaning> {
  if (!builtInKeys) {
    const keys = new Map<string, StatusMeaning>();
    for (const g of STATUS_WORDS)
      for (const w of g.words) for (const k of spellings(w)) keys.set(k, g.meaning);
    builtInKeys = keys;
  }
  return builtInKeys;
}

/** A status word's meaning, and whether it is the practice's own (a word of the profile's lists,
 *  whole or after a code): the practice's answer, which no built-in rule reads again. */
export function statusWordMeaning(
  profile: StatusVocabulary | undefined,
): (word: string) => { meaning: Meaning; own: boolean } {
  const builtIn = builtInByKey();
  // The practice's own words are keyed with their question mark kept: the answer to the desk's
  // `Cancelled?` (still booked) is no answer to `Cancelled`, which the same list also writes.
  const own = new Map<string, StatusMeaning>();
  const addOwn = (words: string[] | undefined, meaning: StatusMeaning): void => {
    for (const w of words ?? []) for (const k of spellings(w)) own.set(k + asked(w), meaning);
  };
  addOwn(profile?.new, 'NEW');
  addOwn(profile?.skip, 'skip');
  addOwn(profile?.cancel, 'CANCEL');
  const lookup = (key: string): StatusMeaning | undefined => own.get(key) ?? builtIn.get(key);

  /** A known phrase with only qualifier words around it ("cancelled by patient"). */
  function qualified(tokens: string[]): Meaning {
    for (let len = tokens.length - 1; len >= 1; len--) {
      for (let start = 0; start + len <= tokens.length; start++) {
        const meaning = lookup(tokens.slice(start, start + len).join(' '));
        if (!meaning) continue;
        const rest = [...tokens.slice(0, start), ...tokens.slice(start + len)];
        if (!qualifiersFit(tokens, start, start + len)) continue;
        if (!rest.every((t) => QUALIFIERS.has(t) || isNumberish(t))) continue;
        // `notice` says when only beside `short`, `late`, `with` or `without` (`Cancelled short
        // notice`, `No Show without Notice`); alone it is a letter sent (a recall's or a
        // collection's `Final Notice`), no visit's state.
        if (rest.includes('notice') && !rest.some((t) => NOTICE_PARTNERS.has(t))) continue;
        const phrase = tokens.slice(start, start + len).join(' ');
        if (MISSED.has(phrase) && rest.some((t) => PRACTICE_SIDE.has(t))) return 'unknown';
        if (awaitsAnotherStep(phrase, rest)) return 'unknown';
        return meaning;
      }
    }
    return 'unknown';
  }

  /**
   * A cancellation stem with only words that say who, how or when beside it ("Storniert durch
   * Praxis", "Canceled - late (< 24h)"), or a reason after it: a missed visit ("Cancelled - No
   * Show", athenaOne) or another cancellation ("Cancelled - Rescheduled"); unless negated before
   * it, still to do ("Por cancelar") or about a list or request. Any other status after it is a
   * state the cancellation is in, or a second status that disagrees ("Cancellation unconfirmed",
   * "Cancelación pendiente", "Cancelled - Tentative", "Cancelled > Scheduled"), and any other
   * word may change the meaning ("Cancelled in error": is the cancellation the error?), so the
   * value is asked, and so is a cancellation noun naming an appointment ("Cancellation appt":
   * booked from the cancellation list, a live appointment).
   */
  function cancelStem(tokens: string[]): Meaning {
    const at = tokens.findIndex((t) => CANCEL_STEM.test(t));
    if (at < 0) return 'unknown';
    // `Canceled - Pt Request`: the request of the who before it, after a cancellation done, is
    // why it was done (cancel-reasons.ts); `Cancel request`, `Cancellation requested` are asked.
    const doneAt = CANCEL_DONE.test(tokens[at]!);
    const whyRequest = (t: string, i: number): boolean =>
      doneAt && REQUEST_WORDS.has(t) && i > at + 1 && QUALIFIERS.has(tokens[i - 1]!);
    if (tokens.some((t, i) => NOT_A_CANCELLATION.has(t) && !whyRequest(t, i))) return 'unknown';
    if (tokens.slice(0, at).some((t) => NEGATIONS.has(t) || TO_DO.has(t))) return 'unknown';
    if (!qualifiersFit(tokens, at, at + 1)) return 'unknown';
    const others = tokens.filter(
      (t, i) => !CANCEL_STEM.test(t) && !QUALIFIERS.has(t) && !isNumberish(t) && !whyRequest(t, i),
    );
    const names = others.filter((t) => APPOINTMENT_WORDS.has(t));
    if (names.length > 0 && tokens.some((t) => CANCEL_NOUN.test(t))) return 'unknown';
    const rest = others.filter((t) => !APPOINTMENT_WORDS.has(t));
    if (rest.length === 0) return 'CANCEL';
    if (tokens.findIndex((t) => rest.includes(t)) < at) return 'unknown';
    const reason = rest.join(' ');
    if (lookup(reason) === 'CANCEL' || MISSED.has(reason)) return 'CANCEL';
    if (doneAt && rebookToDo(tokens.slice(at + 1), rest)) return 'CANCEL';
    return givesAReason(rest) ? 'CANCEL' : 'unknown';
  }

  /** After a cancellation done, only that the visit still needs booking again (`Cancelled- Needs
   *  Reschedule`, cancel-reasons.ts REBOOK_WORDS): the desk's task, not a state of this slot. */
  function rebookToDo(after: string[], rest: string[]): boolean {
    return (
      after.some((t) => REBOOK_WORDS.has(t)) &&
      after.some((t) => STILL_TO_DO.has(t)) &&
      (!after.some((t) => REBOOK_PARTICIPLES.has(t)) || after.includes('be')) &&
      rest.every((t) => REBOOK_WORDS.has(t) || STILL_TO_DO.has(t))
    );
  }

  /** The words after a cancellation say only why (`Weather`, `Lack of Transportation`,
   *  cancel-reasons.ts), and none of them is a status of its own that could disagree. */
  function givesAReason(rest: string[]): boolean {
    return (
      rest.some((t) => CANCEL_REASON_WORDS.has(t)) &&
      rest.every((t) => (CANCEL_REASON_WORDS.has(t) || REASON_FILLERS.has(t)) && !lookup(t))
    );
  }

  /**
   * Two or more statuses set apart (`Checked in - Waiting`, `Arrived - In Room`, `Confirmed - Left
   * Message`, `Scheduled > Confirmed`), or one glossed by another in brackets (Elation's `No Show
   * (Not Seen)`), each a booked one: the appointment is booked, whatever stage each names. One
   * part cancelled, moved, not an appointment or unknown (`Confirmed - Rescheduled`,
   * `Cancelled/Checked In`, `Scheduled - Del`, `Booked (Cancelled)`) and the value is asked.
   */
  function bookedParts(text: string): boolean {
    const parts = text
      .split(/\s+[-–—]+\s+|\s*[/;|>()[\]]\s*/u)
      .map((p) => p.trim())
      .filter(Boolean);
    return parts.length > 1 && parts.every((p) => classifyText(p) === 'NEW');
  }

  /** A booked stage, or the visit itself, and a word that says it is done (RXNT's `Check-In
   *  Completed`, `Check-Out Completed`, `Intake Done`, `Visit Completed`, `Appointment Completed`):
   *  it happened, so the patient came. Only a stage booked on its own, whole, before the word:
   *  `Cancellation Completed` stays with the cancellation rules, `Check-In Not Completed` and
   *  `Reschedule Done` are asked. */
  function stageDone(tokens: string[]): boolean {
    if (tokens.length < 2 || !DONE.has(tokens[tokens.length - 1]!)) return false;
    const stage = tokens.slice(0, -1);
    return stage.every((t) => APPOINTMENT_WORDS.has(t)) || lookup(stage.join(' ')) === 'NEW';
  }

  /** A whole status with the appointment's own word before or after it (`Afspraak geannuleerd`,
   *  `Appuntamento annullato`, `Appt Confirmed`, `Cita confirmada`): the status of the appointment
   *  it names, as the word alone reads. Only a whole status the list knows: a cancellation noun
   *  beside the word names a kind of visit (`Cancellation Appt`, booked from the cancellation
   *  list), a booking still waiting on someone is asked, and any other word left is read by the
   *  other rules or asked. */
  function namedAppointmentStatus(tokens: string[]): StatusMeaning | undefined {
    let from = 0;
    while (from < tokens.length && APPOINTMENT_WORDS.has(tokens[from]!)) from++;
    let to = tokens.length;
    while (to > from && APPOINTMENT_WORDS.has(tokens[to - 1]!)) to--;
    const rest = tokens.slice(from, to);
    if (rest.length === 0 || rest.length === tokens.length) return undefined;
    if (rest.some((t) => APPOINTMENT_WORDS.has(t) || CANCEL_NOUN.test(t))) return undefined;
    // A booking still waiting on someone (`Booking Pending`, `Tentative Booking`, `Appointment
    // Unconfirmed`) is an online request as often as a booked visit: asked, as `Pending Online` is.
    const phrase = rest.join(' ');
    if (PENDING.has(phrase) || AWAITING_CONFIRMATION.has(phrase) || phrase === 'waiting') return undefined;
    return lookup(phrase);
  }

  /** The whole value is a move and where to (`r/s to Thurs`, `Rescheduled to 3/22 per pt`,
   *  move-words.ts), with after it only who, how or when: this row's slot is the one left, as a
   *  cancelled one is; the new one is its own row. Anything else after it is asked (`r/s to Thurs
   *  - conf`). */
  function movedAway(text: string): boolean {
    return onlyQualifiersAfter(text, movedAwayEnd(text));
  }
  /** Nothing but who, how or when after `end` (a move and its place: `per pt`, `by office 3/1`). */
  function onlyQualifiersAfter(text: string, end: number | undefined): boolean {
    if (end === undefined) return false;
    // A date's closing dot (German `15.3.`) is no word after it: read as one, `verschoben von
    // 15.3.` was no move from there and went as the move word alone, cancelled (63r1).
    const after = normalizeStatus(text.slice(end).replace(/^\.(?!\d)/, ''));
    return !after || after.split(' ').every((t) => QUALIFIERS.has(t) || isNumberish(t));
  }

  /** The whole value is a move and where from (`Rescheduled from 3/15`, `r/s from Mon per pt`,
   *  move-words.ts), with after it only who, how or when: this row is the booking the visit was
   *  moved to, booked; the slot it left is its own row. The row mapper refuses the row when the
   *  origin is not proven another slot than its own (movedFromOtherSlot). */
  function movedHere(text: string): boolean {
    return onlyQualifiersAfter(text, movedFromEnd(text));
  }

  function classifyText(text: string): Meaning {
    const key = normalizeStatus(text);
    if (!key) return 'unknown';
    // A move and where from, before the words it starts with: `reprogramado del 15/3`,
    // `verschoben von 15.3.` read as the move word alone went cancelled (63r1).
    if (movedHere(text)) return 'NEW';
    const direct = lookup(key);
    if (direct) return direct;
    const tokens = key.split(' ');
    const q = qualified(tokens);
    if (q !== 'unknown') return q;
    if (movedAway(text)) return 'CANCEL';
    const stem = cancelStem(tokens);
    if (stem === 'CANCEL' && lumpsMissedWithCancelled(text)) return 'unknown';
    if (stem !== 'unknown') return stem;
    if (bookedParts(text)) return 'NEW';
    if (stageDone(tokens)) return 'NEW';
    const named = namedAppointmentStatus(tokens);
    if (named) return named;
    // A note on billing after a status: the status decides, unless it is itself a question.
    const billed = beforeFeeNote(text, normalizeStatus);
    if (billed) {
      if (QUESTIONED.test(billed)) return 'unknown';
      const meaning = classifyText(billed);
      // A deposit forfeited follows a no-show or a late cancellation: beside a booked status
      // that says neither (`Confirmed - Deposit Forfeited`) the status and the note disagree.
      if (meaning === 'NEW' && endsInForfeit(text, normalizeStatus) && !MISSED.has(normalizeStatus(billed)))
        return 'unknown';
      return meaning;
    }
    // Written in camelCase (Bahmni's "CheckedIn", "NoShow"): read again with its words apart.
    // Only after the whole value failed, so a word written joined ("UnConfirmed") is read whole.
    const apart = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
    return apart === text ? 'unknown' : classifyText(apart);
  }

  function builtInMeaning(word: string, split: ReturnType<typeof splitCode>): Meaning {
    const exact = builtIn.get(normalizeStatus(word));
    // A "code" that is a word left undecided on purpose is no code to drop: `Rescheduled (New)`
    // may be the new booking, not the old slot, and had gone as a cancellation. `Scheduled (New)`
    // is booked whichever it is.
    if (split && !exact) {
      const code = normalizeStatus(split.code);
      if (UNDECIDED_WORDS.has(code) && !(code === 'new' && classifyText(split.rest) === 'NEW'))
        return 'unknown';
    }
    if (split) {
      const byWord = exact ?? classifyText(split.rest);
      const byCode = codeMeaning(split.code, lookup);
      if (byWord !== 'unknown' && byCode && byCode !== byWord) return 'unknown'; // they disagree: ask
      if (byWord !== 'unknown') return byWord;
      // OpenEMR: a site may rename the title but keeps the symbol ("@ Da"). Not a letter: "X Ray",
      // "x rays" start a word, and a letter code counts only beside a word that agrees. A title
      // has letters: `+1 212-555-0101` is a phone number, not "Chart pulled" and a number.
      if (byCode && !/^\p{L}$/u.test(split.code) && /\p{L}/u.test(split.rest)) return byCode;
    }
    if (exact) return exact;
    return classifyText(word);
  }

  /** A code joined to its word by a hyphen counts only when both say the same. A word in
   *  brackets that says who, how or when is no code (`Canceled (Late)`: a late cancellation, not
   *  `Late`, arrived late, disagreeing with it). */
  function codeOf(word: string): ReturnType<typeof splitCode> {
    const split = splitCode(word);
    const said = split && normalizeStatus(split.code);
    if (said && QUALIFIERS.has(said) && !JOINING.has(said)) return undefined;
    if (!split?.joined) return split;
    const byCode = codeMeaning(split.code, lookup);
    return byCode && byCode === classifyText(split.rest) ? split : undefined;
  }

  return (word) => {
    if (!word.trim()) return { meaning: 'NEW', own: false }; // many exports leave a booking's status blank
    const split = codeOf(word);
    // The practice's own answer wins, for the whole value or the word after a code.
    const mine =
      own.get(normalizeStatus(word) + asked(word)) ??
      (split && own.get(normalizeStatus(split.rest) + asked(split.rest)));
    if (mine) return { meaning: mine, own: true };
    const meaning = builtInMeaning(word, split);
    // A word a person wrote as a question (`Cancelled?`, `cx?`) is the desk's doubt, not the
    // schedule's state: taken off the portal on it, a booked visit would vanish, so it is asked.
    if (meaning !== 'NEW' && QUESTIONED.test(word)) return { meaning: 'unknown', own: false };
    return { meaning, own: false };
  };
}

/** A value with a question mark after a word (`Cancelled?`, `No show ?`), at its end or before
 *  more words (`Cancelled? Needs Reschedule`: the words after it do not answer the question); not
 *  a code of question marks (Dentrix's `??????`) nor one before the word (OpenEMR's `? No show`). */
const QUESTIONED = /[\p{L}\p{N}.)]\s*\?+(?=\s|$)/u;

/** What a questioned word adds to its key among the practice's own words (normalizeStatus drops
 *  the question mark, so `Cancelled?` and `Cancelled` would share one answer). */
const asked = (word: string): string => (QUESTIONED.test(word) ? ' ?' : '');

/** The built-in vocabulary alone: what a status word means with no profile (recognising status
 *  columns, status notes in names, a second status column). */
export const classifyBuiltInStatus = statusClassifier(undefined);

/** Clinic codes that are a status only in the status column: `CNA` (could not attend), `UTA`
 *  (unable to attend), `FTA` (failed to attend), `DNW` (did not wait). In any other column the
 *  same letters are as often a discipline or credential: a US home-health file's `Discipline`,
 *  `Type` or `Svc Code` = `CNA` (a certified nursing assistant) beside `RN`, `LPN`, `HHA`. So
 *  are athenaOne's encounter stages `Intake` and `Exam`: elsewhere the kind of visit (`Visit` =
 *  `Exam`, a behavioural-health `Intake`), never read as a status column by its values; and a
 *  front desk's typed `cx` (cancelled) and `conf` (confirmed): elsewhere a culture or the
 *  cervix (`Cx`), a conference (`Conf`). */
const STATUS_COLUMN_ONLY = new Set(['cna', 'uta', 'fta', 'dnw', 'intake', 'exam', 'cx', 'conf']);

/** The built-in vocabulary read outside the status column (a free column, the type, a reason, a
 *  note): as classifyBuiltInStatus, but the codes of STATUS_COLUMN_ONLY are no status there. */
/** Outside the status column (a type, a reason, a note): the text reads as cancelled, or as a
 *  category that lumps cancellations with no-shows (`Canceled/No Show`), which may be one. Both
 *  are asked about where a cancellation is (a doubt holds the file), never read as booked. */
export function mayBeCancelled(text: string): boolean {
  return (
    classifyOutsideStatus(text) === 'CANCEL' || lumpsMissedWithCancelled(text) || cancelJoinedToOther(text)
  );
}

/** A cancel word joined by a dash, slash or `or` to another word the list does not read with it
 *  (`No Show - Cancelled Fee`, `Kept/Cancelled`, `Cancelled/Re-booked`, `Cancel-Reschedule`):
 *  the whole is no status the list knows, but the value names a cancellation, so outside the
 *  status column it is asked about as one. Read as nothing, it had gone as booked. */
function cancelJoinedToOther(text: string): boolean {
  // `Post-Cancellation Consult`, `Pre-Cancellation Review`: a prefix joined by its hyphen makes
  // one word (a visit after or before a cancellation, a kind of visit), not two parts (red team 60l).
  const parts = text
    .replace(/\b(post|pre)[-‐‑](?=\p{L})/giu, '$1')
    .split(/\s*(?:[/|&+,\-–—:]|\b(?:or|and|oder|ou|o|y)\b)\s*/iu)
    .map((p) => normalizeStatus(p))
    .filter(Boolean);
  // A part the list reads as booked is the cancellation list, no cancellation (`Follow-up/
  // Cancellation list`, `Cancellation appt - New`): no question for it.
  return (
    parts.length > 1 &&
    parts.some(
      (p) =>
        p.split(' ').some((t) => CANCEL_STEM.test(t) || t === 'cxl') && classifyOutsideStatus(p) !== 'NEW',
    )
  );
}

export function classifyOutsideStatus(word: string): ReturnType<typeof classifyBuiltInStatus> {
  const meaning = classifyBuiltInStatus(word);
  return meaning !== 'unknown' && STATUS_COLUMN_ONLY.has(normalizeStatus(word)) ? 'unknown' : meaning;
}

/**
 * A code before or after the word: "x - Cancelled", "5 - No Show", "(C) Cancelled",
 * "@ Arrived", "x Canceled", "Arrived (A)". A negation is never taken for a code. A hyphen
 * between letters ("DE-SCHEDULED", "RE-BOOKED", "X-Ray") joins a word: `joined`, a code only when
 * code and word agree ("NS-No show").
 */
function splitCode(value: string): { code: string; rest: string; joined?: true } | undefined {
  const v = value.trim();
  const after = /^(.*\S)\s*[([]([^()[\]\s]{1,4})[)\]]$/u.exec(v);
  if (after) return { code: after[2]!, rest: after[1]! };
  const joined = /^(\p{L}{1,3})[-‐‑–](\p{L}.*)$/u.exec(v);
  if (joined)
    return NEGATIONS.has(foldAccents(joined[1]!))
      ? undefined
      : { code: joined[1]!, rest: joined[2]!, joined: true };
  const before =
    /^(?:[([]([^()[\]\s]{1,4})[)\]]|([^\p{L}\p{N}\s]{1,2})|([\p{L}\p{N}]{1,3})\s*[-–—:.)=|]|(\p{L}|\p{N}{1,3})(?=\s))\s*(.+)$/u.exec(
      v,
    );
  if (!before) return undefined;
  const code = before[1] ?? before[2] ?? before[3] ?? before[4] ?? '';
  const alnum = before[3];
  // "No - show", "Not-cancelled": a word, not a code. Short codes are digits, one letter, or
  // written in capitals ("NS - No show").
  if (NEGATIONS.has(foldAccents(code))) return undefined;
  if (alnum && alnum.length > 1 && !/\d/.test(alnum) && alnum !== alnum.toUpperCase()) return undefined;
  return { code, rest: before[5]! };
}

/** Short codes for deleted or cancelled that are not words of their own ("Scheduled (DEL)"). */
export const CANCEL_CODES: ReadonlySet<string> = new Set(['del', 'dele', 'dltd', 'cx', 'cnx', 'cncl']);

/** Symbols whose meaning holds on their own (OpenEMR's defaults); "-" is also a plain bullet. */
function codeMeaning(
  code: string,
  lookup: (key: string) => StatusMeaning | undefined,
): StatusMeaning | undefined {
  const key = normalizeStatus(code);
  if (key === '-') return undefined;
  return lookup(key) ?? (CANCEL_CODES.has(key) ? 'CANCEL' : undefined);
}

// Microsoft Access (and VBA, Visual FoxPro via ODBC) writes a Yes/No field as -1 and 0; a web
// form's checkbox as on/off. A spreadsheet saves its booleans in the PC's language (TRUE/FALSE
// in English, WAHR/FALSCH, VRAI/FAUX, WAAR/ONWAAR, VERO/FALSO, VERDADEIRO/FALSO, SANT/FALSKT,
// SAND/FALSK, SANN/USANN, PRAWDA/FAŁSZ, TOSI/EPÄTOSI), and yes and no in the practice's.
const TRUE_WORDS = new Set([
  'true',
  'yes',
  'y',
  '1',
  '-1',
  'on',
  'x',
  't',
  'cancelled',
  'canceled',
  'ja',
  'oui',
  'si',
  'vrai',
  'wahr',
  'verdadero',
  'waar',
  'vero',
  'verdadeiro',
  'sant',
  'sand',
  'sann',
  'prawda',
  'tosi',
  'sim',
]);
const FALSE_WORDS = new Set([
  'false',
  'no',
  'n',
  '0',
  'off',
  'f',
  '',
  'nein',
  'non',
  'faux',
  'falsch',
  'falso',
  'onwaar',
  'falskt',
  'falsk',
  'usann',
  'fałsz',
  'falsz',
  'epatosi',
  'nee',
  'nej',
  'nei',
  'nao',
]);

/** Reads a boolean flag column (Dental4Windows `cancelled=true`, "Abgesagt: ja"). undefined = not a boolean. */
export function parseFlag(value: string): boolean | undefined {
  const n = foldAccents(value.trim());
  if (TRUE_WORDS.has(n)) return true;
  if (FALSE_WORDS.has(n) || isNoValue(n)) return false;
  return undefined;
}

/** What a person says a status word means when asked once (model/status-answer.ts). */
export type { StatusAnswer } from '../../model/status-answer.ts';
import type { StatusAnswer } from '../../model/status-answer.ts';

/** The vocabulary with each answered word in exactly one list: the answer replaces what any list
 *  said before. Other settings (`unknown`) are kept. */
export function withStatusAnswers(
  vocabulary: StatusVocabulary | undefined,
  answers: ReadonlyArray<{ word: string; meaning: StatusAnswer }>,
): StatusVocabulary {
  const lists: Record<StatusAnswer, string[]> = {
    new: [...(vocabulary?.new ?? [])],
    cancel: [...(vocabulary?.cancel ?? [])],
    skip: [...(vocabulary?.skip ?? [])],
  };
  for (const { word, meaning } of answers) {
    const key = word.trim().toLowerCase();
    if (!key) continue;
    for (const list of Object.keys(lists) as StatusAnswer[]) {
      lists[list] = lists[list].filter((w) => w.trim().toLowerCase() !== key);
    }
    lists[meaning].push(word.trim());
  }
  return { ...vocabulary, ...lists };
}
