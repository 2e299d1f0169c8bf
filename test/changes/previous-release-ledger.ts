// Sent-ledger lines as the release before the case-blind fingerprint wrote them, worked out by
// hand from that release's code: `{meta}<TAB>{body}`, meta without `fs`, `fp` the sha1 of the
// appointment's values as written, in the model's field order, status left out.
import { createHash } from 'node:crypto';
import type { Appointment, PostalAddress } from '../../main/model/appointment.ts';

const address = (p: PostalAddress | undefined) =>
  p ? [p.address1, p.address2, p.city, p.state, p.zipCode] : null;

/** The previous release's fingerprint of `a`. */
export function previousReleaseFingerprint(a: Appointment): string {
  const p = a.patient;
  const values = [
    a.practiceId,
    a.appointmentId,
    null, // status
    a.type,
    a.reason ?? null,
    a.description,
    a.start.getTime(),
    a.location,
    address(a.appointmentAddress),
    [
      p.patientId,
      p.firstName,
      p.lastName,
      p.dob,
      p.email,
      address(p.address),
      p.insurance?.map((i) => [i.status ?? null, i.groupNumber ?? null, i.memberId ?? null]) ?? null,
    ],
    [a.participant.type, a.participant.identifier, a.participant.providerName],
    a.copayment?.amount ?? null,
    a.balance ? [a.balance.dueBy.getTime(), a.balance.amount] : null,
  ];
  return createHash('sha1').update(JSON.stringify(values)).digest('base64url');
}

/** One line the previous release wrote for `a` as sent (its status: NEW, UPDATE or CANCEL),
 *  accepted at `at` by job `job`; `unsettled`: after an ERROR verdict on an UPDATE (fp ''). */
export function previousReleaseLine(
  a: Appointment,
  at: string,
  o: { job?: string; unsettled?: boolean } = {},
): string {
  const body = JSON.stringify(a);
  const meta = {
    v: 1,
    id: a.appointmentId,
    fp: o.unsettled ? '' : previousReleaseFingerprint(a),
    c: !o.unsettled && a.status === 'CANCEL',
    t: a.start.getTime(),
    at,
    n: body.length,
    ...(o.job ? { j: o.job } : {}),
  };
  return `${JSON.stringify(meta)}\t${body}\n`;
}

/** The line "forget this id" the previous release wrote. */
export const previousReleaseTombstone = (id: string, at: string): string =>
  `${JSON.stringify({ v: 1, id, fp: '', c: false, t: 0, at, n: 0 })}\t\n`;
