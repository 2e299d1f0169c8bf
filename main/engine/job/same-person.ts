// One person, two appointments at one start: a NEW, or an UPDATE that moves an appointment, that
// lands where the portal already has an active appointment of the same person that the file does
// not list. Two bookings of one person
// at one time are no normal schedule; the new id is the old appointment under another name:
// - a patient-id column dropped from the export (or added to it): with ids made from patient,
//   provider and day, every appointment gets a new id with the patient's;
// - a patient merge (Open Dental's Merge Patients, a Dentrix chart number re-keyed): the same;
// - an appointment deleted and booked again at its start (300413 replaced by 300441), or the
//   whole schedule moved to another practice system (new appointment and patient ids);
// - one deleted and another of the patient's moved onto its start (6004 deleted, 6005 dragged from
//   Dec 15 to 6004's Dec 8 09:00): a deletion is just an absence outside snapshot mode;
// - with no patient-id column, the patient's name corrected (`Smiht` → `Smith`):
//   a new patient id made from it, so a new appointment id. Not surely one person (twins), so
//   asked about only with the same provider (perhapsSamePerson).
// Sent as read, the patient would see both. Outside snapshot mode nothing the file leaves out is
// cancelled, so the file is held; accepted once for its content (like a mass cancellation,
// mass-cancel.ts), the old appointments are cancelled and the file's sent, in one job. Left
// alone: an old appointment the file lists (booked or cancelled: both are real), one of a
// provider the file has no row of (a report run per provider; a file that names no provider
// covers them all), and two patients of one name whose ids differ and whose birth dates are not
// known (a parent and a child).
import type { Appointment, Patient } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { BatchRecord } from '../../model/status-and-jobs.ts';
import { providerNameKey } from '../../import/map/provider-name.ts';
import { UNASSIGNED_PROVIDER } from '../../import/map/row-defaults.ts';
import type { PracticeContext } from './job-context.ts';
import type { PlannedAppointments } from './planned-appointments.ts';
import { practiceArgument } from './mass-cancel.ts';
import { spellingKey, spellingWords } from '../../import/map/name-spelling.ts';
import { editDistance, typoDistance } from '../../import/map/edit-distance.ts';
import { MADE_UP } from './patient-id-reuse.ts';

/** An appointment on the portal (sent, not cancelled) at a start this file books. */
export interface ActiveAppointment {
  appointmentId: string;
  patientId: string;
  startMs: number;
}

/** What one reading found that bears on the check. */
export interface SamePersonRows {
  /** Booked appointments the file sends: `patient|startMs` → id. */
  landings: Map<string, string>;
  toSend: PlannedAppointments;
  presentIds: Set<string>;
  /** The providers (participant ids) the file has rows of. */
  providers: Set<string>;
  /** Their names without title or credentials (providerNameKey). */
  providerNames: Set<string>;
  /** Rows that book again an appointment sent as cancelled: back on the portal, as a NEW is. */
  revivals: ReadonlyArray<{ appointmentId: string }>;
  /** Appointments sent booked at another start that this file moves: they land, as a NEW does. */
  moved: ReadonlySet<string>;
}

/** The portal's active appointments at the starts this file books that it does not list: one
 *  ledger call per reading, shared by the checks of appointments landing on another. */
export async function activeBeside(
  ctx: PracticeContext,
  r: Pick<SamePersonRows, 'landings' | 'presentIds'>,
): Promise<ActiveAppointment[]> {
  if (!r.landings.size || !ctx.ledger.activeAt) return [];
  const starts = new Set<number>();
  for (const k of r.landings.keys()) starts.add(Number(k.slice(k.lastIndexOf('|') + 1)));
  return ctx.ledger.activeAt(starts, r.presentIds);
}

// Spellings folded (import/map/name-spelling.ts): `Garcia Lopez` sent and `Garcia-Lopez` now are one name.
const nameOf = (p: Patient): string => `${spellingKey(p.lastName)}\u001f${spellingKey(p.firstName)}`;

/** One given name's words are a run of the other's (`Mei` and `Mei Ling`; `John` and `Jr John`):
 *  a given name read whole now that was cut before (an earlier reading of `TAN Mei Ling` sent first
 *  name Mei), or a word read apart now that was sent in it before (`SMITH Jr John` once went as
 *  first name `Jr John`; the suffix is now left out), or the reverse. Only whole words count:
 *  `Ann` is no run of `Joann`. */
function givenNamesOverlap(a: Patient, b: Patient): boolean {
  if (spellingKey(a.lastName) !== spellingKey(b.lastName)) return false;
  const [x, y] = [a.firstName, b.firstName]
    .map((n) => spellingWords(n).join(' '))
    .sort((p, q) => p.length - q.length);
  return x !== '' && x !== y && ` ${y} `.includes(` ${x} `);
}

