// A two-letter weekday that names other days in the languages read: `Do` is Thursday in German
// and Dutch (Donnerstag, donderdag), Sunday in Spanish, Italian and Portuguese (domingo,
// domenica). A Spanish agenda's Sunday clinic, `Do 11/04/2027`, had been read as Thursday: only
// month-first (4 November 2027, a Thursday) fitted it, so the whole file went month-first, its
// appointments seven months late and its birth dates swapped. Expected values worked out by hand.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('Do beside a date is Thursday or Sunday', () => {
  it('a Spanish agenda of Sunday 11 April 2027 goes day-first, as Madrid writes dates', async () => {
    const file = path.join(dir, 'agenda-domingo.csv');
    fs.writeFileSync(
      file,
      [
        'Fecha,Hora,Paciente,Fecha de nacimiento,Profesional,Estado',
        'Do 11/04/2027,10:00,"García, María",10/05/1980,Dra. López,Confirmada',
        'Do 11/04/2027,10:30,"Pérez, Juan",03/02/1975,Dra. López,Confirmada',
      ].join('\r\n') + '\r\n',
    );
    const r = await collect(file, { timeZone: 'Europe/Madrid' });
    expect(r.summary.doubts).toEqual([]);
    // 11 April 2027 10:00 CEST (+02:00); born 10 May 1980 and 3 February 1975
    expect(r.appointments.map((a) => [a.start.toISOString(), a.patient.dob])).toEqual([
      ['2027-04-11T08:00:00.000Z', '1980-05-10'],
      ['2027-04-11T08:30:00.000Z', '1975-02-03'],
    ]);
  });

  it('a German Do. before a dotted date stays Thursday', async () => {
    const file = path.join(dir, 'termine.csv');
    fs.writeFileSync(
      file,
      [
        'Datum;Uhrzeit;Patient;Geburtsdatum;Behandler;Status',
        'Do. 08.04.2027;09:00;"Müller, Anna";14.03.1978;Dr. Weber;bestätigt',
      ].join('\r\n') + '\r\n',
    );
    const r = await collect(file, { timeZone: 'Europe/Berlin' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual(['2027-04-08T07:00:00.000Z']);
  });
});
