// Columns left empty on some rows. (1) An appointment-id column empty on some appointments (a
// visit number given at check-in): those rows would go under an id derived from patient, provider
// and day, and again under the export's id once it is filled in, twice on the portal. (2) A
// provider printed once per group by a grouped report: the rows under it would go as 'Unassigned
// provider', with derived ids that change with the row above. Both hold the file until a person
// decides. Expected outcomes written by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('column-gaps');
const { write } = files;
const HEAD = 'Appt Date,Appt Time,Visit ID,Patient,Birthdate,Provider,Status';

describe('an id column filled on some appointments only', () => {
  it('holds the file, counting the rows without an id and naming the first', async () => {
    const r = await collect(
      write([
        HEAD,
        '03/02/2027,9:00 AM,V88121,"Smith, John",04/05/1980,Dr Lee,Checked In',
        '03/02/2027,10:00 AM,,"Ng, Liam",08/09/2015,Dr Lee,Scheduled', // line 3
        '03/02/2027,10:30 AM,,"Roe, Rick",08/09/2011,Dr Lee,Scheduled',
        '03/02/2027,11:00 AM,V88122,"Brown, Carl",08/09/2001,Dr Lee,Checked In',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'appointment-id', field: 'appointmentId', column: 'Visit ID' },
    ]);
    expect(r.summary.doubts[0]!.message).toContain('empty on 2 of 4 appointments (the first on line 3)');
  });

  it('a column filled on every appointment is not held for it', async () => {
    const r = await collect(
      write([
        HEAD,
        '03/02/2027,9:00 AM,V88121,"Smith, John",04/05/1980,Dr Lee,Checked In',
        '03/02/2027,10:00 AM,V88125,"Ng, Liam",08/09/2015,Dr Lee,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['V88121', 'V88125']);
  });

  it('is not asked again once a person confirmed the column', async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        appointmentId: 'Visit ID',
        patientName: 'Patient',
        dob: 'Birthdate',
        providerName: 'Provider',
        status: 'Status',
      },
      HEAD.split(','),
    );
    const file = write([
      HEAD,
      '03/02/2027,9:00 AM,V88121,"Smith, John",04/05/1980,Dr Lee,Checked In',
      '03/02/2027,10:00 AM,,"Ng, Liam",08/09/2015,Dr Lee,Scheduled',
    ]);
    await answerOn(profile, file, { timeZone: 'America/New_York', profile });
    const r = await collect(file, { timeZone: 'America/New_York', profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[0]!.appointmentId).toBe('V88121');
    expect(r.appointments[1]!.appointmentId).toMatch(/^A-[0-9a-f]{16}$/);
  });
});

describe('a provider column filled on some appointments only', () => {
  it('holds a grouped report that prints the provider once per group', async () => {
    const r = await collect(
      write([
        'Provider,Appt Date,Appt Time,Patient,Birthdate,Status',
        'Dr Lee,03/02/2027,9:00 AM,"Smith, John",04/05/1980,Confirmed',
        ',03/02/2027,9:30 AM,"Brown, Carl",04/05/1970,Confirmed', // line 3
        ',03/02/2027,10:00 AM,"White, Dana",04/05/1960,Confirmed',
        'Dr Ng,03/02/2027,9:00 AM,"Green, Eve",04/05/1950,Confirmed',
        ',03/02/2027,9:30 AM,"Black, Fay",04/05/1955,Cancelled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'providerName', column: 'Provider' }]);
    expect(r.summary.doubts[0]!.message).toContain('empty on 3 of 5 appointments (the first on line 3)');
  });

  // An optometry report (My Vision Express, corpus 385) writes the doctor on every exam row and
  // none on the optical's frame pick-up. Dr Lee written on 9:00, 9:30 and 10:00 of one day, line
  // after line: a report printing the provider once per group (or blanking a repeated value)
  // would have left 9:30 and 10:00 empty, so the file writes the provider on every row and the
  // empty one is a visit with no provider. The wrong send this could cause: a report that prints
  // the provider on the first row of each inner group (provider, then room) writes a repeat where
  // the room changes and blanks the rows under it; those would go as 'Unassigned provider' (the
  // patient, day and time still right). Two repeats on the line just before, on one day, are
  // asked for; a repeat across a day or a heading (a report grouped by day) does not count.
  it('a provider written on consecutive rows of a day, empty on one visit, is not held', async () => {
    const r = await collect(
      write([
        'Appt Date,Appt Time,Patient,Birthdate,Provider,Resource,Status',
        '03/02/2027,9:00 AM,"Smith, John",04/05/1980,Dr Lee,Exam Lane 1,Confirmed',
        '03/02/2027,9:30 AM,"Brown, Carl",04/05/1970,Dr Lee,Exam Lane 2,Confirmed',
        '03/02/2027,10:00 AM,"White, Dana",04/05/1960,Dr Lee,Pretest 1,Confirmed',
        '03/02/2027,10:15 AM,"Green, Eve",04/05/1950,,Optical,Scheduled', // line 5
        '03/02/2027,11:00 AM,"Black, Fay",04/05/1955,Dr Ng,Exam Lane 1,Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Dr Lee',
      'Dr Lee',
      'Dr Lee',
      'Unassigned provider',
      'Dr Ng',
    ]);
  });

  it('one repeat, or repeats across days, still hold', async () => {
    const once = await collect(
      write([
        'Provider,Appt Date,Appt Time,Patient,Birthdate,Status',
        'Dr Lee,03/02/2027,9:00 AM,"Smith, John",04/05/1980,Confirmed',
        'Dr Lee,03/02/2027,9:30 AM,"Brown, Carl",04/05/1970,Confirmed',
        ',03/02/2027,10:00 AM,"White, Dana",04/05/1960,Confirmed', // line 4
        'Dr Ng,03/02/2027,9:00 AM,"Green, Eve",04/05/1950,Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(once.summary.doubts).toMatchObject([
      { kind: 'column', field: 'providerName', column: 'Provider' },
    ]);
    // A report grouped by day, the provider printed on each day's first row: Dr Lee meets Dr Lee
    // only across a new day, which any grouped report writes.
    const byDay = await collect(
      write([
        'Provider,Appt Date,Appt Time,Patient,Birthdate,Status',
        'Dr Lee,03/02/2027,9:00 AM,"Smith, John",04/05/1980,Confirmed',
        'Dr Lee,03/03/2027,9:00 AM,"Brown, Carl",04/05/1970,Confirmed',
        ',03/03/2027,9:30 AM,"White, Dana",04/05/1960,Confirmed', // line 4
        'Dr Lee,03/04/2027,9:00 AM,"Green, Eve",04/05/1950,Confirmed',
        ',03/04/2027,9:30 AM,"Black, Fay",04/05/1955,Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(byDay.summary.doubts).toMatchObject([
      { kind: 'column', field: 'providerName', column: 'Provider' },
    ]);
    expect(byDay.summary.doubts[0]!.message).toContain('empty on 2 of 5 appointments (the first on line 4)');
  });

  it('a provider on every row, or in no row, is not held for it', async () => {
    const every = await collect(
      write([
        'Provider,Appt Date,Appt Time,Patient,Birthdate,Status',
        'Dr Lee,03/02/2027,9:00 AM,"Smith, John",04/05/1980,Confirmed',
        'Dr Ng,03/02/2027,9:30 AM,"Brown, Carl",04/05/1970,Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(every.summary.doubts).toEqual([]);
    const none = await collect(
      write([
        'Appt Date,Appt Time,Patient,Birthdate,Status',
        '03/02/2027,9:00 AM,"Smith, John",04/05/1980,Confirmed',
        '03/02/2027,9:30 AM,"Brown, Carl",04/05/1970,Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(none.summary.doubts).toEqual([]);
    expect(none.appointments.map((a) => a.participant.providerName)).toEqual([
      'Unassigned provider',
      'Unassigned provider',
    ]);
  });
});

// An XML record holds its own values: mysql --xml's `<field name="Provider" xsi:nil="true"/>`,
// or the element Access leaves out, is a NULL, never a value printed once for the rows above.
describe('a NULL in XML records is no value printed once per group', () => {
  const record = (id: number, time: string, last: string, provider: string, status: string): string =>
    `<qryAppt><ApptID>${id}</ApptID><ApptDate>2027-03-02T${time}:00</ApptDate><PatLast>${last}</PatLast><PatFirst>Ann</PatFirst><DOB>1980-04-05T00:00:00</DOB>${provider}${status}</qryAppt>`;
  const xml = (records: string[]): string =>
    write(
      `<?xml version="1.0" encoding="UTF-8"?>\n<dataroot xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${records.join('\n')}\n</dataroot>\n`,
      'xml',
    );

  it('a provider written as xsi:nil or left out goes with no provider, not held', async () => {
    const r = await collect(
      xml([
        record(4410, '09:00', 'Smith', '<Provider>Dr Lee</Provider>', '<Status>Scheduled</Status>'),
        record(4411, '09:30', 'Brown', '<Provider xsi:nil="true"/>', '<Status>Scheduled</Status>'),
        record(4412, '10:00', 'White', '', '<Status>Scheduled</Status>'),
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.participant.providerName])).toEqual([
      ['4410', 'Dr Lee'],
      ['4411', 'Unassigned provider'],
      ['4412', 'Unassigned provider'],
    ]);
  });

  it("a status left out under a cancelled record is that record's NULL, not held", async () => {
    const r = await collect(
      xml([
        record(4410, '09:00', 'Smith', '<Provider>Dr Lee</Provider>', '<Status>Cancelled</Status>'),
        record(4411, '09:30', 'Brown', '<Provider>Dr Lee</Provider>', ''),
        record(4412, '10:00', 'White', '<Provider>Dr Lee</Provider>', '<Status>Scheduled</Status>'),
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.status])).toEqual([
      ['4410', 'CANCEL'],
      ['4411', 'NEW'],
      ['4412', 'NEW'],
    ]);
  });
});

describe('one patient at one start under two providers, without an id column', () => {
  const head = 'PatNum\tLName\tFName\tBirthdate\tAptDateTime\tProvider\tProcedure\tAptStatus';
  const row = (
    prov: string,
    proc: string,
    pat = '1203\tSmith\tJohn\t1980-04-15',
    at = '2027-03-02 08:00:00',
  ): string => `${pat}\t${at}\t${prov}\t${proc}\tScheduled`;

  it('holds a query written once per procedure (one visit would go as two appointments)', async () => {
    const r = await collect(
      write([head, row('HYG1', 'D1110'), row('DOC1', 'D0120'), row('HYG1', 'D0274')], 'txt'),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'appointment-id', message: expect.stringMatching(/line 3/) },
    ]);
  });

  it('two patients at one start with two providers are two appointments, not held', async () => {
    const r = await collect(
      write([head, row('HYG1', 'D1110'), row('DOC1', 'D0120', '1377\tBrown\tCarl\t1970-06-22')], 'txt'),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(2);
  });
});

describe("the provider's name in two columns", () => {
  it('reads the first and last name together: two providers named Alan stay two', async () => {
    const r = await collect(
      write([
        'Appt Date,Start,Provider First Name,Provider Last Name,Patient First Name,Patient Last Name,Patient DOB,Status',
        '03/02/2027,9:00 AM,Alan,Lee,John,Smith,04/15/1980,Scheduled',
        '03/02/2027,9:30 AM,Alan,Kim,Carl,Brown,06/22/1970,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Alan Lee', 'Alan Kim']);
    expect(new Set(r.appointments.map((a) => a.participant.identifier)).size).toBe(2);
  });

  it("holds the file when the other half is someone else's (`Referring Provider First Name`)", async () => {
    const r = await collect(
      write([
        'Appt Date,Start,Provider Last Name,Referring Provider First Name,Referring Provider Last Name,Patient First Name,Patient Last Name,Patient DOB,Status',
        '03/02/2027,9:00 AM,Lee,Maria,Gomez,John,Smith,04/15/1980,Scheduled',
        '03/02/2027,9:30 AM,Kim,Maria,Gomez,Carl,Brown,06/22/1970,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'providerName' }]);
    expect(r.appointments.map((a) => a.participant.providerName)).not.toContain('Maria Lee');
  });

  // A scheduler's provider code (`LEEA`, `KIMP`) in a plain `Provider` column beside the same
  // provider's first and last name: the code had gone to the portal as the name ('Leea').
  it('reads the name beside a column of the same provider by code, and sends the name', async () => {
    const r = await collect(
      write([
        'Appt Date,Start,Provider,Provider First Name,Provider Last Name,Patient First Name,Patient Last Name,Patient DOB,Status',
        '03/02/2027,9:00 AM,LEEA,Anna,Lee,John,Smith,04/15/1980,Scheduled',
        '03/02/2027,9:30 AM,KIMP,Paul,Kim,Carl,Brown,06/22/1970,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Anna Lee', 'Paul Kim']);
  });

  it('holds the file when that column names another person', async () => {
    const r = await collect(
      write([
        'Appt Date,Start,Provider,Provider First Name,Provider Last Name,Patient First Name,Patient Last Name,Patient DOB,Status',
        '03/02/2027,9:00 AM,"Kim, Paul",Anna,Lee,John,Smith,04/15/1980,Scheduled',
        '03/02/2027,9:30 AM,"Kim, Paul",Paul,Kim,Carl,Brown,06/22/1970,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'providerName' }]);
  });
});

describe('one visit written once per booked resource, with an id column', () => {
  // Resource schedules write a row for each resource a visit books (the doctor and an exam room,
  // the dentist and the hygienist), each with its own id or with the visit's one. Expected
  // outcomes worked out by hand from the rows.
  const head =
    'Appt ID,Date,Start Time,Patient Last Name,Patient First Name,DOB,MRN,Resource,Appt Type,Status';
  const ny = { timeZone: 'America/New_York' };

  it('holds one patient at one start under two ids (the visit would go as two appointments)', async () => {
    const r = await collect(
      write([
        head,
        '880101,03/02/2027,8:00 AM,Adams,Beth,04/12/1980,10021,"Lee, David MD",Office Visit,Confirmed',
        '880102,03/02/2027,8:00 AM,Adams,Beth,04/12/1980,10021,Exam Room 3,Office Visit,Confirmed',
        '880103,03/02/2027,8:30 AM,Baker,Carl,11/03/1975,10022,"Lee, David MD",Office Visit,Confirmed',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'appointment-id',
        column: 'Appt ID',
        message: expect.stringContaining('two appointment ids at the same start (again on line 3)'),
      },
    ]);
  });

  it('holds one id on rows with different providers (only the last would be shown)', async () => {
    const r = await collect(
      write([
        head,
        '880101,03/02/2027,8:00 AM,Adams,Beth,04/12/1980,10021,"Lee, David MD",Office Visit,Confirmed',
        '880101,03/02/2027,8:00 AM,Adams,Beth,04/12/1980,10021,Exam Room 3,Office Visit,Confirmed',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'appointment-id', column: 'Appt ID', samples: ['880101'] },
    ]);
  });

  it('sends two patients at one start, and one id repeated with the same provider', async () => {
    const r = await collect(
      write([
        head,
        '880101,03/02/2027,8:00 AM,Adams,Beth,04/12/1980,10021,"Lee, David MD",Office Visit,Confirmed',
        '880101,03/02/2027,8:00 AM,Adams,Beth,04/12/1980,10021,"Lee, David MD",Office Visit,Confirmed',
        '880102,03/02/2027,8:00 AM,Adams,Lily,05/10/2019,10023,"Lee, David MD",Office Visit,Confirmed',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    // The repeated row is one appointment written twice (repeated-rows.ts): sent once.
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['880101', '880102']);
  });

  it('is not asked again once a person confirmed the mapping', async () => {
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        date: 'Date',
        time: 'Start Time',
        lastName: 'Patient Last Name',
        firstName: 'Patient First Name',
        dob: 'DOB',
        patientId: 'MRN',
        providerName: 'Resource',
        type: 'Appt Type',
        status: 'Status',
      },
      head.split(','),
    );
    const file = write([
      head,
      '880101,03/02/2027,8:00 AM,Adams,Beth,04/12/1980,10021,"Lee, David MD",Office Visit,Confirmed',
      '880102,03/02/2027,8:00 AM,Adams,Beth,04/12/1980,10021,Exam Room 3,Office Visit,Confirmed',
    ]);
    await answerOn(profile, file, { ...ny, profile });
    const r = await collect(file, { ...ny, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(2);
  });
});
