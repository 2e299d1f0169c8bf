// An HL7 v2 SIU message (chapter 10, "Scheduling") as one row of the columns the hl7-siu preset
// names: the standard defines every field, so nothing is guessed and the mapper's own checks
// (status words, names, starts, ids) still apply unchanged. Where the standard leaves a value
// open, the row says so rather than choosing: a start with no time of day is a row error, a
// status it does not settle is left to the status vocabulary (held there when unknown).
//   Ids:      SCH-2 filler appointment id, else SCH-1 placer id; SCH-3 occurrence number added
//             (it tells one occurrence of a repeating appointment from another).
//   Patient:  PID-3 (type MR, MRN, PI, PT or none; never a national, insurance or account number;
//             two different numbers of that type, none of MSH-4's facility, are a row error),
//             PID-5 (legal name first), PID-7, PID-11, PID-13/14 e-mail.
//   Start:    TQ1-7 (v2.5+), SCH-11.4 (TQ, v2.3-2.4), AIS-4, AIG-8, AIL-6, AIP-6: the first given
//             (several TQ1s, SCH-11 repetitions or, without either, AIS services at two times
//             are a row error);
//             a resource whose booking is over before TQ1-7 / SCH-11.4 begins, or begins once the
//             appointment (SCH-9/10 long) is over, is a row error.
//   Event:    MSH-9.2, else EVN-1; the two naming different events are a row error.
//   Status:   S15 cancelled, S17 deleted, S26 no-show by their event; otherwise SCH-25 (table
//             0278), else S12/S13/S14 booked (S13 moves the same appointment, it cancels nothing).
//             An event and a SCH-25 that disagree (S15 and Booked, S12 and Cancelled) are a row
//             error (S16 with a booked SCH-25 too); SCH-25 Pending ("not yet confirmed") is no
//             booking yet: skipped, and still the appointment's last word in the file.
//   Against:  a booking whose patient PID-29/30 says died, or whose NTE-3 or SCH-6 says it is
//             cancelled, is a row error (siu-against-booking.ts).
//   Provider: the one person of the AIP segments (AIP-3), or the one among several whose AIP-4
//             role says attending or primary performer; else PV1-7. Several and none set apart is
//             a row error, never the first.
import { componentOf, fieldValues, segmentOf, type Hl7Message, type Hl7Segment } from './hl7-messages.ts';
import { ssnShaped } from '../map/ssn-values.ts';
import { DTM, minuteOf, resourceOverBefore } from './siu-resource-spans.ts';
import { statusClassifier } from '../map/status-vocabulary.ts';
import { againstBooking } from './siu-against-booking.ts';
import siu from '../presets/hl7-siu.json' with { type: 'json' };

const C = siu.columns;
/** The table's columns, in this order. */
export const SIU_HEADERS: readonly string[] = [
  C.appointmentId,
  C.patientId,
  C.lastName,
  C.firstName,
  C.middleName,
  C.dob,
  C.email,
  C.address1,
  C.address2,
  C.city,
  C.state,
  C.zip,
  C.dateTime,
  C.providerId,
  C.providerName,
  C.location,
  C.type,
  C.reason,
  C.status,
];

/** A message that cannot be read: the segment-field, its value, what is wrong and what to do. */
export interface SiuProblem {
  column: string;
  value: string;
  message: string;
  hint: string;
}

export type SiuOutcome =
  | { kind: 'row'; values: string[]; id: string; who: string }
  | { kind: 'skip'; reason: string; id?: string; who?: string; states?: true }
  | ({ kind: 'error'; id?: string; who?: string } & SiuProblem);

/** Events whose message is the appointment's state (chapter 10.3). */
const EVENT_STATUS: Readonly<Record<string, string>> = {
  S12: 'Booked',
  S13: 'Booked',
  S14: 'Booked',
  S15: 'Cancelled',
  S16: 'Dc', // discontinued: HL7 does not say whether it took place (asked, as table 0278's Dc)
  S17: 'Deleted',
  S26: 'Noshow',
};
/** What the events that state an appointment's fate say of it (chapter 10.3): S12 a new booking
 *  and S13 a booking moved are live, and so is S26 (a missed appointment took its slot); S15 and
 *  S17 withdraw it. S14 (modified) and S16 (discontinued) carry whatever SCH-25 says. */
