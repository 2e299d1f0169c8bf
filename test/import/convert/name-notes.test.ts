// A patient-name cell that carries more than the name: a preferred name in quotes (Open Dental's
// `LName, 'Preferred' FName MiddleI`), a nickname, flag or chart number in brackets, or a note
// or code. The portal must get the legal name, never `'Bob' Robert` or `Ann [VIP]`; a cell that
// still holds a note once those are left out is refused with the value, never sent misnamed.
// Expected names written by hand from each cell.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function exportOf(names: string[]): string {
  const f = path.join(dir, `names-${names.length}.csv`);
  fs.writeFileSync(
    f,
    [
      'Appt ID,Appt Date,Appt Time,Patient,Birthdate,Provider,Status',
      ...names.map(
        (n, i) =>
          `${7001 + i},03/02/2027,${9 + Math.floor(i / 6)}:${String((i % 6) * 10).padStart(2, '0')} AM,"${n}",04/05/${1950 + i},Dr Lee,Confirmed`,
      ),
    ].join('\r\n'),
  );
  return f;
}

describe('notes in the patient-name cell', () => {
  it('leaves out quoted preferred names and bracketed parts, keeps apostrophes in names', async () => {
    const cells: Array<[string, string, string]> = [
      ['Smith, John', 'John', 'Smith'],
      ["Roe, 'Bob' Robert", 'Robert', 'Roe'],
      ['Roe, Robert (Bob)', 'Robert', 'Roe'],
      ['Doe, Jane (12345)', 'Jane', 'Doe'],
      ['Lee, Ann [VIP]', 'Ann', 'Lee'],
      ['Hughes, Bethan (Miss)', 'Bethan', 'Hughes'],
      ["O'Brien, Mary-Kate", 'Mary-Kate', "O'Brien"],
      ["D'Souza, 'Kiki' Kiran", 'Kiran', "D'Souza"],
      ['Brown, Carl', 'Carl', 'Brown'],
      // Two apostrophes for a double quote (typed so, or a query's escaped quote): left out whole,
      // not sent as the given name `Elizabeth ''beth''`.
      ["WATSON, ELIZABETH ''BETH''", 'Elizabeth', 'Watson'],
      ["Pearson, ''Lin'' Linda K", 'Linda', 'Pearson'],
      // An apostrophe written twice inside a name (SQL's escaped quote) is one.
      ["O''Brien, Mary", 'Mary', "O'Brien"],
      ["D''ANGELO, ROCCO", 'Rocco', "D'Angelo"],
    ];
    const r = await collect(exportOf(cells.map((c) => c[0])), { timeZone: 'America/New_York' });
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual(
      cells.map((c) => [c[1], c[2]]),
    );
  });

  it('the derived patient id is the same with or without the note', async () => {
    const f = path.join(dir, 'same-person.csv');
    fs.writeFileSync(
      f,
      [
        'Appt Date,Appt Time,Patient,Birthdate,Provider,Status',
        '03/02/2027,9:00 AM,"Roe, Robert",04/05/1980,Dr Lee,Confirmed',
        '03/03/2027,9:00 AM,"Roe, \'Bob\' Robert",04/05/1980,Dr Lee,Confirmed',
        '03/04/2027,9:00 AM,"Roe, Robert (Bob)",04/05/1980,Dr Lee,Confirmed',
        '03/05/2027,9:00 AM,"Smith, John",04/05/1970,Dr Lee,Confirmed',
      ].join('\r\n'),
    );
    const r = await collect(f, { timeZone: 'America/New_York' });
    const ids = r.appointments.map((a) => a.patient.patientId);
    expect(ids[0]).toMatch(/^P-[0-9a-f]{12}$/);
    expect(ids.slice(0, 3)).toEqual([ids[0], ids[0], ids[0]]);
    expect(ids[3]).not.toBe(ids[0]);
  });

  it("O''Brien and O'Brien are one patient", async () => {
    const f = path.join(dir, 'escaped-apostrophe.csv');
    fs.writeFileSync(
      f,
      [
        'Appt Date,Appt Time,Patient,Birthdate,Provider,Status',
        `03/02/2027,9:00 AM,"O'Brien, Mary",04/05/1980,Dr Lee,Confirmed`,
        `03/03/2027,9:00 AM,"O''Brien, Mary",04/05/1980,Dr Lee,Confirmed`,
        '03/05/2027,9:00 AM,"Smith, John",04/05/1970,Dr Lee,Confirmed',
      ].join('\r\n'),
    );
    const r = await collect(f, { timeZone: 'America/New_York' });
    const ids = r.appointments.map((a) => a.patient.patientId);
    expect(ids[1]).toBe(ids[0]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(["O'Brien", "O'Brien", 'Smith']);
  });

  it('refuses a row whose name still holds a note or a code, naming the line and the value', async () => {
    const r = await collect(
      exportOf([
        'Smith, John',
        'Roe, Robert J #4471', // line 3
        '*Lee, Ann', // line 4
        'NEW PATIENT - Lee, Ann', // line 5
        'Brown, Carl',
        'White, Dana',
        'Jay, Eve NEW', // line 8: a new-patient flag after the given name
        'Kay, Fred III', // a generational numeral is no flag (dropped as a suffix or kept)
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Smith', 'Brown', 'White', 'Kay']);
    expect(r.errors.map((e) => [e.line, e.field, e.value])).toEqual([
      [3, 'patientName', 'Roe, Robert J #4471'],
      [4, 'patientName', '*Lee, Ann'],
      [5, 'patientName', 'NEW PATIENT - Lee, Ann'],
      [8, 'patientName', 'Jay, Eve NEW'],
    ]);
    for (const e of r.errors) {
      expect(e.message).toBe("the patient's name has more than a name in it");
      expect(e.hint).toMatch(/Remove the note/);
    }
  });

  // A Dentrix desk types `CXL` before the name instead of setting the status (status FIRM): read as
  // a name it went as family name `CXL Fenwick`, another patient id, and as booked.
  it('refuses a row whose name starts or ends with a status mark as a word of its own', async () => {
    const r = await collect(
      exportOf([
        'Smith, John',
        'CXL Fenwick, Laura', // line 3
        'Brandt, Otto CANC', // line 4
        'NO SHOW Hale, Tom', // line 5
        'cx Roe, Robert', // line 6
        'Canceled Kim, Ann', // line 7
        'Cxley, Dana', // a name that starts with the letters is a name
        'Noshowa, Ama',
        'No, Sang-min', // a Korean family name
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([
      [3, 'CXL Fenwick, Laura'],
      [4, 'Brandt, Otto CANC'],
      [5, 'NO SHOW Hale, Tom'],
      [6, 'cx Roe, Robert'],
      [7, 'Canceled Kim, Ann'],
    ]);
    expect(r.errors[0]!.message).toBe(
      "the patient's name carries a status mark ('CXL'), not part of the name",
    );
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'John Smith',
      'Dana Cxley',
      'Ama Noshowa',
      'Sang-min No',
    ]);
  });

  it('refuses a status mark in a first or last name column too', async () => {
    const f = path.join(dir, 'split-marks.csv');
    fs.writeFileSync(
      f,
      [
        'Appt ID,Appt Date,Appt Time,Last Name,First Name,Birthdate,Provider,Status',
        '7101,03/02/2027,9:00 AM,CXL Fenwick,Laura,04/05/1950,Dr Lee,Confirmed',
        '7102,03/02/2027,9:30 AM,Brandt,Otto no show,04/05/1951,Dr Lee,Confirmed',
        '7103,03/02/2027,10:00 AM,Smith,John,04/05/1952,Dr Lee,Confirmed',
      ].join('\r\n'),
    );
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Smith']);
  });

  it('refuses credentials and couples in a name, and leaves titles out, also after the comma', async () => {
    const r = await collect(
      exportOf([
        'Smith, John',
        'Jane Doe MD', // line 3: read as Jane / Md before
        'Jane Doe, PhD', // line 4
        'Mr. & Mrs. John Smith', // line 5
        'Jane Doe & John Doe', // line 6: the second person was dropped
        'Roe, Dr. Robert', // the title after the comma is no given name
        'Pastor Bob Jones',
        'Capt. Tom Hale',
        'Brown, Carl',
        'White, Dana',
        'Doe, Jane and John', // line 12: a couples session, sent as first name "Jane and John"
        'Jane and John Doe', // line 13: sent as Jane Doe
        'Doe Family', // line 14: sent as first name Doe, last name Family
        'Familie Müller', // line 15
        'Ortega y Gasset, José', // a family name joined by y: one person
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([
      [3, 'Jane Doe MD'],
      [4, 'Jane Doe, PhD'],
      [5, 'Mr. & Mrs. John Smith'],
      [6, 'Jane Doe & John Doe'],
      [12, 'Doe, Jane and John'],
      [13, 'Jane and John Doe'],
      [14, 'Doe Family'],
      [15, 'Familie Müller'],
    ]);
    expect(r.errors.slice(4).map((e) => e.message)).toEqual(
      Array(4).fill('the name is of a couple or a household, not of one patient'),
    );
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'John Smith',
      'Robert Roe',
      'Bob Jones',
      'Tom Hale',
      'Carl Brown',
      'Dana White',
      'José Ortega y Gasset',
    ]);
  });

  it('refuses a cell naming two people, one patient per row, and keeps comma names of one person', async () => {
    const r = await collect(
      exportOf([
        'Jane Doe, John Doe', // line 2: went as first name "John Doe", last name "Jane Doe"
        'García López, María José',
        'Smith-Jones, Mary Ann',
        'Jane+John Doe', // line 5: two people joined by +
        'Doe, Jane & John', // line 6
        'Oscar Delgado',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.column, e.value, e.message])).toEqual(
      [2, 5, 6].map((line) => [
        line,
        'Patient',
        ['', '', 'Jane Doe, John Doe', '', '', 'Jane+John Doe', 'Doe, Jane & John'][line],
        'the name is of a couple or a household, not of one patient',
      ]),
    );
    expect(r.errors[0]!.hint).toMatch(/^One patient per row/);
    expect(r.appointments.map((a) => `${a.patient.firstName} | ${a.patient.lastName}`)).toEqual([
      'María José | García López',
      'Mary Ann | Smith-Jones',
      'Oscar | Delgado',
    ]);
  });

  it('refuses two people in one cell when their family name has feminine and masculine forms', async () => {
    // Polish, Czech, Russian and Greek family names change with the person: one family.
    const r = await collect(
      exportOf([
        'Anna Kowalska, Piotr Kowalski', // line 2: went as first name "Piotr Kowalski", last "Anna Kowalska"
        'Jana Nováková, Petr Novák', // line 3
        'Olga Ivanova, Sergei Ivanov', // line 4
        'Kowalska, Anna',
        'García López, María José',
        'Van der Berg, Anna Maria',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.message])).toEqual(
      [2, 3, 4].map((line) => [line, 'the name is of a couple or a household, not of one patient']),
    );
    expect(r.appointments.map((a) => `${a.patient.firstName} | ${a.patient.lastName}`)).toEqual([
      'Anna | Kowalska',
      'María José | García López',
      'Anna Maria | Van der Berg',
    ]);
  });

  it('refuses two names of two words around a comma in a file that writes its names First Last', async () => {
    // Everywhere else in the file a name is `First Last`: `Anna Nowak, Piotr Wiśniewski` is two
    // people, not a family name `Anna Nowak` with given names `Piotr Wiśniewski`.
    const firstLast = ['John Smith', 'Maria Garcia', 'Thanh Nguyen', 'Ruth Evans', 'Mark Jones'];
    firstLast.push('Paul Brown', 'Lucy Walker', 'Amir Khan', 'Sara Cohen', 'Ian Reid');
    const r = await collect(exportOf([...firstLast, 'Anna Nowak, Piotr Wiśniewski', 'Kowalska, Anna']), {
      timeZone: 'America/New_York',
    });
    expect(r.errors.map((e) => [e.line, e.value, e.message])).toEqual([
      [12, 'Anna Nowak, Piotr Wiśniewski', 'the name is of a couple or a household, not of one patient'],
    ]);
    expect(r.appointments.map((a) => `${a.patient.firstName} | ${a.patient.lastName}`).slice(-1)).toEqual([
      'Anna | Kowalska',
    ]);
    // In a file of Last, First names the same cell is one person's (two family names, two given).
    const lastFirst = ['Smith, John', 'Garcia, Maria', 'Nguyen, Thanh', 'Evans, Ruth', 'Jones, Mark'];
    const r2 = await collect(exportOf([...lastFirst, 'García López, María José', 'Oscar Delgado']), {
      timeZone: 'America/New_York',
    });
    expect(r2.errors).toEqual([]);
  });

  it('refuses a placeholder patient, one row each, and keeps real names that share a word', async () => {
    // Blocked time and tests booked under a dummy patient: every word of the name is a block or
    // placeholder word, or it carries a test marker. A real surname may be one of those words,
    // but not `Test` (chart-flags.ts): `TEST, PATIENT` and `Test, Mary` are test charts.
    const r = await collect(
      exportOf([
        'Smith, John',
        'LUNCH, LUNCH', // line 3
        'MEETING, STAFF', // line 4
        'HOLD, HOLD', // line 5
        'OPEN, SLOT', // line 6
        'TBA, TBA', // line 7
        'UNKNOWN, UNKNOWN', // line 8
        'TEST, PATIENT', // line 9
        'ZZTEST, JOHN', // line 10
        'PATIENT, NEW', // line 11
        'WALK-IN, PATIENT', // line 12
        'BLOCK, DO NOT BOOK', // line 13
        'Block, Anna',
        'Holiday, Billie',
        'Hold, John',
        'Do, Minh',
        'No, Jisoo',
        'In, Sung Min',
        'New, Patricia',
        'Test, Mary',
        'Doe, John',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      ...[
        'LUNCH, LUNCH',
        'MEETING, STAFF',
        'HOLD, HOLD',
        'OPEN, SLOT',
        'TBA, TBA',
        'UNKNOWN, UNKNOWN',
        'TEST, PATIENT',
        'ZZTEST, JOHN',
        'PATIENT, NEW',
        'WALK-IN, PATIENT',
        'BLOCK, DO NOT BOOK',
      ].map((v, i) => [i + 3, 'Patient', v]),
      [21, 'Patient', 'Test, Mary'],
    ]);
    for (const e of r.errors) {
      if (e.line === 9 || e.line === 21) {
        expect(e.message).toBe("not a real patient's chart: a test, duplicate or do-not-use record");
        continue;
      }
      expect(e.message).toBe('not a patient: blocked time or a placeholder');
      expect(e.hint).toMatch(/^Export without it/);
    }
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'John Smith',
      'Anna Block',
      'Billie Holiday',
      'John Hold',
      'Minh Do',
      'Jisoo No',
      'Sung Min In',
      'Patricia New',
      'John Doe',
    ]);
  });

  it('refuses a dummy patient named for blocked time the type check knows (block-words.ts)', async () => {
    // A file with no type column: the name is all that says the slot is lunch, a rep or a day off.
    const r = await collect(
      exportOf([
        'Carter, Emily',
        'TRAINING, STAFF', // line 3
        'LUNCH, DRUG REP', // line 4
        'ADMIN, TIME', // line 5
        'OUT OF OFFICE', // line 6
        'PTO, PTO', // line 7
        'DAY, OFF', // line 8
        'REP, PHARMA', // line 9
        'Day, Doris',
        'Lunch, Rep Anna',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.value, e.message])).toEqual(
      [
        'TRAINING, STAFF',
        'LUNCH, DRUG REP',
        'ADMIN, TIME',
        'OUT OF OFFICE',
        'PTO, PTO',
        'DAY, OFF',
        'REP, PHARMA',
      ].map((v, i) => [i + 3, v, 'not a patient: blocked time or a placeholder']),
    );
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Emily Carter',
      'Doris Day',
      'Rep Anna Lunch',
    ]);
  });

  it('refuses a dummy patient whose other words say whose or which blocked time it is', async () => {
    // Dental schedules book held slots under charts like these; each had gone as a patient
    // (first name `Np`, last name `Hold`).
    const r = await collect(
      exportOf([
        'Carter, Emily',
        'HOLD, NP', // line 3
        'RESERVED, HYGIENE', // line 4
        'HOLIDAY, CHRISTMAS', // line 5
        'BLOCK, XX', // line 6
        'BLOCKED, TIME', // line 7
        'HOLD, FOR DR', // line 8
        'Hold for Dr Lee', // line 9
        'HUDDLE, MORNING', // line 10
        'SEMINAR, CE', // line 11
        'Hold, Anna',
        'Lee, Doc',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors.map((e) => [e.line, e.value, e.message])).toEqual(
      [
        'HOLD, NP',
        'RESERVED, HYGIENE',
        'HOLIDAY, CHRISTMAS',
        'BLOCK, XX',
        'BLOCKED, TIME',
        'HOLD, FOR DR',
        'Hold for Dr Lee',
        'HUDDLE, MORNING',
        'SEMINAR, CE',
      ].map((v, i) => [i + 3, v, 'not a patient: blocked time or a placeholder']),
    );
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Emily Carter',
      'Anna Hold',
      'Doc Lee',
    ]);
  });
});
