// Ids a spreadsheet rewrote as numbers. A person opens the morning's export in Excel and saves it:
// `0048121` comes back as `48121`, patient `000457` as `457`; with the "Number" format, `48121`
// comes back as `48121.00` (`48121,00`, `48,121.00`). New as written, each would go to the portal
// as a NEW appointment beside the one already sent (and a patient id as a second patient), and a
// cancelled row under it would match nothing, leaving the appointment booked. Before anything
// goes, each NEW appointment id and patient id that reads as a number, and each cancelled row's
// under an id never sent, is looked up by that number among the ids already sent (one index of
// the ledger per reading, only when such a row is there): an appointment id matches when the sent
// one is of the same patient or at the same start, a patient id whenever it is not itself already
// sent as written. Found, the file is held. The doubt carries no content check: it is read from
// the ledger on every reading, so confirming the mapping never sends the file.
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import { isDigitId, numberKey } from '../../changes/digit-ids.ts';
import type { Ledger } from './job-context.ts';

/** A NEW appointment of the file, or a cancelled row under an id never sent, with an appointment
 *  or patient id that reads as a number (numberKey). */
export interface NumberIds {
  appointmentId: string;
  patientId: string;
  startMs: number;
  line: number;
}

/** Whether an appointment has an id a spreadsheet could have rewritten as a number. */
export function hasNumberId(a: Appointment): boolean {
  return numberKey(a.appointmentId) !== undefined || numberKey(a.patient.patientId) !== undefined;
}

interface ZeroMatch {
  field: 'appointmentId' | 'patientId';
  sent: string;
  now: string;
  line: number;
}

export async function lostZerosDoubt(ledger: Ledger, fresh: NumberIds[]): Promise<Doubt | undefined> {
  if (fresh.length === 0 || !ledger.digitIds) return undefined;
  const sent = await ledger.digitIds();
  const found: ZeroMatch[] = [];
  const patientsSeen = new Set<string>();
  for (const f of fresh) {
    const key = numberKey(f.appointmentId);
    if (key !== undefined) {
      const patient = numberKey(f.patientId) ?? f.patientId;
      const match = sent.appointments
        .get(key)
        ?.find(
          (s) =>
            s.appointmentId !== f.appointmentId &&
            ((numberKey(s.patientId) ?? s.patientId) === patient || s.startMs === f.startMs),
        );
      if (match)
        found.push({ field: 'appointmentId', sent: match.appointmentId, now: f.appointmentId, line: f.line });
    }
    const patientKey = numberKey(f.patientId);
    if (patientKey !== undefined && !patientsSeen.has(f.patientId)) {
      patientsSeen.add(f.patientId);
      // SEVERAL: both ways of writing it were sent already; holding this file mends nothing.
      const written = sent.patients.get(patientKey);
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
  const twice = 'Sent, each would reach the portal a second time; nothing was sent';
  return {
    kind: 'identity',
    field: first.field,
    message: !isDigitId(first.now)
      ? `the export's ids are written as spreadsheet numbers (${example}): a spreadsheet saved over the ` +
        `export with a number format? ${twice}, and a cancelled row would cancel nothing`
      : !isDigitId(first.sent)
        ? `the ids sent before were written as spreadsheet numbers, this export's are not (${example}): ` +
          `an earlier export saved over by a spreadsheet? ${twice}`
        : first.now.length < first.sent.length
          ? `the export's ids lost their leading zeros (${example}): a spreadsheet saved over the export? ${twice}`
          : `the export's ids have leading zeros the ids sent before did not have (${example}): an earlier ` +
            `export saved over by a spreadsheet? ${twice}`,
    samples: found.slice(0, 5).map((m) => `${m.sent} → ${m.now}`),
    question:
      'Export again from the scheduling software and put that file in the folder without opening and ' +
      'saving it in a spreadsheet (Excel drops leading zeros and writes numbers with decimals). Confirming ' +
      'the mapping does not send this file.',
  };
}