const EVENT_MEANING: Readonly<Record<string, 'NEW' | 'CANCEL'>> = {
  S12: 'NEW',
  S13: 'NEW',
  S15: 'CANCEL',
  S17: 'CANCEL',
  S26: 'NEW',
};
/** Events that say an appointment will not go ahead as booked: S16 (discontinued, v2.5.1 10.3.5:
 *  the appointment, or the rest of a repeating one, is stopped) says nothing of whether it took
 *  place (asked, as Dc), but a SCH-25 beside it that says Booked or Started cannot be its state. */
const NEVER_LIVE = new Set(['S16']);
/** Events whose word stands over a SCH-25 that does not contradict it. */
const EVENT_WINS = new Set(['S15', 'S17', 'S26']);
/** Table 0278 `Pending`: "Appointment has not yet been confirmed" (terminology.hl7.org/
 *  CodeSystem-v2-0278.html), as FHIR's `pending` (not every participant has accepted): no booking
 *  yet, skipped and cancelling nothing until it is booked. */
const NOT_YET_BOOKED = 'pending';
/** SCH-25 words classified as the built-in status words and the preset's own (Started, Overbook)
 *  do, to tell an event and a filler status that disagree. */
const fillerMeaning = statusClassifier(siu.status);
/** S18-S22 change one service or resource of an appointment, S23/S24 block or open time slots,
 *  S25 is a query: none of them says by itself what became of an appointment. */
const NOT_APPOINTMENT: Readonly<Record<string, string>> = {
  S23: 'blocks schedule time slots (no appointment)',
  S24: 'opens schedule time slots (no appointment)',
  S25: 'is a schedule query (no appointment)',
};

/** PID-3 identifier types (table 0203) that are the practice's own number for the patient. MRN is
 *  no table 0203 code but the words themselves ("medical record number"), as Cerner-fed trust
 *  engines write it (Barts Health: 10769857^^^RNJ 5C4 MRN^MRN); it names nothing else. */
const PATIENT_ID_TYPES = ['MR', 'MRN', 'PI', 'PT', 'PN', ''];

/** Plain words for where a message is, for its row errors and skips. */
export function messageLabel(m: Hl7Message): string {
  return `message ${m.number}${m.controlId ? ` (MSH-10 control id '${m.controlId}')` : ''}`;
}

