// What the blind layouts 227 to 231 taught: Spanish `No acude` (the patient does not come: a
// missed booking, still an appointment), a patient's `File No.` (the number of the patient's file
// in Middle Eastern, Indian, African and Philippine clinics: the patient id, never the
// appointment's) and a Romanian list (`Nume`, `Prenume`, `Data`, `Ora`, `Medic`, `Stare`; the
// `CNP` a national number). Every expected value is worked out by hand.
import { describe, expect, it } from 'vitest';
import { headerRowConcepts } from '../../../main/import/map/header-meaning.ts';
import { headerNameOrder } from '../../../main/import/map/header-name-order.ts';
import { classifyBuiltInStatus } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('romanian-file-no');

describe('Spanish `No acude`', () => {
  it.each([
    ['No acude', 'NEW'],
    ['NO ACUDE', 'NEW'],
    ['No acudió', 'NEW'],
    ['No asistió', 'NEW'],
    ['No se presentó', 'NEW'],
    ['Pagada', 'NEW'], // Clinic Cloud: seen and paid
    ['Anulada', 'CANCEL'],
  ])('%s is %s', (word, meaning) => {
    expect(classifyBuiltInStatus(word)).toBe(meaning);
  });

  it('a Clinic Cloud list with No Acude goes without a question, the no-show as a live booking', async () => {
    const r = await collect(
      files.write([
        'Fecha;Hora;Nombre;Apellidos;Fecha Nacimiento;Profesional;Estado',
        '15/03/2027;09:30;Lucía;García Pérez;12/05/1988;Dra. Marta Ruiz;Realizada',
        '15/03/2027;10:00;Javier;López Martín;03/11/1975;Dra. Marta Ruiz;No acude',
        '15/03/2027;10:30;Elena;Sánchez Gil;21/08/1992;Dra. Marta Ruiz;Anulada',
      ]),
      { timeZone: 'Europe/Madrid' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'CANCEL']);
    // Madrid is UTC+1 until 28 March 2027: 10:00 is 09:00 UTC
    expect(r.appointments[1]!.start.toISOString()).toBe('2027-03-15T09:00:00.000Z');
  });
});

describe("the patient's file number", () => {
  it.each(['File No.', 'File Number', 'File #', 'Patient File No'])('%s is the patient id', (header) => {
    const [concepts] = headerRowConcepts([header, 'Date', 'Time']);
    expect(concepts!.has('patient')).toBe(true);
    expect(concepts!.has('appt')).toBe(false);
  });

  it('a clinic list keyed by File No. goes without a question, the file number as the patient id', async () => {
    const r = await collect(
      files.write([
        'Date,Time,File No.,Patient Name,DOB,Doctor,Status',
        '29/03/2027,10:30,F-10234,Ahmed Al Mansoori,03/11/1996,Dr. Rao,Confirmed',
        '29/03/2027,11:00,F-10235,Fatima Khan,05/06/1980,Dr. Rao,Confirmed',
        '30/03/2027,09:00,F-10234,Ahmed Al Mansoori,03/11/1996,Dr. Rao,Confirmed',
      ]),
      { timeZone: 'Asia/Dubai' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['F-10234', 'F-10235', 'F-10234']);
    // the file number is no appointment's id: one patient's two visits are two appointments
    expect(r.appointments.map((a) => a.appointmentId)).not.toContain('F-10234');
    expect(new Set(r.appointments.map((a) => a.appointmentId)).size).toBe(3);
    // Dubai is UTC+4 all year: 10:30 is 06:30 UTC
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-29T06:30:00.000Z');
  });
});

describe('a Romanian list', () => {
  it('Nume beside Prenume is the family name, alone or with the patient the whole name; CNP is national', () => {
    const [nume, prenume, , cnp] = headerRowConcepts(['Nume', 'Prenume', 'Data', 'CNP']);
    expect(nume).toEqual(new Set(['last', 'name']));
    expect(prenume).toEqual(new Set(['first', 'name']));
    expect(cnp).toEqual(new Set(['insurance']));
    expect(headerRowConcepts(['Nume', 'Data'])[0]).toEqual(new Set(['name', 'full']));
    expect(headerRowConcepts(['Nume pacient', 'Data'])[0]!.has('full')).toBe(true);
    expect(headerNameOrder('Nume și prenume')).toBe('last-first');
  });

  it.each([
    ['Programat', 'NEW'],
    ['Confirmată', 'NEW'],
    ['Sosit', 'NEW'],
    ['Finalizată', 'NEW'],
    ['Neprezentat', 'NEW'], // a no-show: the appointment existed
    ['Nu s-a prezentat', 'NEW'],
    ['Anulat', 'CANCEL'],
    ['Anulată', 'CANCEL'],
    ['Reprogramat', 'unknown'], // moved: asked
  ])('%s is %s', (word, meaning) => {
    expect(classifyBuiltInStatus(word)).toBe(meaning);
  });

  it('goes without a question; the CNP is never the patient id', async () => {
    const r = await collect(
      files.write([
        'Data;Ora;Nume;Prenume;CNP;Data nașterii;Medic;Stare',
        '29.03.2027;10:30;Popescu;Ion;1800101123456;01.01.1980;Dr. Ionescu;Confirmat',
        '29.03.2027;11:00;Ionescu;Maria;2850202123457;02.02.1985;Dr. Ionescu;Anulată',
        '29.03.2027;11:30;Dumitrescu;Andrei;5010315123458;15.03.2001;Dr. Ionescu;Neprezentat',
      ]),
      { timeZone: 'Europe/Bucharest' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(
      r.appointments.map((a) => [a.status, a.patient.firstName, a.patient.lastName, a.patient.dob]),
    ).toEqual([
      ['NEW', 'Ion', 'Popescu', '1980-01-01'],
      ['CANCEL', 'Maria', 'Ionescu', '1985-02-02'],
      ['NEW', 'Andrei', 'Dumitrescu', '2001-03-15'],
    ]);
    expect(r.appointments.map((a) => a.patient.patientId)).not.toContain('1800101123456');
    expect(r.appointments[0]!.participant.providerName).toBe('Dr. Ionescu');
    // Bucharest moves to summer time (UTC+3) on 28 March 2027: 10:30 on the 29th is 07:30 UTC
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-29T07:30:00.000Z');
  });
});
