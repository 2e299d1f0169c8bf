// A group session booked on one row: the group or class as the patient (`DBT Skills Group`,
// `Group: Anxiety (6)`, `Prenatal Class`), or its attendees listed in one cell (`Smith J; Doe A`).
// Each had gone as one made-up patient (first name `Dbt Skills`, last name `Group`); one row per
// attendee, as group practices export a session, goes as it is. Expected names written by hand.
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../trust/export-files.ts';
import { collect } from './support.ts';

const files = exportFiles('group-session-names');

const GROUP = 'the name is of a group session, not of one patient';

describe('a group session on one row', () => {
  it('refuses the group, class or list of attendees as a patient, keeps one attendee per row', async () => {
    const f = files.write([
      'Date,Start Time,End Time,Client,Client ID,DOB,Clinician,Service,Status',
      '2027-03-02,09:00,09:50,"Brown, Anna",2001,1990-05-20,Dr Lee,Individual Therapy,Scheduled',
      '2027-03-02,10:00,11:30,DBT Skills Group,G-12,1980-01-02,Dr Lee,Group Therapy,Scheduled', // 3
      '2027-03-02,12:00,13:30,Group: Anxiety (6),G-13,1980-01-02,Dr Lee,Group Therapy,Scheduled', // 4
      '2027-03-02,14:00,15:00,Prenatal Class,G-14,1980-01-02,Dr Lee,Class,Scheduled', // 5
      '2027-03-02,15:00,16:00,"Smith J; Doe A",G-15,1980-01-02,Dr Lee,Group Therapy,Scheduled', // 6
      '2027-03-02,16:00,17:00,"Doe, Anna; Roe, Bob",G-16,1980-01-02,Dr Lee,Group Therapy,Scheduled', // 7
      // SimplePractice shows a group with no name as its count of clients
      '2027-03-02,17:00,18:00,3 Clients,G-17,1980-01-02,Dr Lee,Group Therapy,Scheduled', // 8
      '2027-03-02,18:00,19:00,Couples Session,G-18,1980-01-02,Dr Lee,Couples Therapy,Scheduled', // 9
      '2027-03-02,19:00,20:00,Selbsthilfegruppe,G-19,1980-01-02,Dr Lee,Gruppe,Scheduled', // 10
      // The same session as group practices export it: one row per attendee.
      '2027-03-03,10:00,11:30,"Smith, John",2002,1975-03-14,Dr Lee,Group Therapy,Scheduled',
      '2027-03-03,10:00,11:30,"Doe, Alice",2003,1982-07-08,Dr Lee,Group Therapy,Scheduled',
      // A group home in brackets is a note beside the name, not a group session.
      '2027-03-03,13:00,13:50,"Young, Paul (Group Home)",2004,1961-02-03,Dr Lee,Individual Therapy,Scheduled',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.errors.map((e) => [e.line, e.value, e.message])).toEqual([
      [3, 'DBT Skills Group', GROUP],
      [4, 'Group: Anxiety (6)', GROUP],
      [5, 'Prenatal Class', GROUP],
      [6, 'Smith J; Doe A', GROUP],
      [7, 'Doe, Anna; Roe, Bob', GROUP],
      [8, '3 Clients', GROUP],
      [9, 'Couples Session', GROUP],
      [10, 'Selbsthilfegruppe', GROUP],
    ]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Anna Brown',
      'John Smith',
      'Alice Doe',
      'Paul Young',
    ]);
  });

  it('reads group words in first and last name columns too', async () => {
    const f = files.write([
      'Appt Date,Appt Time,Last Name,First Name,DOB,Provider,Status',
      '03/02/2027,9:00 AM,Brown,Anna,05/20/1990,Dr Lee,Confirmed',
      '03/02/2027,10:00 AM,Group,Grief Support,01/02/1980,Dr Lee,Confirmed', // 3
      '03/02/2027,11:00 AM,Class,Diabetes,01/02/1980,Dr Lee,Confirmed', // 4
      '03/02/2027,12:00 PM,Smith,John,03/14/1975,Dr Lee,Confirmed',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [3, GROUP],
      [4, GROUP],
    ]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Anna Brown',
      'John Smith',
    ]);
  });
});
