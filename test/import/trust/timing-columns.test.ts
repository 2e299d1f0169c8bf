// Columns that hold a time of the appointment's day but not its booked start: when the patient
// came or left (a visit log's `Time In` / `Time Out`, `Arrival Time`, `Actual Start`), and when
// it was booked (`Booking Date`, `Fecha de reserva`). The first are never the start; the second
// reads only weakly as one, so beside a real start column it is asked about, never taken.
// Expected starts worked out by hand (America/New_York is UTC-5 on 2 March 2027).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { headerConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import { SURE } from '../../../main/import/trust/column-doubts.ts';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('timing-columns');
const opts = { timeZone: 'America/New_York' };

describe('header words for times that are not the start', () => {
  it.each([
    // recorded on the day
    'Time In',
    'Time Out',
    'In Time',
    'Arrival Time',
    'Arrived',
    'Actual Start',
    'Checkin Time',
    // a waiting-room log: called in, seen, ready (Vision's Waiting / In Consultation / Seen)
    'Seen Time',
    'Time Seen',
    'Time Called',
    'Ready Time',
    // a wait list's wishes
    'Preferred Date',
    'Requested Time',
    'Desired Time',
    'Available Date',
    'Wunschtermin',
  ])("'%s' is never the start", (h) => {
    const c = headerConcepts(h);
    expect([headerScore('dateTime', c), headerScore('date', c), headerScore('time', c)]).toEqual([0, 0, 0]);
  });

  it("'Seen By' alone is still the provider", () => {
    expect(headerScore('providerName', headerConcepts('Seen By'))).toBeGreaterThan(0.5);
  });

  it('a booking date reads as the start only weakly, below an appointment date', () => {
    const booking = headerScore('date', headerConcepts('Booking Date'));
    expect(booking).toBeGreaterThan(0);
    expect(booking).toBeLessThan(headerScore('date', headerConcepts('Appointment Date')) - 0.15);
    // The booking's id is still the appointment id.
    expect(headerScore('appointmentId', headerConcepts('Booking ID'))).toBe(1);
  });
});

describe("a date or time word beside a word that is not the appointment's", () => {
  const top = (h: string): number => {
    const c = headerConcepts(h);
    return Math.max(headerScore('dateTime', c), headerScore('date', c), headerScore('time', c));
  };

  // Each was read at 0.8 as the appointment date, above SURE, and sent without a question.
  it.each([
    'Referral Date',
    'ReferralDate',
    'Entry Date',
    'EntryDate',
    'Entry Time',
    'Recall Date',
    'Auth Date',
    'Elig Date',
    'Admit Date',
    'Injury Date',
    'Date Of Injury',
    'Onset Date',
    'Post Date',
    'Registration Date',
    'Reg Date',
    'Statement Date',
    'Status Date',
    'Discharge Date',
    'First Visit Date',
    'Original Appt Date',
    'Surgery Date', // a pre-op list: the operation, not the visit
    'Fecha de ingreso',
    "Date d'entrée",
  ])("'%s' is read, but never surely the start", (h) => {
    expect(top(h)).toBeGreaterThan(0);
    expect(top(h)).toBeLessThan(SURE);
  });

  // Words that name the appointment, its slot or session, the service, or how the value is
  // written: as sure as before.
  it.each([
    'Appt. Date',
    'Date of Service',
    'Service Date',
    'Svc Date',
    'Visit Date',
    'Scheduled Date',
    'Date/Time',
    'Start Date',
    'Fecha',
    'Datum',
    'Termindatum',
    'Date RDV',
    'Date du RDV',
    'Event Date',
    'Consultation Date',
    'Consult Date',
    'Telehealth Date',
    'Video Visit Date',
    'Virtual Visit Time',
    'Encounter Date',
    'Procedure Date',
    'Slot Time',
    'Time Slot',
    'Sched Date',
    'Session Date',
    'Fecha de atención',
    'Date de la séance',
    'Start Time (EST)',
    'Time (Eastern)',
    'Uhrzeit (MEZ)',
    'AppointmentDateTimeUTC',
    'Date (local)',
    'Time 24h',
  ])("'%s' is still surely the start", (h) => {
    expect(top(h)).toBeGreaterThanOrEqual(SURE);
  });

  // The day is stated once above the rows; the one date column is when the patient was referred
  // or the booking entered. Sent, the referral dates went out as the appointments' days (one of
  // them in the past).
  const OTHER_DATES = path.resolve('test/fixtures/other-dates');
  it('a day sheet with the day in its title and an entry date on the rows is held, asking about it', async () => {
    const r = await collect(path.join(OTHER_DATES, 'daysheet-entry-date.csv'), opts);
    expect(r.summary.doubts).toHaveLength(1);
    expect(r.summary.doubts[0]).toMatchObject({ kind: 'column', field: 'date', column: 'Entry Date' });
    expect(r.summary.doubts[0]!.question).toContain("Is 'Entry Date' the appointment date?");
  });

  it("an XML day schedule goes on the day its element states, not on the records' referral dates", async () => {
    const r = await collect(path.join(OTHER_DATES, 'day-schedule-referral-date.xml'), opts);
    expect(r.summary.doubts).toEqual([]);
    // <DaySchedule Date="03/02/2027">: 9:00, 9:30, 10:00 in New York (UTC-5).
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T14:30:00.000Z',
      '2027-03-02T15:00:00.000Z',
    ]);
  });

  it('beside the appointment date, a referral date is left unread and nothing is asked', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Time,Patient,Chart #,DOB,Status,Referral Date',
        '03/02/2027,9:00 AM,"Garcia, Maria",1001,05/02/1984,Confirmed,11/10/2026',
        '03/02/2027,9:30 AM,"Okafor, James",1002,11/23/1971,Scheduled,01/15/2027',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    // 9:00 and 9:30 in New York (UTC-5 on 2 March 2027).
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T14:30:00.000Z',
    ]);
  });
});