/** What one message gives: a row, a skip with its reason, or a row error. */
export function siuOutcome(message: Hl7Message): SiuOutcome {
  const label = messageLabel(message);
  if (message.kind !== 'SIU')
    return {
      kind: 'skip',
      reason: `${label} is ${message.type ? `an HL7 ${message.type} message` : 'an HL7 message with no type (MSH-9)'}, not a scheduling (SIU) message: not read`,
    };
  const sch = segmentOf(message, 'SCH');
  const pid = segmentOf(message, 'PID');
  const name = patientName(message, pid);
  const patientId = patientIdOf(message, pid);
  const id = appointmentId(message, sch);
  const dob = dateOf(componentOf(message, pid, 7));
  const who = patientId || `${name[0] ?? ''}|${name[1] ?? ''}|${dob}`.toLowerCase();
  // Two events in one message still stand as the appointment's last word (an earlier booking of
  // it in the file is not sent).
  const event = eventOf(message);
  if ('error' in event) return { kind: 'error', id, who, ...event.error };
  const m: Hl7Message = { ...message, event: event.code };
  if (NOT_APPOINTMENT[m.event])
    return { kind: 'skip', reason: `${label} (SIU^${m.event}) ${NOT_APPOINTMENT[m.event]}` };
  // The id and patient are read first, so an unreadable message still stands as its
  // appointment's last word: a booking before a cancellation that cannot be read is not sent.
  if (m.strayLines.length)
    return {
      kind: 'error',
      id,
      who,
      column: `line ${m.strayLines[0]}`,
      value: '',
      message: `line ${m.strayLines[0]} inside it is no HL7 segment (a line break inside a field?)`,
      hint: 'Check the interface writes each segment on one line (line breaks inside a value escaped as \\.br\\), then export the messages again',
    };
  const status = statusOf(m, sch);
  if (!status)
    return {
      kind: 'skip',
      reason: `${label} (SIU^${m.event}) changes a service or resource of the appointment and gives no appointment status (SCH-25): not read`,
    };
  // A message that says the appointment is not booked yet is still its latest state: an earlier
  // booking of it in the file is not sent.
  if ('skip' in status)
    return { kind: 'skip', reason: `${label} (SIU^${m.event}) ${status.skip}`, id, who, states: true };
  if ('error' in status) return { kind: 'error', id, who, ...status.error };
  // A booking the patient's death or the message's own words speak against (siu-against-booking.ts).
  const against = fillerMeaning(status.word) === 'NEW' ? againstBooking(m) : undefined;
  if (against) return { kind: 'error', id, who, ...against };
  const masked = maskedName(m, pid) ?? formerNamesOnly(m, pid);
  if (masked) return { kind: 'error', id, who, ...masked };
  const twoIds = twoPatientIds(m, pid);
  if (twoIds) return { kind: 'error', id, who, ...twoIds };
  const start = startOf(m);
  if ('error' in start) return { kind: 'error', id, who, ...start.error };
  const provider = providerOf(m);
  if ('error' in provider) return { kind: 'error', id, who, ...provider.error };
  const [address] = fieldValues(m, pid, 11);
  const values = [
    id,
    patientId,
    name[0] ?? '',
    name[1] ?? '',
    name[2] ?? '',
    dob,
    emailOf(m, pid),
    address?.[0]?.[0] ?? '',
    address?.[1]?.[0] ?? '',
    address?.[2]?.[0] ?? '',
    address?.[3]?.[0] ?? '',
    address?.[4]?.[0] ?? '',
    start.value,
    provider.id,
    provider.name,
    locationOf(m),
    codedText(m, segmentOf(m, 'AIS'), 3) || codedText(m, sch, 8),
    codedText(m, sch, 7),
    status.word,
  ];
  return { kind: 'row', values, id, who };
}

/**
 * The message's trigger event: MSH-9.2, else EVN-1 (the event type code senders of v2.3 wrote
 * there, MSH-9 giving only `SIU`). Both written and naming different events (`SIU^S12` and EVN-1
 * `S15`) is a row error: one says booked, the other cancelled, and which is the sender's is not
 * guessed.
 */
function eventOf(m: Hl7Message): { code: string } | { error: SiuProblem } {
  const evn = componentOf(m, segmentOf(m, 'EVN'), 1).toUpperCase();
  if (!m.event || !evn || evn === m.event) return { code: m.event || evn };
  return {
    error: {
      column: 'EVN-1',
      value: evn,
      message: `its message type MSH-9 says the event ${m.event} but EVN-1 says ${evn}: which one happened to the appointment is not guessed`,
      hint: 'Check the appointment in the scheduling system, then have the interface send it again (MSH-9 and EVN-1 naming one event)',
    },
  };
}

/**
 * The appointment's status word from the event and SCH-25 (table 0278, or the sender's own word);
 * a skip when SCH-25 says it is not booked yet; a row error when the event and SCH-25 say opposite
 * things (an S15 cancellation whose SCH-25 says Booked, an S12 booking whose SCH-25 says
 * Cancelled): one of them is wrong, and which is not guessed. Undefined when neither says.
 */
