// A zone the export writes must be the practice's: after each time (`9:00 AM EST`, already held
// when it is not), in the start column's header (`Time (UTC)`), or as a machine's UTC offset
// (`2027-03-16T09:00:00-05:00`, an interface writing New York's winter offset all year). The
// file is held, never shifted; `Z` (UTC instants, how APIs write) is converted as always.
// Expected instants worked out by hand: New York is UTC-5 until 14 March 2027, UTC-4 after.
import { describe, expect, it } from 'vitest';
import { zoneInHeader } from '../../../main/import/map/header-zone.ts';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('written-zones');

describe('a zone in the start column header', () => {
  it.each([
    ['Date (UTC)', 'UTC'],
    ['Time (utc)', 'UTC'],
    ['Time (ET)', 'ET'],
    ['Start Time EST', 'EST'],
    ['Appt Time [GMT+1]', 'GMT+1'],
    ['Starts At', undefined],
    ['Appt Time', undefined],
    ['Time (Local)', undefined],
    // split as header recognition splits: camelCase, snake_case
    ['AppointmentDateTimeUTC', 'UTC'],
    ['start_time_utc', 'UTC'],
    ['StartTimeGMT', 'GMT'],
    ['StartTimeEST', 'EST'],
    // spelled-out North American zones, with or without Time, Standard, Daylight
    ['Appointment Time (Eastern)', 'ET'],
    ['Start Time (Eastern Time)', 'ET'],
    ['Start Time (Eastern Standard Time)', 'EST'],
    ['Pacific Daylight Time Start', 'PDT'],
    ['Appt Time Central', 'CT'],
    ['Mountain Time Start', 'MT'],
    ['Start (Hawaii)', 'HST'],
    ['Alaska Time Appt', 'AKT'],
    ['Start Time (Newfoundland Time)', 'NT'],
    ['Start Time Atlantic', 'AT'],
    // two-letter generic names as words of their own
    ['Start Time ET', 'ET'],
    ['Appt Time PT', 'PT'],
    ['START TIME CT', 'CT'],
    // …and not otherwise
    ['Date et heure', undefined],
    ['DATE ET HEURE DU RDV', undefined],
    ['PT Appt Time', undefined],
    ['Central Clinic Appt Time', undefined],
    ['Mountain View Start', undefined],
    ['Pacific Start Date', undefined],
  ])('%s names %s', (header, zone) => {
    expect(zoneInHeader(header)).toBe(zone);
  });

  const rows = [
    'Appointment ID,Patient ID,First Name,Last Name,Date of Birth,Provider,Date (UTC),Time (UTC),Status',
    '7f3a01,10021,Grace,Nolan,05/14/1979,Hugh Tan,03/02/2027,14:00,Confirmed',
    '7f3a02,10022,Liam,Walsh,10/03/1988,Hugh Tan,03/02/2027,15:00,Confirmed',
  ];

  it('UTC over the time: the times are instants, converted as `Z` ones are (14:00 UTC is 9:00 in New York)', async () => {
    const r = await collect(files.write(rows), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T15:00:00.000Z',
    ]);
  });

  it('another zone than UTC over the time is held (the times would be hours off)', async () => {
    const r = await collect(files.write(rows.map((l) => l.replaceAll('(UTC)', '(CST)'))), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['CST'] }]);
  });

  it('is the practice zone: sent as written', async () => {
    const r = await collect(files.write(rows), { timeZone: 'Etc/UTC' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T15:00:00.000Z',
    ]);
  });
});

describe('a zone spelled in the start header, or glued to it', () => {
  it('converts `AppointmentDateTimeUTC` in New York (14:00 UTC is 9:00 there; 00:30 UTC on 3 March is 7:30 PM on 2 March)', async () => {
    const r = await collect(
      files.write([
        'AppointmentId,PatientId,FirstName,LastName,DateOfBirth,AppointmentDateTimeUTC,DoctorName,Status',
        '1201,340,John,Smith,1980-04-15,2027-03-02 14:00:00.000,Dr. David Lee,Confirmed',
        '1202,341,Jane,Doe,1975-11-02,2027-03-02 19:30:00.000,Dr. David Lee,Confirmed',
        '1203,342,Ada,Poe,1971-01-09,2027-03-03 00:30:00.000,Dr. David Lee,Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T19:30:00.000Z',
      '2027-03-03T00:30:00.000Z',
    ]);
  });

  const eastern = [
    'Appointment ID,Appointment Date,Appointment Time (Eastern),Patient Name,Patient DOB,Provider,Status',
    'TH-5521,03/02/2027,9:00 AM,"Smith, John",04/15/1980,"Lee, David MD",Scheduled',
    'TH-5522,03/02/2027,2:00 PM,"Doe, Jane",11/02/1975,"Lee, David MD",Scheduled',
  ];

  it('holds `(Eastern)` in Chicago (9:00 Eastern would go as 9:00 Central, an hour late)', async () => {
    const r = await collect(files.write(eastern), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['ET'] }]);
  });

  it("sends `(Eastern)` in New York, the practice's own zone (UTC-5 on 2 March 2027)", async () => {
    const r = await collect(files.write(eastern), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T19:00:00.000Z',
    ]);
  });
});

