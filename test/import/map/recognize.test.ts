import { describe, expect, it } from 'vitest';
import { openTable } from '../../../main/import/read/index.ts';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { SURE } from '../../../main/import/trust/column-doubts.ts';
import { headerConcepts, headerScore, headerWords } from '../../../main/import/map/header-meaning.ts';

const SAMPLES = 'test/fixtures/samples';
const NOW = new Date('2026-11-25T00:00:00Z');

async function recognizeFile(file: string) {
  const { info, rows } = await openTable(file);
  const values: string[][] = [];
  for await (const r of rows) values.push(r.values);
  return recognizeColumns(info.headers, values, { now: NOW });
}

const columnsOf = (r: Awaited<ReturnType<typeof recognizeFile>>) =>
  Object.fromEntries(r.fields.map((f) => [f.field, f.column]));

describe('header words and concepts', () => {
  it.each([
    ['AptDateTime', ['apt', 'date', 'time']],
    ['pc_eventDate', ['pc', 'event', 'date']],
    ['patient_date_of_birth', ['patient', 'date', 'of', 'birth']],
    ['LName', ['l', 'name']],
    ['E-mail', ['email']],
    ['Address2', ['address', '2']],
    ['\uFEFFProvider', ['provider']],
  ])('%s → %j', (h, words) => {
    expect(headerWords(h)).toEqual(words);
  });

  it('reduces synonyms to one concept', () => {
    for (const h of ['Doctor', 'Practitioner', 'Clinician', 'Resource', 'Seen By', 'PriProv'])
      expect(headerConcepts(h).has('provider')).toBe(true);
    for (const h of ['MRN', 'Chart Number', 'PatNum', 'pid'])
      expect([...headerConcepts(h)].sort()).toContain('patient');
    for (const h of ['DOB', 'Birthdate', 'Date of Birth', 'born'])
      expect(headerConcepts(h).has('dob')).toBe(true);
  });
});

