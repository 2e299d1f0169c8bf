// Another practice's export dropped into this practice's inbox (a shared folder, a file copied to
// the wrong inbox). Outside snapshot mode nothing else stops it: every row is NEW, and each visit
// would be booked on this practice's portal. What the file proves about whose it is, measured
// against what this practice has sent: a file none of whose appointment ids, patients, providers
// or locations were ever sent here is held and asked about. A practice's usual export always
// shares something with what it sent (its providers, its office, its returning patients): a new
// provider, a new patient or a new office beside known ones is never asked about. An answer
// accepts the file once (by its content), as the other holds decided against the ledger.
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import { providerNameKey } from '../../import/map/provider-name.ts';
import { practiceArgument } from './mass-cancel.ts';
import type { PracticeContext } from './job-context.ts';

/** Appointments a practice must have sent before a file can be told to be someone else's: its
 *  first exports are its own by definition. */
const HISTORY = 3;

export interface FileParties {
  /** Every appointment id the file lists. */
  listedIds: ReadonlySet<string>;
  patientIds: ReadonlySet<string>;
  /** The appointments the file would send. */
  sends: Iterable<Appointment>;
}

/** Whether nothing of the file was ever this practice's (undefined: too little history to say). */
export async function strangerFile(ctx: PracticeContext, file: FileParties): Promise<boolean> {
  if (!ctx.ledger.sentAny || !ctx.ledger.lastSent) return false;
  for (const id of file.listedIds) if (await ctx.ledger.lastSent(id)) return false;
  const providers = new Set<string>();
  const names = new Set<string>();
  const locations = new Set<string>();
  for (const a of file.sends) {
    providers.add(a.participant.identifier);
    names.add(providerNameKey(a.participant.providerName));
    locations.add(a.location);
  }
  names.delete('');
  locations.delete('');
  const known = await ctx.ledger.sentAny(
    file.patientIds,
    (a) =>
      providers.has(a.participant.identifier) ||
      names.has(providerNameKey(a.participant.providerName)) ||
      locations.has(a.location),
    HISTORY,
  );
  return known === false;
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