describe('exports with more than one time of the day', () => {
  it("a bare 'Time' beside a 'Start' is asked about: it may be when the patient was checked in", async () => {
    // Was sent at the 'Time' (9:12, the tracking board's check-in) for its word's higher score.
    const f = files.write([
      'Date,Start,Time,Patient,DOB,Provider,Status',
      '03/02/2027,9:00 AM,9:12 AM,"Smith, John",04/05/1950,Dr Lee,Booked',
      '03/02/2027,9:30 AM,9:41 AM,"Brown, Carl",04/05/1951,Dr Lee,Booked',
    ]);
    const r = await collect(f, opts);
    expect(r.summary.doubts.map((d) => [d.kind, d.field, d.message])).toEqual([
      ['column', 'time', "two columns could be the start time: 'Time' and 'Start'"],
    ]);
  });

  it("a visit log's scheduled time is sent, not the time the patient came in", async () => {
    const r = await collect(
      files.write([
        'Visit Date,Sched Time,Time In,Time Out,Patient,DOB,Therapist,Visit Type,Status',
        '03/02/2027,8:00 AM,8:12 AM,8:58 AM,"Nolan, Grace",05/14/1979,"Ruiz, Ana PT",Re-eval,Checked Out',
        '03/02/2027,9:00 AM,9:21 AM,10:05 AM,"Walsh, Liam",10/03/1988,"Ruiz, Ana PT",Treatment,Checked Out',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T13:00:00.000Z',
      '2027-03-02T14:00:00.000Z',
    ]);
  });

  it('a booking date beside the appointment date is not taken for the start', async () => {
    const r = await collect(
      files.write([
        'Booking Date,Appointment Date,Appointment Time,Patient First Name,Patient Last Name,Date of Birth,Practitioner',
        '02/26/2027,03/02/2027,9:00 AM,Grace,Nolan,05/14/1979,Dr Hugh Tan',
        '02/24/2027,03/03/2027,10:30 AM,Liam,Walsh,10/03/1988,Dr Hugh Tan',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-03T15:30:00.000Z',
    ]);
  });
});

describe('AM/PM in a column of its own', () => {
  const head = 'Date,Time,AM/PM,Patient,Chart #,Birth Date,Provider,Status';

  it('holds times without AM/PM beside a column of AM/PM markers (7:00 PM would go as 07:00)', async () => {
    const r = await collect(
      files.write([
        head,
        '03/02/2027,10:00,AM,"NOLAN, GRACE",1021,05/14/1979,DR TAN,Confirmed',
        '03/02/2027,7:00,PM,"CHEN, AVA",1023,01/22/1995,DR TAN,Confirmed',
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'start-time', field: 'time', column: 'AM/PM' }]);
  });

  it('does not hold when the times carry their AM/PM already', async () => {
    const r = await collect(
      files.write([
        head,
        '03/02/2027,10:00 AM,AM,"NOLAN, GRACE",1021,05/14/1979,DR TAN,Confirmed',
        '03/02/2027,7:00 PM,PM,"CHEN, AVA",1023,01/22/1995,DR TAN,Confirmed',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T15:00:00.000Z',
      '2027-03-03T00:00:00.000Z',
    ]);
  });
});

describe("a wait list's wishes", () => {
  it('a wait-list report is not sent as booked appointments', async () => {
    const r = await collect(
      files.write([
        'Patient,Date of Birth,Preferred Provider,Appointment Type,Preferred Date,Time,Status,Comments',
        '"Smith, John",04/15/1980,Dr Alan Lee,Recall,03/02/2027,9:00 AM - 12:00 PM,Active,mornings only',
        '"Brown, Carl",06/22/1970,Dr Alan Lee,Crown seat,03/03/2027,1:00 PM - 5:00 PM,Active,call cell first',
      ]),
      opts,
    );
    expect(r.summary.doubts.length).toBeGreaterThan(0);
  });
});

describe('a birth date a program writes for "unknown"', () => {
  it('is a row error for that row (1900-01-01 on a blocked slot), the others go', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,Birthdate,Provider',
        '03/02/2027,8:00 AM,"OFFICE, DENTAL",01/01/1900,Dr Lee', // a dummy whose name alone is no placeholder
        '03/02/2027,9:00 AM,"Smith, John",04/15/1980,Dr Lee',
      ]),
      opts,
    );
    expect(r.errors.map((e) => [e.line, e.field, e.value])).toEqual([[2, 'dob', '01/01/1900']]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Smith']);
  });
});

