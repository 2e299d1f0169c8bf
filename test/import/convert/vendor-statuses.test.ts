// Status words of vendors' default lists that were asked about although their help says what each
// means: Dentrix's ten defaults (every one a booked appointment), Dentally's "In Surgery",
// MedicalDirector's "In Consult", Best Practice's "At billing", MyPractice's "Not Arrived" and
// "Notes Open", the clinic codes FTA, UTA, CNA and DNW. A status no list knows is still asked.
// Outcomes by hand.
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../trust/export-files.ts';
import { collect } from './support.ts';

const files = exportFiles('vendor-statuses');

/** A Dentrix Appointment List as the hunt found it: title lines, then one row per status. */
function dentrix(statuses: string[]): string {
  return files.write([
    'Appointment List',
    'Maple Grove Family Dentistry',
    'Date Range: 03/02/2027 - 03/02/2027',
    '"Appt Date","Time","Patient Name","Chart #","Birth Date","Provider","Operatory","Status","Reason"',
    ...statuses.map(
      (s, i) =>
        `"03/02/2027","8:${String(i * 5).padStart(2, '0')} AM","PATIENT${String.fromCharCode(65 + i)}, ANN","CH${100 + i}","04/11/19${50 + i}","DDS1","OP-1","${s}","PROPH"`,
    ),
  ]);
}

