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

describe('national health numbers', () => {
  // Scotland's CHI number was offered as the appointment id (accepted, appointments would be
  // keyed by patient); New Zealand's NHI was asked about. Each is the patient id, as the NHS
  // number is; with no appointment-id column the ids are made from patient, provider and day.
  it.each([
    // Scotland writes the family name in capitals first (`CAMPBELL Fiona`); London is on UTC in March
    ['CHI Number', 'Europe/London', ['CAMPBELL Fiona', 'MACLEOD Iain'], '2027-03-15T08:30:00.000Z'],
    // MyPractice (NZ) writes names first name first; Auckland is on NZDT (UTC+13) in March
    ['NHI', 'Pacific/Auckland', ['Aroha Te Whata', 'Liam Smith'], '2027-03-14T19:30:00.000Z'],
  ])('%s is the patient id, never the appointment id', async (header, timeZone, names, start) => {
    const r = await collect(
      files.write([
        `Appt Date,Appt Time,Patient,${header},Date of Birth,Clinician,Status`,
        `15/03/2027,08:30,${names[0]},1205804321,12/05/1980,Dr Anna Ross,Booked`,
        `15/03/2027,08:40,${names[1]},0309751234,03/09/1975,Dr Anna Ross,Booked`,
      ]),
      { timeZone },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['1205804321', '0309751234']);
    expect(r.appointments[0]!.start.toISOString()).toBe(start);
    for (const a of r.appointments) expect(a.appointmentId).not.toMatch(/^\d{10}$/);
  });

  it('an Ontario health card number is neither id, and nothing is asked', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Start Time,Patient,DOB,Health Card #,Version,Provider,Status',
        '2027-03-15,09:00,"TREMBLAY, Marie",1980-05-12,1234567890,AB,Dr. Julie Wong,Booked',
        '2027-03-15,09:15,"SINGH, Arjun",1975-09-03,2345678901,KX,Dr. Julie Wong,Booked',
      ]),
      { timeZone: 'America/Toronto' },
    );
    expect(r.summary.doubts).toEqual([]);
    for (const a of r.appointments) {
      expect(a.appointmentId).not.toMatch(/^\d{10}$/);
      expect(a.patient.patientId).not.toMatch(/^\d{10}$/);
    }
  });
});
