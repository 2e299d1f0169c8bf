// Where the portal tells the patient to go, and whose address and e-mail it keeps. Before:
// - the patient's own home clinic (`Home Clinic`, `Preferred Location`, `Default Facility`,
//   `Patient Location`, `Primary Location` as Epic's PAT_PRIM_LOC names it) went as the
//   appointment's location, in a multi-site practice often another site than the visit's;
// - a `Location` column of operatories and chairs (`OP3`, `Chair 5`, `Exam Room 2`) told the patient
//   to go to `OP3`, naming no site;
// - the clinic's own address and e-mail (`Facility Address`, `Facility City`, `Clinic Email`, an XML
//   `Location/Address/Street`) went as the PATIENT's address and e-mail, every patient of the
//   clinic living at it.
// Now the first two are left out (the practice name goes, as for an export with no location) and
// a real location column beside them is taken; the place's details are never the patient's.
// Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { collect, expectValidXml } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('portal-place');
const opts = { timeZone: 'America/New_York', practiceName: 'Lakeside Family Medicine' };
const HEAD = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status';

describe("the patient's own location", () => {
  it.each(['Home Clinic', 'Preferred Location', 'Default Facility', 'Patient Location', 'Primary Location'])(
    "'%s' is never the appointment's location",
    async (header) => {
      const r = await collect(
        files.write([
          `${HEAD},${header}`,
          '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,North Clinic',
          '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,South Clinic',
        ]),
        opts,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.location)).toEqual([
        'Lakeside Family Medicine',
        'Lakeside Family Medicine',
      ]);
    },
  );

  it("beside the appointment's location, that one goes", async () => {
    const r = await collect(
      files.write([
        `${HEAD},Home Clinic,Facility`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,North Clinic,South Clinic',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.location)).toEqual(['South Clinic']);
  });
});

describe('a location column of rooms and chairs', () => {
  it('is not sent: the practice name goes', async () => {
    const r = await collect(
      files.write([
        `${HEAD},Location`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,OP3',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,Chair 5',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,"Lee, Kim",Scheduled,Exam Room 2',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.location)).toEqual([
      'Lakeside Family Medicine',
      'Lakeside Family Medicine',
      'Lakeside Family Medicine',
    ]);
  });

  it('a location of floors and pods is not sent either: the practice name goes', async () => {
    // `Floor 2` or `Pod A` on the portal would send the patient to a floor of a building it never
    // names; a site with its floor (`North Clinic Floor 2`) names one and goes (below).
    const r = await collect(
      files.write([
        `${HEAD},Location`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,Floor 2',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,Pod A',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,"Lee, Kim",Scheduled,3rd Floor',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.location)).toEqual([
      'Lakeside Family Medicine',
      'Lakeside Family Medicine',
      'Lakeside Family Medicine',
    ]);
  });

  it('a location of sites still goes, even one named Box Hill', async () => {
    const r = await collect(
      files.write([
        `${HEAD},Location`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,Box Hill',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,North Clinic Room 2',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,"Lee, Kim",Scheduled,North Clinic Floor 2',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.location)).toEqual([
      'Box Hill',
      'North Clinic Room 2',
      'North Clinic Floor 2',
    ]);
  });
});

describe("the place's address and e-mail", () => {
  it("are never the patient's", async () => {
    const r = await collect(
      files.write([
        `${HEAD},Facility,Facility Address,Facility City,Facility State,Facility Zip,Clinic Email`,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,North Clinic,12 Main St,Springfield,IL,62701,north@lakeside.example',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,South Clinic,40 Oak Ave,Shelbyville,IL,62565,south@lakeside.example',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.location, a.patient.address, a.patient.email])).toEqual([
      ['North Clinic', undefined, 'no-email@invalid'],
      ['South Clinic', undefined, 'no-email@invalid'],
    ]);
    const xml = expectValidXml(r.appointments);
    expect(xml).not.toContain('12 Main St');
    expect(xml).not.toContain('north@lakeside.example');
  });

  it("an XML record's Location/Address is not the patient's; Patient/Address is", async () => {
    const record = (id: string, patientAddress: string, street: string): string =>
      `<Appointment><ApptId>${id}</ApptId><ApptDate>12/08/2026</ApptDate><ApptTime>9:00 AM</ApptTime>` +
      `<Status>Scheduled</Status><Provider>Lee, Kim</Provider>` +
      `<Patient><Id>P${id}</Id><Name>Smith, Anna</Name><DOB>03/04/1980</DOB>${patientAddress}</Patient>` +
      `<Location><Name>North Clinic</Name><Address><Street>${street}</Street><City>Springfield</City>` +
      `<State>IL</State><Zip>62701</Zip></Address></Location></Appointment>`;
    const placeOnly = await collect(
      files.write(`<?xml version="1.0"?><Schedule>${record('1', '', '12 Main St')}</Schedule>`, 'xml'),
      opts,
    );
    expect(placeOnly.appointments.map((a) => [a.location, a.patient.address])).toEqual([
      ['North Clinic', undefined],
    ]);
    const home =
      '<Address><Street>5 Elm Rd</Street><City>Springfield</City><State>IL</State><Zip>62702</Zip></Address>';
    const both = await collect(
      files.write(`<?xml version="1.0"?><Schedule>${record('1', home, '12 Main St')}</Schedule>`, 'xml'),
      opts,
    );
    expect(both.appointments.map((a) => a.patient.address?.address1)).toEqual(['5 Elm Rd']);
  });
});
