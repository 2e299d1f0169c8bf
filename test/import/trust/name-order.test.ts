// One-column names with no comma in the automatic order: `SMITH JOHN A` (a middle initial last)
// shows the export writes last name first, so the same file's `GARCIA MARIA` would go as first
// name Garcia, last name Maria. Held until a person confirms the mapping or sets the order.
// Expected outcomes worked out by hand.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { givenNameShownFirst } from '../../../main/import/map/names.ts';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';
import { familyFirstOnLine2 } from './family-first-doubt.ts';

const files = exportFiles('name-order');
const head = 'APPTNO|APPTDATE|APPTTIME|PATIENT NAME|BIRTHDATE|DOCTOR|STATUS';
const chicago = { timeZone: 'America/Chicago' };
const rows = [
  head,
  '100231|20270302|0900|SMITH JOHN A|19800412|LEE DAVID|SCHEDULED',
  '100232|20270302|0930|GARCIA MARIA|19751103|LEE DAVID|SCHEDULED',
];

describe('a lowercase particle first shows the family name first', () => {
  it('asks about the two-word names beside it (Smith John went as first name Smith)', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Status',
        '03/02/2027,10:00 AM,de la Cruz Maria,04/05/1950,Dr Lee,Booked',
        '03/02/2027,11:00 AM,Smith John,04/05/1951,Dr Lee,Booked',
      ]),
      chicago,
    );
    expect(r.summary.doubts.map((d) => [d.check, d.column])).toEqual([['name-order', 'Patient']]);
    expect(r.summary.doubts[0]!.message).toContain('the first on line 2, like de la Cruz Maria');
    expect(r.summary.doubts[0]!.message).toContain('(the first on line 3)');
  });
});

describe('names written last name first without a comma', () => {
  it('holds the two-word names of a file that writes SMITH JOHN A (lines, not names, in the doubt)', async () => {
    const r = await collect(files.write(rows, 'txt'), chicago);
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        field: 'patientName',
        column: 'PATIENT NAME',
        message: expect.stringContaining('the name on line 2 is written last name first'),
        samples: [],
      },
    ]);
    expect(r.summary.doubts[0]!.message).not.toContain('GARCIA');
  });

  it('does not hold a file of two-word names alone', async () => {
    const plain = await collect(files.write([head, rows[2]!], 'txt'), chicago);
    expect(plain.summary.doubts).toEqual([]);
  });

  it('with the order set to last-first, both split as written: Smith John A, Garcia Maria', async () => {
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'APPTNO',
        date: 'APPTDATE',
        time: 'APPTTIME',
        patientName: 'PATIENT NAME',
        dob: 'BIRTHDATE',
        providerName: 'DOCTOR',
        status: 'STATUS',
      },
      head.split('|'),
    );
    const p = JSON.parse(fs.readFileSync(profile, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(profile, JSON.stringify({ ...p, patientNameOrder: 'last-first' }));
    const r = await collect(files.write(rows, 'txt'), { ...chicago, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'John Smith',
      'Maria Garcia',
    ]);
  });
});