function statusOf(
  m: Hl7Message,
  sch: Hl7Segment | undefined,
): { word: string } | { skip: string } | { error: SiuProblem } | undefined {
  const filler = codedCode(m, sch, 25);
  const eventWord = EVENT_STATUS[m.event];
  if (!filler) return eventWord ? { word: eventWord } : undefined;
  const said = EVENT_MEANING[m.event];
  const pending = filler.toLowerCase() === NOT_YET_BOOKED;
  const meaning = pending ? 'skip' : fillerMeaning(filler);
  if (NEVER_LIVE.has(m.event) && meaning === 'NEW')
    return {
      error: {
        column: 'SCH-25',
        value: filler,
        message: `the event SIU^${m.event} says the appointment is discontinued but its filler status SCH-25 '${filler}' says it is booked: which one is its state is not guessed`,
        hint: 'Check the appointment in the scheduling system, then have the interface send it again (its event and SCH-25 agreeing)',
      },
    };
  if (said && (meaning === 'NEW' || meaning === 'CANCEL') && meaning !== said)
    return {
      error: {
        column: 'SCH-25',
        value: filler,
        message: `the event SIU^${m.event} says the appointment is ${said === 'CANCEL' ? 'cancelled or deleted' : 'booked'} but its filler status SCH-25 '${filler}' says it is ${meaning === 'CANCEL' ? 'cancelled' : 'booked'}: which one is its state is not guessed`,
        hint: 'Check the appointment in the scheduling system, then have the interface send it again (its event and SCH-25 agreeing)',
      },
    };
  if (EVENT_WINS.has(m.event)) return { word: eventWord! };
  if (pending)
    return {
      skip: `has the filler status SCH-25 '${filler}': not yet confirmed (HL7 table 0278), so no booking yet; it is sent once booked`,
    };
  return { word: filler };
}

function appointmentId(m: Hl7Message, sch: Hl7Segment | undefined): string {
  const id = componentOf(m, sch, 2) || componentOf(m, sch, 1);
  const occurrence = componentOf(m, sch, 3);
  return id && occurrence ? `${id}-${occurrence}` : id;
}

/** PID-5 name types (XPN-7, table 0200) that may be the patient's name, in this order: the legal
 *  (L, official registry) name, then the customary (D), registered (R), unknown (U) or unmarked
 *  one. An assigned alias (A), nickname (N), maiden (M), birth (B), pseudonym (S), temporary,
 *  masked or no-longer-used name is never taken while one of these is written. */
const NAME_TYPES: ReadonlyArray<ReadonlySet<string>> = [new Set(['L']), new Set(['D', 'R', 'U', ''])];

/** Family, given and middle name from PID-5: the legal name (type L) if one is marked, else a
 *  customary or unmarked one, else the first written. */
function patientName(m: Hl7Message, pid: Hl7Segment | undefined): string[] {
  const names = fieldValues(m, pid, 5);
  const typeOf = (n: string[][]): string => (n[6]?.[0] ?? '').toUpperCase();
  const name =
    NAME_TYPES.map((types) => names.find((n) => types.has(typeOf(n)))).find(Boolean) ?? names[0] ?? [];
  return [name[0]?.[0] ?? '', name[1]?.[0] ?? '', name[2]?.[0] ?? ''];
}

/** Several PID-5 names, none legal, customary or unmarked, that name the patient differently
 *  (`SMITH^JANE^^^^^B~JONES^JANE^^^^^M`: a name at birth and a maiden name): which one is the
 *  patient's now the message does not say, so the first is no answer. One name alone is taken
 *  whatever its type. */
function formerNamesOnly(m: Hl7Message, pid: Hl7Segment | undefined): SiuProblem | undefined {
  const names = fieldValues(m, pid, 5).filter((n) => /\p{L}/u.test(`${n[0]?.[0] ?? ''}${n[1]?.[0] ?? ''}`));
  const typeOf = (n: string[][]): string => (n[6]?.[0] ?? '').toUpperCase();
  if (names.length < 2 || names.some((n) => NAME_TYPES.some((types) => types.has(typeOf(n)))))
    return undefined;
  const key = (n: string[][]) => `${n[0]?.[0] ?? ''}^${n[1]?.[0] ?? ''}`.toUpperCase();
  if (new Set(names.map(key)).size === 1) return undefined;
  const raw = pid?.fields[5] ?? '';
  return {
    column: 'PID-5',
    value: raw,
    message: `the patient's name PID-5 '${raw}' gives several names and none is marked legal (L) or current: which one is the patient's now is not said`,
    hint: "Have the interface send the patient's legal name (name type L) in PID-5, then import the file again",
  };
}

/** A PID-5 written but with no letter in it (`*^*`, `***`, `-`): the sender masked the patient
 *  (a de-identified copy of a feed) or wrote a placeholder. A message is always about a patient,
 *  so this is a row error naming the field, never a row with no patient (a report's blocked slot)
 *  and never a patient called '*'. An empty PID-5 is left to the row's own checks. */
