// A cancellation column and the status words must agree, and so must the rows of one appointment
// id. A SQL query's `ISNULL(CancelDate, '1900-01-01')` writes a date on every booked row (read as
// no date); a cancellation column filled on a row whose status says booked, or one appointment id
// on a booked and a cancelled row (a status history, newest first), holds the file: the last row
// or the column would otherwise decide silently. Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { isPlaceholderDate } from '../../../main/import/map/row-status.ts';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('cancel-against-status');
const HEAD = 'ApptID,PatientID,LastName,FirstName,BirthDate,ProviderName,ApptDateTime,ApptStatus,CancelDate';
const opts = { timeZone: 'America/New_York' };
/** The columns of HEAD other than the status and cancellation ones, for confirmed profiles. */
const COLUMNS = {
  appointmentId: 'ApptID',
  patientId: 'PatientID',
  lastName: 'LastName',
  firstName: 'FirstName',
  dob: 'BirthDate',
  providerName: 'ProviderName',
  dateTime: 'ApptDateTime',
};

describe('a cancellation date a database writes for "none"', () => {
  it.each([
    ['1900-01-01 00:00:00.000', true],
    ['0001-01-01', true],
    ['1753-01-01T00:00:00', true],
    ['12/30/1899', true],
    ['01.01.1970', true],
    ['0000-00-00 00:00:00', true],
    ['2027-02-26 14:05:11.000', false],
    ['02/26/2027', false],
    ['1130', false], // not a date at all: left to the date checks
    // a UTC offset after the time is no year (RFC 2822; Healthie's appointment_datetime_raw)
    ['Mon, 15 Mar 2027 12:19:19 -0400', false],
    ['Friday, Mar 12 2027, 10:00AM -0500', false],
    ['Mar 15 2027 9:00 AM +0000', false],
    ['1900-01-01 00:00:00 +0000', true],
  ])('%s is a placeholder: %s', (value, expected) => {
    expect(isPlaceholderDate(value)).toBe(expected);
  });

  it('is no cancellation: booked rows go as booked, the dated one as cancelled', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '310045,22871,Nolan,Grace,1979-05-14,Hugh Tan,2027-03-02 09:00:00,Scheduled,1900-01-01 00:00:00.000',
        '310046,22872,Walsh,Liam,1988-10-03,Hugh Tan,2027-03-02 09:30:00,Confirmed,1900-01-01 00:00:00.000',
        '310047,22873,Chen,Ava,1995-01-22,Hugh Tan,2027-03-02 10:00:00,Cancelled,2027-02-26 14:05:11.000',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.status}`)).toEqual([
      '310045 NEW',
      '310046 NEW',
      '310047 CANCEL',
    ]);
  });

  it('without a status column, no row is cancelled by it', async () => {
    const r = await collect(
      files.write([
        'ApptID,PatientID,LastName,FirstName,BirthDate,ProviderName,ApptDateTime,CancelDate',
        '310045,22871,Nolan,Grace,1979-05-14,Hugh Tan,2027-03-02 09:00:00,1900-01-01 00:00:00.000',
        '310047,22873,Chen,Ava,1995-01-22,Hugh Tan,2027-03-02 10:00:00,2027-02-26 14:05:11.000',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
  });

  it('a cancellation stamped with a UTC offset cancels (its -0400 is no year 400)', async () => {
    // RFC 2822 as web APIs write it, and Healthie's raw style (appointment_datetime_raw, as the
    // start too): both cancellations dated 15 March 2027.
    const r = await collect(
      files.write([
        'ApptID,PatientID,LastName,FirstName,BirthDate,ProviderName,ApptDateTime,CancelDate',
        '310050,22880,Klein,Boris,1969-09-09,Hugh Tan,2027-03-16 14:00:00,',
        '310051,22881,Martin,Chloe,1990-12-12,Hugh Tan,2027-03-16 15:00:00,"Mon, 15 Mar 2027 12:19:19 -0400"',
        '310052,22882,Ortiz,Dan,1981-01-01,Hugh Tan,"Tuesday, Mar 16 2027, 4:00PM -0400","Monday, Mar 15 2027, 9:00AM -0400"',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL', 'CANCEL']);
    // a start written so is no "no date" either: 4 PM at UTC-4 is 20:00 UTC
    expect(r.appointments[2]!.start.toISOString()).toBe('2027-03-16T20:00:00.000Z');
  });
});

describe('a cancellation column against a booked status word', () => {
  const rows = [
    HEAD,
    '310045,22871,Nolan,Grace,1979-05-14,Hugh Tan,2027-03-02 09:00:00,Scheduled,2027-02-20 10:00:00',
    '310047,22873,Chen,Ava,1995-01-22,Hugh Tan,2027-03-02 10:00:00,Cancelled,2027-02-26 14:05:11',
  ];

  it('holds the file, naming the column and the row that disagrees', async () => {
    const r = await collect(files.write(rows), opts);
    expect(r.summary.doubts).toMatchObject([
      { kind: 'status', field: 'status', column: 'CancelDate', samples: ['Scheduled / 2027-02-20 10:00:00'] },
    ]);
  });

  it('is not asked again once a person confirmed the mapping (the column decides)', async () => {
    const profile = confirmedProfile(
      files,
      { ...COLUMNS, status: 'ApptStatus', cancelledAt: 'CancelDate' },
      HEAD.split(','),
    );
    const file = files.write(rows);
    await answerOn(profile, file, { ...opts, profile });
    const r = await collect(file, { ...opts, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['CANCEL', 'CANCEL']);
  });

  it('a cancelled flag against a booked word holds too; agreeing rows do not', async () => {
    const head = 'Appt ID,Patient ID,Last,First,DOB,Provider,Date,Time,Status,Cancelled';
    const held = await collect(
      files.write([head, 'A1,P1,Nolan,Grace,05/14/1979,Hugh Tan,03/02/2027,9:00 AM,Confirmed,Y']),
      opts,
    );
    expect(held.summary.doubts).toMatchObject([{ kind: 'status', column: 'Cancelled' }]);
    const agreeing = await collect(
      files.write([
        head,
        'A1,P1,Nolan,Grace,05/14/1979,Hugh Tan,03/02/2027,9:00 AM,Cancelled,Y',
        'A2,P2,Walsh,Liam,10/03/1988,Hugh Tan,03/02/2027,9:30 AM,Confirmed,N',
      ]),
      opts,
    );
    expect(agreeing.summary.doubts).toEqual([]);
    expect(agreeing.appointments.map((a) => a.status)).toEqual(['CANCEL', 'NEW']);
  });

  // A soft delete leaves the status as it was: a database's `IsDeleted` = 1 beside `Scheduled` is
  // how every deleted row looks (an appointment archive with Status, IsDeleted and DeleteReason
  // side by side), so the flag cancels without a question. `Cancelled` = Y beside `Confirmed`
  // (above) still holds: there the two say opposite things about one visit. (A delete flag the
  // columns do not map, eClinicalWorks' `deleteFlag`, is held as a withdrawal column instead.)
  it.each(['Deleted', 'IsDeleted', 'Is_Deleted', 'Deleted YN'])(
    'a %s flag beside a booked status cancels, asked nothing',
    async (column) => {
      const r = await collect(
        files.write([
          `Appt ID,Patient ID,Last,First,DOB,Provider,Date,Time,Status,${column}`,
          'A1,P1,Nolan,Grace,05/14/1979,Hugh Tan,03/02/2027,9:00 AM,Scheduled,1',
          'A2,P2,Walsh,Liam,10/03/1988,Hugh Tan,03/02/2027,9:30 AM,Confirmed,0',
          'A3,P3,Chen,Ava,01/22/1995,Hugh Tan,03/02/2027,10:00 AM,Cancelled,0',
        ]),
        opts,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => `${a.appointmentId} ${a.status}`)).toEqual([
        'A1 CANCEL',
        'A2 NEW',
        'A3 CANCEL',
      ]);
    },
  );
});

describe('one appointment id on a booked and a cancelled row', () => {
  it('holds a status history listed newest first (the last row would decide)', async () => {
    const r = await collect(
      files.write([
        'Appointment ID,Patient ID,Patient Name,DOB,Provider,Appointment Date,Status,Status Changed',
        '900411,E100234,"Nolan, Grace",05/14/1979,"Tan, Hugh",03/02/2027 09:00,Cancelled,02/26/2027 16:05',
        '900411,E100234,"Nolan, Grace",05/14/1979,"Tan, Hugh",03/02/2027 09:00,Confirmed,02/20/2027 10:12',
        '900411,E100234,"Nolan, Grace",05/14/1979,"Tan, Hugh",03/02/2027 09:00,Booked,02/10/2027 08:41',
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'appointment-id', message: expect.stringMatching(/line 3/) },
    ]);
  });

  it('rows of one id that agree are not held', async () => {
    const r = await collect(
      files.write([
        'Appointment ID,Patient ID,Patient Name,DOB,Provider,Appointment Date,Status',
        '900411,E100234,"Nolan, Grace",05/14/1979,"Tan, Hugh",03/02/2027 09:00,Confirmed',
        '900411,E100234,"Nolan, Grace",05/14/1979,"Tan, Hugh",03/02/2027 09:00,Booked',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
  });
});

describe('a second column whose words say cancelled', () => {
  const head =
    'HistDateTStamp\tHistApptAction\tAptNum\tPatNum\tLName\tFName\tBirthdate\tAptDateTime\tAptStatus';

  it('holds a change log whose action says Deleted while the status still says Scheduled', async () => {
    const r = await collect(
      files.write(
        [
          head,
          '2027-02-10 08:41:12\tCreated\t88140\t3120\tNolan\tGrace\t1979-05-14\t2027-03-02 09:00:00\tScheduled',
          '2027-02-10 08:41:12\tCreated\t88141\t3121\tWalsh\tLiam\t1988-10-03\t2027-03-02 10:00:00\tScheduled',
          '2027-02-26 16:05:40\tDeleted\t88140\t3120\tNolan\tGrace\t1979-05-14\t2027-03-02 09:00:00\tScheduled',
        ],
        'txt',
      ),
      opts,
    );
    // Held as a log of changes too (change-log.test.ts): each row is a version of an appointment.
    expect(r.summary.doubts).toMatchObject([
      { check: 'change-log', column: 'HistApptAction' },
      { check: 'cancel-text', field: 'status', column: 'HistApptAction', samples: ['Deleted'] },
    ]);
  });

  it('holds a confirmation column whose one cancel word falls on a booked row (Open Dental)', async () => {
    // Open Dental's `Confirmed` column: mostly words of its own (`Not Called`, `eConfirm Sent`),
    // and `Pt Cancelled` on a row whose AptStatus still says Scheduled.
    const od = (confirmed: string[], statuses = confirmed.map(() => 'Scheduled')): string =>
      files.write(
        [
          'AptNum\tPatNum\tLName\tFName\tBirthdate\tAptDateTime\tAptStatus\tConfirmed\tProvAbbr',
          ...confirmed.map(
            (c, i) =>
              `${5501 + i}\t${101 + i}\t${['Nolan', 'Walsh', 'Chen', 'Park', 'Reyes', 'Okafor'][i]}\tPat\t1975-04-1${i}\t2027-03-02 ${10 + i}:00:00\t${statuses[i]}\t${c}\tDOC1`,
          ),
        ],
        'txt',
      );
    const confirmations = ['Not Called', 'eConfirm Sent', 'Texted', 'Appointment Confirmed', 'E-mailed'];
    const held = await collect(od([...confirmations, 'Pt Cancelled']), opts);
    expect(held.summary.doubts).toMatchObject([
      {
        check: 'cancel-text',
        column: 'Confirmed',
        samples: ['Pt Cancelled'],
        message: expect.stringMatching(/on 1 row .*line 7/),
      },
    ]);
    // The same word on a row the status already cancels holds nothing.
    const agreeing = await collect(
      od([...confirmations, 'Pt Cancelled'], [...confirmations.map(() => 'Scheduled'), 'Broken']),
      opts,
    );
    expect(agreeing.summary.doubts).toEqual([]);
    expect(agreeing.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW', 'NEW', 'NEW', 'CANCEL']);
  });

  it('a column of confirmation words beside the status is no second status', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last,First,DOB,Provider,Date,Time,Status,Confirmation',
        'A1,P1,Nolan,Grace,05/14/1979,Hugh Tan,03/02/2027,9:00 AM,Scheduled,Confirmed',
        'A2,P2,Walsh,Liam,10/03/1988,Hugh Tan,03/02/2027,9:30 AM,Cancelled,Left message',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
  });
});

describe('a status note in a patient name, with no status column', () => {
  const plain = ['Smith, John', 'Brown, Mary', 'Wilson, Robert', 'Clark, Helen', 'Hall, Peter'].map(
    (n, i) => `03/02/2027,${9 + i}:00,"${n}",01/0${i + 1}/1950,Dr Lee,Recall`,
  );
  const file = (noted: string): string =>
    files.write([
      'Date,Time,Patient,DOB,Provider,Type',
      ...plain,
      `03/02/2027,15:15,"${noted}",06/08/1955,Dr Lee,Recall`,
    ]);

  it('holds the file: the note may be the only sign of a cancellation', async () => {
    const r = await collect(file('Lewis, Susan (CANCELLED)'), opts);
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: ['CANCELLED'] }]);
  });

  it('holds a note that names a no-show before the cancellation', async () => {
    const r = await collect(file('Fenwick, Laura (No show/cancel)'), opts);
    expect(r.summary.doubts).toMatchObject([{ check: 'name-note', samples: ['No show/cancel'] }]);
  });

  it('a nickname in brackets is no status note', async () => {
    const r = await collect(file('Lewis, Susan (Sue)'), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[5]!.patient.firstName).toBe('Susan');
  });
});

describe('a status note in a patient name, beside a status column', () => {
  // Dentrix: `Brandt, Otto (CANCELLED)` with status FIRM went as booked (the note was read only
  // when there was no status column).
  const file = (noted: string, status: string): string =>
    files.write([
      'Appt Date,Time,Patient Name,Chart #,Birth Date,Provider,Status',
      '03/02/2027,8:00am,"Hollis, Grant",HO0012,07/22/1966,DDS1,FIRM',
      '03/02/2027,9:00am,"Marsh, Eleanor",MA0031,03/12/1958,DDS1,??????',
      `03/02/2027,11:30am,"${noted}",BR0023,06/06/1949,DDS1,${status}`,
    ]);

  it.each(['Brandt, Otto (CANCELLED)', 'Brandt, Otto (No show/cancel)', 'Brandt, Otto [cxl]'])(
    'holds %s on a booked row',
    async (noted) => {
      const r = await collect(file(noted, 'FIRM'), opts);
      expect(r.summary.doubts).toMatchObject([
        { check: 'name-note', message: expect.stringContaining('on rows the status sends as booked') },
      ]);
    },
  );

  it('holds nothing where the status agrees, or the note says no cancellation', async () => {
    for (const [noted, status] of [
      ['Brandt, Otto (CANCELLED)', 'Cancelled'],
      ['Brandt, Otto (NO SHOW)', 'FIRM'], // a no-show was booked
      ['Brandt, Otto (Bob)', 'FIRM'],
    ]) {
      const r = await collect(file(noted!, status!), opts);
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments).toHaveLength(3);
    }
  });
});

describe('a cancellation column written NULL where there is no date', () => {
  // SQL Server Management Studio's "Save results as" writes NULL for an empty cell; a JSON
  // flattener writes `null` (Cliniko's `cancelled_at: null`). Neither is a cancellation.
  const head =
    'ApptID,PatientID,LastName,FirstName,BirthDate,ProviderName,ApptDateTime,CancelDate,CancelFlag';
  const profile = () =>
    confirmedProfile(
      files,
      { ...COLUMNS, cancelledAt: 'CancelDate', cancelledFlag: 'CancelFlag' },
      head.split(','),
    );

  it('books the NULL and null rows and cancels only the dated one', async () => {
    const r = await collect(
      files.write([
        head,
        '310045,22871,Nolan,Grace,1979-05-14,Hugh Tan,2027-03-02 09:00:00,NULL,NULL',
        '310046,22872,Walsh,Liam,1988-10-03,Hugh Tan,2027-03-02 09:30:00,null,0',
        '310047,22873,Chen,Ava,1995-01-22,Hugh Tan,2027-03-02 10:00:00,2027-02-26 14:05:11.000,NULL',
        '310048,22874,Park,Joon,1990-06-01,Hugh Tan,2027-03-02 10:30:00,None,1',
      ]),
      { ...opts, profile: profile() },
    );
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.status}`)).toEqual([
      '310045 NEW',
      '310046 NEW',
      '310047 CANCEL',
      '310048 CANCEL',
    ]);
  });

  it('a word that is not a date is a row error, never a cancellation', async () => {
    const r = await collect(
      files.write([
        head,
        '310045,22871,Nolan,Grace,1979-05-14,Hugh Tan,2027-03-02 09:00:00,Sick,',
        '310046,22872,Walsh,Liam,1988-10-03,Hugh Tan,2027-03-02 09:30:00,,',
      ]),
      { ...opts, profile: profile() },
    );
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.status}`)).toEqual(['310046 NEW']);
    expect(r.errors).toMatchObject([{ line: 2, field: 'cancelledAt', value: 'Sick' }]);
  });
});

describe('the type, reason or description that says cancelled or not an appointment', () => {
  // A booking list with no status column writes the cancellation into the type
  // (`Cancelled - Follow-up`, `Canceled`); a schedule with one books blocked time (`Lunch`) under a
  // dummy patient with status Confirmed. Either would go as a booked appointment.
  const head = 'Date,Time,Patient,DOB,Provider,Appointment Type';
  const ny = { timeZone: 'America/New_York' };

  it('holds a file with no status column whose type says cancelled, naming the column', async () => {
    const r = await collect(
      files.write([
        head,
        '03/02/2027,9:00 AM,"Doe, Jane",04/15/1980,Dr. Amy Lee,Cancelled - Follow-up',
        '03/02/2027,10:00 AM,"Smith, John",05/11/1975,Dr. Amy Lee,Follow-up',
        '03/02/2027,1:00 PM,"Green, Al",06/12/1971,Dr. Amy Lee,Canceled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'status',
        column: 'Appointment Type',
        samples: ['Cancelled - Follow-up'],
        message: expect.stringContaining('on 2 rows'),
      },
    ]);
  });

  it('holds blocked time booked as Confirmed; ordinary types and a cancelled Lunch row do not hold', async () => {
    const h2 = `${head},Status`;
    const held = await collect(
      files.write([
        h2,
        '03/02/2027,9:00 AM,"Doe, Jane",04/15/1980,Dr. Amy Lee,Follow-up,Confirmed',
        '03/02/2027,12:00 PM,"Office, Dental",01/01/2000,Dr. Amy Lee,Lunch,Confirmed',
      ]),
      ny,
    );
    expect(held.summary.doubts).toMatchObject([
      { kind: 'status', column: 'Appointment Type', samples: ['Lunch'] },
    ]);
    const sent = await collect(
      files.write([
        h2,
        '03/02/2027,9:00 AM,"Doe, Jane",04/15/1980,Dr. Amy Lee,Follow-up,Confirmed',
        '03/02/2027,12:00 PM,"Office, Dental",01/01/2000,Dr. Amy Lee,Lunch,Cancelled',
        '03/02/2027,3:00 PM,"Smith, John",05/11/1975,Dr. Amy Lee,Cancellation Policy Review,Confirmed',
      ]),
      ny,
    );
    expect(sent.summary.doubts).toEqual([]);
    expect(sent.appointments.map((a) => `${a.patient.lastName} ${a.status}`)).toEqual([
      'Doe NEW',
      'Office CANCEL', // the dummy patient 'Office, Dental' (a name of placeholder words alone is a row error)
      'Smith NEW',
    ]);
  });

  it("an X-Ray type is no OpenEMR/athena 'x' (cancelled) code", async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Patient Name,DOB,Appt Date,Appt Time,Provider,Appt Type',
        '1001,5001,"Smith, John",04/12/1975,03/02/2027,9:00 AM,Dr. Alan Lee,Exam',
        '1002,5002,"Jones, Mary",11/30/1982,03/02/2027,9:30 AM,Dr. Alan Lee,X-Ray',
        '1003,5003,"Brown, Peter",01/05/1960,03/02/2027,10:00 AM,Dr. Alan Lee,X Rays',
        '1004,5004,"Green, Ann",07/19/1990,03/02/2027,10:30 AM,Dr. Alan Lee,x-fer',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.appointmentId} ${a.status}`)).toEqual([
      '1001 NEW',
      '1002 NEW',
      '1003 NEW',
      '1004 NEW',
    ]);
  });
});