describe('three words without a comma where the file writes names family name first', () => {
  // `Smith Mary Ann` is Mary Ann Smith, or Smith with the given names Mary and Ann: read first name
  // first it had gone as first name Smith, last name Ann. Held where the file's other names show
  // the family name first; sent where nothing does. Expected by hand.
  const head = 'Appt ID,Patient ID,Name,DOB,Date,Time,Provider,Status';
  const row = (id: number, name: string) =>
    `${id},${700 + id},${name},04/05/19${50 + id},03/15/2027,9:30 AM,Dr Lee,Scheduled`;
  const ny = { timeZone: 'America/New_York' };
  const nameOrder = async (names: string[]) =>
    (await collect(files.write([head, ...names.map((n, i) => row(i + 1, n))]), ny)).summary.doubts.filter(
      (d) => d.check === 'name-order',
    );

  it('beside SMITH JOHN A (last name first with a middle initial, no comma): held, naming lines', async () => {
    const d = await nameOrder(['OKAFOR CHIDI A', 'DIAZ ROSA MARIA']);
    expect(d).toMatchObject([{ column: 'Name', samples: [] }]);
    expect(d[0]!.message).toContain('the name on line 2 is written last name first with a middle initial');
    expect(d[0]!.message).toContain('names of three words or more without a comma (the first on line 3)');
    expect(d[0]!.message).not.toMatch(/DIAZ|Diaz|ROSA|Rosa|OKAFOR|Okafor/);
  });

  it('beside more comma names than names without one: held', async () => {
    const d = await nameOrder(['"Okafor, Chidi"', 'Smith Mary Ann', '"Jones, Ann"']);
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain(
      '2 names are written last name, comma, first name (the first on line 2) and 1 without one',
    );
    expect(d[0]!.message).toContain('(the first on line 3)');
  });

  it('beside a lowercase particle first (de la Cruz Maria): held', async () => {
    const d = await nameOrder(['de la Cruz Maria', 'Smith Mary Ann']);
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('(the first on line 2, like de la Cruz Maria)');
    expect(d[0]!.message).toContain('names of three words or more without a comma (the first on line 3)');
  });

  it('goes where the file writes the same person with a comma (Reyes, John beside John Allen Reyes)', async () => {
    const r = await collect(
      files.write([head, row(1, '"Reyes, John"'), row(2, '"Okafor, Chidi"'), row(3, 'John Allen Reyes')]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'John|Reyes',
      'Chidi|Okafor',
      'John|Reyes',
    ]);
    // Another person of the same family is no proof: Mary is not written Reyes, Mary.
    const d = await nameOrder(['"Reyes, John"', '"Okafor, Chidi"', 'Mary Ann Reyes']);
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('(the first on line 4)');
  });

  it('goes with an initial between (John A Smith), a title in front, or no more comma names than others', async () => {
    expect(await nameOrder(['"Okafor, Chidi"', 'John A Smith', '"Jones, Ann"'])).toEqual([]);
    expect(await nameOrder(['"Okafor, Chidi"', 'Mrs. Mary Ann Smith', '"Jones, Ann"'])).toEqual([]);
    // One comma name beside one of three words is no majority: John Allen Reyes goes as written.
    const r = await collect(files.write([head, row(1, '"Garcia, Maria"'), row(2, 'John Allen Reyes')]), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'Maria|Garcia',
      'John|Reyes',
    ]);
  });
});

