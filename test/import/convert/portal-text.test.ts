// What text reaches the patient portal as the appointment's type, reason and description. A note,
// comment or memo ABOUT the type, the reason or the place (`Type Notes`, `Procedure Notes`,
// `Facility Note`, `Description Comments`) is still the front desk's words (`owes $240 collect
// first`, `pt very anxious`): before, the first word of its header made it the type, description
// or location, and the portal showed it. A clinical finding (`Chief Complaint`, CollaborateMD's
// "Chief Comp.", `Presenting Complaint`, `Reason/Diagnosis`, `Beschwerden`) is the chart's, not
// why the visit was booked: before, it went as the Reason and the Description. So did a reason the
// header marks as kept from the patient (`Internal Reason`, `Confidential Reason`), and a chart
// alert's or flag's kind went as the type (`Alert Type` = `Balance due`). Now none is
// sent: the type is the export's type column, else APPOINTMENT; the description the reason, else
// the type. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { collect, expectValidXml } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('portal-text');
const opts = { timeZone: 'America/New_York' };

describe('staff notes about the type, the service or the place', () => {
  it.each(['Type Notes', 'Appt Type Comment', 'Service Notes', 'Procedure Notes', 'Description Comments'])(
    "'%s' is never sent as the type or the description",
    async (header) => {
      const r = await collect(
        files.write([
          `Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,${header}`,
          '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,owes $240 collect first',
          '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,pt very anxious',
        ]),
        opts,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => [a.type, a.description])).toEqual([
        ['APPOINTMENT', 'APPOINTMENT'],
        ['APPOINTMENT', 'APPOINTMENT'],
      ]);
      const xml = expectValidXml(r.appointments);
      expect(xml).not.toContain('owes');
      expect(xml).not.toContain('anxious');
    },
  );

  it("a 'Facility Note' is not the location: the practice name goes", async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,Appt Type,Facility Note',
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,Follow Up,Do not schedule with Dr X',
      ]),
      { ...opts, practiceName: 'Lakeside Family Medicine' },
    );
    expect(r.appointments.map((a) => [a.type, a.location])).toEqual([
      ['Follow Up', 'Lakeside Family Medicine'],
    ]);
  });
});

describe('text the header keeps from the patient', () => {
  it.each(['Internal Reason', 'Reason (Private)', 'Confidential Reason', 'Alert Type', 'Flag Type'])(
    "'%s' is never sent as the type, the reason or the description",
    async (header) => {
      const r = await collect(
        files.write([
          `Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,${header}`,
          '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,Balance due - collect $240',
          '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,Aggressive - 2 staff',
        ]),
        opts,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => [a.type, a.reason, a.description])).toEqual([
        ['APPOINTMENT', undefined, 'APPOINTMENT'],
        ['APPOINTMENT', undefined, 'APPOINTMENT'],
      ]);
    },
  );
});

describe('a clinical finding', () => {
  it.each(['Chief Complaint', 'Presenting Complaint', 'Reason/Diagnosis', 'Symptoms', 'Beschwerden'])(
    "'%s' is never sent as the reason or the description",
    async (header) => {
      const r = await collect(
        files.write([
          `Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,Appt Type,${header}`,
          '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,Follow Up,HIV f/u',
          '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,Office Visit,depression med check',
        ]),
        opts,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => [a.type, a.reason, a.description])).toEqual([
        ['Follow Up', undefined, 'Follow Up'],
        ['Office Visit', undefined, 'Office Visit'],
      ]);
      const xml = expectValidXml(r.appointments);
      expect(xml).not.toContain('HIV');
      expect(xml).not.toContain('depression');
    },
  );

  it('a visit reason still goes as the reason and the description', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,Appt Type,Reason for Visit',
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,Follow Up,Annual physical',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => [a.reason, a.description])).toEqual([
      ['Annual physical', 'Annual physical'],
    ]);
  });
});

describe('a code where the text would be', () => {
  it("an 'Appt Type' of numbers and a 'Reason Code' are never sent: their words are elsewhere", async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,Appt Type,Reason Code',
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,12,FU',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,7,NP',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.type, a.reason, a.description])).toEqual([
      ['APPOINTMENT', undefined, 'APPOINTMENT'],
      ['APPOINTMENT', undefined, 'APPOINTMENT'],
    ]);
  });

  it('beside a type number, the type name goes', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,Appt Type,Appt Type Name',
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,12,Follow Up',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.type)).toEqual(['Follow Up']);
  });
});
