// A patient's courtesy title in a column of its own (`Title` = `Mrs`, `Master`, `Mr`), as UK
// optical, audiology and physiotherapy systems write it beside `Forename` / `Surname`: its header
// reads as an event's title, and before it went to the portal as the appointment type ("Mrs",
// "Master") while the export's own `Appointment Type` (`Sight Test`) was left out. A column of
// titles is never the type, reason or description. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('courtesy-title-column');

describe('a column of courtesy titles', () => {
  it("an optician's day list: the type is Sight Test, not Mrs", async () => {
    const f = files.write([
      'Date,Time,Patient No,Title,Forename,Surname,Date of Birth,Clinician,Branch,Appointment Type,Status',
      '08/12/2026,09:00,OP1021,Mrs,Susan,Hall,14/02/1956,Jane Smith,Reading,Sight Test,Arrived',
      '08/12/2026,09:30,OP1033,Master,Oliver,Hall,02/06/2017,Jane Smith,Reading,Child Sight Test,Booked',
      '08/12/2026,10:00,OP1040,Mr,Peter,King,30/09/1949,Mark Jones,Reading,Spectacle Collection,Cancelled',
      '08/12/2026,10:30,OP1052,Ms.,Anita,Rao,11/11/1985,Amy Patel,Newbury,Contact Lens Aftercare,Booked',
    ]);
    const r = await collect(f, { timeZone: 'Europe/London' });
    expect(r.summary.doubts).toEqual([]);
    // December in London is GMT: 09:00 is 09:00 UTC.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.type, a.status, a.patient.firstName])).toEqual(
      [
        ['2026-12-08T09:00:00.000Z', 'Sight Test', 'NEW', 'Susan'],
        ['2026-12-08T09:30:00.000Z', 'Child Sight Test', 'NEW', 'Oliver'],
        ['2026-12-08T10:00:00.000Z', 'Spectacle Collection', 'CANCEL', 'Peter'],
        ['2026-12-08T10:30:00.000Z', 'Contact Lens Aftercare', 'NEW', 'Anita'],
      ],
    );
  });

  it('without a type column the titles are not sent as one either', async () => {
    const f = files.write([
      'Date,Time,Patient No,Title,Forename,Surname,Date of Birth,Clinician,Status',
      '08/12/2026,09:00,OP1021,Mrs,Susan,Hall,14/02/1956,Jane Smith,Arrived',
      '08/12/2026,09:30,OP1033,Master,Oliver,Hall,02/06/2017,Jane Smith,Booked',
    ]);
    const r = await collect(f, { timeZone: 'Europe/London' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.type)).toEqual(['APPOINTMENT', 'APPOINTMENT']);
  });

  it("an event's title of words goes as the type, as before", async () => {
    const f = files.write([
      'Title,Start Date,Start Time,Patient ID,First Name,Last Name,DOB,Provider',
      'New Patient Consult,12/08/2026,9:00 AM,P1,Anna,Smith,03/04/1980,"Lee, Kim"',
      'Follow-up,12/08/2026,9:30 AM,P2,Bob,Jones,05/06/1970,"Lee, Kim"',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.appointments.map((a) => a.type)).toEqual(['New Patient Consult', 'Follow-up']);
  });
});

// An occupational-health list writes the patient's job beside the employer (`Job Title` =
// `Forklift Operator`): by its `Title` it had gone to the portal as the appointment type.
describe("the patient's job", () => {
  it.each(['Job Title', 'Job', 'Employee Job Title'])("'%s' is never the type", async (header) => {
    const f = files.write([
      `Visit Date,Visit Time,Patient Name,DOB,Employer,${header},Provider,Clinic,Status`,
      '12/08/2026,07:30,"Fields, Marcus",08/19/1979,Acme Logistics,Forklift Operator,"Grant, Helen PA-C",Eastside,Scheduled',
      '12/08/2026,08:00,"Owens, Tara",01/07/1992,Baker Foods,Line Supervisor,"Grant, Helen PA-C",Eastside,Canceled',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    // 07:30 and 08:00 EST (UTC-5) on 8 December 2026.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.type, a.description, a.status])).toEqual([
      ['2026-12-08T12:30:00.000Z', 'APPOINTMENT', 'APPOINTMENT', 'NEW'],
      ['2026-12-08T13:00:00.000Z', 'APPOINTMENT', 'APPOINTMENT', 'CANCEL'],
    ]);
  });
});