describe('names written with a comma on some rows and without on others', () => {
  // A hand-kept list typed both ways: `Garcia, Maria` marks the family name, `Smith John` does not
  // (had gone as first name Smith, last name John). Held where comma names are at least as many
  // (the list writes the family name first), with lines, never names. Expected by hand.
  const head = 'Appt ID,Patient ID,Name,DOB,Date,Time,Provider,Status';
  const row = (id: number, name: string, dob: string) =>
    `${id},${500 + id},${name},${dob},03/15/2027,9:30 AM,Dr Lee,Scheduled`;
  const ny = { timeZone: 'America/New_York' };

  it('holds a file whose comma names sit beside Smith John', async () => {
    const r = await collect(
      files.write([head, row(1, 'Smith John', '01/02/1970'), row(2, '"Garcia, Maria"', '02/03/1980')]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        check: 'name-order',
        field: 'patientName',
        column: 'Name',
        message: expect.stringContaining(
          '1 name is written last name, comma, first name (the first on line 3) and 1 of two words without a comma (the first on line 2)',
        ),
        samples: [],
      },
    ]);
    expect(r.summary.doubts[0]!.message).not.toMatch(/Garcia|Maria/);
  });

  it('counts only names the row is sent under: a stand-in such as Unknown Male is refused, not counted', async () => {
    const r = await collect(
      files.write([
        head,
        row(1, 'Unknown Male', '01/02/1970'),
        row(2, '"Garcia, Maria"', '02/03/1980'),
        row(3, '"Keller, Dana"', '03/04/1975'),
      ]),
      ny,
    );
    // Counted, Unknown Male would be a two-word name without a comma beside two comma names: held.
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([2]);
    const held = await collect(
      files.write([
        head,
        row(1, 'Unknown Male', '01/02/1970'),
        row(2, '"Garcia, Maria"', '02/03/1980'),
        row(3, 'Smith John', '03/04/1975'),
      ]),
      ny,
    );
    // One comma name, one two-word name sent: held, and the first unsure line is 4, not 2.
    expect(held.summary.doubts[0]!.message).toContain(
      '1 name is written last name, comma, first name (the first on line 3) and 1 of two words without a comma (the first on line 4)',
    );
  });

  it('goes where most names have no comma: the list writes given names first', async () => {
    const r = await collect(
      files.write([
        head,
        row(1, 'John Smith', '01/02/1970'),
        row(2, '"Nguyen, Thi Mai"', '02/03/1980'),
        row(3, 'Sarah Wilson', '03/04/1975'),
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'John|Smith',
      'Thi Mai|Nguyen',
      'Sarah|Wilson',
    ]);
  });

  it('goes where the names without a comma show their order, are of three words, or a suffix is the only comma', async () => {
    const r = await collect(
      files.write([
        head,
        row(1, 'Mrs. Patterson', '01/02/1970'),
        row(2, '"Garcia, Maria"', '02/03/1980'),
        row(3, 'John Allen Reyes', '04/05/1966'),
        row(4, '"Tom Baker, Jr."', '05/06/1990'),
      ]),
      ny,
    );
    expect(r.summary.doubts.filter((d) => d.check === 'name-order')).toEqual([]);
  });

  it('a title in front or a quoted nickname after the first word shows the order; two names do not', () => {
    expect(givenNameShownFirst('Robert "Bobby" Klein')).toBe(true);
    expect(givenNameShownFirst('Mrs. Patterson')).toBe(true);
    expect(givenNameShownFirst('Smith John')).toBe(false);
    expect(givenNameShownFirst('Klein Robert "Bobby"')).toBe(false);
  });

  it('a person who answers it once sends the next such file first name first', async () => {
    const held = files.write([
      head,
      row(1, 'Smith John', '01/02/1970'),
      row(2, '"Garcia, Maria"', '02/03/1980'),
    ]);
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        patientId: 'Patient ID',
        patientName: 'Name',
        dob: 'DOB',
        date: 'Date',
        time: 'Time',
        providerName: 'Provider',
        status: 'Status',
      },
      head.split(','),
    );
    await answerOn(profile, held, ny);
    const next = await collect(
      files.write([head, row(3, 'Anna Brown', '03/04/1975'), row(4, '"Lopez, Ana"', '02/03/1981')]),
      { ...ny, profile },
    );
    expect(next.summary.doubts).toEqual([]);
    expect(next.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'Anna|Brown',
      'Ana|Lopez',
    ]);
  });
});

describe('names of three or more words where names end in two surnames', () => {
  // Mexico: given names, then the father's and the mother's surname. `María José García López`
  // would go as María / López (only the last word as the surname), `Juan Pérez López` as Juan /
  // López: the split is a guess, so the file is asked about. Expected outcomes by hand.
  const head = 'ID Cita,Fecha,Hora,Paciente,Fecha de nacimiento,Médico,Estado';
  const rows = [
    head,
    'C-20931,02/03/2027,09:00,María José García López,14/02/1985,Dra. Ana Ruiz,Confirmada',
    'C-20932,02/03/2027,09:30,Lucía Torres,01/07/1972,Dra. Ana Ruiz,Confirmada',
  ];

  it('holds the file in Mexico City', async () => {
    const r = await collect(files.write(rows), { timeZone: 'America/Mexico_City' });
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        field: 'patientName',
        column: 'Paciente',
        message: expect.stringContaining(
          '1 name has three or more words in one column (the first on line 2)',
        ),
      },
    ]);
  });

  it('two-word names alone, or a comma, go as written', async () => {
    const r = await collect(files.write([head, rows[2]!]), { timeZone: 'America/Mexico_City' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'Lucía|Torres',
    ]);
    const comma = await collect(
      files.write([
        head,
        'C-20931,02/03/2027,09:00,"García López, María José",14/02/1985,Dra. Ana Ruiz,Confirmada',
      ]),
      { timeZone: 'America/Mexico_City' },
    );
    expect(comma.summary.doubts).toEqual([]);
    expect(comma.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'María José|García López',
    ]);
  });

  it('a middle name elsewhere (New York) is left out as before: John Michael Smith → John Smith', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Date,Time,Patient,DOB,Provider,Status',
        'A1,03/02/2027,9:00 AM,John Michael Smith,04/12/1980,Dr Lee,Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual(['John|Smith']);
  });
});

