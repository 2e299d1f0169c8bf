// The sample preview's first appointments written as the front desk knows them: the patient's
// name, the day and time in the practice's time zone (the way the file writes dates: month first
// as in the US, day first elsewhere), the provider and whether it is booked or cancelled, with
// the export's own status word beside it. No ids and no ISO strings: those are for support.
// These rows hold names: they go to the window only, never to a log.
import type { Appointment } from '../model/appointment.ts';
import type { SampleAppointment } from '../../preload/ipc-contract.ts';

export type DayOrder = 'MDY' | 'DMY' | 'YMD';

/** Formatters for one time zone and date order (made once per preview, not per row). */
export function staffClock(
  timeZone: string,
  order: DayOrder,
): (start: Date) => { day: string; time: string } {
  const locale = order === 'MDY' ? 'en-US' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  });
  const time = new Intl.DateTimeFormat(locale, {
    hour: order === 'MDY' ? 'numeric' : '2-digit',
    minute: '2-digit',
    timeZone,
  });
  return (start) => ({ day: day.format(start), time: time.format(start) });
}

const MEANING: Record<Appointment['status'], string> = {
  NEW: 'Booked',
  UPDATE: 'Booked',
  CANCEL: 'Cancelled',
};

export function sampleAppointment(
  a: Appointment,
  line: number,
  clock: (start: Date) => { day: string; time: string },
  /** The export's own status word for this row, when a column gives one. */
  statusWord?: string,
): SampleAppointment {
  const meaning = MEANING[a.status];
  const word = statusWord?.trim() ?? '';
  return {
    line,
    patient: [a.patient.firstName, a.patient.lastName].filter(Boolean).join(' '),
    ...clock(a.start),
    provider: a.participant.providerName,
    status: word && word.toLowerCase() !== meaning.toLowerCase() ? `${meaning} · ${word}` : meaning,
  };
}
