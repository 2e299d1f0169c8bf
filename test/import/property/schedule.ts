// Random schedules for the property tests: what a practice's appointments ARE, before any export
// style writes them down. Everything here is the truth the importer must give back (or hold).
//
// Start times are wall-clock times in the practice zone between 07:00 and 19:55 on 5-minute
// steps. Why that window: every daylight-saving change in the zones used (US 02:00, EU 01:00 UTC,
// Sydney/Auckland 02:00-03:00; Mexico City has none since 2022) happens at night, so no start
// falls in a gap or an overlap and the expected instant is never a matter of disambiguation.
import fc from 'fast-check';

export type StatusWord = 'Scheduled' | 'Confirmed' | 'Arrived' | 'Cancelled' | 'Canceled' | 'No Show';

/** What each status word means for the portal. "No Show" is a booked appointment the patient
 *  missed, not a cancellation (main/import/map/status-vocabulary.ts says why). */
export const STATUS_MEANING: Record<StatusWord, 'NEW' | 'CANCEL'> = {
  Scheduled: 'NEW',
  Confirmed: 'NEW',
  Arrived: 'NEW',
  'No Show': 'NEW',
  Cancelled: 'CANCEL',
  Canceled: 'CANCEL',
};
export const STATUS_WORDS = Object.keys(STATUS_MEANING) as StatusWord[];

/** A calendar date; month 1-12. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export interface Patient {
  firstName: string;
  lastName: string;
  dob: Ymd;
  /** Present when the schedule's export carries a patient id column. */
  patientId?: string;
}

export interface ScheduledAppointment {
  patient: Patient;
  /** Present when the export carries an appointment id column; unique in the file. */
  appointmentId?: string;
  date: Ymd;
  hour: number;
  minute: number;
  status: StatusWord;
  provider: string;
}

export interface Schedule {
  hasAppointmentId: boolean;
  hasPatientId: boolean;
  appointments: ScheduledAppointment[];
}

/** First names are one word (a hyphen is fine): with a `First Last` column, the first word is
 *  the first name and the rest (particles and all) is the family name, so every name written
 *  can be read back exactly. */
export const FIRST_NAMES = [
  'Zoë',
  'José',
  'Jean-Luc',
  'Anna',
  'Liam',
  'Siobhán',
  'Björn',
  'François',
  'Mary-Kate',
  'Chidi',
  'Aroha',
  'María',
  'Søren',
  'Émile',
  'Ngozi',
  'Łucja', // Ł is not in Windows-1252
];

export const LAST_NAMES = [
  'de la Cruz',
  'van der Berg',
  'von Trapp',
  'di Stefano',
  "O'Brien",
  'O’Neill', // typographic apostrophe (0x92 in Windows-1252)
  'McDonald',
  'MacLeod',
  'Smith-Jones',
  'Müller',
  'García',
  'Lindqvist',
  'Okafor',
  'Schreiber',
  'Dvořák', // ř is not in Windows-1252
  'Nguyễn', // ễ is not in Windows-1252
];

export const PROVIDERS = ['Dr. Anna Keller', 'Marisol Reyes, MD', 'Keller, Anna', 'Dr Aroha Ngata'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date between two years (inclusive). */
export function ymdArb(fromYear: number, toYear: number): fc.Arbitrary<Ymd> {
  return fc
    .record({
      year: fc.integer({ min: fromYear, max: toYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map((d) => ({ ...d, day: Math.min(d.day, daysIn(d.year, d.month)) }));
}

const patientArb: fc.Arbitrary<Omit<Patient, 'patientId'>> = fc.record({
  firstName: fc.constantFrom(...FIRST_NAMES),
  lastName: fc.constantFrom(...LAST_NAMES),
  dob: ymdArb(1920, 2025),
});

const slotArb = fc.record({
  date: ymdArb(2026, 2028),
  // 07:00 .. 19:55 in 5-minute steps: 156 slots
  slot: fc.integer({ min: 0, max: 155 }),
  status: fc.constantFrom(...STATUS_WORDS),
  provider: fc.constantFrom(...PROVIDERS),
  patientPick: fc.nat(),
});

export interface ScheduleOptions {
  minAppointments?: number;
  maxAppointments?: number;
  /** Every day of month (appointments and birth dates) 12 or less, so `3/4/2027` could be read
   *  either way and nothing in the data settles it. Default: one schedule in four. */
  ambiguousDays?: boolean;
}

const key = (p: { firstName: string; lastName: string; dob: Ymd }): string =>
  `${p.firstName}|${p.lastName}|${p.dob.year}-${p.dob.month}-${p.dob.day}`;

/**
 * A schedule: a few patients (some with several appointments), unique appointment ids, unique
 * patient ids per patient, and no patient booked twice at the same minute (two such rows would
 * be the same appointment written twice).
 */
export function scheduleArb(opts: ScheduleOptions = {}): fc.Arbitrary<Schedule> {
  const min = opts.minAppointments ?? 1;
  const max = opts.maxAppointments ?? 30;
  return fc
    .record({
      hasAppointmentId: fc.boolean(),
      hasPatientId: fc.boolean(),
      patients: fc.uniqueArray(patientArb, { minLength: 1, maxLength: 12, selector: key }),
      slots: fc.array(slotArb, { minLength: min, maxLength: max }),
      // Ids are not row counters: random, sparse, 5-7 digits or a letter prefix.
      apptIds: fc.uniqueArray(fc.integer({ min: 10_000, max: 9_999_999 }), {
        minLength: max,
        maxLength: max,
      }),
      patientIds: fc.uniqueArray(fc.integer({ min: 1_000, max: 999_999 }), { minLength: 12, maxLength: 12 }),
      idPrefix: fc.constantFrom('', 'A', 'APT-'),
      ambiguous:
        opts.ambiguousDays === undefined
          ? fc.constantFrom(false, false, false, true)
          : fc.constant(opts.ambiguousDays),
    })
    .map((r) => {
      // Folding day 13-31 onto 1-12 keeps the date real in every month.
      const fold = (d: Ymd): Ymd => (r.ambiguous && d.day > 12 ? { ...d, day: ((d.day - 1) % 12) + 1 } : d);
      const patients: Patient[] = r.patients.map((p, i) => ({
        ...p,
        dob: fold(p.dob),
        ...(r.hasPatientId ? { patientId: String(r.patientIds[i]) } : {}),
      }));
      const seen = new Set<string>();
      const appointments: ScheduledAppointment[] = [];
      r.slots.forEach((slot, i) => {
        const s = { ...slot, date: fold(slot.date) };
        const patient = patients[s.patientPick % patients.length]!;
        const hour = 7 + Math.floor(s.slot / 12);
        const minute = (s.slot % 12) * 5;
        const at = `${key(patient)}@${s.date.year}-${s.date.month}-${s.date.day} ${hour}:${minute}`;
        if (seen.has(at)) return;
        seen.add(at);
        appointments.push({
          patient,
          ...(r.hasAppointmentId ? { appointmentId: `${r.idPrefix}${r.apptIds[i]}` } : {}),
          date: s.date,
          hour,
          minute,
          status: s.status,
          provider: s.provider,
        });
      });
      return { hasAppointmentId: r.hasAppointmentId, hasPatientId: r.hasPatientId, appointments };
    });
}