describe('names written family name first', () => {
  // Chinese, Japanese and Korean script is written family name first anywhere: 田中 太郎 is
  // Tanaka (family) Taro (given). In Latin script a region's habit decides nothing for sure:
  // Kim Minjun in Seoul is asked about. Expected outcomes by hand.
  const head = 'Appointment ID,Patient ID,Patient Name,DOB,Appt Date,Time,Doctor,Status';
  it('reads CJK names family name first', async () => {
    const r = await collect(
      files.write([
        head,
        'R-1,000123,田中 太郎,1978-04-15,2027-03-02,09:30,Dr Sato,Booked',
        'R-2,000456,김 민준,1990-11-03,2027-03-02,10:00,Dr Sato,Booked',
      ]),
      { timeZone: 'Asia/Tokyo' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      '太郎|田中',
      '민준|김',
    ]);
  });

  it('holds Latin-script names in one column in Seoul, not with a comma', async () => {
    const held = await collect(
      files.write([head, 'K-1,C1001,Kim Minjun,1978-04-15,2027-03-02,09:30,Dr Park,Booked']),
      { timeZone: 'Asia/Seoul' },
    );
    expect(held.summary.doubts).toMatchObject([
      { kind: 'column', field: 'patientName', message: expect.stringContaining('the first on line 2') },
    ]);
    const comma = await collect(
      files.write([head, 'K-1,C1001,"Kim, Minjun",1978-04-15,2027-03-02,09:30,Dr Park,Booked']),
      { timeZone: 'Asia/Seoul' },
    );
    expect(comma.summary.doubts).toEqual([]);
    expect(comma.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'Minjun|Kim',
    ]);
  });
});

describe('one-column names in Italy, where lists write the family name first', () => {
  // An Italian practice's list writes `ROSSI MARIO` for Mario Rossi (the bureaucratic "cognome
  // nome" order): it had gone as first name Rossi, last name Mario, without a question.
  const head = 'Appt ID,Patient ID,Patient,DOB,Date,Time,Provider,Status';
  const rome = { timeZone: 'Europe/Rome' };
  it('holds ROSSI MARIO and Rossi Mario (lines, not names, in the doubt)', async () => {
    for (const [a, b] of [
      ['ROSSI MARIO', 'ESPOSITO GIULIA'],
      ['Rossi Mario', 'Esposito Giulia'],
    ]) {
      const held = await collect(
        files.write([
          head,
          `1001,501,${a},14/03/1978,12/04/2027,09:00,Dott. Bianchi,Confirmed`,
          `1002,502,${b},02/11/1985,12/04/2027,09:30,Dott. Bianchi,Confirmed`,
        ]),
        rome,
      );
      expect(held.summary.doubts).toMatchObject([familyFirstOnLine2()]);
      expect(held.summary.doubts[0]!.message).toContain('Rossi Mario would go as first name Rossi');
      expect(held.summary.doubts[0]!.message).not.toContain(b);
    }
  });

  it('reads a comma, or the family name in capitals, without a question', async () => {
    const r = await collect(
      files.write([
        head,
        '1001,501,"ROSSI, MARIO",14/03/1978,12/04/2027,09:00,Dott. Bianchi,Confirmed',
        '1002,502,ESPOSITO Giulia,02/11/1985,12/04/2027,09:30,Dott. Bianchi,Confirmed',
      ]),
      rome,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'Mario|Rossi',
      'Giulia|Esposito',
    ]);
  });
});