describe('a zone in the date header beside a plain time column', () => {
  const dated = (dateHeader: string): string[] => [
    `Appointment ID,Patient ID,First Name,Last Name,Date of Birth,Provider,${dateHeader},Appt Time,Status`,
    '7f3b01,10031,Grace,Nolan,05/14/1979,Hugh Tan,03/02/2027,13:00,Confirmed',
    '7f3b02,10032,Liam,Walsh,10/03/1988,Hugh Tan,03/02/2027,14:30,Confirmed',
  ];

  it.each([
    ['Date (UTC)', 'UTC'],
    ['Appt Date (PST)', 'PST'],
  ])('holds `%s` in New York (13:00 there would go 5 or 3 hours off)', async (header, zone) => {
    const r = await collect(files.write(dated(header)), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: [zone] }]);
  });

  it("sends `(EST)` on a winter date in New York, the practice's own clock (13:00 EST = 18:00Z)", async () => {
    const r = await collect(files.write(dated('Appointment Date (EST)')), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T18:00:00.000Z',
      '2027-03-02T19:30:00.000Z',
    ]);
  });

  it('holds a date header and a time header that name two zones', async () => {
    const rows = dated('Date (ET)').map((l, i) => (i === 0 ? l.replace('Appt Time', 'Time (CT)') : l));
    const r = await collect(files.write(rows), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['CT'] }]);
  });
});

