// A telephone's number is no one's record id, and a Finnish client number is the patient's.
// `Mobile No.` (the patient's mobile in Philippine, Indian and Nigerian lists) had been read as the
// appointment id, its value repeating for one patient's visits, and the file was held to ask which
// column held the appointment id. `Asiakasnumero` (Ajas's client number) had been asked about as
// the patient id. Expected instants worked out by hand: Manila is UTC+8 all year.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { best } from './best-field.ts';

const files = exportFiles('phone-and-client-number');

describe('a phone number header', () => {
  it('is never the appointment id nor the patient id, in any language', () => {
    for (const h of [
      'Mobile No.',
      'Phone Number',
      'Tel. No.',
      'Cell #',
      'Fax No.',
      'Mobile Phone Number',
      'Telefonnummer',
      'Handynummer',
      'N° de téléphone',
      'Número de celular',
      'Patient Phone No.',
      'Patient Mobile No.',
    ])
      expect([h, best(h)]).toEqual([h, undefined]);
  });

  it('leaves the record numbers beside it as they were', () => {
    expect(best('Appointment No.')).toBe('appointmentId');
    expect(best('Patient No.')).toBe('patientId');
    expect(best('Hospital No.')).toBe('patientId');
  });

  it('a file whose only number column is the mobile sends with derived ids, no question', async () => {
    const f = files.write([
      'Date,Time,Patient,Birthday,Mobile No.,Status',
      '04/15/2027,9:00 AM,"Dela Cruz, Juan",03/11/1988,0917 123 4567,Done',
      '04/16/2027,2:00 PM,"Dela Cruz, Juan",03/11/1988,0917 123 4567,Confirmed',
      '04/16/2027,3:00 PM,"Reyes, Ana",12/29/1970,0920 555 0199,Cancelled',
    ]);
    const r = await collect(f, { timeZone: 'Asia/Manila' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.start.toISOString(), a.patient.lastName, a.status])).toEqual([
      ['2027-04-15T01:00:00.000Z', 'Dela Cruz', 'NEW'],
      ['2027-04-16T06:00:00.000Z', 'Dela Cruz', 'NEW'],
      ['2027-04-16T07:00:00.000Z', 'Reyes', 'CANCEL'],
    ]);
    const ids = r.appointments.map((a) => a.appointmentId);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain('0917 123 4567');
  });
});

describe('a Finnish client number', () => {
  it('is the patient id, written whole or short', () => {
    expect(best('Asiakasnumero')).toBe('patientId');
    expect(best('Asiakasnro')).toBe('patientId');
    expect(best('Asiakkaan nimi')).toBe('patientName');
    // the henkilötunnus beside it stays a national number
    expect(best('Henkilötunnus')).not.toBe('patientId');
  });
});
