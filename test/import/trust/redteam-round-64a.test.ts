// Red team, round 64a: what the blind layouts 466 (a Romanian clinic's programări), 467 (a
// Malaysian clinic's senarai temujanji) and 468 (a Pakistani evening OPD list) taught.
//   A. A name with a patronymic mark (`Muhammad Hafiz bin Abdullah`, `Rajeswari a/p Muniandy`) is
//      given names, then the mark and the father's name: `Hafiz` had been dropped as a middle name
//      (a wrong send once the file was confirmed), and in Malaysia's zone every such name was
//      asked about as maybe family name first. `LEE BIN HONG` (Bin a Chinese given syllable after
//      one word) is still asked.
//   B. Malay headers (Tarikh, Masa, Nama Pesakit, Tarikh Lahir, Bil, No. K/P) and statuses
//      (Dijadual, Hadir, Tidak Hadir); Romanian `Nr. fișă` (the patient's file number), `Nr. crt.`
//      (a row counter) and `Prezentat` (came); `Checked` (South Asian OPD: seen). `Reprogramat`
//      stays asked (a moved visit, as the earlier rounds keep it).
//   C. A Pakistani OPD list's daily `Token #` (1, 2, 3 again each day) is no appointment id.
// Every expected value was worked out by hand before the first run. Zones, by hand: Kuala Lumpur
// UTC+08:00 all year; Karachi UTC+05:00 all year (no DST since 2009); Bucharest EET (+02:00) until
// 03:00 on Sunday 29 March 2026, EEST (+03:00) after.
import { describe, expect, it } from 'vitest';
import { splitName } from '../../../main/import/map/names.ts';
import { classifyBuiltInStatus } from '../../../main/import/map/status-vocabulary.ts';
import { best } from '../map/best-field.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-64a');
const names = (r: Awaited<ReturnType<typeof collect>>): string[][] =>
  r.appointments.map((a) => [a.patient.firstName, a.patient.lastName]);