function maskedName(m: Hl7Message, pid: Hl7Segment | undefined): SiuProblem | undefined {
  const raw = pid?.fields[5] ?? '';
  const [family = '', given = ''] = patientName(m, pid);
  if (!raw.replace(/[\^~&]/g, '').trim() || /\p{L}/u.test(family + given)) return undefined;
  return {
    column: 'PID-5',
    value: raw,
    message: `the patient's name PID-5 '${raw}' has no letters: the patient is masked or a placeholder, so there is no one to send it for`,
    hint: "Send the interface's own messages (not a copy with the patient masked), then import the file again",
  };
}

/** The practice's own patient number from PID-3: the first of type MR or MRN, else PI, PT, PN, else one
 *  with no type; never one written as a Social Security number. National, insurance, account and
 *  visit numbers (SS, NI, NH, MC, MA, MI, AN, VN…) are no chart number. */
function patientIdOf(m: Hl7Message, pid: Hl7Segment | undefined): string {
  return patientIdsOf(m, pid)[0] ?? '';
}

/** CX-4 assigning authorities that are the US Social Security Administration (HL7's own
 *  examples write `SSA` and `USSSA`): their number is an SSN, whatever CX-5 says. */
const SSN_AUTHORITIES = new Set(['SSA', 'USSSA', 'SSN', 'USSSN']);

/** Every different number PID-3 gives of the first chart-number type it holds (MR or MRN first,
 *  as patientIdOf), only the sending facility's (CX-4 = MSH-4) where it is among them: one, or
 *  none, is the common case. */
function patientIdsOf(m: Hl7Message, pid: Hl7Segment | undefined): string[] {
  const ssn = (componentOf(m, pid, 19).match(/\d/g) ?? []).join('');
  const ids = fieldValues(m, pid, 3)
    .map((cx) => ({
      id: cx[0]?.[0] ?? '',
      type: (cx[4]?.[0] ?? '').toUpperCase(),
      authority: (cx[3]?.[0] ?? '').trim().toUpperCase(),
    }))
    // A Social Security number written with no type: assigned by the Social Security
    // Administration (CX-4), or the number PID-19 gives as the patient's SSN.
    .filter((x) => !SSN_AUTHORITIES.has(x.authority.replace(/[\s.]/g, '')))
    .filter((x) => ssn.length < 9 || x.id.replace(/\D/g, '') !== ssn);
  // MR and MRN are one kind (the medical record number): a facility's MRN beside another's MR is
  // as much two chart numbers as two MRs are.
  const kind = (type: string): string => (type === 'MRN' ? 'MR' : type);
  // The one assigned by the facility sending the message (CX-4 = MSH-4) is the practice's own.
  const sender = componentOf(m, segmentOf(m, 'MSH'), 4).trim().toUpperCase();
  for (const type of PATIENT_ID_TYPES) {
    const hits = ids.filter((x) => x.id && kind(x.type) === kind(type) && !ssnShaped(x.id));
    const own = hits.filter((x) => sender && x.authority === sender);
    if (hits.length) return [...new Set((own.length ? own : hits).map((x) => x.id))];
  }
  return [];
}

/** PID-3 with two different chart numbers of the same kind (`111^^^HOSPA^MRN~222^^^HOSPB^MR`,
 *  an enterprise feed carrying each facility's number), neither assigned by the sending facility
 *  (MSH-4): which is the practice's own is not written, and the first sent would join the visit to another patient's chart on the portal. A
 *  row error naming the field, never the first taken. */
function twoPatientIds(m: Hl7Message, pid: Hl7Segment | undefined): SiuProblem | undefined {
  const ids = patientIdsOf(m, pid);
  if (ids.length < 2) return undefined;
  return {
    column: 'PID-3',
    value: pid?.fields[3] ?? '',
    message: `PID-3 gives the patient ${ids.length} different record numbers of one kind (${ids.join(', ')}): not sure which is the practice's own`,
    hint: "Have the interface send only the practice's own record number in PID-3 (or mark it MR and the others by their own type), then import the file again",
  };
}

