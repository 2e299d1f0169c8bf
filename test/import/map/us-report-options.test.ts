// Report options of widely used US practice systems written blind for corpus 360-364: NextGen
// Enterprise PM's `Expected` (its booked status), Practice Fusion's `In lobby` (arrived, in the
// waiting room), and Kareo PM's `Reasons` column (the appointment window's list of reasons, which
// its Appointment Detail report prints), which tells a staff meeting without a patient from a
// patient printed once per group. Before, each held the file. Meanings and instants worked out by
// hand.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
type Row = [string, 'NEW' | 'CANCEL' | 'unknown'];
const files = exportFiles('us-report-options');

describe('NextGen Expected and the US waiting room', () => {
  // A wrong send `Expected` could cause elsewhere: a row that is no booking (a wait list, a
  // request) sent as booked. Such a row has no time the patient is expected at; NextGen's help
  // (Appointment Statuses) defines Expected as scheduled and not yet kept. `In lobby` says the
  // patient is in the building: the visit is kept, never cancelled.
  it.each<Row>([
    ['Expected', 'NEW'],
    ['EXPECTED', 'NEW'],
    ['In lobby', 'NEW'],
    ['In Lobby', 'NEW'],
    // still asked: booked and on the way, or a booking still pending? (status-words.ts UNDECIDED)
    ['Pending arrival', 'unknown'],
    ['Cancelled', 'CANCEL'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

  it('a NextGen listing by resource goes without a question, across the Indiana clock change', async () => {
    const file = files.write([
      'Appointment Listing by Resource,,,,,,',
      'Appt Date Range: 03/12/2027 thru 03/15/2027,,,,,,',
      '"Resource: WEBER, ANNA MD",,,,,,',
      'Appt Date,Begin Time,End Time,Patient Name,Person Nbr,DOB,Status',
      '3/12/2027,8:00AM,8:15AM,"HOLLOWAY, GRANT R",100482,5/9/1961,Kept',
      '3/12/2027,9:00AM,9:15AM,"OCONNELL, MAEVE",100233,2/14/1948,Cancelled',
      '3/15/2027,8:00AM,8:30AM,"HOLLOWAY, GRANT R",100482,5/9/1961,Expected',
      '"Total Appointments for WEBER, ANNA MD: 3",,,,,,',
    ]);
    const r = await collect(file, { timeZone: 'America/Indiana/Indianapolis' });
    expect(r.summary.doubts).toEqual([]);
    // 12 March is EST (UTC-5), 15 March EDT (UTC-4).
    expect(r.appointments.map((a) => [a.status, a.start.toISOString(), a.patient.patientId])).toEqual([
      ['NEW', '2027-03-12T13:00:00.000Z', '100482'],
      ['CANCEL', '2027-03-12T14:00:00.000Z', '100233'],
      ['NEW', '2027-03-15T12:00:00.000Z', '100482'],
    ]);
  });
});

describe("Kareo PM's Reasons column", () => {
  const head = [
    'Appointments Detail',
    'Desert Bloom Pediatrics',
    'Dates: 3/15/2027 to 3/16/2027',
    'Service Location,Date,Start Time,End Time,Patient ID,Patient Name,Date of Birth,Provider,Appointment Type,Reasons,Status,Appointment ID',
  ];
  const mesa = 'Desert Bloom Pediatrics - Mesa';
  const rows = (noPatientReason: string): string[] => [
    `${mesa},3/15/2027,8:00 AM,8:30 AM,2041,"Yazzie, Kai",2/3/2019,"Ruth Okonkwo, MD",Patient,Well Child 6Y,Check-out,88172`,
    `${mesa},3/15/2027,9:00 AM,9:15 AM,1988,"Thompson, Eli",4/11/2016,"Ruth Okonkwo, MD",Patient,Sick Visit,Rescheduled,88174`,
    `${mesa},3/15/2027,12:00 PM,1:00 PM,,,,"Ruth Okonkwo, MD",Other,${noPatientReason},Scheduled,88175`,
    `${mesa},3/16/2027,10:15 AM,10:30 AM,1988,"Thompson, Eli",4/11/2016,"Ruth Okonkwo, MD",Patient,Sick Visit,Confirmed,88190`,
  ];

  it('a staff meeting without a patient is skipped, with no question', async () => {
    const r = await collect(files.write([...head, ...rows('Staff Meeting')]), {
      timeZone: 'America/Phoenix',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.skipped.map((s) => s.line)).toEqual([7]);
    // Arizona stays on UTC-7 after the US change of 14 March.
    expect(r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString(), a.reason])).toEqual([
      ['88172', 'NEW', '2027-03-15T15:00:00.000Z', 'Well Child 6Y'],
      ['88174', 'CANCEL', '2027-03-15T16:00:00.000Z', 'Sick Visit'],
      ['88190', 'NEW', '2027-03-16T17:15:00.000Z', 'Sick Visit'],
    ]);
  });

  it('a booked row without a patient whose reason is a visit is still asked about (patient printed once?)', async () => {
    const r = await collect(files.write([...head, ...rows('Sick Visit')]), { timeZone: 'America/Phoenix' });
    expect(r.summary.doubts.map((d) => d.check)).toContain('patient-printed-once');
  });
});
