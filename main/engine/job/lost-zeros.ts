// Ids a spreadsheet stripped of their leading zeros. A person opens the morning's export in Excel
// and saves it: `0048121` comes back as `48121`, patient `000457` as `457`. New as written, each
// would go to the portal as a NEW appointment beside the one already sent (and a patient id as a
// second patient). Before anything NEW goes, each NEW appointment id and patient id that is
// digits only is looked up, without its zeros, among the ids already sent (one index of the
// ledger per reading, only when such a NEW appointment is there): an appointment id matches when
// the sent one is of the same patient or at the same start, a patient id whenever it is not
// itself already sent as written. Found, the file is held. The doubt carries no content check:
// it is read from the ledger on every reading, so confirming the mapping never sends the file.
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import { isDigitId, withoutLeadingZeros } from '../../changes/digit-ids.ts';
import type { Ledger } from './job-context.ts';

/** A NEW appointment of the file with an appointment or patient id made of digits only. */
export interface NewDigitIds {
  appointmentId: string;
  patientId: string;
  startMs: number;
  line: number;
}

/** Whether a NEW appointment has an id a spreadsheet could have stripped of its zeros. */
export function hasDigitId(a: Appointment): boolean {
  return isDigitId(a.appointmentId) || isDigitId(a.patient.patientId);
}

interface ZeroMatch {
  field: 'appointmentId' | 'patientId';
  sent: string;
  now: string;
  line: number;
}

export async function lostZerosDoubt(ledger: Ledger, fresh: NewDigitIds[]): Promise<Doubt | undefined> {
  if (fresh.length === 0 || !ledger.digitIds) return undefined;
  const sent = await ledger.digitIds();
  const found: ZeroMatch[] = [];
  const patientsSeen = new Set<string>();
  for (const f of fresh) {
    if (isDigitId(f.appointmentId)) {
      const patient = withoutLeadingZeros(f.patientId);
      const match = sent.appointments
        .get(withoutLeadingZeros(f.appointmentId))
        ?.find(
          (s) =>
            s.appointmentId !== f.appointmentId &&
            (withoutLeadingZeros(s.patientId) === patient || s.startMs === f.startMs),
        );
      if (match)
        found.push({ field: 'appointmentId', sent: match.appointmentId, now: f.appointmentId, line: f.line });
    }
    if (isDigitId(f.patientId) && !patientsSeen.has(f.patientId)) {
      patientsSeen.add(f.patientId);
      // SEVERAL: both ways of writing it were sent already; holding this file mends nothing.
      const written = sent.patients.get(withoutLeadingZeros(f.patientId));
      if (written && written !== f.patientId)
        found.push({ field: 'patientId', sent: written, now: f.patientId, line: f.line });
    }
  }
  return found.length ? doubtOf(found) : undefined;
}

function doubtOf(found: ZeroMatch[]): Doubt {
  const first = found[0]!;
  const what = first.field === 'appointmentId' ? 'appointment id' : 'patient id';
  const more = found.length - 1;
  const example =
    `${what} ${first.sent} sent, ${first.now} now on line ${first.line}` +
    (more ? `; ${more} more id${more === 1 ? '' : 's'} the same way` : '');
  const lost = first.now.length < first.sent.length;
  return {
    kind: 'identity',
    field: first.field,
    message: lost
      ? `the export's ids lost their leading zeros (${example}): a spreadsheet saved over the export? ` +
        'Sent, each would reach the portal a second time; nothing was sent'
      : `the export's ids have leading zeros the ids sent before did not have (${example}): an earlier ` +
        'export saved over by a spreadsheet? Sent, each would reach the portal a second time; nothing was sent',
    samples: found.slice(0, 5).map((m) => `${m.sent} → ${m.now}`),
    question:
      'Export again from the scheduling software and put that file in the folder without opening and ' +
      'saving it in a spreadsheet (Excel drops leading zeros). Confirming the mapping does not send this file.',
  };
}