describe('automatic recognition of the sample layouts (no preset involved)', () => {
  it('OpenEMR appointments report', async () => {
    const r = await recognizeFile(`${SAMPLES}/openemr_appointments_report.csv`);
    expect(r.usable).toBe(true);
    expect(columnsOf(r)).toEqual({
      patientName: 'Patient',
      dob: 'DOB',
      date: 'Date',
      time: 'Time',
      providerName: 'Provider',
      type: 'Type',
      status: 'Status',
    });
  });

  it('Open Dental confirmations (one date-time field, split names, day/month settled by the birth dates)', async () => {
    const r = await recognizeFile(`${SAMPLES}/opendental_confirmations.txt`);
    expect(r.usable).toBe(true);
    expect(columnsOf(r)).toMatchObject({
      patientId: 'PatNum',
      firstName: 'FName',
      lastName: 'LName',
      dob: 'Birthdate',
      dateTime: 'AptDateTime',
      email: 'Email',
      address1: 'Address',
      zip: 'Zip',
    });
    expect(r.dateOrder).toMatchObject({ order: 'MDY', source: 'data' });
    expect(r.dateOrder.evidence).toContain('11/19/2009');
  });

  it('Cliniko (UTC timestamps, cancellation date column)', async () => {
    const r = await recognizeFile(`${SAMPLES}/cliniko_appointments.csv`);
    expect(columnsOf(r)).toMatchObject({
      appointmentId: 'id',
      patientId: 'patient_id',
      dateTime: 'starts_at',
      end: 'ends_at',
      dob: 'patient_date_of_birth',
      providerName: 'practitioner',
      location: 'business',
      cancelledAt: 'cancelled_at',
    });
    expect(r.unmapped).toEqual(['did_not_arrive', 'cancellation_reason']);
  });

  it('says what is missing when a table cannot be appointments (the EHI events table alone has no names)', async () => {
    const r = await recognizeFile(`${SAMPLES}/openemr_postcalendar_events.csv`);
    expect(r.usable).toBe(false);
    expect(r.missing).toEqual(["the patient's name", "the patient's date of birth"]);
    expect(r.profile.durationUnit).toBe('seconds'); // pc_duration 900, 1800
  });

  it('uses value shapes: "State" holding status words is a status, holding CA/NY is a state', () => {
    const statusy = recognizeColumns(
      ['Date', 'Time', 'Patient', 'DOB', 'State'],
      [
        ['2026-12-01', '09:00', 'Ann Lee', '1970-01-01', 'Confirmed'],
        ['2026-12-01', '10:00', 'Bo Chan', '1971-01-01', 'Cancelled'],
      ],
    );
    expect(columnsOf(statusy).status).toBe('State');
    const address = recognizeColumns(
      ['Date', 'Time', 'Patient', 'DOB', 'State'],
      [
        ['2026-12-01', '09:00', 'Ann Lee', '1970-01-01', 'CA'],
        ['2026-12-01', '10:00', 'Bo Chan', '1971-01-01', 'NY'],
      ],
    );
    expect(columnsOf(address).state).toBe('State');
    expect(columnsOf(address).status).toBeUndefined();
  });

  // A column of appointment status words is the status under any header, surely enough not to be
  // asked (Dentally's `State` was read at 0.6 and held; `Stat`, `Conf` were not read at all, so
  // the file was held and, confirmed, would have sent `Cancelled` as booked).
  it.each([
    ['State', ['Pending', 'Confirmed', 'Arrived', 'In Surgery', 'Completed', 'Cancelled', 'Did not attend']],
    ['Stat', ['Confirmed', 'Cancelled', 'Checked In']],
    ['Appt Stat', ['Scheduled', 'No Show', 'Completed']],
    ['Conf', ['Confirmed', 'Unconfirmed', 'Left message', 'Cancelled']],
  ])("'%s' holding status words is the status, read without a question", (header, values) => {
    const r = recognizeColumns(
      ['Date', 'Time', 'Patient', 'DOB', header],
      values.map((v, i) => ['2026-12-01', `${9 + i}:00`, `Ann Lee${'e'.repeat(i)}`, '1970-01-01', v]),
      { now: NOW },
    );
    const status = r.fields.find((f) => f.field === 'status');
    expect(status?.column).toBe(header);
    expect(status!.confidence).toBeGreaterThanOrEqual(SURE);
  });

  it("the status of something else is not taken by its values ('Account Status' = Active)", () => {
    const r = recognizeColumns(
      ['Date', 'Time', 'Patient', 'DOB', 'Account Status'],
      [
        ['2026-12-01', '09:00', 'Ann Lee', '1970-01-01', 'Confirmed'],
        ['2026-12-01', '10:00', 'Bo Chan', '1971-01-01', 'Confirmed'],
      ],
      { now: NOW },
    );
    expect(columnsOf(r).status).toBeUndefined();
  });

  // MacPractice and Kareo schedules have a column per resource (a room, a chair, a provider)
  // beside the provider; whoever booked is the user. Expected columns by hand.
  it.each([
    ['Resource', 'Room 1'],
    ['User', 'frontdesk2'],
    ['Staff', 'Maria Lopez'],
  ])("'Provider' beats '%s' before it, whatever the order", (other, value) => {
    for (const headers of [
      ['Date', 'Time', other, 'Provider', 'Patient', 'Birthdate'],
      ['Date', 'Time', 'Provider', other, 'Patient', 'Birthdate'],
    ]) {
      const cell = (h: string): string =>
        ({
          Date: '03/02/2027',
          Time: '8:00 AM',
          Provider: 'Chen, Laura DDS',
          Patient: 'Castellanos, Ines',
          Birthdate: '05/07/1969',
        })[h] ?? value;
      const r = recognizeColumns(headers, [headers.map(cell)], { now: NOW });
      expect(columnsOf(r).providerName).toBe('Provider');
    }
  });

  it("a 'Resource' column alone is still the provider", () => {
    const r = recognizeColumns(
      ['Date', 'Time', 'Resource', 'Patient', 'Birthdate'],
      [['03/02/2027', '8:00 AM', 'Dr. Laura Chen', 'Castellanos, Ines', '05/07/1969']],
      { now: NOW },
    );
    expect(columnsOf(r).providerName).toBe('Resource');
  });

  // Acuity's `Calendar`, GNU Health's `Health Prof`, Calendly's `Host Name`, a task list's
  // `Assigned To`: the provider when the values are people's names and nothing names it better.
  it.each([
    ['Calendar', ['Dr. Amira Haddad', 'Jordan Reyes, LPC']],
    ['Health Prof', ['Cordara, Cameron', 'Dabi, Ibrahim']],
    ['Host Name', ['Leah Goldberg', 'Marcus Webb']],
    ['Assigned To', ['Dr. Laura Chen', 'Chen, Laura DDS']],
  ])("'%s' holding people's names is the provider", (header, names) => {
    const headers = ['Start Time', 'First Name', 'Last Name', 'Date of Birth', header];
    const rows = names.map((n, i) => [`12/0${7 + i}/2026 9:00 am`, 'Renée', 'Beaulieu', '02/11/1984', n]);
    const r = recognizeColumns(headers, rows, { now: NOW });
    expect(columnsOf(r).providerName).toBe(header);
  });

  it.each([
    ['Calendar', ['Room 2', 'Room 3']],
    ['Assigned To', ['Front Desk', 'billing']],
    ['Calendar', ['Yoga', 'Massage']],
    ['Calendar', ['Massage Room', 'Main Calendar']],
    ['Host Name', ['North Clinic', 'North Clinic']],
  ])("'%s' holding %j is not the provider", (header, values) => {
    const headers = ['Start Time', 'First Name', 'Last Name', 'Date of Birth', header];
    const rows = values.map((v) => ['12/07/2026 9:00 am', 'Renée', 'Beaulieu', '02/11/1984', v]);
    const r = recognizeColumns(headers, rows, { now: NOW });
    expect(columnsOf(r).providerName).toBeUndefined();
  });

  it("'Provider' beats a 'Calendar' of names; 'Assigned By' is never the provider", () => {
    const headers = ['Start Time', 'Patient', 'Date of Birth', 'Calendar', 'Provider', 'Assigned By'];
    const row = [
      '12/07/2026 9:00 am',
      'Beaulieu, Renée',
      '02/11/1984',
      'Amira Haddad',
      'Jordan Reyes',
      'Ana Ruiz',
    ];
    const r = recognizeColumns(headers, [row, row], { now: NOW });
    expect(columnsOf(r).providerName).toBe('Provider');
    const alone = recognizeColumns(
      ['Start Time', 'Patient', 'Date of Birth', 'Assigned By'],
      [row.slice(0, 3).concat('Ana Ruiz')],
      { now: NOW },
    );
    expect(columnsOf(alone).providerName).toBeUndefined();
  });

  it('recognises columns with meaningless headers from their values alone', () => {
    const r = recognizeColumns(
      ['Col1', 'Col2', 'Col3', 'Col4'],
      [
        ['Lee, Ann', '12/01/2026 9:00 AM', '01/31/1970', 'ann@example.org'],
        ['Chan, Bo', '12/01/2026 10:00 AM', '02/15/1981', 'bo@example.org'],
      ],
      { now: NOW },
    );
    expect(columnsOf(r)).toEqual({ patientName: 'Col1', dateTime: 'Col2', dob: 'Col3', email: 'Col4' });
    expect(r.usable).toBe(true);
    expect(r.fields.every((f) => f.confidence < 0.6)).toBe(true); // low confidence: check before use
  });

  // Measured as appointment dates, `14-Mar-78` is 2078 and the column was no birth date: the file
  // was refused for want of one. Read as birth dates (19YY when 20YY is still to come) they are
  // 1978, 1965, 1990.
  it.each([
    ['03/14/78', '11/02/65', '05/23/90'],
    ['14-Mar-78', '2-Nov-65', '23-May-90'],
    ['14-mar-78', '02-nov-65', '23-may-90'],
  ])('recognises birth dates written with two-digit years (%s)', (...dobs) => {
    const r = recognizeColumns(
      ['Appt Date', 'Appt Time', 'Patient Name', 'DOB'],
      dobs.map((dob, i) => ['7-Dec-26', `${9 + i}:30 AM`, `Ann Lee${'e'.repeat(i)}`, dob]),
      { now: NOW },
    );
    expect(columnsOf(r).dob).toBe('DOB');
    expect(r.usable).toBe(true);
  });

  it('settles day/month from a value > 12, and falls back to the practice setting otherwise', () => {
    const h = ['Date', 'Time', 'Patient', 'DOB'];
    const dmy = recognizeColumns(h, [['03/04/2026', '09:00', 'Ann Lee', '25/12/1970']]);
    expect(dmy.dateOrder).toMatchObject({ order: 'DMY', source: 'data' });
    const unsettled = recognizeColumns(h, [['03/04/2026', '09:00', 'Ann Lee', '05/06/1970']], {
      defaultDateOrder: 'DMY',
    });
    expect(unsettled.dateOrder).toEqual({ order: 'DMY', source: 'setting' });
  });
});

