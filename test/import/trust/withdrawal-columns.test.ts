// Columns that take an appointment off the book while its status word stays as it was: a
// soft-delete flag (eClinicalWorks' `deleteFlag` beside the status `PEN`), a deletion date
// (Cliniko's `deleted_at`, a column its preset does not name), a rescheduled flag (NextGen's
// `resched_ind`), an "active" indicator at 0 (Cerner's `ACTIVE_IND`). Set on a row that would go
// as booked, they hold the file; a confirmed mapping decides. Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { isWithdrawn, withdrawalColumns } from '../../../main/import/trust/withdrawal-columns.ts';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('withdrawal-columns');

describe('which free columns can withdraw an appointment', () => {
  it.each([
    ['deleteFlag', false],
    ['delete_ind', false],
    ['DelFlag', false],
    ['deleted_at', false],
    ['archived_at', false],
    ['Removed', false],
    ['isRescheduled', false],
    ['resched_ind', false],
    ['cancellation_time', false],
    ['Gelöscht', false],
    // the old slot a reschedule left behind, flagged instead of deleted
    ['superseded', false],
    ['IsObsolete', false],
    ['Inactive', false],
    ['ACTIVE_IND', true],
    ['IsActive', true],
    ['Activo', true],
  ])('%s (an active indicator: %s)', (header, inverted) => {
    expect(withdrawalColumns([header], {})).toEqual([{ header, index: 0, inverted }]);
  });

  // a bare Bump is the practice's act as Bumped is: set, the visit may be bumped off the schedule
  it.each(['Bump', 'BUMP', 'Bumped', 'Bump Reason', 'Bump_Flag'])('%s is one (a bump)', (header) => {
    expect(withdrawalColumns([header], {})).toEqual([{ header, index: 0, inverted: false }]);
  });

  it.each(['Rescheduled To', 'Moved To', 'Rescheduled Date'])(
    '%s is one: this row is the old slot',
    (header) => {
      expect(withdrawalColumns([header], {})).toEqual([{ header, index: 0, inverted: false }]);
    },
  );

  it.each([
    'Appt Date',
    'Provider',
    'Visit Status',
    'Del Mar Clinic',
    'Model',
    'Active Problems List',
    // where the booking came from: a column of the new booking, which stands
    'Rescheduled From',
    'Moved From',
    'Resched From Date',
    // a patient's consent to be moved is no act on this booking; Bumpus is a family name
    'Bumpable',
    'Bumpus',
  ])('%s is not one', (header) => {
    expect(withdrawalColumns([header], {})).toEqual([]);
  });

  it('a column mapped to a field is not free', () => {
    expect(
      withdrawalColumns(['CancelDate'], { cancelledAt: { header: 'CancelDate', index: 0, source: 'main' } }),
    ).toEqual([]);
  });

  it.each([
    [false, '1', true],
    [false, 'Y', true],
    [false, '2027-02-25T05:02:00Z', true],
    [false, '0', false],
    [false, 'NULL', false],
    [false, '', false],
    [false, '1900-01-01', false],
    [true, '0', true],
    [true, 'N', true],
    [true, 'Inactive', true],
    [true, '1', false],
    [true, 'NULL', false],
  ])('inverted %s, %s → withdrawn %s', (inverted, value, withdrawn) => {
    expect(isWithdrawn({ header: 'x', index: 0, inverted }, value)).toBe(withdrawn);
  });
});

