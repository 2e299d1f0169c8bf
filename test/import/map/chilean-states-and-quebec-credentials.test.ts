// What the blind corpus layouts 200 to 203 taught: Reservo's (Chile) cita states `No llegó` (did
// not arrive: a missed booking, still an appointment) and `Suspendió` (called off: the slot is
// gone), and Quebec's physiotherapy titles after a name (`pht`, `T.R.P.`), which were read as a
// given name and shown first ("pht Marie-Ève Gagnon"). Every expected value is worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('chile-quebec');

describe("Reservo's cita states", () => {
  it('No llegó is a missed booking (NEW), Suspendió cancels; nothing is asked', async () => {
    const r = await collect(
      files.write([
        'Fecha;Hora;Nombre;Apellidos;Fecha Nacimiento;Profesional;Estado',
        '29-03-2027;10:30;Matías;Rojas Fuentes;03-11-1996;Dra. C. Muñoz;No llegó',
        '30-03-2027;16:00;Javiera;Contreras Díaz;27-06-1991;Dr. F. Araya;Suspendió',
      ]),
      { timeZone: 'America/Santiago' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
    // Chile keeps summer time (UTC-3) until 4 April 2027: 10:30 is 13:30 UTC
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-29T13:30:00.000Z');
  });
});

describe("Quebec's physiotherapy titles after the provider's name", () => {
  it.each([
    ['Marie-Ève Gagnon, pht', 'Marie-Ève Gagnon, pht'],
    ['Luc Pelletier, T.R.P.', 'Luc Pelletier, TRP'],
  ])('%s is shown as %s', async (provider, shown) => {
    const r = await collect(
      files.write([
        'Date;Heure;Nom;Prénom;Date de naissance;Intervenant;Statut',
        `2027-03-08;8 h 30;Tremblay;Jean-François;1979-05-21;${provider};Confirmé`,
        `2027-03-09;13 h 15;Côté;Olivier;1992-02-09;${provider};Annulé`,
      ]),
      { timeZone: 'America/Toronto' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([shown, shown]);
  });
});