describe('a word in capitals in a one-column name', () => {
  // Capitals mark the family name (`DUPONT Marie`) where the file or its region writes names so;
  // elsewhere a name is read by its order: SimplePractice's `AJ Thompson` had gone as first name
  // Thompson, last name Aj. Expected outcomes by hand.
  const head = 'Date,Time,Client,Client DOB,Clinician,Location,Service,Status';
  const row = (name: string, dob = '04/11/1989'): string =>
    `12/14/2026,9:00 AM - 9:50 AM,${name},${dob},"Dr. Riley Shaw, PsyD",Main Office,90837,Show`;
  const ny = { timeZone: 'America/New_York' };
  const names = (r: Awaited<ReturnType<typeof collect>>): string[] =>
    r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`);

  it('initials first are the given name, sent without a question', async () => {
    const r = await collect(
      files.write([head, row('Morgan Ellis'), row('AJ Thompson'), row('TJ Ramirez'), row('JR Whitaker')]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(names(r)).toEqual(['Morgan|Ellis', 'AJ|Thompson', 'TJ|Ramirez', 'JR|Whitaker']);
  });

  it('a name in capitals first is held where the file does not mark family names so; answered, it goes first name first', async () => {
    const file = files.write([head, row('Morgan Ellis'), row('JOHN Smith'), row('Taylor Quinn')]);
    const held = await collect(file, ny);
    expect(held.summary.doubts).toMatchObject([
      {
        kind: 'column',
        check: 'capitals-name',
        field: 'patientName',
        column: 'Client',
        message: expect.stringContaining('the first on line 3'),
      },
    ]);
    expect(held.summary.doubts[0]!.message).not.toContain('JOHN Smith,');
    const profile = confirmedProfile(
      files,
      { date: 'Date', time: 'Time', patientName: 'Client', dob: 'Client DOB', providerName: 'Clinician' },
      head.split(','),
    );
    await answerOn(profile, file, ny);
    const sent = await collect(file, { ...ny, profile });
    expect(sent.summary.doubts).toEqual([]);
    expect(names(sent)).toEqual(['Morgan|Ellis', 'John|Smith', 'Taylor|Quinn']);
  });

  it('a file that writes most names DUPONT Marie, or a practice in Paris, reads the capitals as the family name', async () => {
    const french = await collect(
      files.write([head, row('DUPONT Marie'), row('MARTIN Jean'), row('Paul LEFEVRE'), row('Anne Roux')]),
      ny,
    );
    expect(french.summary.doubts).toEqual([]);
    expect(names(french)).toEqual(['Marie|Dupont', 'Jean|Martin', 'Paul|Lefevre', 'Anne|Roux']);
    const paris = await collect(files.write([head, row('Anne Roux'), row('DUPONT Marie')]), {
      timeZone: 'Europe/Paris',
    });
    expect(paris.summary.doubts).toEqual([]);
    expect(names(paris)).toEqual(['Anne|Roux', 'Marie|Dupont']);
  });

  it("initials first are the given name in London too, where capitals mark the family name; NG stays Ng's", async () => {
    // `AJ Thompson` and `TJ Evans` had gone as first name Thompson, last name Aj.
    const r = await collect(
      files.write([
        head,
        row('Emily Carter'),
        row('AJ Thompson'),
        row('TJ Evans'),
        row('NG Wai Man'),
        row('Anne ROUX'),
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.doubts).toEqual([]);
    // `NG Wai Man`: family name Ng, the given name Wai Man in two words (kept whole as after a comma).
    expect(names(r)).toEqual(['Emily|Carter', 'AJ|Thompson', 'TJ|Evans', 'Wai Man|Ng', 'Anne|Roux']);
  });
});

describe('a name header that states the order', () => {
  // `Last Name First Name` over `Carter Emily` had gone as first name Carter, last name Emily: the
  // header says which name comes first, and sets the order of the values without a comma.
  const rows = (header: string): string[] => [
    `Appt Date,Appt Time,Provider,${header},DOB,Status`,
    '12/14/2026,9:00 AM,"Lee, Anna MD",Carter Emily,04/11/1992,Scheduled',
    '12/14/2026,9:30 AM,"Lee, Anna MD","Young, Paul",09/19/1940,Scheduled',
  ];
  it.each([
    ['Last Name First Name', 'Emily|Carter'],
    ['"Patient Name (Last, First)"', 'Emily|Carter'],
    ['Patient (Last First)', 'Emily|Carter'],
    ['LastFirst', 'Emily|Carter'],
    ['Name_Last_First', 'Emily|Carter'],
    ['Patient Name (First Last)', 'Carter|Emily'],
    // Italian: `Cognome Nome`, the family name first (had gone as first name Carter)
    ['Cognome Nome', 'Emily|Carter'],
    ['Nome Cognome', 'Carter|Emily'],
  ])('%s', async (header, first) => {
    const r = await collect(files.write(rows(header)), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      first,
      'Paul|Young',
    ]);
  });
});

describe('a last-first header settles two words, not three', () => {
  // Under `Patient Name (Last First)` the stated order had switched the name checks off, and three
  // words went split by rule: `LE THI MAI` as last name `le Thi` (Le read as a particle),
  // `Nguyễn Văn An` as first name Văn (the given name An is last), `GARCIA LOPEZ MARIA` as first
  // name Lopez. The order says which word is the family name only for two words (and a trailing
  // initial); more are held.
  const header = 'Appt Date,Appt Time,Provider,Patient Name (Last First),DOB,Status';
  const row = (name: string, dob = '04/11/1992'): string =>
    `12/14/2026,9:00 AM,"Lee, Anna MD",${name},${dob},Scheduled`;
  const ny = { timeZone: 'America/New_York' };

  it('sends two-word names, a trailing initial and a family name led by a particle without a question', async () => {
    const r = await collect(
      files.write([
        header,
        row('SMITH JOHN'),
        row('SMITH JOHN A', '06/06/1961'),
        row('VAN DYKE ROBERT'),
        row('DE LA CRUZ ANA'),
        row('LE MINH'),
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual([
      'John|Smith',
      'John|Smith',
      'Robert|van Dyke',
      'Ana|de la Cruz',
      'Minh|Le',
    ]);
  });

  it.each([
    ['GARCIA LOPEZ MARIA', ny],
    ['NGUYEN VAN AN', ny],
    ['LE THI MAI', ny],
    ['LE VAN TUAN', ny],
    ['DE LA CRUZ ANA MARIA', ny],
    ['Nguyễn Văn An', { timeZone: 'Asia/Ho_Chi_Minh' }],
  ])('holds %s (three words or more)', async (name, opts) => {
    const two = name === name.toUpperCase() ? ['SMITH JOHN', 'BROWN MARY'] : ['Trần Minh', 'Phạm Lan'];
    const r = await collect(files.write([header, row(two[0]!), row(name), row(two[1]!)]), opts);
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        check: 'last-first-words',
        column: 'Patient Name (Last First)',
        message: expect.stringContaining(
          'three or more words without a comma, last name first (the first on line 3)',
        ),
      },
    ]);
  });

  it('a person who confirms the mapping answers it: the next file goes as Last First Middle', async () => {
    const held = files.write([header, row('SMITH JOHN ALLEN')]);
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        providerName: 'Provider',
        patientName: 'Patient Name (Last First)',
        dob: 'DOB',
        status: 'Status',
      },
      header.split(','),
    );
    expect((await collect(held, { ...ny, profile })).summary.doubts).toHaveLength(1);
    await answerOn(profile, held, ny);
    const r = await collect(files.write([header, row('BROWN MARY ANN')]), { ...ny, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName}|${a.patient.lastName}`)).toEqual(['Mary|Brown']);
  });
});