describe('a withdrawal column set on a row that would go as booked', () => {
  const ecw = [
    'encounterID,patientID,Last Name,First Name,DOB,Appt Date,Start Time,End Time,Provider,VisitType,Visit Status,deleteFlag',
    '1884201,33761,Harmon,Felicia,06/14/1971,03/02/2027,08:30:00,08:45:00,"Reyes, Daniel MD",FU,PEN,0',
    '1884202,35976,Quintero,Alejandro,02/27/1988,03/02/2027,08:45:00,09:00:00,"Reyes, Daniel MD",NP,PEN,1',
  ];
  const ny = { timeZone: 'America/New_York' };

  it('holds the file (eClinicalWorks keeps a deleted visit at PEN with deleteFlag 1)', async () => {
    const r = await collect(files.write(ecw), ny);
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', field: 'cancelledFlag', column: 'deleteFlag', samples: ['1'] },
    ]);
    expect(r.summary.doubts[0]!.message).toContain("line 3: '1'");
  });

  it('sends the file when the flag is 0 on every row', async () => {
    const r = await collect(files.write([ecw[0]!, ecw[1]!]), ny);
    expect(r.summary.doubts).toEqual([]);
    // (encounterID is a visit's id, not the booking's: the appointment id is derived.)
    expect(r.appointments.map((a) => `${a.patient.patientId} ${a.status}`)).toEqual(['33761 NEW']);
  });

  it('a column set only on rows the status already cancels does not hold', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last,First,DOB,Date,Time,Provider,Status,Deleted By',
        'A1,P1,Nolan,Grace,05/14/1979,03/02/2027,9:00 AM,Hugh Tan,Confirmed,',
        'A2,P2,Walsh,Liam,10/03/1988,03/02/2027,9:30 AM,Hugh Tan,Cancelled,frontdesk2',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.status}`)).toEqual(['A1 NEW', 'A2 CANCEL']);
  });

  it("a booking's 'Rescheduled From' (its old slot) goes as booked; the old slot's status cancels it", async () => {
    // ClinicTracker-style: the 9 March slot was moved to 11 March (16:00 EST, then EST still).
    const r = await collect(
      files.write([
        'Appt ID,Date,Start,Client,Client ID,DOB,Clinician,Status,Rescheduled From',
        '40230,03/09/2027,4:00 PM,"Halloran, Bridget",C-3318,08/19/1987,"Osei, Ama LCSW",Rescheduled,',
        '40251,03/11/2027,4:00 PM,"Halloran, Bridget",C-3318,08/19/1987,"Osei, Ama LCSW",Scheduled,03/09/2027 4:00 PM',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.status} ${a.start.toISOString()}`)).toEqual([
      '40230 CANCEL 2027-03-09T21:00:00.000Z',
      '40251 NEW 2027-03-11T21:00:00.000Z',
    ]);
  });

  it('holds a Cliniko export whose deleted_at its preset does not name (Sydney: 22:00Z is 09:00)', async () => {
    const r = await collect(
      files.write([
        'id,created_at,updated_at,starts_at,ends_at,patient_id,patient_first_name,patient_last_name,patient_date_of_birth,practitioner,business,appointment_type,patient_arrived,did_not_arrive,cancelled_at,cancellation_reason,deleted_at',
        '2210451,2027-02-10T01:12:00Z,2027-02-10T01:12:00Z,2027-03-01T22:00:00Z,2027-03-01T22:45:00Z,88120,Charlotte,Nguyen,1984-07-19,Liam Harris,Bondi Physio,Initial Consultation,false,false,,,',
        '2210452,2027-02-11T03:40:00Z,2027-02-25T05:02:00Z,2027-03-01T23:00:00Z,2027-03-01T23:30:00Z,88121,Jack,Robertson,1979-11-02,Liam Harris,Bondi Physio,Follow-up,false,false,,,2027-02-25T05:02:00Z',
      ]),
      { timeZone: 'Australia/Sydney' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'cancelledAt', column: 'deleted_at' }]);
  });

  it("holds a Cerner export's ACTIVE_IND of 0 (logically deleted), not its 1", async () => {
    const head =
      'SCH_EVENT_ID,PERSON_ID,NAME_LAST,NAME_FIRST,BIRTH_DT_TM,APPT_DT_TM,RESOURCE_DISP,SCH_STATE_DISP,ACTIVE_IND';
    const columns = {
      appointmentId: 'SCH_EVENT_ID',
      patientId: 'PERSON_ID',
      lastName: 'NAME_LAST',
      firstName: 'NAME_FIRST',
      dob: 'BIRTH_DT_TM',
      dateTime: 'APPT_DT_TM',
      providerName: 'RESOURCE_DISP',
      status: 'SCH_STATE_DISP',
    };
    const rows = [
      head,
      '410277851,18830021,GARRISON,NORA,1968-05-11 00:00:00,2027-03-02 08:30:00,"Lindgren MD, Karl",Confirmed,1',
      '410277852,18830044,BAPTISTE,LOUIS,1979-09-23 00:00:00,2027-03-02 08:50:00,"Lindgren MD, Karl",Confirmed,0',
    ];
    // A preset-like profile that does not name ACTIVE_IND (not confirmed): held.
    const named = files.write(JSON.stringify({ name: 'cerner-query', columns }), 'json');
    const held = await collect(files.write(rows), { ...ny, profile: named });
    expect(held.summary.doubts).toMatchObject([
      { field: 'cancelledFlag', column: 'ACTIVE_IND', samples: ['0'] },
    ]);
    // Confirmed by a person: the mapping decides, both go as booked.
    const confirmed = confirmedProfile(files, columns, head.split(','));
    const file = files.write(rows);
    await answerOn(confirmed, file, { ...ny, profile: confirmed });
    const sent = await collect(file, { ...ny, profile: confirmed });
    expect(sent.summary.doubts).toEqual([]);
    expect(sent.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
  });
});