describe('a birth date written as a timestamp', () => {
  // A .NET DataSet writes a date with the writer's offset (`1985-02-14T00:00:00+01:00`); a JSON
  // API may write Berlin's midnight in UTC (`1985-02-13T23:00:00Z`). Either is 14 February, never
  // the UTC day 13 February (worked out by hand: 00:00+01:00 is 23:00Z the day before).
  it.each([
    ['1985-02-14T00:00:00+01:00', '1985-02-14'],
    ['1985-02-13T23:00:00Z', '1985-02-14'],
    ['1972-07-01T00:00:00+02:00', '1972-07-01'],
    ['1985-02-14T00:00:00Z', '1985-02-14'],
  ])('%s in Berlin is %s', async (written, day) => {
    // Named in a profile: recognition by itself does not take timestamps for birth dates.
    const head = 'Appt ID,Patient ID,First Name,Last Name,Date of Birth,Start,Provider,Status';
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        patientId: 'Patient ID',
        firstName: 'First Name',
        lastName: 'Last Name',
        dob: 'Date of Birth',
        dateTime: 'Start',
        providerName: 'Provider',
        status: 'Status',
      },
      head.split(','),
    );
    const r = await collect(
      files.write([head, `T1,P1,Lena,Vogel,${written},2027-03-02 09:00,Dr Keller,Confirmed`]),
      {
        timeZone: 'Europe/Berlin',
        profile,
      },
    );
    expect(r.appointments.map((a) => a.patient.dob)).toEqual([day]);
  });
});

describe('a birth date with a two-digit year', () => {
  // A MEDITECH-style list: 04/15/24 reads as 2024, but 1924 (a patient of 102, as its Age/Sex
  // column says) is as possible; 11/20/81 can only be 1981 (2081 is in the future). By hand.
  const head = 'Appt Date,Appt Time,MRN,Appt ID,Patient Name,Age/Sex,Birthdate,Provider,Status';
  const rows = [
    '03/02/27,0900,M000123456,V00012345,"HOLLOWAY,EDITH M",102/F,04/15/24,"PATEL,RAJ MD",BOOKED',
    '03/02/27,0930,M000223344,V00012346,"GARZA,LUIS",45/M,11/20/81,"PATEL,RAJ MD",BOOKED',
    '03/02/27,1000,M000334455,V00012347,"NGUYEN,AMY",2/F,01/09/25,"PATEL,RAJ MD",BOOKED',
    '03/02/27,1030,M000445566,V00012348,"BECKER,WALTER",52/M,12/01/74,"PATEL,RAJ MD",BOOKED',
  ];
  // Named in a profile a person has not confirmed (the check runs until one does).
  const profile = files.write(
    JSON.stringify({
      name: 'meditech-list',
      columns: {
        date: 'Appt Date',
        time: 'Appt Time',
        patientId: 'MRN',
        appointmentId: 'Appt ID',
        patientName: 'Patient Name',
        dob: 'Birthdate',
        providerName: 'Provider',
        status: 'Status',
      },
    }),
    'json',
  );

  it('holds the file when a 20xx reading could as well be 19xx', async () => {
    const r = await collect(files.write([head, ...rows]), { ...opts, profile });
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        field: 'dob',
        column: 'Birthdate',
        message: expect.stringContaining(
          '2 birth dates have a two-digit year read as 20xx (the first on line 2)',
        ),
      },
    ]);
  });

  it('sends 19xx readings that cannot be 20xx', async () => {
    const r = await collect(files.write([head, rows[1]!, rows[3]!]), { ...opts, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1981-11-20', '1974-12-01']);
  });

  // Greenway Intergy-style list (two-digit years everywhere): on a visit of 2 March 2027 the
  // lifetime bound is 2 March 1907, so 05/06/01 (1901: 125 years old) and 12/31/06 (1906) can only
  // be 2001 and 2006; 03/03/07 as 1907 is a patient of 119, possible, so that one is still asked.
  const intergyHead = 'Appt Date,Appt Time,Patient #,Appt ID,Patient Name,Birth Date,Provider,Status';
  const young = [
    '03/02/27,0900,104533,V00022001,"PETERSEN,KARIN",05/06/01,"PATEL,RAJ MD",Scheduled',
    '03/02/27,0930,104541,V00022002,"ALVAREZ,JORGE",12/31/06,"PATEL,RAJ MD",Scheduled',
    '03/02/27,1000,104498,V00022003,"BECKER,WALTER",12/01/74,"PATEL,RAJ MD",Scheduled',
  ];
  const intergy = files.write(
    JSON.stringify({
      name: 'intergy-list',
      columns: {
        date: 'Appt Date',
        time: 'Appt Time',
        patientId: 'Patient #',
        appointmentId: 'Appt ID',
        patientName: 'Patient Name',
        dob: 'Birth Date',
        providerName: 'Provider',
        status: 'Status',
      },
    }),
    'json',
  );

  it('sends 20xx readings whose 19xx reading no patient can have', async () => {
    const r = await collect(files.write([intergyHead, ...young]), { ...opts, profile: intergy });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['2001-05-06', '2006-12-31', '1974-12-01']);
  });

  it('still asks when the 19xx reading is a patient within a lifetime', async () => {
    const within = '03/02/27,1030,104560,V00022004,"OKAFOR,JAMES",03/03/07,"PATEL,RAJ MD",Scheduled';
    const r = await collect(files.write([intergyHead, ...young, within]), { ...opts, profile: intergy });
    expect(r.summary.doubts).toMatchObject([
      {
        field: 'dob',
        message: expect.stringContaining(
          '1 birth date has a two-digit year read as 20xx (the first on line 5)',
        ),
      },
    ]);
  });
});

