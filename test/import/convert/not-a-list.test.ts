// Printed layouts that are not one row per appointment: an appointment book grid (a column per
// provider or per day), a day sheet with two lines per appointment, label/value blocks and a
// summary of counts. Each is refused, nothing converted, with a reason naming the layout and
// telling the practice to export the appointment list instead; a plain list still goes.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir, writeLines } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, lines: string[]): string => writeLines(dir, name, lines);
const INSTEAD = /Export the appointment list instead/;

async function refusal(name: string, lines: string[]): Promise<string> {
  const file = write(name, lines);
  try {
    await collect(file);
  } catch (e) {
    return String((e as Error).message);
  }
  throw new Error(`${name} was converted`);
}

describe('exports that are not one row per appointment', () => {
  it('refuses an appointment book grid with a column per provider, dated or not', async () => {
    const grid = [
      'Time,Dr Lee,Dr Patel',
      '9:00 AM,"Smith, John",',
      '9:15 AM,,"Doe, Jane"',
      '9:30 AM,"Brown, Amy","Green, Tom"',
    ];
    for (const [name, lines] of [
      ['book.csv', grid],
      ['book-dated.csv', ['Appointment Book - Tuesday, March 2, 2027', ...grid]],
      [
        'book-date-column.csv',
        ['Date,Time,Dr Lee,Dr Patel', '03/02/2027,9:00 AM,"Smith, John",', '03/02/2027,9:15 AM,,"Doe, Jane"'],
      ],
    ] as const) {
      const m = await refusal(name, [...lines]);
      expect(m).toContain(name);
      expect(m).toContain("one column per provider or room ('Dr Lee', 'Dr Patel')");
      expect(m).toMatch(INSTEAD);
    }
  });

  it('refuses a week view with a column per day', async () => {
    const m = await refusal('week.csv', [
      'Time,Mon 3/1,Tue 3/2,Wed 3/3',
      '9:00 AM,"Smith, John",,"Brown, Amy"',
      '9:15 AM,,"Doe, Jane",',
    ]);
    expect(m).toContain("one column per day ('Mon 3/1', 'Tue 3/2', 'Wed 3/3')");
    expect(m).toMatch(INSTEAD);
  });

  it('refuses a day sheet that prints each appointment on two lines', async () => {
    const m = await refusal('day-sheet.csv', [
      'Patient,Time,Provider',
      '"Smith, John",9:00 AM,Dr Lee',
      ',DOB: 01/02/1980,555-123-4567,New Patient',
      '"Doe, Jane",9:15 AM,Dr Lee',
      ',DOB: 03/04/1975,555-987-6543,Follow Up',
    ]);
    expect(m).toContain(
      "each appointment takes two lines, the second starting with empty cells ('DOB: 01/02/1980, 555-123-4567, New Patient')",
    );
    expect(m).toMatch(INSTEAD);
  });

  it('refuses label/value blocks, written in one cell or in two', async () => {
    const block = (sep: string) => [
      `Patient${sep}"Smith, John"`,
      `DOB${sep}01/02/1980`,
      `Time${sep}9:00 AM`,
      '',
      `Patient${sep}"Doe, Jane"`,
      `DOB${sep}03/04/1975`,
      `Time${sep}9:15 AM`,
    ];
    for (const [name, sep] of [
      ['cards.txt', ': '],
      ['cards.csv', ':,'],
    ] as const) {
      const m = await refusal(name, block(sep));
      expect(m).toContain("each appointment is written as a block of 'Label: value' lines");
      expect(m).toMatch(INSTEAD);
    }
  });

  it('refuses a summary of counts per provider and day', async () => {
    const m = await refusal('counts.csv', [
      'Provider,Date,Scheduled,Completed,No Show',
      'Dr Lee,03/01/2027,8,7,1',
      'Dr Patel,03/01/2027,5,5,0',
    ]);
    expect(m).toContain("holds counts (column 'Scheduled'), not appointments");
  });

  it('refuses a summary whose first line is a row of days', async () => {
    const m = await refusal('per-day.csv', [
      'Provider,03/01/2027,03/02/2027,03/03/2027,Total',
      'Dr Lee,8,10,7,25',
      'Dr Patel,5,6,9,20',
    ]);
    expect(m).toContain("a row of days ('03/01/2027', '03/02/2027', '03/03/2027')");
    expect(m).toMatch(INSTEAD);
  });

  it('a list without its header line is still told to add the header', async () => {
    const m = await refusal('headerless.csv', [
      '03/02/2027,9:00 AM,"Smith, John",01/02/1980,Dr Lee',
      '03/02/2027,9:30 AM,"Doe, Jane",03/04/1975,Dr Lee',
    ]);
    expect(m).toContain('no header row');
    expect(m).not.toContain('row of days');
  });

  it('still refuses a plain list missing a column by naming the column', async () => {
    const m = await refusal('no-date.csv', [
      'Time,Provider,Patient,DOB',
      '9:00 AM,Dr Lee,"Smith, John",01/02/1980',
    ]);
    expect(m).toContain('cannot find appointment date');
  });

  it("a list with 'Last, First' names on every line, short of a column, is told the column, not called a grid", async () => {
    // OSCAR's appointment table without the birth date: `ver` (the health card's version code)
    // and `reason`, each empty on some lines, had been read as two providers' books.
    const m = await refusal('oscar.csv', [
      'appointment_date,start_time,name,demographic_no,hin,ver,reason,status',
      '2027-03-01,09:00:00,"SINGH,HARPREET",3317,6153278930,AB,BP check,H',
      '2027-03-01,09:15:00,"TREMBLAY,MARIE-EVE",2208,4891123345,,,N',
      '2027-03-01,09:30:00,"O\'NEILL,PATRICK",1876,7712004568,KT,renewal,C',
    ]);
    expect(m).toContain('cannot find date of birth');
    expect(m).not.toContain('grid');
  });

  it("refuses a general calendar's events (Outlook, Google Calendar) by name, never as a grid", async () => {
    // Outlook's calendar CSV: the patient only inside the Subject, the birth date in the
    // Description. Its Reminder Time, Required Attendees and Categories, each empty on some
    // events, had been read as three providers' books of an appointment book grid.
    const outlook = await refusal('Calendar.csv', [
      '"Subject","Start Date","Start Time","End Date","End Time","All day event","Reminder on/off","Reminder Date","Reminder Time","Meeting Organizer","Required Attendees","Categories","Description","Location"',
      '"Jane Doe - New Patient","3/8/2027","9:00:00 AM","3/8/2027","10:00:00 AM","False","True","3/8/2027","8:45:00 AM","Front Desk","","New Patient","DOB 04/12/1975","Exam 1"',
      '"F/U Smith","3/8/2027","10:30:00 AM","3/8/2027","10:45:00 AM","False","True","3/8/2027","10:15:00 AM","Front Desk","","Follow-up","Robert Smith DOB 11/02/1958",""',
      '"Office closed","3/9/2027","12:00:00 AM","3/10/2027","12:00:00 AM","True","False","","","Front Desk","","","",""',
      '"Tom Nguyen","3/16/2027","11:00:00 AM","3/16/2027","11:20:00 AM","False","True","3/16/2027","10:45:00 AM","Front Desk","tn@example.com","","DOB 01/05/1983","Teams"',
    ]);
    expect(outlook).toContain("Calendar.csv, line 1: is a calendar's events ('Subject', 'All day event')");
    expect(outlook).toContain('a general calendar (Outlook, Google Calendar) cannot give them');
    expect(outlook).not.toContain('grid');
    const google = await refusal('gcal.csv', [
      'Title,Description,Start,End,All Day,Attendees',
      'Jane Doe - New Patient,DOB: 1975-04-12,2027-03-08T08:00:00-06:00,2027-03-08T09:00:00-06:00,FALSE,jane@example.com',
      'Weekly PT - Dan Price,DOB: 1961-09-03,2027-03-08T09:30:00-06:00,2027-03-08T10:15:00-06:00,FALSE,',
    ]);
    expect(google).toContain("is a calendar's events ('Title', 'All Day')");
  });

  it('a list with no patient column whose text columns are its own fields is told the column, not called a grid', async () => {
    // `Reminder Time`, `Location` and `Category`, each empty on some lines, are fields of one
    // row, never books named for a provider or room.
    const m = await refusal('fields.csv', [
      'Appt Date,Start Time,Reminder Time,Location,Category,DOB',
      '03/08/2027,9:00 AM,8:45 AM,Exam 1,,04/12/1975',
      '03/08/2027,10:30 AM,,,Follow-up,11/02/1958',
      '03/09/2027,11:00 AM,10:45 AM,Exam 2,New,01/05/1983',
    ]);
    expect(m).toContain('cannot find patient name');
    expect(m).not.toContain('grid');
  });

  it("a day's list with the patient's age and sex, empty on a blocked lunch, is told the column, not called a grid", async () => {
    // eCW's Resource Schedule (corpus 358): the date only in the title, `Age` and `Sex` filled on
    // every patient's line and empty on `** BLOCKED - LUNCH **`. Before, `Age` and `Sex` were
    // named as two providers' books and the practice told to export a list it had exported.
    const m = await refusal('ages.csv', [
      'Time,Patient Name,DOB,Age,Sex,Acc No,Visit Type,Status',
      '08:00 AM,"Lindqvist, Karin",09/03/1962,64 Y,F,44120,PE,ARR',
      '09:00 AM,"Nakamura, Hiro",05/05/1995,31 Y,M,45002,NP,PEN',
      '12:00 PM,** BLOCKED - LUNCH **,,,,,,',
      '01:15 PM,"Oyelaran, Bisi",11/02/2019,7 Y,F,45118,WCC,CHK',
    ]);
    expect(m).toContain('cannot find appointment date');
    expect(m).not.toContain('grid');
  });

  it('still converts a plain list (9:00 AM PST is 17:00 UTC)', async () => {
    const c = await collect(
      write('list.csv', [
        'Date,Time,Patient,DOB,Provider',
        '03/02/2027,9:00 AM,"Smith, John",01/02/1980,Dr Lee',
      ]),
    );
    expect(c.appointments.map((a) => [a.patient.lastName, a.start.toISOString()])).toEqual([
      ['Smith', '2027-03-02T17:00:00.000Z'],
    ]);
  });
});