/**
 * One person: the same patient id, or the same name and birth date whatever the ids say (names
 * compared by their spelling, import/map/name-spelling.ts: `Garcia Lopez` and `Garcia-Lopez` are one). Without
 * a birth date on one side, the same name is one person only when a patient id was made from it
 * (the export had no patient-id column there): two ids of the practice's own for one name may be
 * a parent and a child. With one birth date, a given name whose words are a run of the other's
 * counts too: the patient id made from `Mei Ling Tan` is not the one made from `Mei Tan` (nor
 * `John Smith`'s the one made from `Jr John Smith`), and the appointment would show twice; a hold asks, where a father and son would need one birth date.
 */
export function samePerson(a: Patient, b: Patient): boolean {
  if (a.patientId === b.patientId) return true;
  if (a.dob && b.dob && a.dob === b.dob && givenNamesOverlap(a, b)) return true;
  if (nameOf(a) !== nameOf(b)) return false;
  if (a.dob && b.dob) return a.dob === b.dob;
  return MADE_UP.test(a.patientId) || MADE_UP.test(b.patientId);
}

/** Two spellings of one name a typo apart: a letter left out, added, changed, or two swapped
 *  (`Smiht`, `Mraia`), on a name of four letters or more; one (a swap counting as one,
 *  typoDistance: `Aan`/`Ana`) on a shorter one. Twins a name two letters apart (`Emma`/`Ella`,
 *  one birth date) stay asked about: from the names alone a person could not tell them from a
 *  name typed wrong twice. */
function typoApart(a: string, b: string): boolean {
  const [x, y] = [spellingKey(a), spellingKey(b)];
  if (x === y) return true;
  return typoDistance(x, y) <= (Math.min(x.length, y.length) >= 4 ? 2 : 1);
}

/**
 * Perhaps one person with a name or birth date corrected: the same birth date with the family or
 * the given name a typo apart (`Smiht, John` sent, `Smith, John` now), or with the given name kept
 * and the family name changed (ids made from the name only), or the same name with a
 * birth date of the same year whose month and day are a typo apart (`1962-03-21` sent,
 * `1962-03-12` now), both patient ids made from name and birth date (no patient-id column). The
 * same name with a birth date of another year is not: a father and his son
 * (a one-digit typo in a year is decades). Asked about only for two bookings with one provider at
 * one start, the old one left out of the file: with no patient-id column the corrected name or
 * birth date is a new patient id, its appointment a new id, and the patient would see the visit
 * twice; twins booked side by side are both in the file, and so left alone.
 */
export function perhapsSamePerson(a: Patient, b: Patient): boolean {
  if (!a.dob || !b.dob) return false;
  const family = spellingKey(a.lastName) === spellingKey(b.lastName);
  const given = spellingKey(a.firstName) === spellingKey(b.firstName);
  // The practice's own patient ids keep a corrected birth date's id: two of them are two people.
  if (a.dob !== b.dob)
    return (
      family && given && MADE_UP.test(a.patientId) && MADE_UP.test(b.patientId) && dobTypoApart(a.dob, b.dob)
    );
  if ((family && typoApart(a.firstName, b.firstName)) || (given && typoApart(a.lastName, b.lastName)))
    return true;
  // A family name changed with the given name and birth date kept (a marriage, a divorce, a double
  // name taken: `Garcia, Maria` sent, `Garcia-Reyes, Maria` now): a new id only where ids are made
  // from the name; the practice's own patient ids keep the person's through a name change.
  return given && MADE_UP.test(a.patientId) && MADE_UP.test(b.patientId);
}

/** Two birth dates (`YYYY-MM-DD`) of one year whose month and day are a digit changed or two
 *  swapped apart (`03-21` and `03-12`, `03-21` and `03-31`): a date typed wrong once. */
function dobTypoApart(a: string, b: string): boolean {
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  return editDistance(a.slice(5).replace('-', ''), b.slice(5).replace('-', '')) <= 2;
}

/** One provider: the same id, or the same name apart from title and credentials. */
export function sameProvider(a: Appointment, b: Appointment): boolean {
  if (a.participant.identifier === b.participant.identifier) return true;
  const key = providerNameKey(a.participant.providerName);
  return key !== '' && key === providerNameKey(b.participant.providerName);
}

/** The sent appointment's provider has the name of one the file has rows of. */
function sameNamed(r: Pick<SamePersonRows, 'providerNames'>, sent: Appointment): boolean {
  const key = providerNameKey(sent.participant.providerName);
  return key !== '' && r.providerNames.has(key);
}

export interface SamePersonTwice {
  /** The file's NEW (or moved UPDATE) and the portal's appointment at one start, for the message. */
  pairs: Array<{ sends: Appointment; onPortal: Appointment; moved: boolean; corrected?: boolean }>;
  /** The portal's appointments of those pairs: what accepting cancels (bodies with status CANCEL). */
  replaced: Appointment[];
}

/** NEW (revived, or moved) appointments of this file at the start of an active one of the same
 *  person (`beside`, from activeBeside) that it does not list. Looked up only for those at a NEW's
 *  start. An UPDATE that keeps its start lands nowhere new: what was beside it already was. */
