// Chile's RUT (`12.345.678-5`, the number and its check digit) is the state's number for a person,
// like Brazil's CPF or Sweden's personnummer: never taken as the practice's patient id, and no
// longer asked about as one because its values follow the patients one-to-one.
// Expected by hand: Santiago in mid-March 2027 is on summer time (UTC-3): 09:00 is 12:00Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('chile-rut');

describe("a Chilean list keyed by the patient's RUT", () => {
  it('goes without asking, the RUT not sent as the patient id', async () => {
    const f = files.write([
      'RUT,Nombre,Apellido Paterno,Fecha de nacimiento,Fecha,Hora,Profesional,Estado',
      '12.345.678-5,Ana,Soto,02/01/1970,15/03/2027,09:00,Dra. Rojas,Confirmada',
      '9.876.543-3,Juan,Pérez,04/03/1980,15/03/2027,09:30,Dra. Rojas,Confirmada',
      '12.345.678-5,Ana,Soto,02/01/1970,16/03/2027,09:00,Dra. Rojas,Confirmada',
      '11.111.111-1,Eva,Díaz,05/06/1990,16/03/2027,10:00,Dra. Rojas,Confirmada',
    ]);
    const r = await collect(f, { timeZone: 'America/Santiago' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T12:00:00.000Z',
      '2027-03-15T12:30:00.000Z',
      '2027-03-16T12:00:00.000Z',
      '2027-03-16T13:00:00.000Z',
    ]);
    const ids = r.appointments.map((a) => a.patient.patientId);
    expect(ids.some((id) => id.includes('345'))).toBe(false);
    // Ana's two visits are one patient
    expect(ids[0]).toBe(ids[2]);
  });
});