describe('a day sheet whose second line per appointment has cells of its own', () => {
  const sheet = (second: (n: number) => string) => [
    'Date,Time,Patient,DOB,Provider,Type',
    '03/02/2027,9:00 AM,"Smith, John",01/02/1980,Dr Lee,',
    second(1),
    '03/02/2027,9:15 AM,"Doe, Jane",03/04/1975,Dr Lee,',
    second(2),
    '03/02/2027,9:30 AM,"Brown, Amy",05/06/1990,Dr Lee,',
    second(3),
  ];

  it('is held, the second line named as a continuation of its row', async () => {
    const types = ['', 'Follow Up', 'Cancelled', 'Cleaning'];
    const c = await collect(
      write(
        'sheet.csv',
        sheet((n) => `,,,,,${types[n]}`),
      ),
    );
    // A doubt holds the whole file: nothing is sent until someone answers it.
    expect(c.summary.doubts.map((d) => d.kind)).toContain('grouped-rows');
    const messages = c.summary.doubts.map((d) => d.message);
    expect(messages).toContainEqual(
      expect.stringContaining(
        "each appointment takes two lines, the second with cells of its own under the row (line 3: 'Follow Up')",
      ),
    );
  });

  it('a report grouped under a line above each row is still asked about as grouped rows', async () => {
    const c = await collect(
      write('grouped.csv', [
        'Date,Time,Patient,DOB,Provider',
        // Not a provider's name alone (`Dr Lee` over rows that repeat it says nothing new and goes:
        // in-column-groups.ts), but a heading of the report's own.
        'Lee clinic,,,,',
        '03/02/2027,9:00 AM,"Smith, John",01/02/1980,Dr Lee',
        'Patel clinic,,,,',
        '03/02/2027,9:15 AM,"Doe, Jane",03/04/1975,Dr Patel',
        'Ng clinic,,,,',
        '03/02/2027,9:30 AM,"Brown, Amy",05/06/1990,Dr Ng',
      ]),
    );
    // A doubt holds the whole file: nothing is sent until someone answers it.
    expect(c.summary.doubts.map((d) => d.kind)).toContain('grouped-rows');
    const messages = c.summary.doubts.map((d) => d.message);
    expect(messages).toContainEqual(
      expect.stringContaining("the rows are grouped under lines of their own (line 2: 'Lee clinic')"),
    );
    expect(messages.join(' ')).not.toContain('two lines');
  });
});

