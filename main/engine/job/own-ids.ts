// An export whose appointment ids change kind. Open Dental's AptNum added to a query that had none
// (the export *gains* ids of its own): its appointments went to the portal before under ids the
// connector derived from patient, provider, day and slot (identity.ts). Or the other way round, a
// query or report edited so the id column is gone (the export *loses* them): its appointments
// would now go under derived ids, where they were sent under the export's own. Sent as they are,
// the new ids would be NEW beside the old ones (every appointment twice on the portal), and a
// cancelled row under an id the ledger does not know would be skipped, leaving the old one booked.
// Such a file is held; accepted once, like a mass cancellation (mass-cancel.ts: for that file's
// content), the old-kind appointments of its patients on its dates are cancelled and the file's
// sent, in the same job. The patient id may change kind with the appointment id (a report edited so
// both `Appt ID` and `Patient ID` are gone: patients then go under ids made from name and birth
// date), so a patient is also recognised by name and birth date.
import type { Appointment, Patient } from '../../model/appointment.ts';
import { norm } from '../../import/map/identity.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { PracticeContext } from './job-context.ts';
import type { PlannedAppointments } from './planned-appointments.ts';
import { practiceArgument } from './mass-cancel.ts';

/** An appointment id made from patient, provider, day and slot (identity.ts). */
export const DERIVED_ID = /^A-[0-9a-f]{16}$/;

/** What one reading found that bears on the check: `patient|startMs` keys of its rows. */
export interface OwnIdRows {
  /** Booked appointments the file sends: `patient|startMs` → id. */
  landings: Map<string, string>;
  /** Cancelled rows under an id never sent: `patient|startMs` → id. */
  unknownCancels: Map<string, string>;
  /** Their patients by name and birth date (personOf): id → person. */
  unknownCancelPersons: Map<string, string>;
  toSend: PlannedAppointments;
  presentIds: Set<string>;
  patientIds: Set<string>;
}

/** The file's ids that meet ids of the other kind, and the appointments they replace. */
export interface OwnIdsOverDerived {
  /** `gained`: the file's ids are its own, the portal's derived; `lost`: the other way round. */
  change: 'gained' | 'lost';
  /** Pairs `file's id → portal's id` at the same patient and start (for the message). */
  pairs: Array<[string, string]>;
  /** Active appointments of the other kind for the file's patients on its dates, not in the file:
   *  what accepting cancels (bodies with status CANCEL). */
  replaced: Appointment[];
}

const isDerived = (id: string): boolean => DERIVED_ID.test(id);
const isOwn = (id: string): boolean => !DERIVED_ID.test(id);

const startsOf = (keys: Iterable<string>) =>
  new Set([...keys].map((k) => Number(k.slice(k.lastIndexOf('|') + 1))));

/**
 * A NEW under one kind of id, or a cancelled row under an unknown id of that kind, at the start of
 * an active appointment of the same patient under the other kind that the file does not list.
 * `range`: the file's whole days (snapshot-range.ts). `resumed`: the job was accepted and planned
 * before a crash; its ids may be in the ledger by now, so the old-kind ones left are replaced
 * without a pair (the kind told by the file's ids, when they are all of one).
 */
export async function ownIdsOverDerived(
  ctx: PracticeContext,
  r: OwnIdRows,
  range: { from: Date; to: Date } | undefined,
  resumed: boolean,
): Promise<OwnIdsOverDerived | undefined> {
  if (!range || !ctx.ledger.activeAt) return undefined;
  if (resumed) {
    const ids = [...r.presentIds];
    if (ids.length && ids.every(isOwn))
      return { change: 'gained', pairs: [], replaced: await replacedBy(ctx, r, range, isDerived) };
    if (ids.length && ids.every(isDerived))
      return { change: 'lost', pairs: [], replaced: await replacedBy(ctx, r, range, isOwn) };
    return undefined;
  }
  for (const [change, fileKind, portalKind] of [
    ['gained', isOwn, isDerived],
    ['lost', isDerived, isOwn],
  ] as const) {
    const arriving = new Map<string, string>();
    for (const [k, id] of r.landings)
      if (fileKind(id) && r.toSend.get(id)?.status === 'NEW') arriving.set(k, id);
    for (const [k, id] of r.unknownCancels) if (fileKind(id)) arriving.set(k, id);
    if (!arriving.size) continue;
    const pairs: Array<[string, string]> = [];
    const samePerson = samePersonAt(ctx, r, arriving);
    for (const other of await ctx.ledger.activeAt(startsOf(arriving.keys()), r.presentIds)) {
      if (!portalKind(other.appointmentId)) continue;
      const id = arriving.get(`${other.patientId}|${other.startMs}`) ?? (await samePerson(other));
      if (id !== undefined) pairs.push([id, other.appointmentId]);
    }
    if (pairs.length) return { change, pairs, replaced: await replacedBy(ctx, r, range, portalKind) };
  }
  return undefined;
}