describe("vendors' default statuses", () => {
  it("sends Dentrix's defaults as booked appointments, without a question", async () => {
    const defaults = [
      '??????',
      'FIRM',
      'FIRM-E',
      'EMERGENCY',
      'HERE',
      'READY',
      'LMM',
      'LMP',
      'MULTI',
      'NOFLEX',
    ];
    const r = await collect(dentrix(defaults), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(defaults.map(() => 'NEW'));
  });

  it('still asks about a status no list knows', async () => {
    const r = await collect(dentrix(['FIRM', 'LMM', 'VIP']), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: ['VIP'] }]);
  });

  it("sends Dentally's 'In Surgery' and MedicalDirector's 'In Consult' as booked", async () => {
    const f = files.write([
      'Date,Start time,Patient,Date of birth,Practitioner,Status',
      '02/03/2027,08:30,Mr Callum Reid,12/04/1983,Dr Hannah Brooks,In Surgery',
      '02/03/2027,09:00,Mrs Anita Kowalska,03/11/1975,Dr Hannah Brooks,In Consult',
      '02/03/2027,09:30,Miss Olivia Turner,21/06/2012,Dr Hannah Brooks,Cancelled',
    ]);
    const r = await collect(f, { timeZone: 'Europe/London' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'CANCEL']);
  });

  it("sends Best Practice's day list (Sydney) without a question: At billing is a visit done", async () => {
    const f = files.write([
      'Appointment Date,Appointment Time,Patient,DOB,Provider,Appointment Type,Status',
      '15/03/2027,9:00 AM,Jane Citizen,12/05/1980,Dr Anna Lee,Standard appointment,Completed',
      '15/03/2027,9:15 AM,Minh Nguyen,21/11/1990,Dr Anna Lee,Standard appointment,At billing',
      '15/03/2027,9:30 AM,Karen Smith,07/07/1962,Dr Anna Lee,Long appointment,With doctor',
      '15/03/2027,10:00 AM,Oliver Brown,03/09/2015,Dr Anna Lee,Standard appointment,Waiting',
      '15/03/2027,10:15 AM,Ruth Jones,01/02/1977,Dr Anna Lee,Standard appointment,FTA',
      '15/03/2027,10:30 AM,Tom Hill,14/08/1988,Dr Anna Lee,Standard appointment,DNW',
      '15/03/2027,10:45 AM,Amy Wong,22/10/1995,Dr Anna Lee,Standard appointment,UTA',
      '15/03/2027,11:00 AM,Sam Price,30/06/1970,Dr Anna Lee,Standard appointment,CNA',
    ]);
    const r = await collect(f, { timeZone: 'Australia/Sydney' });
    expect(r.summary.doubts).toEqual([]);
    // A no-show (FTA) and a patient who did not wait were booked; UTA and CNA freed the slot.
    expect(r.appointments.map((a) => a.status)).toEqual([
      'NEW',
      'NEW',
      'NEW',
      'NEW',
      'NEW',
      'NEW',
      'CANCEL',
      'CANCEL',
    ]);
  });

  it("sends MyPractice's day (Auckland) as booked: Not Arrived, Arrived, Notes Open, Seen, Left", async () => {
    const f = files.write([
      'Date,Time,Patient,Patient ID,DOB,Provider,Status',
      '15/03/2027,09:00,"Aroha Te Whata",P1001,12/05/1980,Dr Hemi Walker,Not Arrived',
      '15/03/2027,09:15,"Liam Smith",P1002,03/09/2015,Dr Hemi Walker,Arrived',
      '15/03/2027,09:30,"Mere Ngata",P1003,21/11/1990,Dr Hemi Walker,Notes Open',
      '15/03/2027,09:45,"Tom Brown",P1004,07/07/1962,Dr Hemi Walker,Seen',
      '15/03/2027,10:00,"Sione Tupou",P1005,01/02/1977,Dr Hemi Walker,Left',
    ]);
    const r = await collect(f, { timeZone: 'Pacific/Auckland' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW', 'NEW', 'NEW']);
  });

  // Halaxy's "Non-Attendance" is its no-show (support.halaxy.com, FAQ: Appointments: "How do I
  // record that the patient didn't show up … select Non-Attendance"); Vagaro's "Awaiting
  // Confirmation" is a booked appointment whose reminder asked the customer to confirm
  // (support.vagaro.com 360003362014). Both had held the file as unknown words.
  it("sends Halaxy's Non-Attendance as a missed booking and Vagaro's Awaiting Confirmation as booked", async () => {
    const halaxy = files.write([
      'Appointment Date,Start Time,End Time,Patient,Patient Date of Birth,Practitioner,Location,Appointment Type,Status',
      '08/12/2026,9:00 am,9:50 am,Chloe Nguyen,12/04/1993,Jessica Moore,Fitzroy Clinic,Psychology Session,Booked',
      "08/12/2026,10:00 am,10:50 am,Liam O'Brien,30/10/1987,Jessica Moore,Fitzroy Clinic,Psychology Session,Attended",
      '08/12/2026,11:00 am,11:50 am,Mia Russo,05/01/2012,Jessica Moore,Telehealth,Child Psychology,Cancelled',
      '08/12/2026,1:00 pm,1:50 pm,Noah Patel,21/06/1975,Daniel Kerr,Richmond Rooms,Psychology Session,Non-Attendance',
    ]);
    const h = await collect(halaxy, { timeZone: 'Australia/Melbourne' });
    expect(h.summary.doubts).toEqual([]);
    // 8 December 2026 in Melbourne is daylight time (UTC+11): 1:00 pm is 02:00 UTC.
    expect(h.appointments.map((a) => [a.start.toISOString(), a.status])).toEqual([
      ['2026-12-07T22:00:00.000Z', 'NEW'],
      ['2026-12-07T23:00:00.000Z', 'NEW'],
      ['2026-12-08T00:00:00.000Z', 'CANCEL'],
      ['2026-12-08T02:00:00.000Z', 'NEW'],
    ]);

    const vagaro = files.write([
      'Date,Time,Customer,Birthdate,Service,Service Provider,Status',
      '12/08/2026,9:00 AM,Amy Fox,03/02/1988,Swedish Massage 60 Min,Lena Hart,Confirmed',
      '12/08/2026,12:00 PM,Cara Lane,12/11/1992,Prenatal Massage,Mia Stone,Cancel',
      '12/09/2026,4:00 PM,Finn Ray,01/15/2001,Reflexology,Mia Stone,Awaiting Confirmation',
      '12/09/2026,5:00 PM,Gia Hale,06/21/1979,Reflexology,Mia Stone,Did Not Show',
    ]);
    const v = await collect(vagaro, { timeZone: 'America/Phoenix' });
    expect(v.summary.doubts).toEqual([]);
    expect(v.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL', 'NEW', 'NEW']);
  });
});

describe('a column of phone numbers is never the status', () => {
  it("Calendly's `Text Reminder Number` (+1 …) is no status: its `Canceled` column cancels, unasked", async () => {
    const f = files.write([
      'Invitee First Name,Invitee Last Name,Invitee Email,Text Reminder Number,Event Type Name,Start Date & Time,End Date & Time,Canceled,Date of Birth,User Name,Patient ID',
      'Emma,Stone,emma@example.com,+1 212-555-0101,New Patient Visit,2027-03-15 09:00 am,2027-03-15 09:30 am,false,04/12/1985,Dr. Amira Haddad,3001',
      'Liam,Brooks,liam@example.com,+1 212-555-0102,Follow-up Visit,2027-03-15 10:30 am,2027-03-15 11:00 am,false,11/03/1990,Dr. Amira Haddad,3002',
      'Ava,Kim,ava@example.com,+44 20 7946 0958,Follow-up Visit,2027-03-16 02:00 pm,2027-03-16 02:30 pm,true,01/02/1979,Dr. Amira Haddad,3003',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    // 9:00 and 10:30 EDT on 15 March 2027 (UTC-4); the third cancelled.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.status])).toEqual([
      ['2027-03-15T13:00:00.000Z', 'NEW'],
      ['2027-03-15T14:30:00.000Z', 'NEW'],
      ['2027-03-16T18:00:00.000Z', 'CANCEL'],
    ]);
  });
});

// CNA, UTA, FTA, DNW are statuses only in the status column: in a US home-health file the same
// letters are a discipline (a certified nursing assistant's visit beside RN, LPN, HHA).
describe('the clinic codes outside the status column', () => {
  /** A home-health visit list with a column `header` of disciplines, and `extra` columns after it. */
  const homeHealth = (header: string, extra = '', cells = ['', '', '']): string =>
    files.write([
      `Visit Date,Visit Time,Patient Name,DOB,Clinician,${header}${extra}`,
      `12/08/2027,9:00 AM,"Lopez, Maria",03/14/1945,"Smith, Jane",CNA${cells[0]}`,
      `12/08/2027,11:00 AM,"Nguyen, Tam",11/23/1940,"Ortiz, Ana",RN${cells[1]}`,
      `12/09/2027,1:00 PM,"Brown, Keisha",05/30/1938,"Smith, Jane",CNA${cells[2]}`,
    ]);

  it.each(['Discipline', 'Credential', 'Code'])(
    "a free '%s' of CNA and RN holds nothing: the visits go as booked",
    async (header) => {
      const r = await collect(homeHealth(header), { timeZone: 'America/New_York' });
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW']);
    },
  );

  it.each(['Type', 'Svc'])("a '%s' of CNA and RN is the type, not a cancellation", async (header) => {
    const r = await collect(homeHealth(header), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.type, a.status])).toEqual([
      ['CNA', 'NEW'],
      ['RN', 'NEW'],
      ['CNA', 'NEW'],
    ]);
  });

  it("a 'Svc Code' of CNA beside a status of Scheduled: the status decides", async () => {
    const r = await collect(homeHealth('Svc Code', ',Status', [',Scheduled', ',Scheduled', ',Scheduled']), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW']);
  });

  it('in a status column CNA is still a status: only RN is asked about there', async () => {
    const r = await collect(homeHealth('Status'), { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => [d.kind, d.samples])).toEqual([['status', ['RN']]]);
  });
});