describe('a zone a title line states', () => {
  const titled = (title: string): string[] => [
    'Appointment List',
    title,
    '',
    'Appointment ID,Patient ID,First Name,Last Name,Date of Birth,Provider,Start Time,Status',
    '7f3c01,10041,Grace,Nolan,05/14/1979,Hugh Tan,03/15/2027 9:00 AM,Confirmed',
    '7f3c02,10042,Liam,Walsh,10/03/1988,Hugh Tan,03/15/2027 1:00 PM,Confirmed',
  ];

  it.each([
    ['Time Zone: (GMT-06:00) Central Time (US & Canada)'],
    ['Timezone: America/Chicago'],
    ['Appointments export - all times in UTC'],
  ])('holds `%s` in New York, naming the line (9:00 would go 1 or 5 hours off)', async (line) => {
    const r = await collect(files.write(titled(line)), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toHaveLength(1);
    expect(r.summary.doubts[0]).toMatchObject({ kind: 'time-zone', check: 'title-zone', samples: [line] });
    expect(r.summary.doubts[0]!.message).toContain(`the title line '${line}'`);
  });

  it("sends Central times in Chicago, the practice's own zone (9:00 CDT on 15 March 2027 = 14:00Z)", async () => {
    for (const line of ['Time Zone: (GMT-06:00) Central Time (US & Canada)', 'Timezone: America/Chicago']) {
      const r = await collect(files.write(titled(line)), { timeZone: 'America/Chicago' });
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
        '2027-03-15T14:00:00.000Z',
        '2027-03-15T18:00:00.000Z',
      ]);
    }
  });

  it('sends UTC times in a practice on UTC (13:00 UTC = 13:00Z)', async () => {
    const r = await collect(files.write(titled('All times are UTC')), { timeZone: 'Etc/UTC' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T09:00:00.000Z',
      '2027-03-15T13:00:00.000Z',
    ]);
  });

  it('an XML root that states its zone as an attribute is read the same way', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Appointments timeZone="America/Chicago">
<Appointment><AppointmentId>7f3d01</AppointmentId><PatientId>10051</PatientId><FirstName>Grace</FirstName><LastName>Nolan</LastName><DOB>1979-05-14</DOB><Provider>Hugh Tan</Provider><Start>2027-03-15 09:00</Start><Status>Confirmed</Status></Appointment>
<Appointment><AppointmentId>7f3d02</AppointmentId><PatientId>10052</PatientId><FirstName>Liam</FirstName><LastName>Walsh</LastName><DOB>1988-10-03</DOB><Provider>Hugh Tan</Provider><Start>2027-03-15 13:00</Start><Status>Confirmed</Status></Appointment>
</Appointments>
`;
    const r = await collect(files.write(xml, 'xml'), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', check: 'title-zone' }]);
  });

  it('once a person confirms the mapping on it, later files go', async () => {
    const lines = titled('Time Zone: Central Time');
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appointment ID',
        patientId: 'Patient ID',
        firstName: 'First Name',
        lastName: 'Last Name',
        dob: 'Date of Birth',
        dateTime: 'Start Time',
        providerName: 'Provider',
        status: 'Status',
      },
      lines[3]!.split(','),
    );
    const ny = { timeZone: 'America/New_York', profile };
    await answerOn(profile, files.write(lines), ny);
    const r = await collect(files.write(lines), ny);
    expect(r.summary.doubts).toEqual([]);
  });
});

describe('a UTC offset written with the time', () => {
  const head = 'AppointmentId,PatientId,FirstName,LastName,DateOfBirth,Provider,StartDateTime,Status';
  const opts = { timeZone: 'America/New_York' };

  it("holds New York's winter offset written on a summer-time date", async () => {
    const r = await collect(
      files.write([
        head,
        '5001,P77,Grace,Nolan,1979-05-14,Hugh Tan,2027-03-08T09:00:00-05:00,Booked',
        '5002,P78,Liam,Walsh,1988-10-03,Hugh Tan,2027-03-16T09:00:00-05:00,Booked',
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['UTC-05:00'] }]);
  });

  it('sends offsets that are the practice zone, and UTC instants, converted', async () => {
    const r = await collect(
      files.write([
        head,
        '5001,P77,Grace,Nolan,1979-05-14,Hugh Tan,2027-03-08T09:00:00-05:00,Booked',
        '5002,P78,Liam,Walsh,1988-10-03,Hugh Tan,2027-07-16T09:00:00-04:00,Booked',
        '5003,P79,Ava,Chen,1995-01-22,Hugh Tan,2027-07-16T14:30:00Z,Booked',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-08T14:00:00.000Z',
      '2027-07-16T13:00:00.000Z',
      '2027-07-16T14:30:00.000Z',
    ]);
  });
});

describe(".NET's DateTimeOffset (`3/2/2027 9:00:00 AM -05:00`): the offset, not a time range", () => {
  const head = 'AppointmentId,PatientId,FirstName,LastName,DateOfBirth,StartTime,EndTime,ProviderName,Status';
  // The patient's number is another than the appointment's: one equal to it, marked or not, would
  // be the patient's number under the appointment id (id-column.ts), a question of its own.
  const row = (id: number, day: string, time: string): string =>
    `${id},P${id - 4000},Ann${id},Lee,4/15/1980,${day} ${time},${day} ${time},Dr Lee,Booked`;

  it('is the instant written: New York in winter is UTC-5, so 9:00 and 2:00 PM are 14:00Z and 19:00Z', async () => {
    const r = await collect(
      files.write([
        head,
        row(5001, '3/2/2027', '9:00:00 AM -05:00'),
        row(5002, '3/2/2027', '2:00:00 PM -05:00'),
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T19:00:00.000Z',
    ]);
  });

  it.each([
    // Chicago is UTC-6 until 14 March 2027; New York is UTC-4 in July.
    ['America/Chicago', '3/2/2027'],
    ['America/New_York', '7/13/2027'],
  ])('holds an offset that is not the practice zone (%s on %s)', async (timeZone, day) => {
    const r = await collect(files.write([head, row(5101, day, '9:00:00 AM -05:00')]), { timeZone });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['UTC-05:00'] }]);
  });

  it('in a time column beside a date column: the instant too (UTC 2:00 PM is 9:00 in New York)', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,First Name,Last Name,DOB,Appt Date,Appt Time,Provider,Status',
        '6001,P1,Ann,Lee,4/15/1980,3/2/2027,2:00:00 PM +00:00,Dr Lee,Booked',
        '6002,P2,Bob,Lee,4/16/1980,3/2/2027,3:30:00 PM +00:00,Dr Lee,Booked',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T15:30:00.000Z',
    ]);
  });
});

describe('a date written as a timestamp at midnight', () => {
  const head =
    'appointment_id,appointment_date,start_time,patient_id,last_name,first_name,date_of_birth,provider,status';
  const rows = [
    head,
    'A1001,2027-03-02T00:00:00Z,09:00,1203,Smith,John,1980-04-15,Dr Lee,Booked',
    'A1002,2027-03-02T00:00:00-05:00,09:30,1377,Brown,Carl,1970-06-22,Dr Lee,Booked',
  ];

  // Was held as "starts at midnight" while the column was read as the start itself; recognised as a
  // column of days (as `2027-03-02 00:00:00` is), it is the day as written at the time beside it:
  // what a person confirms below. Never the UTC instant (7 PM the day before in New York).
  it('beside a time column, recognised as the date: the day as written at that time, never midnight', async () => {
    const r = await collect(files.write(rows), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T14:30:00.000Z',
    ]);
  });

  it('alone (no time column): never sent at midnight', async () => {
    const alone = rows.map((l) => l.replace(/,(start_time|09:00|09:30),/, ','));
    const r = await collect(files.write(alone), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([
      { kind: 'start-time', message: expect.stringMatching(/midnight/) },
    ]);
  });

  it('beside a time column mapped by a person: the day as written at that time', async () => {
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'appointment_id',
        date: 'appointment_date',
        time: 'start_time',
        patientId: 'patient_id',
        lastName: 'last_name',
        firstName: 'first_name',
        dob: 'date_of_birth',
        providerName: 'provider',
        status: 'status',
      },
      head.split(','),
    );
    const r = await collect(files.write(rows), { timeZone: 'America/New_York', profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T14:30:00.000Z',
    ]);
  });
});

describe('a time zone per row', () => {
  const head = 'Appt ID,StartDate,EndDate,TimeZoneId,PatientID,LastName,FirstName,DOB,Resource,Status';
  const row = (id: number, zone: string): string =>
    `${id},03/02/2027 09:00,03/02/2027 09:30,${zone},P${id - 4000},Smith,John${id},04/15/1980,Dr Lee,Confirmed`;

  it("holds zones that are not the practice's (9:00 Mountain would go as 9:00 Eastern)", async () => {
    const r = await collect(
      files.write([head, row(8101, 'Mountain Standard Time'), row(8102, 'America/New_York')]),
      {
        timeZone: 'America/New_York',
      },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', column: 'TimeZoneId' }]);
  });

  it("sends when every row names the practice's zone", async () => {
    const r = await collect(
      files.write([head, row(8101, 'America/New_York'), row(8102, 'America/New_York')]),
      {
        timeZone: 'America/New_York',
      },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-02T14:00:00.000Z');
  });
});

describe('UTC instants that would start at night in the practice zone', () => {
  // A scheduling database that keeps the practice's own clock but writes it with `Z` (as many
  // JSON serialisers do): 9:00 in the morning in Los Angeles goes as 01:00 there. Los Angeles is
  // UTC-8 on 2 March 2027, so 09:00Z is 01:00, 12:30Z 04:30, 17:00Z 09:00 (worked out by hand).
  const head = 'AppointmentId,PatientId,FirstName,LastName,DOB,StartTime,Provider,Status';
  const rows = (...starts: string[]) => [
    head,
    ...starts.map(
      (s, i) => `${1001 + i},P${i + 1},Ann${'abcdef'[i]},Lee,1980-02-0${i + 1},${s},Dr Kim,Scheduled`,
    ),
  ];
  const la = { timeZone: 'America/Los_Angeles' };

  it('holds the file when most would start between 00:00 and 04:59', async () => {
    const r = await collect(
      files.write(rows('2027-03-02T09:00:00Z', '2027-03-02T12:30:00Z', '2027-03-02T17:00:00Z')),
      la,
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'start-time',
        field: 'dateTime',
        column: 'StartTime',
        samples: ['2027-03-02T09:00:00Z', '2027-03-02T12:30:00Z'],
      },
    ]);
    expect(r.summary.doubts[0]!.message).toContain("'2027-03-02T09:00:00Z' is 01:00");
  });

  it('sends them when they fall in the day there (the same instants for a practice in London)', async () => {
    const r = await collect(
      files.write(rows('2027-03-02T09:00:00Z', '2027-03-02T12:30:00Z', '2027-03-02T17:00:00Z')),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T09:00:00.000Z',
      '2027-03-02T12:30:00.000Z',
      '2027-03-02T17:00:00.000Z',
    ]);
  });

  // 23:00Z is 15:00 in Los Angeles: read as written it is no day's hour (7 PM to 6 AM UTC is
  // where a real UTC day of the Americas lies), so the Z is the machine's and is trusted.
  it('a few early starts among day-time ones are sent (a clinic opening at 4:30)', async () => {
    const r = await collect(
      files.write(rows('2027-03-02T12:30:00Z', '2027-03-02T17:00:00Z', '2027-03-02T23:00:00Z')),
      la,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-02T12:30:00.000Z');
  });

  // 12:30Z, 17:00Z, 18:00Z: 4:30 AM, 9 AM and 10 AM in Los Angeles, or the practice's own 12:30
  // PM to 6 PM marked Z. Both are a day: asked, never guessed.
  it('a day as written that converts to a start before 6 AM: held', async () => {
    const r = await collect(
      files.write(rows('2027-03-02T12:30:00Z', '2027-03-02T17:00:00Z', '2027-03-02T18:00:00Z')),
      la,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night', samples: ['2027-03-02T12:30:00Z'] }]);
    expect(r.summary.doubts[0]!.message).toContain('between 22:01 and 05:59');
  });

  it('once a person confirms the mapping, they go as written', async () => {
    const lines = rows('2027-03-02T09:00:00Z', '2027-03-02T10:00:00Z');
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'AppointmentId',
        patientId: 'PatientId',
        firstName: 'FirstName',
        lastName: 'LastName',
        dob: 'DOB',
        dateTime: 'StartTime',
        providerName: 'Provider',
        status: 'Status',
      },
      head.split(','),
    );
    const file = files.write(lines);
    await answerOn(profile, file, { ...la, profile });
    const r = await collect(file, { ...la, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T09:00:00.000Z',
      '2027-03-02T10:00:00.000Z',
    ]);
  });
});

describe('a start at exactly midnight UTC', () => {
  // Cliniko writes every start in UTC: 2027-03-02T00:00:00Z is 11:00 in Sydney (AEDT, UTC+11),
  // an ordinary start when the file's other starts carry times; alone it may be a date written
  // with no time, and is asked about. Worked out by hand.
  const head = 'AppointmentId,PatientId,FirstName,LastName,DOB,StartTime,Provider,Status';
  const sydney = { timeZone: 'Australia/Sydney' };
  const row = (id: string, start: string) => `${id},P${id},Ann,Lee${id},1980-02-03,${start},Dr Kim,Scheduled`;

  it('is 11:00 in Sydney beside starts with times', async () => {
    const r = await collect(
      files.write([head, row('1', '2027-03-02T00:00:00Z'), row('2', '2027-03-01T23:00:00Z')]),
      sydney,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T00:00:00.000Z',
      '2027-03-01T23:00:00.000Z',
    ]);
  });

  it('is asked about when every start is at midnight UTC (a date with no time?)', async () => {
    const r = await collect(
      files.write([head, row('1', '2027-03-02T00:00:00Z'), row('2', '2027-03-03T00:00:00Z')]),
      sydney,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'start-time', message: expect.stringContaining('2 rows start at exactly midnight') },
    ]);
  });

  // 2027-03-16T00:00:00Z is 8 PM on 15 March in New York (EDT, UTC-4): a date written at UTC
  // midnight, shown a day early; 01:00 on 16 March in Paris (CET, UTC+1) is night there.
  it.each([
    ['America/New_York', '2027-03-15T13:00:00Z', '2027-03-16T18:00:00Z'],
    ['Europe/Paris', '2027-03-15T09:00:00Z', '2027-03-16T14:00:00Z'],
  ])('in %s, one among timed starts is asked about as midnight', async (timeZone, a, b) => {
    const r = await collect(files.write([head, row('1', a), row('2', '2027-03-16T00:00:00Z'), row('3', b)]), {
      timeZone,
    });
    expect(r.summary.doubts).toMatchObject([
      { kind: 'start-time', check: 'midnight', samples: ['2027-03-16T00:00:00Z'] },
    ]);
  });
});

describe('an all-day event', () => {
  // A calendar's all-day event: its start is the day's midnight (UTC here), not a time.
  it.each(['all_day', 'All Day', 'All Day Event', 'AllDay', 'is_all_day'])(
    '`%s` = true is a row error; the timed rows go (13:00Z and 18:00Z as written)',
    async (flag) => {
      const r = await collect(
        files.write([
          `appointment_id,patient_id,first_name,last_name,dob,start,end,${flag},provider,status`,
          '7101,4001,Emma,Stone,1985-04-12,2027-03-15T13:00:00.000Z,2027-03-15T13:30:00.000Z,false,Dr. Amira Haddad,booked',
          '7102,4002,Liam,Brooks,1990-11-03,2027-03-16T00:00:00.000Z,2027-03-17T00:00:00.000Z,true,Dr. Amira Haddad,booked',
          '7103,4003,Ava,Kim,1979-01-02,2027-03-16T18:00:00.000Z,2027-03-16T18:30:00.000Z,false,Dr. Amira Haddad,booked',
        ]),
        { timeZone: 'America/New_York' },
      );
      expect(r.summary.doubts).toEqual([]);
      expect(r.errors).toMatchObject([
        { line: 3, column: flag, message: expect.stringContaining('all-day event') },
      ]);
      expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
        '2027-03-15T13:00:00.000Z',
        '2027-03-16T18:00:00.000Z',
      ]);
    },
  );
});

// `(EST)` over a New York schedule's times is the practice's clock all year round: people write EST
// in summer too. Read as Eastern time, it goes without a question; another zone's name is held.
// New York is UTC-5 until 14 March 2027 (EST), UTC-4 from then to 7 November (EDT).
describe("the practice's own zone in the start header, standard or daylight: its clock all year", () => {
  const schedule = (zone: string): string[] => [
    `Patient ID,Last Name,First Name,DOB,Appt Date (MM/DD/YYYY),Start (${zone}),Provider,Status`,
    '1001,Smith,John,01/02/1970,01/11/2027,9:00 AM,Dr. Lee,Scheduled',
    '1002,Jones,Mary,05/06/1980,03/15/2027,9:00 AM,Dr. Lee,Scheduled',
    '1003,Brown,Ann,07/08/1990,07/15/2027,2:30 PM,Dr. Lee,Scheduled',
  ];
  const inNewYork = ['2027-01-11T14:00:00.000Z', '2027-03-15T13:00:00.000Z', '2027-07-15T18:30:00.000Z'];

  it.each(['EST', 'EDT', 'ET', 'Eastern', 'local'])(
    '`Start (%s)` in New York goes, read as New York time (EDT in March and July)',
    async (zone) => {
      const r = await collect(files.write(schedule(zone)), { timeZone: 'America/New_York' });
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.start.toISOString())).toEqual(inNewYork);
    },
  );

  it.each([
    ['CST', 'America/New_York'],
    ['PST', 'America/New_York'],
    ['GMT', 'America/New_York'],
    ['EST', 'America/Chicago'],
  ])('`Start (%s)` in %s is held, naming the zone (the times would go hours off)', async (zone, timeZone) => {
    const r = await collect(files.write(schedule(zone)), { timeZone });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: [zone] }]);
    expect(r.summary.doubts[0]!.message).toContain(`'${zone}'`);
  });

  // The answer is the practice's one zone setting (no zone is kept per file): the question says
  // where it is changed, in the desktop app and for the command line, and that confirming does not.
  it("the question says how to change the practice's time zone, in the settings window and in settings.json", async () => {
    const r = await collect(files.write(schedule('CST')), { timeZone: 'America/New_York' });
    const q = r.summary.doubts[0]!.question;
    expect(q).toContain("Is the practice's time zone America/New_York right for this export?");
    expect(q).toContain(
      "If the times written 'CST' are the practice's own clock (its schedule shows them as written), it is not",
    );
    expect(q).toContain(
      'tray menu Settings…, the practice\'s "Time zone of the times in the exports", then Save changes',
    );
    expect(q).toContain('the practice\'s "timeZone" in settings.json (the file --config names');
    expect(q).toContain('an Area/City name such as America/Chicago');
    expect(q).toContain('read again once the settings are saved');
    // The other case: the setting is right and the export writes another office's clock. No answer
    // in the review silences this (it is the only sign that the setting may be wrong).
    expect(q).toContain(
      "If America/New_York is right, the export writes another office's clock: set the scheduling software to export the practice's own times",
    );
    expect(q).toContain(
      "Confirming the mapping changes neither: the file stays held while its times say 'CST'",
    );
  });
});

// UTC in the header of the column that holds the time says what `Z` after each time would: the
// times are instants. Converted, their clock in the practice's zone is audited: under a header's
// label one start between 00:00 and 04:59 there holds the file (the practice's own clock labelled
// UTC), and a date header's UTC beside a plain time column says nothing sure of the time.
// New York is UTC-5 until 14 March 2027; Los Angeles UTC-8 until then.
describe('UTC in the time column header: converted, never read as local time', () => {
  const head = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time (UTC),Provider,Status';
  const rows = (...times: string[]): string[] => [
    head,
    ...times.map(
      (t, i) => `${5001 + i},${1001 + i},Lee${i},Ann,01/02/1970,03/08/2027,${t},Dr. Lee,Scheduled`,
    ),
  ];

  it('9:00 AM labelled UTC is 4:00 AM in New York: held (utc-night), never sent at 4 AM', async () => {
    const r = await collect(files.write(rows('9:00 AM', '10:00 AM', '2:30 PM')), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night' }]);
  });

  it('one night start among daytime ones is enough under a header (the whole column is labelled)', async () => {
    // 14:00, 15:30 UTC are 9:00 and 10:30 AM; 08:30 UTC is 3:30 AM.
    const r = await collect(files.write(rows('14:00', '15:30', '08:30')), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night', samples: ['03/08/2027 08:30'] }]);
  });

  it("a Los Angeles practice's own 9:00 labelled UTC (01:00 there) is held", async () => {
    const r = await collect(files.write(rows('9:00', '10:30', '11:30')), { timeZone: 'America/Los_Angeles' });
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night' }]);
  });

  it("east of UTC, a practice's own 5:00 PM labelled UTC lands late in the evening: held (22:00-04:59 under a header)", async () => {
    // Kolkata is UTC+5:30 all year: 09:00 and 11:00 UTC are 14:30 and 16:30, 17:00 UTC is 22:30.
    const r = await collect(files.write(rows('09:00', '11:00', '17:00')), { timeZone: 'Asia/Kolkata' });
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night', samples: ['03/08/2027 17:00'] }]);
    expect(r.summary.doubts[0]!.message).toContain('between 22:00 and 04:59');
  });

  it('UTC times of an evening clinic east of UTC that end by 21:59 there go (15:30 UTC is 21:00 in Kolkata)', async () => {
    // India writes day-first: 03/08/2027 is 3 August.
    const r = await collect(files.write(rows('04:00', '15:30')), { timeZone: 'Asia/Kolkata' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-08-03T04:00:00.000Z',
      '2027-08-03T15:30:00.000Z',
    ]);
  });

  it('a title line saying UTC over a UTC header agrees with it: converted, not held for the title', async () => {
    const r = await collect(files.write(['Appointments - all times in UTC', ...rows('17:00', '22:15')]), {
      timeZone: 'America/Los_Angeles',
    });
    expect(r.summary.doubts).toEqual([]);
    // 17:00 UTC is 9:00 AM PST, 22:15 UTC 2:15 PM PST.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-08T17:00:00.000Z',
      '2027-03-08T22:15:00.000Z',
    ]);
  });

  it('`Date (UTC)` beside a plain `Time`: held, the time may be the practice clock', async () => {
    const plainTime = rows('14:00', '15:30').map((l) =>
      l.replace('Appt Date,Appt Time (UTC)', 'Appt Date (UTC),Appt Time'),
    );
    const r = await collect(files.write(plainTime), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['UTC'] }]);
  });

  it('UTC over the time and another zone over the date: held for that zone', async () => {
    const twoZones = rows('14:00').map((l) => l.replace('Appt Date,', 'Appt Date (PST),'));
    const r = await collect(files.write(twoZones), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['PST'] }]);
  });

  // A cell that writes its own zone under the UTC header: `9:00 AM EST` is not 09:00 UTC (4 AM
  // in New York, the time sent before, with no question since EST is New York's winter zone).
  it('a time that writes another zone under the UTC header is never read as UTC: held', async () => {
    const r = await collect(files.write(rows('9:00 AM EST', '10:30 AM EST', '11:30 AM EST')), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['UTC'] }]);
    expect(r.appointments.map((a) => a.start.toISOString())).not.toContain('2027-03-08T09:00:00.000Z');
  });

  it('a date-time writing another zone under `Start Time (UTC)`: held', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last Name,First Name,DOB,Start Time (UTC),Provider,Status',
        '5001,1001,Lee,Ann,01/02/1970,03/08/2027 9:00 AM EST,Dr. Lee,Scheduled',
        '5002,1002,Poe,Ada,01/02/1971,03/08/2027 10:30 AM EST,Dr. Lee,Scheduled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['UTC'] }]);
  });

  it('UTC written after each time under the UTC header says it again: converted, not held', async () => {
    // 14:00 and 15:30 UTC are 9:00 and 10:30 AM in New York (UTC-5 on 8 March 2027).
    const r = await collect(files.write(rows('14:00 UTC', '15:30 UTC')), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-08T14:00:00.000Z',
      '2027-03-08T15:30:00.000Z',
    ]);
  });

  it('UTC after the practice clock under the UTC header is still audited (09:00 UTC is 4 AM): held', async () => {
    const r = await collect(files.write(rows('09:00 UTC', '10:30 UTC')), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night' }]);
  });

  // Another zone written for the same times that is the practice's own says they are not UTC:
  // read as UTC, 14:00 went as 9:00 AM in New York where the title or date header says 2 PM.
  it('a title stating the practice zone over a UTC time header: held, never read either way', async () => {
    const r = await collect(
      files.write(['Appointment List - Time Zone: Eastern Time', '', ...rows('14:00', '15:30')]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['UTC'] }]);
  });

  it('the practice zone over the date beside UTC over the time: held', async () => {
    const dateEst = rows('14:00', '15:30').map((l) => l.replace('Appt Date,', 'Appt Date (EST),'));
    const r = await collect(files.write(dateEst), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['UTC'] }]);
  });

  it('in London in winter a title saying GMT over a UTC header names the same clock: converted', async () => {
    // Day-first in London: 08/03/2027 is 8 March, on GMT (UTC+0); 3 August would be on BST.
    const winter = rows('09:00', '14:30').map((l) => l.replace('03/08/2027', '08/03/2027'));
    const r = await collect(files.write(['Time Zone: GMT', '', ...winter]), { timeZone: 'Europe/London' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-08T09:00:00.000Z',
      '2027-03-08T14:30:00.000Z',
    ]);
  });

  it('in London in summer a title saying GMT over a UTC header is held (GMT is not the clock then)', async () => {
    const r = await collect(files.write(['Time Zone: GMT', '', ...rows('09:00', '14:30')]), {
      timeZone: 'Europe/London',
    });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone' }]);
  });
});

// Chicago keeps CST (UTC-6) until 14 March 2027 and CDT (UTC-5) after: `CST` written on 15 March
// is the practice's own winter name on a summer-time day, most likely its clock named all year.
describe("the practice's own standard name written on a daylight-time day", () => {
  const visits = [
    'Visit Date/Time,Visit #,Patient,Patient ID,DOB,Status',
    '03/13/2027 08:05 AM CST,V1,"Lindahl, Erik",UC48817,09/14/1985,Checked Out',
    '03/15/2027 12:10 PM CST,V2,"Nwosu, Adaeze",UC52276,12/01/2012,Checked In',
  ];

  it('holds the file and says the season, not "not the practice\'s time zone"', async () => {
    const r = await collect(files.write(visits), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toHaveLength(1);
    const d = r.summary.doubts[0]!;
    expect(d).toMatchObject({ kind: 'time-zone', samples: ['CST'] });
    expect(d.message).toContain("America/Chicago's name for its standard time");
    expect(d.message).not.toContain("not the practice's time zone");
    expect(d.question).toContain('sent as written');
  });

  it("another zone's standard name (EST in Chicago) is still asked as another zone", async () => {
    const r = await collect(files.write(visits.map((l) => l.replace(' CST,', ' EST,'))), {
      timeZone: 'America/Chicago',
    });
    expect(r.summary.doubts).toMatchObject([{ kind: 'time-zone', samples: ['EST'] }]);
    expect(r.summary.doubts[0]!.message).toContain("not the practice's time zone");
  });
});