/** An e-mail address from PID-13 or PID-14: XTN-4 (v2.3+), or XTN-1 of an Internet entry. */
function emailOf(m: Hl7Message, pid: Hl7Segment | undefined): string {
  for (const n of [13, 14])
    for (const xtn of fieldValues(m, pid, n)) {
      const address = xtn[3]?.[0] ?? '';
      if (address.includes('@')) return address;
      const first = xtn[0]?.[0] ?? '';
      if (first.includes('@') && /^(NET|INTERNET)$/i.test(xtn[1]?.[0] ?? xtn[2]?.[0] ?? '')) return first;
    }
  return '';
}

/** AIP-4 roles that make a person the appointment's provider, strongest first: the primary
 *  performer (v3 ParticipationType PPRF), then the attending (v3 ATND, table 0443 AT, and the
 *  `ATT` senders write). AIP-4 is a user-defined table in v2.5.1 (0182, staff type), so a role
 *  outside these (NURSE, TECH, RESOURCE) sets nobody apart. */
const PROVIDER_ROLES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['PPRF', 'PRIMARY PERFORMER']),
  new Set(['ATND', 'ATT', 'AT', 'ATTENDING', 'ATTENDING PROVIDER', 'ATTENDING PHYSICIAN']),
];

interface Person {
  id: string;
  name: string;
  role: string[];
}

/** An XCN as an id and `Family, Given Middle Degree`. */
function personOf(xcn: string[][]): { id: string; name: string } {
  const part = (i: number): string => xcn[i]?.[0] ?? '';
  const family = part(1);
  const given = [part(2), part(3)].filter(Boolean).join(' ');
  const degree = part(6);
  const name = family ? `${family}${given ? `, ${given}` : ''}${degree ? ` ${degree}` : ''}` : '';
  return { id: part(0), name };
}

/**
 * The provider: the person of the AIP segments (AIP-3, the personnel resource; one whose AIP-2
 * action code is D was taken off the appointment), else PV1-7 (attending doctor). Several people
 * are told apart only by their AIP-4 role; several and none set apart (a nurse and a doctor, in
 * the order the sender wrote them) is a row error naming them, never the first. SCH-16 and SCH-20
 * are the filler's contact and the person who entered the booking, often a clerk: not read.
 */
function providerOf(m: Hl7Message): { id: string; name: string } | { error: SiuProblem } {
  const people = new Map<string, Person>();
  for (const seg of m.segments) {
    if (seg.name !== 'AIP' || componentOf(m, seg, 2).toUpperCase() === 'D') continue;
    const xcn = fieldValues(m, seg, 3)[0];
    const person = xcn && personOf(xcn);
    if (!person || !(person.id || person.name)) continue;
    const key = `${person.id}|${person.name}`.toLowerCase();
    const role = [componentOf(m, seg, 4, 1), componentOf(m, seg, 4, 2)].map((r) => r.toUpperCase());
    const seen = people.get(key);
    if (seen) seen.role.push(...role);
    else people.set(key, { ...person, role });
  }
  const all = [...people.values()];
  if (all.length === 1) return all[0]!;
  if (all.length > 1) {
    for (const roles of PROVIDER_ROLES) {
      const typed = all.filter((p) => p.role.some((r) => roles.has(r)));
      if (typed.length === 1) return typed[0]!;
      if (typed.length > 1) return { error: severalProviders(typed) };
    }
    return { error: severalProviders(all) };
  }
  const pv1 = fieldValues(m, segmentOf(m, 'PV1'), 7)[0];
  return pv1 ? personOf(pv1) : { id: '', name: '' };
}

function severalProviders(people: readonly Person[]): SiuProblem {
  const names = people.map((p) => p.name || p.id).join('; ');
  return {
    column: 'AIP-3',
    value: names,
    message: `the message names ${people.length} people in its AIP segments (${names}) and no one of them is marked by AIP-4 as the attending (ATND) or primary performer (PPRF): which one is the provider is not guessed`,
    hint: "Have the interface mark the appointment's provider in AIP-4 (ATND), or send one AIP segment for the provider, then send the message again",
  };
}

/** AIL-3 (PL): its description (PL-9), point of care (PL-1) or facility (PL-4). */
function locationOf(m: Hl7Message): string {
  const pl = fieldValues(m, segmentOf(m, 'AIL'), 3)[0];
  return pl?.[8]?.[0] || pl?.[0]?.[0] || pl?.[3]?.[0] || '';
}