/** One person as names and birth date say (the parts of a patient id made from them). */
export function personOf(p: Patient): string {
  return `${norm(p.lastName)}\u001f${norm(p.firstName)}\u001f${p.dob}`;
}

/**
 * The file's arriving id at an active appointment's start whose patient has that appointment's
 * name and birth date under another patient id, if any. Looked up only for appointments at an
 * arriving start whose patient id matched none (few): the file's side is indexed by start once.
 */
function samePersonAt(
  ctx: PracticeContext,
  r: OwnIdRows,
  arriving: Map<string, string>,
): (other: { appointmentId: string; startMs: number }) => Promise<string | undefined> {
  let byStart: Map<number, string[]> | undefined;
  return async (other) => {
    if (!byStart) {
      byStart = new Map();
      for (const [k, id] of arriving) {
        const start = Number(k.slice(k.lastIndexOf('|') + 1));
        byStart.set(start, [...(byStart.get(start) ?? []), id]);
      }
    }
    const here = byStart.get(other.startMs);
    const sent = here && (await ctx.ledger.lastSent?.(other.appointmentId));
    if (!sent) return undefined;
    const person = personOf(sent.patient);
    return here.find((id) => arrivingPerson(r, id) === person);
  };
}

function arrivingPerson(r: OwnIdRows, id: string): string | undefined {
  const a = r.toSend.get(id);
  return a ? personOf(a.patient) : r.unknownCancelPersons.get(id);
}

async function replacedBy(
  ctx: PracticeContext,
  r: OwnIdRows,
  range: { from: Date; to: Date },
  portalKind: (id: string) => boolean,
): Promise<Appointment[]> {
  const candidates = (await ctx.ledger.cancellationsForSnapshot(range, r.presentIds)).filter((c) =>
    portalKind(c.appointmentId),
  );
  // The file's patients by name and birth date, when a patient id of the portal's is not among
  // its own (the patient ids changed kind too): read only then, the plan is revived for it.
  let persons: Set<string> | undefined;
  const isFilePatient = (p: Patient): boolean => {
    if (r.patientIds.has(p.patientId)) return true;
    if (!persons) {
      persons = new Set();
      for (const id of r.toSend.keys()) persons.add(personOf(r.toSend.get(id)!.patient));
      for (const person of r.unknownCancelPersons.values()) persons.add(person);
    }
    return persons.has(personOf(p));
  };
  return candidates.filter((c) => isFilePatient(c.patient));
}

export function ownIdsDoubt(found: OwnIdsOverDerived, practiceName: string): Doubt {
  const n = found.replaced.length;
  const [fileId, portalId] = found.pairs[0]!;
  const accept =
    `(Review → Confirm, or \`appt-connector mapping confirm --practice ${practiceArgument(practiceName)} ` +
    '--accept-cancellations`)';
  const cancels = `cancels the ${n} appointment${n === 1 ? '' : 's'} sent under them for these patients and dates`;
  // Ids only: this text goes into the history and the log.
  const samples = found.replaced.slice(0, 5).map((c) => c.appointmentId);
  // Accepted like a mass cancellation: for this file's content, at most this many.
  if (found.change === 'gained')
    return {
      kind: 'mass-cancel',
      check: 'own-ids',
      message:
        `this export gives the appointments ids of its own (${fileId}…), but they were sent before under ids the ` +
        `connector made from patient, provider and time (${portalId}…): sent as they are, each appointment would be ` +
        `on the portal twice, and a cancelled one left booked under its old id; nothing was sent`,
      samples,
      count: n,
      question:
        `Did the export gain an appointment-id column? If yes, accept once to replace the old ids: the connector ${cancels} ` +
        `and sends this file's appointments under their own ids ${accept}. If not, check which column is read as the appointment id.`,
    };
  return {
    kind: 'mass-cancel',
    check: 'own-ids',
    message:
      `this export has no appointment ids the connector can read, so it would make them from patient, provider and ` +
      `time (${fileId}…), but these appointments were sent before under the export's own ids (${portalId}…): sent ` +
      `as they are, each appointment would be on the portal twice, and a cancelled one left booked under its old id; ` +
      'nothing was sent',
    samples,
    count: n,
    question:
      'Did the export lose its appointment-id column (a report or query edited)? Export again with it and the file ' +
      `goes by itself. If the ids are gone for good, accept once: the connector ${cancels} and sends this file's ` +
      `appointments under ids made from patient, provider and time ${accept}.`,
  };
}