describe('a patient name read in the wrong text encoding', () => {
  it.each([
    ['Jos‚', 'N¤£ez'], // CP850 (DOS) read as Windows-1252
    ['Jos\u0081', 'Müller'], // a C1 control: CP850's ü
    ['José', 'Nœ–ez'], // Mac Roman
  ])('%s %s is a row error, never sent garbled', async (first, last) => {
    const r = await collect(
      files.write([
        'Date,Time,First Name,Last Name,Birthdate,Provider',
        `03/02/2027,9:00 AM,${first},${last},04/05/1980,Dr Lee`,
        '03/02/2027,9:30 AM,João,Pereira,04/05/1981,Dr Lee',
        '03/02/2027,10:00 AM,Ann,D´Souza,04/05/1982,Dr Lee',
      ]),
      opts,
    );
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, "the patient's name looks garbled by a wrong text encoding"],
    ]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Pereira', 'D´Souza']);
  });

  // UTF-8 read as Windows-1252, also where the second byte is one of Windows-1252's own characters
  // (0x80-0x9F): É, Ñ, Ü, Polish ś, a curly apostrophe. A line that reads back as UTF-8 whole is
  // read so (read/mojibake.ts) and goes as written (capitals proper-cased); beside a real letter
  // on its line (the provider `Dr Lée`) it cannot be, and the name is a row error.
  it.each([
    ['JosÃ©', 'NÃºÃ±ez', 'José Núñez'],
    ['JOSÃ‰', 'NUÃ‘EZ', 'José Nuñez'],
    ['Claire', 'Ã‰mond', 'Claire Émond'],
    ['Zoe', 'MÃœLLER', 'Zoe Müller'],
    ['Jan', 'Å›liwiÅ„ski', 'Jan śliwiński'],
    ['Sean', 'Oâ€™Brien', 'Sean O’Brien'],
  ])('%s %s is read back as %s, and is a row error beside a real letter', async (first, last, sent) => {
    const r = await collect(
      files.write([
        'Date,Time,First Name,Last Name,Birthdate,Provider',
        `03/02/2027,9:00 AM,${first},${last},04/05/1980,Dr Lee`,
        `03/02/2027,9:15 AM,${first},${last},04/05/1980,Dr Lée`,
        '03/02/2027,9:30 AM,João,Pereira,04/05/1981,Dr Lee',
      ]),
      opts,
    );
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [3, "the patient's name looks garbled by a wrong text encoding"],
    ]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      sent,
      'João Pereira',
    ]);
  });

  it.each([
    ['Åsa', 'Öberg'],
    ['Þór', 'Ægisdóttir'],
    ['Renée', 'Müßig'],
    ['Łukasz', 'Śliwiński'],
    ['Çağla', 'Žukauskaitė'],
  ])('%s %s is a name, sent as written', async (first, last) => {
    const r = await collect(
      files.write([
        'Date,Time,First Name,Last Name,Birthdate,Provider',
        `03/02/2027,9:00 AM,${first},${last},04/05/1980,Dr Lee`,
      ]),
      opts,
    );
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([[first, last]]);
  });
});