export async function samePersonTwice(
  ctx: PracticeContext,
  r: SamePersonRows,
  beside: readonly ActiveAppointment[],
): Promise<SamePersonTwice | undefined> {
  if (!beside.length || !ctx.ledger.lastSent) return undefined;
  const revived = new Set(r.revivals.map((v) => v.appointmentId));
  const newAt = new Map<number, Appointment[]>();
  for (const id of r.landings.values()) {
    const a = r.toSend.get(id);
    if (!a || (a.status !== 'NEW' && !revived.has(id) && !r.moved.has(id))) continue;
    const start = a.start.getTime();
    newAt.set(start, [...(newAt.get(start) ?? []), a]);
  }
  const coversAll = r.providers.has(UNASSIGNED_PROVIDER);
  const pairs: SamePersonTwice['pairs'] = [];
  const replaced = new Map<string, Appointment>();
  for (const other of beside) {
    const here = newAt.get(other.startMs);
    // One this file cancels itself (an accepted replacement of ids of the other kind) is gone.
    if (!here || r.toSend.has(other.appointmentId)) continue;
    const sent = await ctx.ledger.lastSent(other.appointmentId);
    // A report run per provider says nothing of another's appointments; a file whose rows name no
    // provider (an export without the column) covers them all. A provider is the file's when its
    // name is, title and credentials apart: `Lee, Anna` sent and `Lee, Anna MD` now are one
    // provider under two ids made from the cells, and the patient would see the visit twice.
    if (!sent || !(coversAll || r.providers.has(sent.participant.identifier) || sameNamed(r, sent))) continue;
    const same = here.find((a) => samePerson(a.patient, sent.patient));
    const sends =
      same ?? here.find((a) => sameProvider(a, sent) && perhapsSamePerson(a.patient, sent.patient));
    if (!sends) continue;
    pairs.push({
      sends,
      onPortal: sent,
      moved: r.moved.has(sends.appointmentId),
      ...(same ? {} : { corrected: true }),
    });
    replaced.set(sent.appointmentId, { ...sent, status: 'CANCEL' });
  }
  if (!pairs.length) return undefined;
  return { pairs, replaced: [...replaced.values()].sort((a, b) => a.start.getTime() - b.start.getTime()) };
}

/**
 * A resumed job (accepted and planned before a crash): the old appointments it planned to cancel
 * are not in the file, and its NEW ones may be in the ledger by now, so the pairs are gone. Their
 * bodies come from the ledger again, for the batches planned with them.
 */
export async function plannedReplacements(
  ctx: PracticeContext,
  planned: readonly BatchRecord[],
  r: Pick<SamePersonRows, 'toSend' | 'presentIds'>,
): Promise<void> {
  for (const id of planned.flatMap((b) => b.appointmentIds)) {
    if (r.presentIds.has(id) || r.toSend.has(id)) continue;
    const sent = await ctx.ledger.lastSent?.(id);
    if (sent && sent.status !== 'CANCEL') r.toSend.set(id, { ...sent, status: 'CANCEL' });
  }
}

const patientWords = (a: Appointment): string => `patient id ${a.patient.patientId}`;

export function samePersonDoubt(found: SamePersonTwice, practiceName: string): Doubt {
  const { sends, onPortal, moved, corrected } = found.pairs[0]!;
  const more = found.pairs.length - 1;
  const n = found.replaced.length;
  const at = sends.start.toISOString();
  const who =
    sends.patient.patientId === onPortal.patient.patientId
      ? 'the same patient'
      : corrected
        ? 'with the same provider, for a patient of the same birth date whose name differs only by a typo or a changed family name'
        : 'a patient of the same name and birth date';
  return {
    kind: 'mass-cancel',
    check: 'same-person-twice',
    // Ids only: this text goes into the history and the log.
    message:
      `appointment id ${sends.appointmentId} (${patientWords(sends)}) would be ` +
      `${moved ? 'moved on the portal to' : 'booked on the portal for'} ${at}, where ` +
      `appointment id ${onPortal.appointmentId} (${patientWords(onPortal)}), ${who}, is already on the portal ` +
      'and this file does not list it: the patient would see two appointments at one time' +
      (more ? `; ${more} more appointment${more === 1 ? '' : 's'} the same way` : '') +
      '; nothing was sent',
    samples: found.replaced.slice(0, 5).map((c) => c.appointmentId),
    count: n,
    question:
      `Was appointment ${onPortal.appointmentId} cancelled or replaced, or is it the same visit under a new id ` +
      `(${corrected ? "the patient's name corrected, " : ''}patients merged, a patient-id column dropped or added, another scheduling system)? If so, accept once for ` +
      `this file: the connector cancels the ${n} appointment${n === 1 ? '' : 's'} already on the portal and sends ` +
      `this file's (Review → Confirm, or \`appt-connector mapping confirm --practice ${practiceArgument(practiceName)} ` +
      '--accept-cancellations`). If the export lost its patient-id column, export again with it instead. If both ' +
      'are real appointments, export a file that lists both: it goes by itself.',
  };
}