/** A coded field's text (CWE/CE-2), else its code (-1). */
function codedText(m: Hl7Message, seg: Hl7Segment | undefined, n: number): string {
  return componentOf(m, seg, n, 2) || componentOf(m, seg, n, 1);
}

/** A coded field's code (CWE/CE-1), else its text (-2). */
function codedCode(m: Hl7Message, seg: Hl7Segment | undefined, n: number): string {
  return componentOf(m, seg, n, 1) || componentOf(m, seg, n, 2);
}

function dateOf(value: string): string {
  const d = DTM.exec(value);
  return d ? `${d[1]}-${d[2]}-${d[3]}` : value;
}

/** Where a start may be written, first first. */
const START_FIELDS: ReadonlyArray<[segment: string, field: number, component: number, label: string]> = [
  ['TQ1', 7, 1, 'TQ1-7'],
  ['SCH', 11, 4, 'SCH-11.4'],
  ['AIS', 4, 1, 'AIS-4'],
  ['AIG', 8, 1, 'AIG-8'],
  ['AIL', 6, 1, 'AIL-6'],
  ['AIP', 6, 1, 'AIP-6'],
];

interface StartReading {
  where: string;
  value: string;
}

/** A later start field of the message on another day than the one read (with the same offset,
 *  or none): a resource's start may differ from the appointment's by minutes (a room needed
 *  from the second half), never by a day, so two days are two readings and neither is sent. */
function otherDay(later: readonly StartReading[], start: RegExpExecArray): StartReading | undefined {
  return later.find((r) => {
    const d = DTM.exec(r.value);
    return !!d && (d[7] ?? '') === (start[7] ?? '') && d.slice(1, 4).join('') !== start.slice(1, 4).join('');
  });
}

/** TQ1-7 and SCH-11.4 are both the appointment's own start (SCH-11 kept from v2.3 beside the
 *  TQ1 that replaced it): when both are given to the minute and name other times, neither is
 *  sent. Two instants (both with an offset) are compared as instants, two wall clocks as written;
 *  one of each cannot be compared without the practice's zone, and TQ1-7 is read. The resources'
 *  starts (AIS-4, AIL-6, AIP-6) may be minutes later and are only checked for another day. */
function otherTiming(
  first: StartReading,
  start: RegExpExecArray,
  later: readonly StartReading[],
): StartReading | undefined {
  if (!OWN_TIMING.has(first.where)) return undefined;
  return later.find((r) => {
    const d = OWN_TIMING.has(r.where) ? DTM.exec(r.value) : null;
    if (!d?.[5] || !d[7] !== !start[7]) return false;
    return minuteOf(d) !== minuteOf(start);
  });
}

const OWN_TIMING = new Set(['TQ1-7', 'SCH-11.4']);

/**
 * Every start the message writes, in the order START_FIELDS reads them: each TQ1 segment's TQ1-7
 * and each repetition of SCH-11 (a message may carry several, an old and a new timing or the
 * occurrences of a series: more than one time among them is no one visit), every AIS segment's
 * AIS-4 (the appointment's services), and the first AIG, AIL and AIP start.
 */
function startReadings(m: Hl7Message): StartReading[] {
  const out: StartReading[] = [];
  for (const [seg, n, c, where] of START_FIELDS) {
    const segments = m.segments.filter((s) => s.name === seg);
    const every = seg === 'TQ1' || seg === 'AIS' ? segments : segments.slice(0, 1);
    for (const s of every)
      for (const rep of fieldValues(m, s, n)) {
        const value = rep[c - 1]?.[0] ?? '';
        if (value) out.push({ where, value });
        // Only SCH-11 (TQ, repeating) may write one start per repetition.
        if (seg !== 'SCH') break;
      }
  }
  return out;
}

/** Two services of the appointment (AIS-4) at different times of its day, when the message
 *  writes no timing of its own (TQ1, SCH-11): which one the appointment begins with is not
 *  written, and the first in the message is no more its start than the second. */
function otherService(
  first: StartReading,
  start: RegExpExecArray,
  later: readonly StartReading[],
): StartReading | undefined {
  if (first.where !== 'AIS-4') return undefined;
  return later.find((r) => {
    const d = r.where === 'AIS-4' ? DTM.exec(r.value) : null;
    return !!d?.[5] && !d[7] === !start[7] && minuteOf(d) !== minuteOf(start);
  });
}

