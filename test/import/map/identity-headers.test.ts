// Which column is the patient, the appointment and the provider, by what its header means across
// vendors: a medical record number however it is written is the patient's id (one per patient,
// as MRN and Chart # are), an encounter number is the billing record NextGen creates at check-in
// (never the appointment id), and Pabau's `Employee` is the practitioner. Ids and providers
// expected below are worked out by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('identity-headers');
const ny = { timeZone: 'America/New_York' };

/** A day list with the given id columns before the patient, two visits of one patient. */
const dayList = (idHeaders: string, ...ids: [string, string, string]): string[] => [
  `Appt Date,Appt Time,${idHeaders},Patient Name,DOB,Provider,Visit Type,Status`,
  `2027-03-01,09:00,${ids[0]},"Smith, John",1970-01-02,"Lee, Anna",Follow Up,Scheduled`,
  `2027-03-01,09:30,${ids[1]},"Jones, Mary",1980-03-04,"Lee, Anna",New Patient,Scheduled`,
  `2027-03-02,09:00,${ids[2]},"Smith, John",1970-01-02,"Lee, Anna",Follow Up,Scheduled`,
];

describe('a medical record number is the patient id, without a question', () => {
  it.each([
    'MR#',
    'MR #',
    'MR No',
    'MR Number',
    'Med Rec #',
    'Med Rec No',
    'MedRecNo',
    'Medical Record Number',
    'Medical Record #',
    'Medical Record',
    'Patient Medical Record No',
  ])("'%s'", async (header) => {
    const r = await collect(files.write(dayList(header, '004512', '004513', '004512')), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['004512', '004513', '004512']);
    // Not the appointment id: John Smith's two visits are two appointments.
    const ids = r.appointments.map((a) => a.appointmentId);
    expect(ids.every((id) => id.startsWith('A-'))).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });

  it("a 'Med Rec' of Done / Pending (medication reconciliation) is no patient id", async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Chart No,Patient Name,DOB,Provider,Med Rec,Status',
        '2027-03-01,09:00,SMI0042,"Smith, John",1970-01-02,"Lee, Anna",Done,Scheduled',
        '2027-03-01,09:30,JON0007,"Jones, Mary",1980-03-04,"Lee, Anna",Pending,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['SMI0042', 'JON0007']);
  });
});

describe('an encounter number is never the appointment id', () => {
  // NextGen creates the encounter from the appointment at check-in (a visit not yet checked in has
  // none); each value here is unique, so only the header can tell.
  it.each(['Enc #', 'Enc ID', 'Enc No', 'enc_nbr', 'EncID'])(
    "'%s' beside an MRN is left out",
    async (header) => {
      const r = await collect(
        files.write(dayList(`${header},MRN`, '100231,004512', '100232,004513', '100240,004512')),
        ny,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['004512', '004513', '004512']);
      expect(r.appointments.map((a) => a.appointmentId).some((id) => id.startsWith('1002'))).toBe(false);
    },
  );

  it("'Enc #' beside 'MR#': the MR# is the patient id and nothing is asked", async () => {
    const r = await collect(
      files.write(dayList('Enc #,MR#', '100231,004512', '100232,004513', '100240,004512')),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['004512', '004513', '004512']);
  });
});

describe("Pabau's 'Employee' is the practitioner", () => {
  const pabau = (header: string): string[] => [
    `Date,Time,Client ID,Client Name,DOB,Service,${header},Status`,
    '01/03/2027,09:00,2201,"Smith, John",02/01/1970,Consultation,Anna Lee,Confirmed',
    '01/03/2027,10:00,2202,"Jones, Mary",04/03/1980,Laser,Ben Ng,Confirmed',
  ];

  it("'Employee' of names is the provider, without a question", async () => {
    const r = await collect(files.write(pabau('Employee')), { timeZone: 'Europe/London' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Anna Lee', 'Ben Ng']);
  });

  it("'Created By Employee' is whoever made the booking: never the provider", async () => {
    const r = await collect(files.write(pabau('Created By Employee')), { timeZone: 'Europe/London' });
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Unassigned provider',
      'Unassigned provider',
    ]);
  });
});
