// A patient booked (NEW) on one day of a file while the portal has the same patient's appointment
// at another start the file covers, and the file does not list it. With no appointment-id column
// the id is made from the patient, provider and day (identity.ts), so a visit moved to another day,
// or reassigned to another provider and moved, comes as a new id; outside snapshot mode nothing
// the file leaves out is cancelled, and the patient would see the old visit and the new one. The
// file cannot say which it is (moved, or the old one deleted and a second one booked), so it is held
// as same-person.ts holds two bookings at one start; accepted once for its content, the old
// appointment is cancelled with it. What the file covers runs from its first row (an "upcoming"
// export leaves out the visits already over) to the end of its last row's day; a report run per
// provider says nothing of another provider's appointments. With no patient-id column (ids made
// from name and birth date) a name or birth date corrected is another patient id too
// (perhapsSamePerson): a NEW of such a patient with
// the provider of an appointment the file leaves out, at another start, is held the same way. So
// is a NEW of a patient of the same name and birth date under another patient id (duplicate
// charts merged, and the visit moved in the same export: samePerson).
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import { providerNameKey } from '../../import/map/provider-name.ts';
import { UNASSIGNED_PROVIDER } from '../../import/map/row-defaults.ts';
import type { PracticeContext } from './job-context.ts';
import { practiceArgument } from './mass-cancel.ts';
import {
  perhapsSamePerson,
  samePerson,
  sameProvider,
  type SamePersonRows,
  type SamePersonTwice,
} from './same-person.ts';
import { wholeDaysRange } from './snapshot-range.ts';
import { MADE_UP } from './patient-id-reuse.ts';

export async function leftBehind(
  ctx: PracticeContext,
  r: SamePersonRows,
  rows: { from: Date; to: Date } | undefined,
  zone: string,
): Promise<SamePersonTwice | undefined> {
  if (!rows || !ctx.ledger.sentOfPatients || !ctx.ledger.lastSent) return undefined;
  const booked = new Map<string, Appointment[]>();
  for (const id of r.landings.values()) {
    const a = r.toSend.get(id);
    if (!a || a.status !== 'NEW') continue;
    const list = booked.get(a.patient.patientId);
    if (list) list.push(a);
    else booked.set(a.patient.patientId, [a]);
  }
  if (!booked.size) return undefined;
  const range = { from: rows.from.getTime(), to: wholeDaysRange(rows, zone).to.getTime() };
  const coversAll = r.providers.has(UNASSIGNED_PROVIDER);
  const pairs: SamePersonTwice['pairs'] = [];
  const replaced: Appointment[] = [];
  for (const s of await ctx.ledger.sentOfPatients(new Set(booked.keys()), range)) {
    if (s.cancelled || r.presentIds.has(s.appointmentId) || r.toSend.has(s.appointmentId)) continue;
    const sent = await ctx.ledger.lastSent(s.appointmentId);
    if (!sent || sent.status === 'CANCEL') continue;
    const key = providerNameKey(sent.participant.providerName);
    if (!(coversAll || r.providers.has(s.providerId) || (key !== '' && r.providerNames.has(key)))) continue;
    const sends = booked.get(s.patientId)!.find((a) => a.start.getTime() !== s.startMs);
    if (!sends) continue;
    pairs.push({ sends, onPortal: sent, moved: false });
    replaced.push({ ...sent, status: 'CANCEL' });
  }
  if (!pairs.length) {
    // The portal's active appointments of these dates the file does not list (as a snapshot
    // would cancel them), against its NEWs of one person under another patient id: the same name
    // and birth date (charts merged, the visit moved in the same export), or with ids made from
    // name and birth date, a patient perhaps the same with a name corrected.
    const news = [...booked.values()].flat();
    const covered = { from: new Date(range.from), to: new Date(range.to) };
    for (const gone of await ctx.ledger.cancellationsForSnapshot(covered, r.presentIds)) {
      if (r.toSend.has(gone.appointmentId) || booked.has(gone.patient.patientId)) continue;
      const key = providerNameKey(gone.participant.providerName);
      const provider =
        coversAll || r.providers.has(gone.participant.identifier) || (key !== '' && r.providerNames.has(key));
      const at = gone.start.getTime();
      const one = provider
        ? news.find((a) => a.start.getTime() !== at && samePerson(a.patient, gone.patient))
        : undefined;
      // The practice's own patient ids keep a corrected name's id: two of them are two patients.
      const sends =
        one ??
        (MADE_UP.test(gone.patient.patientId)
          ? news.find(
              (a) =>
                MADE_UP.test(a.patient.patientId) &&
                a.start.getTime() !== at &&
                sameProvider(a, gone) &&
                perhapsSamePerson(a.patient, gone.patient),
            )
          : undefined);
      if (!sends) continue;
      pairs.push({ sends, onPortal: gone, moved: false, ...(one ? {} : { corrected: true }) });
      replaced.push(gone);
    }
  }
  if (!pairs.length) return undefined;
  return { pairs, replaced: replaced.sort((a, b) => a.start.getTime() - b.start.getTime()) };
}

export function leftBehindDoubt(found: SamePersonTwice, practiceName: string): Doubt {
  const { sends, onPortal, corrected } = found.pairs[0]!;
  const more = found.pairs.length - 1;
  const n = found.replaced.length;
  return {
    kind: 'mass-cancel',
    // Accepted as two bookings at one start are (same-person.ts): the old ones cancelled with it.
    check: 'same-person-twice',
    // Ids only: this text goes into the history and the log.
    message:
      `appointment id ${sends.appointmentId} (patient id ${sends.patient.patientId}) would be booked on the portal ` +
      `for ${sends.start.toISOString()}, while appointment id ${onPortal.appointmentId} of ${corrected ? 'a patient of nearly the same name or birth date (corrected?)' : onPortal.patient.patientId === sends.patient.patientId ? 'the same patient' : 'a patient of the same name and birth date (patients merged?)'} at ` +
      `${onPortal.start.toISOString()}, within the dates this file lists, is on the portal and this file does not list it: ` +
      'if the visit was moved, the patient would see it twice' +
      (more ? `; ${more} more appointment${more === 1 ? '' : 's'} the same way` : '') +
      '; nothing was sent',
    samples: found.replaced.slice(0, 5).map((c) => c.appointmentId),
    count: n,
    question:
      `Was appointment ${onPortal.appointmentId} moved to the new time (or cancelled)? If so, accept once for this ` +
      `file: the connector cancels the ${n} appointment${n === 1 ? '' : 's'} it leaves out and sends this file's ` +
      `(Review → Confirm, or \`appt-connector mapping confirm --practice ${practiceArgument(practiceName)} ` +
      '--accept-cancellations`). If both visits are real, export a file that lists both: it goes by itself. ' +
      'Snapshot mode cancels what a full export leaves out without asking.',
  };
}
