// The snapshot guard: a full-schedule export that would cancel an unusually large share of the
// appointments on the portal for its dates is more likely cut short (an exporter that paused, a
// report run with the wrong filter) than a day of real cancellations. Such a file is held for
// review instead of sent; a person accepts its cancellations once, for THAT file (its content
// hash, kept in the practice memory), and it goes. A wrong CANCEL takes an appointment off a
// patient's portal; a held file costs one question.
import type { Appointment } from '../../model/appointment.ts';
import type { ContentCheck, Doubt } from '../../model/doubt.ts';
import type { AcceptedCancellations, PracticeMemory, PracticeMemoryData } from '../practice-memory.ts';
import type { PracticeSettings } from '../../model/settings.ts';

/** Percent of a snapshot range's appointments a file may cancel before it is held (per practice:
 *  `maxSnapshotCancelPercent`). */
export const DEFAULT_MAX_CANCEL_PERCENT = 20;

/** Acceptances kept per practice: old ones are of files long sent. */
const KEEP_ACCEPTED = 20;

export function cancelLimitOf(practice: Pick<PracticeSettings, 'maxSnapshotCancelPercent'>): number {
  return practice.maxSnapshotCancelPercent ?? DEFAULT_MAX_CANCEL_PERCENT;
}

/** More than `limitPercent` of the `onPortal` appointments of the range would be cancelled. */
export function isMassCancel(cancels: number, onPortal: number, limitPercent: number): boolean {
  return cancels > 0 && cancels * 100 > limitPercent * onPortal;
}

/** A person accepted (at least) this many cancellations for exactly this content, answering the
 *  hold `check` (an acceptance kept before holds were told apart answers any). */
export function cancellationsAccepted(
  memory: PracticeMemoryData | undefined,
  contentHash: string,
  cancels: number,
  check: ContentCheck,
): boolean {
  return (memory?.acceptedCancellations ?? []).some(
    (a) =>
      a.contentHash === contentHash && a.cancels >= cancels && (a.check === undefined || a.check === check),
  );
}

const day = (d: Date, zone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);

export function massCancelDoubt(opts: {
  cancels: Appointment[];
  onPortal: number;
  range: { from: Date; to: Date };
  zone: string;
  limitPercent: number;
  practiceName: string;
}): Doubt {
  const { cancels, onPortal, range, zone, limitPercent } = opts;
  const n = cancels.length;
  const share = Math.round((n * 100) / Math.max(1, onPortal));
  const first = day(range.from, zone);
  const last = day(range.to, zone);
  const name = practiceArgument(opts.practiceName);
  return {
    kind: 'mass-cancel',
    check: 'mass-cancel',
    message:
      `this full-schedule export would cancel ${n} of the ${onPortal} appointment${onPortal === 1 ? '' : 's'} ` +
      `sent for ${first === last ? first : `${first} to ${last}`} (${share} %, more than this practice's limit of ` +
      `${limitPercent} %), because ${n === 1 ? 'it is' : 'they are'} missing from the file; nothing was sent`,
    // Ids only: this text goes into the history and the log.
    samples: cancels.slice(0, 5).map((c) => c.appointmentId),
    count: n,
    question:
      'Were these appointments really cancelled or deleted in the scheduling software? If yes, accept the ' +
      'cancellations of this file once (Review → Confirm, or `appt-connector mapping confirm --practice ' +
      `${name} --accept-cancellations\`); if the export was cut short, export the full schedule again.`,
  };
}

/**
 * A snapshot that would cancel appointments of a provider or location the file has no row of: a
 * report run for one provider (its title says `Provider: Ng, Helen MD`) or one office cancels
 * every appointment of the others, however few. Held like a mass cancellation, and accepted the
 * same way.
 */
export function partialSnapshotDoubt(opts: {
  cancels: Appointment[];
  unseen: Appointment[];
  /** Why the file may not hold the whole schedule, when it is not a provider or location
   *  missing: a title that lists part of it, rows that stop before the stated range ends. */
  why?: string;
  practiceName: string;
}): Doubt {
  const { cancels, unseen } = opts;
  const why =
    opts.why ??
    `${unseen.length} of them of a provider or location the file has no row of at all (a report filtered by provider or office?)`;
  const n = cancels.length;
  const name = practiceArgument(opts.practiceName);
  return {
    kind: 'mass-cancel',
    check: 'partial-snapshot',
    message: `this full-schedule export would cancel ${n} appointment${n === 1 ? '' : 's'}, ${why}; nothing was sent`,
    samples: unseen.slice(0, 5).map((c) => c.appointmentId),
    count: n,
    question:
      'Does this export hold the whole schedule of its dates, for every provider and location? If yes, accept the cancellations ' +
      `of this file once (Review → Confirm, or \`appt-connector mapping confirm --practice ${name} --accept-cancellations\`); ` +
      'if not, export the full schedule again.',
  };
}

/** The practice's name as written on a command line (quoted unless it is one plain word). */
export function practiceArgument(practiceName: string): string {
  return /^[\w.-]+$/.test(practiceName) ? practiceName : `"${practiceName}"`;
}

/** Record a person's acceptance of `cancels` cancellations for the file with `contentHash`; an
 *  acceptance of another hold of the same file is kept beside it. */
export async function acceptCancellations(
  memory: PracticeMemory,
  accepted: AcceptedCancellations,
): Promise<void> {
  await memory.update((m) => ({
    ...m,
    acceptedCancellations: [
      ...(m.acceptedCancellations ?? []).filter(
        (a) =>
          a.contentHash !== accepted.contentHash || (a.check !== undefined && a.check !== accepted.check),
      ),
      accepted,
    ].slice(-KEEP_ACCEPTED),
  }));
}

/** The acceptance of `doubt` (a held job's hold, massCancelOf) for the file with `contentHash`. */
export function acceptanceOf(doubt: Doubt, contentHash: string, by: string, at: Date): AcceptedCancellations {
  return {
    contentHash,
    cancels: doubt.count ?? 0,
    ...(doubt.check ? { check: doubt.check } : {}),
    at: at.toISOString(),
    by,
  };
}

/** What accepting a held job lets through, for the person's confirmation: `Accepted 8
 *  cancellations of day.csv`, or for an older file the appointments it sends. */
export function acceptedText(doubt: Doubt, file: string): string {
  const n = doubt.count ?? 0;
  const what = doubt.countsSends
    ? `appointment${n === 1 ? '' : 's'} to send`
    : `cancellation${n === 1 ? '' : 's'}`;
  return `Accepted ${n} ${what} of ${file}`;
}

/** The mass-cancel doubt of a held job, if that is (one of) what holds it. */
export function massCancelOf(job: { doubts?: Doubt[] }): Doubt | undefined {
  return job.doubts?.find((d) => d.kind === 'mass-cancel');
}
