// A patient marked deceased in a column beside a booked appointment: a date of death (Cerner's
// DECEASED_DT_TM, `Date of Death`), a deceased flag, or the patient's status. The appointment
// status still said Scheduled, and the row went as NEW: a portal appointment that reaches the
// family. Expected lines written by hand from each fixture.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const DECEASED = 'the patient is marked deceased';

function write(name: string, lines: string[]): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, lines.join('\r\n'));
  return f;
}

describe('a column that marks the patient deceased', () => {
  it("refuses a booked row with Cerner's DECEASED_DT_TM filled", async () => {
    const r = await collect(
      write('cerner.csv', [
        'SCH_EVENT_ID,BEG_DT_TM,PERSON_ID,NAME_FULL_FORMATTED,BIRTH_DT_TM,DECEASED_DT_TM,PROVIDER,SCH_STATE_DISP',
        '5512001,12/14/2026 09:00,880011,"CARTER, EMILY",04/11/1992 00:00,,"LEE MD, ANNA",Confirmed',
        '5512002,12/14/2026 09:30,880012,"YOUNG, PAUL",09/19/1940 00:00,11/20/2026 14:32,"LEE MD, ANNA",Confirmed',
        '5512003,12/14/2026 10:00,880013,"BELL, MARCUS",02/07/1987 00:00,,"LEE MD, ANNA",Confirmed',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.errors.map((e) => [e.line, e.column, e.value, e.message, e.appointmentId])).toEqual([
      [3, 'DECEASED_DT_TM', '11/20/2026 14:32', DECEASED, '5512002'],
    ]);
    expect(r.errors[0]!.hint).toMatch(/^Cancel the appointment in the scheduling software/);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['5512001', '5512003']);
  });

  it('refuses a booked row whose Date of Death is filled, and sends its cancellation', async () => {
    const r = await collect(
      write('dod.csv', [
        'Appt Date,Appt Time,Provider,Patient,DOB,Date of Death,Appt Status',
        '12/14/2026,9:00 AM,"Lee, Anna MD","Carter, Emily",04/11/1992,,Scheduled',
        '12/14/2026,9:30 AM,"Lee, Anna MD","Young, Paul",09/19/1940,11/20/2026,Scheduled',
        '12/14/2026,10:00 AM,"Lee, Anna MD","Bell, Marcus",02/07/1987,NULL,Confirmed',
        '12/15/2026,9:30 AM,"Lee, Anna MD","Young, Paul",09/19/1940,11/20/2026,Cancelled',
        '12/15/2026,10:00 AM,"Lee, Anna MD","Hughes, Nora",06/21/1955,01/01/1900,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.column, e.value, e.message])).toEqual([
      [3, 'Date of Death', '11/20/2026', DECEASED],
    ]);
    // NULL and the placeholder date 01/01/1900 say no death.
    expect(r.appointments.map((a) => `${a.status} ${a.patient.lastName}`)).toEqual([
      'NEW Carter',
      'NEW Bell',
      'CANCEL Young',
      'NEW Hughes',
    ]);
  });

  it('refuses a booked row whose Patient Status says Deceased; Inactive goes', async () => {
    const r = await collect(
      write('patstatus.csv', [
        'Appt Date,Appt Time,Provider,Patient,DOB,Patient Status,Appt Status',
        '12/14/2026,9:00 AM,"Lee, Anna MD","Carter, Emily",04/11/1992,Active,Scheduled',
        '12/14/2026,9:30 AM,"Lee, Anna MD","Young, Paul",09/19/1940,Deceased,Scheduled',
        '12/14/2026,10:00 AM,"Lee, Anna MD","Bell, Marcus",02/07/1987,Inactive,Confirmed',
        '12/14/2026,10:30 AM,"Lee, Anna MD","Hughes, Nora",06/21/1955,Active,Cancelled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.column, e.value, e.message])).toEqual([
      [3, 'Patient Status', 'Deceased', DECEASED],
    ]);
    expect(r.appointments.map((a) => `${a.status} ${a.patient.lastName}`)).toEqual([
      'NEW Carter',
      'NEW Bell',
      'CANCEL Hughes',
    ]);
  });

  it('reads a deceased flag: Y refuses, N and Unknown go', async () => {
    const r = await collect(
      write('flag.csv', [
        'Appt Date,Appt Time,Provider,Patient,DOB,Deceased,Status',
        '12/14/2026,9:00 AM,"Lee, Anna MD","Carter, Emily",04/11/1992,N,Scheduled',
        '12/14/2026,9:30 AM,"Lee, Anna MD","Young, Paul",09/19/1940,Y,Scheduled',
        '12/14/2026,10:00 AM,"Lee, Anna MD","Bell, Marcus",02/07/1987,Unknown,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([[3, 'Deceased', 'Y']]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Carter', 'Bell']);
  });

  // TRICARE beneficiaries' `DoD ID` (10 digits) and `DOD Benefits Number` (11) had refused every
  // booked row as deceased: the Department of Defense's numbers are no date of death.
  it.each(['DoD ID', 'DOD_ID', 'DOD Benefits Number', 'Sponsor DOD ID'])(
    'sends the rows beside a %s',
    async (header) => {
      const r = await collect(
        write(`tricare-${header.replace(/\W+/g, '-')}.csv`, [
          `Appt Date,Appt Time,MRN,Patient Name,DOB,${header},Appt ID,Provider,Appt Status`,
          '03/02/2027,8:00 AM,100234,"Miller, James R",04/12/1986,1234567890,500101,"Ortiz, Sam MD",Booked',
          '03/02/2027,8:20 AM,100877,"Harris, Kayla",11/03/1991,12987654321,500102,"Ortiz, Sam MD",Booked',
        ]),
        { timeZone: 'America/New_York' },
      );
      expect(r.errors).toEqual([]);
      expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Miller', 'Harris']);
    },
  );

  it("reads a warehouse's high date 9999-12-31 and Not Applicable as no death", async () => {
    const r = await collect(
      write('high.csv', [
        'ApptId,PatientId,LastName,FirstName,BirthDate,DeathDate,IsDeceased,ApptDateTime,Provider,Status',
        '71001,2001,Carter,Emily,1984-05-02,9999-12-31,Not Applicable,2027-03-02 09:00,"Lee, Anna MD",Scheduled',
        '71002,2002,Ramos,Luis,1962-10-19,12/31/9999,N/A,2027-03-02 09:30,"Lee, Anna MD",Scheduled',
        '71003,2003,Okafor,Grace,1990-01-07,2026-11-20,,2027-03-02 10:00,"Lee, Anna MD",Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([[4, 'DeathDate', '2026-11-20']]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Carter', 'Ramos']);
  });
});