/** The start as `YYYY-MM-DDTHH:MM[:SS][±HH:MM]`: with an offset an instant, without one the
 *  practice's wall clock (as a CSV's times). A day without its time of day is no start. */
function startOf(m: Hl7Message): { value: string } | { error: SiuProblem } {
  const [first, ...later] = startReadings(m);
  if (!first)
    return {
      error: {
        column: 'TQ1-7',
        value: '',
        message: `no start is given (TQ1-7, SCH-11.4, AIS-4, AIG-8, AIL-6 and AIP-6 are empty)`,
        hint: 'Have the interface write the appointment timing (TQ1 or SCH-11), then send the message again',
      },
    };
  const { where, value } = first;
  const d = DTM.exec(value);
  if (!d)
    return {
      error: {
        column: where,
        value,
        message: `the start ${where} is not an HL7 date and time (YYYYMMDDHHMM[SS][+/-ZZZZ])`,
        hint: `Check the interface's ${where}, then send the message again`,
      },
    };
  // DTM's precision is its length (v2.5.1 §2.A.22): `2027030109` says 9 o'clock, its minute not
  // given, and an hour alone is no start to send, as a day alone is not.
  if (!d[4] || !d[5])
    return {
      error: {
        column: where,
        value,
        message: `the start ${where} gives ${d[4] ? 'the hour but not the minute' : 'the day but no time of day'}`,
        hint: `Have the interface write the appointment's time in ${where} (YYYYMMDDHHMM), then send the message again`,
      },
    };
  const rival = otherTiming(first, d, later) ?? otherService(first, d, later);
  if (rival)
    return {
      error: {
        column: where,
        value,
        message: `the start ${where} (${value}) and ${rival.where} (${rival.value}) give the appointment two times: not sure which is its start`,
        hint: `Check the appointment in the scheduling system, then have the interface send it again`,
      },
    };
  const other = otherDay(later, d);
  if (other)
    return {
      error: {
        column: where,
        value,
        message: `the start ${where} (${value}) and ${other.where} (${other.value}) are on different days: not sure which is the appointment's`,
        hint: `Check the appointment in the scheduling system, then have the interface send it again`,
      },
    };
  const over = OWN_TIMING.has(where) ? resourceOverBefore(m, d) : undefined;
  if (over)
    return {
      error: {
        column: where,
        value,
        message: `the start ${where} (${value}) and ${over.where} (${over.value}${over.minutes ? `, ${over.minutes} minutes` : ''}) give the appointment two times: that resource's booking is ${over.after ? 'after the appointment is over' : 'over before the appointment begins'}, so not sure which is its start`,
        hint: `Check the appointment in the scheduling system, then have the interface send it again`,
      },
    };
  const seconds = d[6] ? `:${d[6]}` : '';
  const zone = d[7] ?? ownTimingOffset(where, d, later);
  const offset = zone ? `${zone.slice(0, 3)}:${zone.slice(3)}` : '';
  return { value: `${d[1]}-${d[2]}-${d[3]}T${d[4]}:${d[5]}${seconds}${offset}` };
}

/** The offset of a bare TQ1-7 when the message's other own timing (SCH-11.4) writes the same
 *  wall clock with one: the sender's clock, which HL7 gives a bare time (TS/DTM), stated by the
 *  sender in the same message. Read on the practice's clock, a New York sender's 9:00 had gone
 *  to a Los Angeles practice as 9:00 Pacific. Two offsets for that clock state none. */
function ownTimingOffset(
  where: string,
  start: RegExpExecArray,
  later: readonly StartReading[],
): string | undefined {
  if (!OWN_TIMING.has(where)) return undefined;
  const offsets = new Set<string>();
  for (const r of later) {
    const d = OWN_TIMING.has(r.where) ? DTM.exec(r.value) : null;
    if (d?.[7] && d.slice(1, 6).join('') === start.slice(1, 6).join('')) offsets.add(d[7]);
  }
  return offsets.size === 1 ? [...offsets][0] : undefined;
}
