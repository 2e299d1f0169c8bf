// A UK GP appointment book (EMIS Web): the clinician is the `Session Holder` (the one whose
// session the slot is in), names are `SURNAME, Forename (Title)`, the NHS number is printed in
// groups (`485 777 3456`). Read without a question. Expected values worked out by hand (London is
// on UTC in December).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('uk-gp-exports');

describe('an EMIS appointment book', () => {
  it('goes with the session holder as the provider, the NHS number as the patient id', async () => {
    const r = await collect(
      files.write([
        'Appointment Date,Start Time,Patient Name,Date of Birth,NHS Number,Session Holder,Session,Slot Type,Status',
        '07-Dec-2026,08:30,"HUGHES, Gareth (Mr)",14-Feb-1962,485 777 3456,Dr Sarah Okoro,Monday AM Dr Okoro,Routine 10 min,Booked',
        '07-Dec-2026,08:40,"BEGUM, Rukhsana (Mrs)",03-Jun-1979,401 023 2137,Dr Sarah Okoro,Monday AM Dr Okoro,Routine 10 min,Booked',
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(
      r.appointments.map((a) => [
        a.start.toISOString(),
        a.patient.patientId,
        a.patient.firstName,
        a.patient.lastName,
        a.participant.providerName,
      ]),
    ).toEqual([
      ['2026-12-07T08:30:00.000Z', '485 777 3456', 'Gareth', 'Hughes', 'Dr Sarah Okoro'],
      ['2026-12-07T08:40:00.000Z', '401 023 2137', 'Rukhsana', 'Begum', 'Dr Sarah Okoro'],
    ]);
  });

  it.each(['Rota Owner', 'Clinician'])("'%s' is the provider too", async (header) => {
    const r = await collect(
      files.write([
        `Appointment Date,Start Time,Patient Name,Date of Birth,${header},Status`,
        '07-Dec-2026,08:30,"HUGHES, Gareth",14-Feb-1962,Dr Sarah Okoro,Booked',
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Dr Sarah Okoro']);
  });
});