describe('a list that prints the time only on the first row of each slot', () => {
  it('sends the rows that have their time and tells why the others have none', async () => {
    const c = await collect(
      write('family-slot.csv', [
        'Date,Time,Patient,DOB,Provider',
        '03/02/2027,9:00 AM,"Smith, John",01/02/1980,Dr Lee',
        '03/02/2027,,"Smith, Mary",05/06/1982,Dr Lee',
        '03/02/2027,,"Smith, Tim",07/08/2012,Dr Lee',
        '03/02/2027,9:30 AM,"Doe, Jane",03/04/1975,Dr Lee',
      ]),
    );
    // Los Angeles in March before summer time: PST, UTC-8.
    expect(
      c.appointments.map((a) => [a.patient.lastName, a.patient.firstName, a.start.toISOString()]),
    ).toEqual([
      ['Smith', 'John', '2027-03-02T17:00:00.000Z'],
      ['Doe', 'Jane', '2027-03-02T17:30:00.000Z'],
    ]);
    // Never 9:00 copied from the row above: Mary and Tim may be booked at 9:15 in the software.
    expect(c.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'Time'],
      [4, 'Time'],
    ]);
    for (const e of c.errors) expect(JSON.stringify(e)).toContain('only on the first row of a time slot');
  });
});

describe('the hazard fixtures (test/fixtures/hazards/README.md)', () => {
  it('refuses the printed appointment book, naming its provider columns', async () => {
    const file = path.resolve('test/fixtures/hazards/appointment-book-grid.csv');
    const m = await collect(file).then(
      () => 'converted',
      (e: Error) => e.message,
    );
    expect(m).toContain('appointment-book-grid.csv, line 2: is an appointment book grid');
    expect(m).toContain("('Dr Anna Lee', 'Dr Raj Patel', 'Hygiene')");
    expect(m).toMatch(INSTEAD);
  });

  it('holds the two-line day sheet, its first second line shown', async () => {
    const c = await collect(path.resolve('test/fixtures/hazards/day-sheet-two-lines.csv'));
    expect(c.summary.doubts.map((d) => d.message)).toContainEqual(
      expect.stringContaining(
        "each appointment takes two lines, the second with cells of its own under the row (line 4: 'Home: 555-201-3344 Recall')",
      ),
    );
  });
});