describe('A. names with a patronymic mark', () => {
  it.each([
    ['MUHAMMAD HAFIZ BIN ABDULLAH', 'Muhammad Hafiz', 'bin Abdullah'],
    ['NUR AISYAH BINTI KAMARUDDIN', 'Nur Aisyah', 'binti Kamaruddin'],
    ['Siti binti Abdul Rahman', 'Siti', 'binti Abdul Rahman'], // the father's name of two words
    ['Nur Aisyah binte Rahmat', 'Nur Aisyah', 'binte Rahmat'],
    ['RAJESWARI A/P MUNIANDY', 'Rajeswari', 'a/p Muniandy'],
    ['Ravi Shankar s/o Kumar', 'Ravi Shankar', 's/o Kumar'],
    ['Siti Aminah binti YUSOF', 'Siti Aminah', 'binti Yusof'], // capitals after the mark: still his
  ])('%s: first %s, last %s, nothing left out', (raw, first, last) => {
    expect(splitName(raw, 'auto')).toEqual({ first, last });
    // the mark shows the order: a last-first setting does not turn it round
    expect(splitName(raw, 'last-first')).toEqual({ first, last });
  });

  it('a Malaysian list of Malay and Indian names goes without a question, each name whole', async () => {
    const r = await collect(
      files.write([
        'Tarikh,Masa,Nama Pesakit,No. K/P,No. MRN,Tarikh Lahir,Doktor,Status',
        '02/03/2026,9:00 AM,MUHAMMAD HAFIZ BIN ABDULLAH,900825-10-5531,MRN-004213,25/08/1990,Dr. Lim,Hadir',
        '02/03/2026,10:30 AM,NUR AISYAH BINTI KAMARUDDIN,950412-14-6678,MRN-005120,12/04/1995,Dr. Lim,Tidak Hadir',
        '10/03/2026,5:30 PM,RAJESWARI A/P MUNIANDY,720309-08-5122,MRN-001877,09/03/1972,Dr. Lim,Batal',
      ]),
      { timeZone: 'Asia/Kuala_Lumpur' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(names(r)).toEqual([
      ['Muhammad Hafiz', 'bin Abdullah'],
      ['Nur Aisyah', 'binti Kamaruddin'],
      ['Rajeswari', 'a/p Muniandy'],
    ]);
    expect(r.appointments.map((a) => [a.status, a.patient.patientId, a.patient.dob])).toEqual([
      ['NEW', 'MRN-004213', '1990-08-25'],
      ['NEW', 'MRN-005120', '1995-04-12'],
      ['CANCEL', 'MRN-001877', '1972-03-09'],
    ]);
    // 9:00 AM and 5:30 PM at UTC+08:00
    expect(r.appointments[0]!.start.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(r.appointments[2]!.start.toISOString()).toBe('2026-03-10T09:30:00.000Z');
  });

  it('in London too: a Malay patient had gone as Muhammad / Nur, with no question (a wrong send)', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient Name,MRN,DOB,Status',
        '02/03/2026,9:00 AM,Muhammad Hafiz bin Abdullah,M1,25/08/1990,Booked',
        '02/03/2026,9:30 AM,Nur Aisyah binti Kamaruddin,M2,12/04/1995,Booked',
        '02/03/2026,10:00 AM,Oliver Smith,M3,13/04/1995,Booked',
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(names(r)).toEqual([
      ['Muhammad Hafiz', 'bin Abdullah'],
      ['Nur Aisyah', 'binti Kamaruddin'],
      ['Oliver', 'Smith'],
    ]);
  });

  it('a Chinese name with Bin after one word (LEE BIN HONG) is still asked in Malaysia', async () => {
    const r = await collect(
      files.write([
        'Tarikh,Masa,Nama Pesakit,No. MRN,Tarikh Lahir,Status',
        '02/03/2026,9:00 AM,MUHAMMAD HAFIZ BIN ABDULLAH,MRN-004213,25/08/1990,Dijadual',
        '02/03/2026,9:30 AM,LEE BIN HONG,MRN-006001,14/02/1983,Dijadual',
      ]),
      { timeZone: 'Asia/Kuala_Lumpur' },
    );
    expect(r.summary.doubts.map((d) => d.field)).toContain('patientName');
  });
});

describe('B. Malay and Romanian headers and statuses', () => {
  it.each([
    ['Tarikh', 'date'],
    ['Masa', 'time'],
    ['Nama Pesakit', 'patientName'],
    ['Tarikh Lahir', 'dob'],
    ['Nr. fișă', 'patientId'],
    ['Nr. fișă pacient', 'patientId'],
    ['Fișa pacientului', 'patientId'],
  ])('%s names %s', (header, field) => {
    expect(best(header)).toBe(field);
  });

  it.each(['Bil', 'No. K/P', 'Nr. crt.'])('%s is neither id', (header) => {
    expect(['appointmentId', 'patientId']).not.toContain(best(header));
  });

  it.each([
    ['Prezentat', 'NEW'],
    ['Dijadual', 'NEW'],
    ['Hadir', 'NEW'],
    ['Tidak Hadir', 'NEW'], // did not attend: a no-show, still a booking
    ['Checked', 'NEW'],
    ['Batal', 'CANCEL'],
    ['Reprogramat', 'unknown'], // moved: still asked
    ['Not Checked', 'unknown'],
  ])('%s is %s', (word, meaning) => {
    expect(classifyBuiltInStatus(word)).toBe(meaning);
  });

  it('a Romanian list keyed by Nr. fișă goes without a question, across the clock change', async () => {
    const r = await collect(
      files.write([
        'Nr. crt.;Data;Ora;Nume;Prenume;CNP;Data nașterii;Nr. fișă;Stare',
        '1;27.03.2026;08:30;POPESCU;Ion;1750314123456;14.03.1975;F-1182;Prezentat',
        '2;30.03.2026;08:00;ȘTEFĂNESCU;Andrei Mihai;5080111123459;11.01.2008;F-3310;Confirmat',
        '3;30.03.2026;17:30;POPESCU;Ion;1750314123456;14.03.1975;F-1182;Programat',
      ]),
      { timeZone: 'Europe/Bucharest' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.patientId, a.patient.firstName, a.patient.lastName])).toEqual(
      [
        ['F-1182', 'Ion', 'Popescu'],
        ['F-3310', 'Andrei Mihai', 'Ștefănescu'],
        ['F-1182', 'Ion', 'Popescu'],
      ],
    );
    // 08:30 EET is 06:30Z; 08:00 EEST is 05:00Z
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2026-03-27T06:30:00.000Z',
      '2026-03-30T05:00:00.000Z',
      '2026-03-30T14:30:00.000Z',
    ]);
    // Nr. crt. is a row counter: no appointment goes under 1, 2 or 3, and Ion's two visits differ
    const ids = r.appointments.map((a) => a.appointmentId);
    for (const id of ids) expect(['1', '2', '3']).not.toContain(id);
    expect(new Set(ids).size).toBe(3);
  });
});

describe("C. a Pakistani OPD list's daily token", () => {
  it('Token # (1, 2 and 1 again the next day) is no appointment id', async () => {
    const r = await collect(
      files.write([
        'Token #,MR No,Patient Name,Father/Husband Name,DOB,Appt Date,Appt Time,Status',
        '1,MR-25-00412,Ayesha Siddiqui,Kamran Siddiqui,14-Aug-1988,02-Mar-2026,05:30 PM,Checked',
        '2,MR-26-00051,Sana Malik,Adeel Malik,22-Nov-1994,02-Mar-2026,07:45 PM,Cancelled',
        '1,MR-25-00412,Ayesha Siddiqui,Kamran Siddiqui,14-Aug-1988,04-Mar-2026,06:00 PM,Pending',
      ]),
      { timeZone: 'Asia/Karachi' },
    );
    // nothing here is unsure: AM/PM written, two-word names, known statuses
    expect(r.summary.doubts).toEqual([]);
    const ids = r.appointments.map((a) => a.appointmentId);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(['1', '2']).not.toContain(id);
    expect(names(r)).toEqual([
      ['Ayesha', 'Siddiqui'],
      ['Sana', 'Malik'],
      ['Ayesha', 'Siddiqui'],
    ]);
    // 5:30 PM at UTC+05:00 is 12:30Z; 6:00 PM on the 4th 13:00Z
    expect(r.appointments[0]!.start.toISOString()).toBe('2026-03-02T12:30:00.000Z');
    expect(r.appointments[2]!.start.toISOString()).toBe('2026-03-04T13:00:00.000Z');
  });
});