describe('header synonyms (table-driven): the best field for a header alone', () => {
  const FIELDS = [
    'appointmentId',
    'patientId',
    'patientName',
    'firstName',
    'lastName',
    'dob',
    'dateTime',
    'date',
    'time',
    'end',
    'duration',
    'providerId',
    'providerName',
    'type',
    'description',
    'note',
    'reason',
    'location',
    'email',
    'status',
    'cancelledAt',
  ] as const;
  const best = (h: string) => {
    const c = headerConcepts(h);
    let top: string | undefined;
    let score = 0;
    for (const f of FIELDS) {
      const s = headerScore(f, c);
      if (s > score) [top, score] = [f, s];
    }
    return top;
  };
  it.each([
    ['appt date', 'date'],
    ['appointment_date', 'date'],
    ['StartDate', 'date'],
    ['startdate', 'date'],
    ['from_time', 'time'],
    ['starttime', 'time'],
    ['pat_name', 'patientName'],
    ['patientname', 'patientName'],
    ['Patient Name', 'patientName'],
    ['dob', 'dob'],
    ['birthdate', 'dob'],
    ['Date of Birth', 'dob'],
    ['doctor', 'providerName'],
    ['Provider', 'providerName'],
    ['practitioner', 'providerName'],
    ['Clinician', 'providerName'],
    ['resource', 'providerName'],
    ['providername', 'providerName'],
    ['visit type', 'type'],
    ['appttype', 'type'],
    ['Reason', 'reason'],
    ['Visit Reason', 'reason'],
    ['status', 'status'],
    ['ApptStatus', 'status'],
    ['email', 'email'],
    ['E-mail', 'email'],
    ['emailaddress', 'email'],
    ['MRN', 'patientId'],
    ['Chart Number', 'patientId'],
    ['chartnumber', 'patientId'],
    ['PatNum', 'patientId'],
    ['patient_id', 'patientId'],
    ['Appointment ID', 'appointmentId'],
    ['apptid', 'appointmentId'],
    ['AptDateTime', 'dateTime'],
    ['enddate', 'end'],
    ['End Time', 'end'],
    ['Duration', 'duration'],
    ['Location', 'location'],
    ['Facility', 'location'],
    ['Notes', 'note'],
    ['Comments', 'note'],
    ['Description', 'description'],
    ['cancelled_at', 'cancelledAt'],
    ['First Name', 'firstName'],
    ['lastname', 'lastName'],
    ['Surname', 'lastName'],
    ['Provider ID', 'providerId'],
    ['Visit #', 'appointmentId'],
    ['Appt #', 'appointmentId'],
    ['Acct #', 'patientId'],
    ['Pt Acct No', 'patientId'],
  ])('%s → %s', (header, field) => {
    expect(best(header)).toBe(field);
  });
});