describe('blocked time in the type or reason beside a status column', () => {
  // Dentrix books lunch and meetings under a dummy patient with status FIRM and says what the slot
  // is only in `Reason`; OpenEMR's provider categories (Vacation, Reserved, In Office) and NextGen's
  // block appointments come as the type. Each of those rows would go as a booked appointment.
  const ny = { timeZone: 'America/New_York' };
  // The dummy patients a practice books such slots under (not `SCHEDULE, DR`: a title for the
  // given name is a row error of its own, name-titles.test.ts).
  const DUMMIES = [
    'OFFICE, DENTAL',
    'RIVERSIDE, DDS',
    'SCHEDULE, MAIN',
    'CLINIC, FRONT',
    'DOCTOR, ANNA',
    'HYGIENE, RIVER',
    'DESK, FRONT',
  ];
  const dentrix = (reasons: string[], header = 'Reason'): string =>
    files.write([
      'Dentrix Appointment List',
      'Riverside Family Dental',
      `"Appt Date","Time","Patient Name","Chart #","Birth Date","Provider","Operatory","Status","${header}"`,
      '"03/01/2027","8:00 AM","OBRIEN, SEAN P","OBR0012","06/09/1977","DDS1","OP-2","FIRM","PROPH"',
      ...reasons.map(
        (r, i) =>
          `"03/01/2027","${i + 1}:00 PM","${DUMMIES[i]}","DUM000${i}","01/0${i + 1}/1980","DDS1","OP-1","FIRM","${r}"`,
      ),
    ]);

  it('holds a Dentrix list whose Reason says LUNCH, STAFF MTG, DO NOT BOOK or ER SLOT', async () => {
    const r = await collect(dentrix(['LUNCH', 'STAFF MTG', 'DO NOT BOOK', 'ER SLOT']), ny);
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'status',
        check: 'off-book-text',
        column: 'Reason',
        samples: ['LUNCH'],
        message: expect.stringContaining('on 4 rows'),
      },
    ]);
  });

  it.each([
    'Vacation',
    'Holidays',
    'Closed',
    'In Office',
    'Reserved',
    'Hold',
    'Staff Mtg',
    'Lunch Break',
    'Break',
    'Block Out',
    'Blockout',
    'Do Not Book',
    'Blocked Slot',
    'Slot Available',
    'Not available',
    'Unbooked',
    'PTO',
    'Day Off',
    'Time Off',
    'Admin Time',
    'Training',
    'Emergency Slot',
    'Drug Rep',
    'Vendor',
    'Vacation - Dr Lee',
  ])('holds the type %s', async (type) => {
    const r = await collect(dentrix([type], 'Appt Type'), ny);
    expect(r.summary.doubts).toMatchObject([{ check: 'off-book-text', samples: [type] }]);
  });

  it('sends real visit types and reasons that only contain such a word', async () => {
    const r = await collect(
      dentrix([
        'Follow-up',
        'Hold-over',
        'CPAP Training',
        'Emergency',
        'New Patient',
        'Break-in pain',
        'Post-op (closed reduction)',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(8);
  });
});

describe('a note or reason that says cancelled beside a booked status', () => {
  // The status says Scheduled and the notes say the patient cancelled: the notes column is mapped
  // as the description, so no column check saw it, and the rows went as booked.
  const head =
    'Appointment ID,Patient Account #,Patient Name,DOB,Appt Date,Appt Time,Provider,Status,Reason,Called?,Notes';
  const notes = (cells: Array<[string, string]>): string =>
    files.write([
      head,
      ...cells.map(
        ([status, note], i) =>
          `${5580121 + i},${457 + i},"${['Garcia, Maria', 'Nguyen, Thanh', 'Smith, John', 'Okafor, Chidi', 'Lee, Ann', 'Park, Joon'][i]}",7/1${i}/1984,3/2/2027,${i + 1}:00 PM,"Patel, Anil MD",${status},Follow-up,Y,${note}`,
      ),
    ]);

  it.each([
    'Cancelled',
    'cancelled per pt - will call back to resched',
    'pt cxl - sick',
    'Pt canc. 3/1',
    'Cancelled by patient',
    'pt wants to cancel if earlier slot', // unclear: asked, not guessed
  ])('holds a Notes column saying %s on a Scheduled row', async (note) => {
    const r = await collect(
      notes([
        ['Confirmed', ''],
        ['Scheduled', note],
        ['Confirmed', 'LM x2'],
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'status',
        check: 'cancel-text',
        column: 'Notes',
        samples: [note],
        message: expect.stringContaining('line 3'),
      },
    ]);
  });

  it('holds nothing for notes that do not say this appointment is cancelled, or on cancelled rows', async () => {
    const r = await collect(
      notes([
        ['Confirmed', 'LM x2'],
        ['Scheduled', 'not cancelled - pt confirmed'],
        ['Scheduled', "pt didn't cancel"],
        ['Confirmed', 'on cxl list for earlier appt'],
        ['Scheduled', 'reviewed 24h cancellation policy'],
        ['Cancelled', 'pt cxl - sick'],
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW', 'NEW', 'NEW', 'CANCEL']);
  });

  it('holds a Reason column too, and a confirmed profile answers it once', async () => {
    const lines = [
      head,
      '5580121,457,"Garcia, Maria",7/10/1984,3/2/2027,9:00 AM,"Patel, Anil MD",Confirmed,Follow-up,Y,',
      '5580122,458,"Nguyen, Thanh",7/11/1984,3/2/2027,10:00 AM,"Patel, Anil MD",Scheduled,CXL - sick,Y,',
    ];
    const held = files.write(lines);
    const r = await collect(held, opts);
    expect(r.summary.doubts).toMatchObject([
      { check: 'cancel-text', column: 'Reason', samples: ['CXL - sick'] },
    ]);
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appointment ID',
        patientId: 'Patient Account #',
        patientName: 'Patient Name',
        dob: 'DOB',
        date: 'Appt Date',
        time: 'Appt Time',
        providerName: 'Provider',
        status: 'Status',
        reason: 'Reason',
        description: 'Notes',
      },
      head.split(','),
    );
    await answerOn(profile, held, { ...opts, profile });
    const again = await collect(files.write(lines), { ...opts, profile });
    expect(again.summary.doubts).toEqual([]);
    expect(again.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
  });
});

describe('a note whose reason starts with no, not or never', () => {
  // WebPT appointment notes: the reason comes first, then the cancellation. Its `No`/`Not` had
  // been read as negating the cancel word, and the rows went as booked.
  it('holds the file and counts every such row', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient Last Name,Patient First Name,Patient DOB,Therapist,Status,Appointment Notes',
        'Tue 03/02/2027,7:30 AM,ABERNATHY,CLAIRE,05/01/1966,"Sam Ortiz, PT",Checked In,',
        'Tue 03/02/2027,9:00 AM,Morales,Lucia,02/14/1978,"Sam Ortiz, PT",Scheduled,No ride - cancelled; will call to reschedule',
        'Tue 03/02/2027,11:15 AM,Pruitt,Dana,12/03/1972,"Sam Ortiz, PT",Scheduled,Not feeling well - cxl per pt',
        'Tue 03/02/2027,1:00 PM,Haines,Robert,03/08/1958,"Sam Ortiz, PT",Scheduled,not cancelled - pt confirmed',
        'Wed 03/03/2027,9:00 AM,Yamada,Ken,04/04/1990,"Priya Nair, PTA",Scheduled,No childcare - pt cxl',
        'Wed 03/03/2027,9:45 AM,Brooks,Tanya,08/08/1982,"Priya Nair, PTA",Scheduled,cx\'d by pt via text 3/1',
        'Wed 03/03/2027,10:30 AM,Osei,Kwame,06/21/1985,"Priya Nair, PTA",Scheduled,cx pain - re-eval',
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([
      {
        check: 'cancel-text',
        column: 'Appointment Notes',
        message: expect.stringContaining('on 4 rows the status sends as booked'),
      },
    ]);
  });
});

describe('a chair that parks broken appointments (Eaglesoft)', () => {
  // Practices move failed and cancelled appointments to a chair of their own
  // (thecrewprocess.com/eaglesoft-blog/broken); its status stays Confirmed or Scheduled.
  const chairs = (label: string): string =>
    files.write([
      'Date,Time,Length,Patient,Patient ID,Birthdate,Provider,Chair,Appointment Type,Status',
      'Tue 03/02/2027,8:00a,60,"Hollis, Grant",10442,07/22/1966,Dr. Renata Sousa DMD,Chair 1,Crown Seat,Confirmed',
      'Tue 03/02/2027,9:00a,30,"Marsh, Eleanor",10601,03/12/1958,Dr. Renata Sousa DMD,Op 9 - Hyg,Limited Exam,Scheduled',
      `Tue 03/02/2027,10:00a,30,"Delgado, Ruben",10377,11/30/1983,Dr. Renata Sousa DMD,${label},Perio Maint,Scheduled`,
    ]);

  it.each([
    'Broken Appts',
    'Broken Appointments',
    'Op 9 - Broken',
    'Brkn Appts',
    'Broken/Failed',
    'No Show/Cancel',
    'No Show/Cxl',
  ])('holds a chair named %s on a Scheduled row', async (label) => {
    const r = await collect(chairs(label), opts);
    expect(r.summary.doubts).toMatchObject([{ check: 'cancel-text', column: 'Chair', samples: [label] }]);
  });

  it('sends chairs that are only rooms', async () => {
    const r = await collect(chairs('Hyg 2'), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW']);
  });
});

describe('a note that mentions a cancellation, with no status column', () => {
  it('holds the file: the note is the only sign (off-book text)', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Notes',
        '03/02/2027,9:00 AM,"Doe, Jane",04/15/1980,Dr. Amy Lee,LM x2',
        '03/02/2027,10:00 AM,"Smith, John",05/11/1975,Dr. Amy Lee,pt wants to cancel if earlier slot',
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'off-book-text', column: 'Notes' }]);
  });
});

