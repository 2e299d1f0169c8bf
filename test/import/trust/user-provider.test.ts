// A bare `User` column: in a booking page's export (Calendly) the user is the host the invitee
// booked with, in a practice system the staff member who keyed the booking in (`frontdesk2`). Both
// are people's names, so alone it is asked about, never taken as the provider without a question;
// beside a provider column it is left out. Staff beside a booking word (`Booking Staff`) likewise:
// Phorest's staff booking report lists who booked, not who treated. Expected providers worked out by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('user-provider');
const ny = { timeZone: 'America/New_York' };

const HEADERS = ['Appt Date', 'Appt Time', 'Chart #', 'Patient Name', 'DOB', 'User', 'Visit Type', 'Status'];
/** The day list with its provider-like column headed `header` (`User` unless said). */
const withUser = (a: string, b: string, header = 'User'): string[] => [
  HEADERS.join(',').replace(',User,', `,${header},`),
  `2027-03-01,09:00,101,"Smith, John",1970-01-02,${a},Follow Up,Scheduled`,
  `2027-03-01,09:30,102,"Jones, Mary",1980-03-04,${b},New Patient,Scheduled`,
];

/** The columns a file of `header` (see withUser) is held about. */
const heldAbout = async (header: string): Promise<Array<string | undefined>> =>
  (await collect(files.write(withUser('Anna Lee', 'Ben Ng', header)), ny)).summary.doubts.map(
    (d) => d.column,
  );

describe("a bare 'User' column", () => {
  it.each([
    ['jsmith', 'mbrown'],
    ['Dr. Anna Lee', 'Dr. Ben Ng'],
  ])('of %s, %s alone: asked about, the file held', async (a, b) => {
    const r = await collect(files.write(withUser(a, b)), ny);
    expect(r.summary.doubts).toHaveLength(1);
    expect(r.summary.doubts[0]).toMatchObject({ kind: 'column', field: 'providerName', column: 'User' });
    expect(r.summary.doubts[0]!.message).toContain('the staff member who entered the booking');
  });

  it.each(['User Name', 'Username'])("'%s' alone is asked about too", async (header) => {
    expect(await heldAbout(header)).toEqual([header]);
  });

  it.each(['Booking Staff', 'Staff Booked', 'Booking Employee'])(
    "staff beside a booking word ('%s') may be whoever booked: asked about",
    async (header) => {
      expect(await heldAbout(header)).toEqual([header]);
    },
  );

  it.each(['Staff', 'Staff Name', 'Attending Staff'])(
    "'%s' alone is the practitioner: no question",
    async (header) => {
      const r = await collect(files.write(withUser('Anna Lee', 'Ben Ng', header)), ny);
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Anna Lee', 'Ben Ng']);
    },
  );

  it("in a booking page's export (Calendly: the patient is the invitee) the user is the host: taken", async () => {
    const r = await collect(
      files.write([
        'Invitee Name,Invitee Email,Event Type Name,Start Date & Time,End Date & Time,Date of Birth,User Name,User Email,Canceled,Patient ID',
        'John Smith,john@example.com,Initial Consult,2027-03-15 09:00 am,2027-03-15 09:30 am,04/12/1985,Anna Lee,anna@clinic.example,false,3001',
        'Mary Jones,mary@example.com,Follow-up,2027-03-15 10:00 am,2027-03-15 10:30 am,11/13/1990,Ben Ng,ben@clinic.example,true,3002',
      ]),
      ny,
    );
    expect(r.summary.doubts.filter((d) => d.field === 'providerName' || d.field === 'providerId')).toEqual(
      [],
    );
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Anna Lee', 'Ben Ng']);
  });

  it("beside 'Provider' it is left out, without a question", async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Chart #,Patient Name,DOB,Provider,User,Status',
        '2027-03-01,09:00,101,"Smith, John",1970-01-02,"Lee, Anna",jsmith,Scheduled',
        '2027-03-01,09:30,102,"Jones, Mary",1980-03-04,"Ng, Ben",jsmith,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Anna Lee', 'Ben Ng']);
  });

  it('once a person confirms it as the provider (a booking page whose user is the host), the file goes', async () => {
    const file = files.write(withUser('Dr. Anna Lee', 'Dr. Ben Ng'));
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        patientId: 'Chart #',
        patientName: 'Patient Name',
        dob: 'DOB',
        providerName: 'User',
        type: 'Visit Type',
        status: 'Status',
      },
      HEADERS,
    );
    await answerOn(profile, file, ny);
    const r = await collect(file, { ...ny, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Dr. Anna Lee', 'Dr. Ben Ng']);
  });
});
