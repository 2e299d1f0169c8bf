// Another practice's export dropped into this practice's inbox (a shared folder, a file copied to
// the wrong inbox). Outside snapshot mode nothing else stops it: every row is NEW, and each visit
// would be booked on this practice's portal. What the file proves about whose it is, measured
// against what this practice has sent: a file none of whose appointment ids, patients, providers
// or locations were ever sent here is held and asked about, each compared as a person would
// (party-keys.ts: `Dr. Lee` is Lee, Anna MD; `Main Office` is no one's in particular; a chart number
// alone, as two practices both number from 1001, is not a patient). A practice's usual export always
// shares something with what it sent (its providers, its office, its returning patients): a new
// provider, a new patient or a new office beside known ones is never asked about. An answer
// accepts the file once (by its content), as the other holds decided against the ledger.
import type { Appointment, Patient } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import { personKey, placeKey, providerWords, sameProvider, samePerson } from './party-keys.ts';
import { practiceArgument } from './mass-cancel.ts';
import type { PracticeContext } from './job-context.ts';

/** Appointments a practice must have sent before a file can be told to be someone else's: its
 *  first exports are its own by definition. Counted from what was sent before the file arrived:
 *  exports dropped together are all first exports, whichever the queue sends first (five samples
 *  dropped at once were sent or held by their order). What they share is still read from all
 *  that was sent, so a later one of them that shares with an earlier one is this practice's. */
const HISTORY = 3;

export interface FileParties {
  /** When the file was taken in, epoch ms: the history it is judged by is what was sent before. */
  arrivedMs?: number;
  /** Every appointment id the file lists. */
  listedIds: ReadonlySet<string>;
  /** The file's patients by id. */
  patients: ReadonlyMap<string, Patient>;
  /** The appointments the file would send. */
  sends: Iterable<Appointment>;
  /** The file states no location (its rows carry the practice's name): no place of it counts. */
  placeless?: boolean;
}

/** Whether nothing of the file was ever this practice's (undefined: too little history to say).
 *  Compared as a person would (party-keys.ts): a provider by the words of the name, an office by
 *  its name unless any practice could have it, a patient by family name and birth date or by an id whose
 *  sent patient agrees in name or birth date. */
export async function strangerFile(ctx: PracticeContext, file: FileParties): Promise<boolean> {
  if (!ctx.ledger.sentAny || !ctx.ledger.lastSent) return false;
  for (const id of file.listedIds) if (await ctx.ledger.lastSent(id)) return false;
  const providers = new Set<string>();
  const names: string[][] = [];
  const seen = new Set<string>();
  const places = new Set<string>();
  for (const a of file.sends) {
    providers.add(a.participant.identifier);
    if (!seen.has(a.participant.providerName)) {
      seen.add(a.participant.providerName);
      const w = providerWords(a.participant.providerName);
      if (w.length) names.push(w);
    }
    places.add(placeKey(a.location));
  }
  places.delete('');
  // A file without a location goes with the practice's own name as its office (row-defaults.ts),
  // and so does every placeless export dropped here, another practice's too: that name says
  // nothing about whose file it is. (A location column that names the practice still counts. The
  // demo practice, whose sample exports of several systems share nothing else, is not asked at
  // all: plan-job.ts.)
  if (file.placeless) places.clear();
  const persons = new Set([...file.patients.values()].map(personKey));
  persons.delete('');
  // A ledger's providers are few: each name's words once, not once per appointment sent.
  const known = new Map<string, boolean>();
  const knownName = (raw: string): boolean => {
    let k = known.get(raw);
    if (k === undefined) {
      const w = providerWords(raw);
      k = names.some((n) => sameProvider(n, w));
      known.set(raw, k);
    }
    return k;
  };
  const sent = await ctx.ledger.sentAny(
    new Set(file.patients.keys()),
    (a) =>
      providers.has(a.participant.identifier) ||
      knownName(a.participant.providerName) ||
      places.has(placeKey(a.location)) ||
      persons.has(personKey(a.patient)),
    HISTORY,
    (a) => samePerson(file.patients.get(a.patient.patientId)!, a),
    file.arrivedMs,
  );
  return sent === false;
}

export function otherPracticeDoubt(sends: string[], practiceName: string): Doubt {
  const n = sends.length;
  return {
    // Accepted like a mass cancellation: for this file's content, at most this many.
    kind: 'mass-cancel',
    check: 'other-practice',
    message:
      `this file names no patient, provider or location that ${practiceName} has sent before: it may be another ` +
      `practice's export; it would book ${n} appointment${n === 1 ? '' : 's'} on this practice's portal; nothing was sent`,
    // Ids only: this text goes into the history and the log.
    samples: sends.slice(0, 5),
    count: n,
    countsSends: true,
    question:
      `Is this export ${practiceName}'s (a new office or provider's first schedule)? If yes, accept it once ` +
      `(Review → Confirm, or \`appt-connector mapping confirm --practice ${practiceArgument(practiceName)} ` +
      "--accept-cancellations`). If it is another practice's, move it to that practice's inbox.",
  };
}