// NextGen writes `cancel_ind` (Y/N) beside `appt_status`: a yes/no column named as one.
describe('a cancellation flag beside the status (NextGen cancel_ind)', () => {
  const NG = 'appt_date,begintime,person_nbr,last_name,first_name,date_of_birth,cancel_ind,appt_status';
  const ng = (flag: string, status: string) => [
    NG,
    '20270302,0800,100455,Donovan,Patrick,19610402,N,Checked Out',
    `20270302,0845,100233,Schultz,Herman,19420117,${flag},${status}`,
    '20270302,0900,101004,Alvarez,Lucia,19550605,N,Scheduled',
  ];

  it('goes when the flag and the status agree', async () => {
    const r = await collect(files.write(ng('Y', 'Cancelled')), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL', 'NEW']);
  });

  it('is held when the flag says cancelled and the status booked', async () => {
    const r = await collect(files.write(ng('Y', 'Scheduled')), opts);
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: ['Scheduled / Y'] }]);
  });
});

// An eClinicalWorks-style resource schedule whose visit type was changed to say the visit was
// cancelled while the visit status stayed PEN: the row had gone as a booked appointment of type
// 'CANCELLED'. The type is read by its whole value only: a kind of visit named for the
// cancellation list stays booked.
describe('a type that says cancelled under a status that says booked', () => {
  const rows = (type: string) => [
    'Date,Time,Patient,MRN,DOB,Provider,Visit Type,Visit Status',
    '03/01/2027,09:00 AM,"Lopez, Ana",5510,03/03/1993,"Patel, Nisha, MD",NP,PEN',
    `03/01/2027,09:15 AM,"Reyes, Tom",5522,07/07/1977,"Patel, Nisha, MD",${type},PEN`,
  ];

  // The short forms a note or a header already reads as cancelled (`Cnx Date`, `pt cncl`) are
  // cancel words as a whole type too: `CNX` under PEN had gone as a booked visit of type 'CNX'.
  it.each(['CANCELLED', 'Canceled', 'CANC', 'Broken', 'CNX', 'Cncl', 'CXD', 'Cancd'])(
    'a type of %s holds the file',
    async (type) => {
      const r = await collect(files.write(rows(type)), opts);
      expect(r.summary.doubts).toMatchObject([
        { kind: 'status', check: 'cancel-text', column: 'Visit Type' },
      ]);
    },
  );

  it.each(['Cancellation', 'Cancellation Appt', 'Cancellation fill-in', 'Cxl list'])(
    'a type of %s (booked from the cancellation list) goes as booked',
    async (type) => {
      const r = await collect(files.write(rows(type)), opts);
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
    },
  );

  // The codes that are a status only in the status column, and a code of one character, say
  // nothing in the type (README): a US home-health file's Type = CNA (a certified nursing
  // assistant's visit) beside RN and HHA, or a type code X, had held the file as cancelled.
  it.each(['CNA', 'UTA', 'X'])('a type of %s goes as booked', async (type) => {
    const r = await collect(files.write(rows(type)), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
    expect(r.appointments[1]!.type).toBe(type);
  });

  it('a type of Cancelled on a row the status already cancels holds nothing', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,MRN,DOB,Provider,Visit Type,Visit Status',
        '03/01/2027,09:00 AM,"Lopez, Ana",5510,03/03/1993,"Patel, Nisha, MD",NP,PEN',
        '03/01/2027,09:15 AM,"Reyes, Tom",5522,07/07/1977,"Patel, Nisha, MD",CANCELLED,CANC',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
  });
});

// A status column that writes the cancellation in the short forms the notes and headers already
// read as cancelled (a scheduler's `Sch` / `CNX`): the cancelled rows are cancelled, and only the
// word the connector does not know is asked about.
describe('a status written CNX or Cncl', () => {
  it('reads CNX, Cncl and Cnxl as cancelled', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,MRN,DOB,Provider,Visit Type,Status',
        '03/01/2027,09:00 AM,"Lopez, Ana",5510,03/03/1993,"Patel, Nisha, MD",NP,Scheduled',
        '03/01/2027,09:15 AM,"Reyes, Tom",5522,07/07/1977,"Patel, Nisha, MD",FU,CNX',
        '03/01/2027,09:30 AM,"Ng, Ada",5530,01/02/1960,"Patel, Nisha, MD",FU,Cncl',
        '03/01/2027,09:45 AM,"Orr, Ben",5541,05/06/1985,"Patel, Nisha, MD",FU,Cnxl',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL', 'CANCEL', 'CANCEL']);
  });
});
