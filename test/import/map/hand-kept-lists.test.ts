// Lists a front desk keeps or edits by hand (corpus layouts 151-155): the status shorthand typed
// into a status column, a row pasted twice, a wait list typed under the schedule. Expected values
// worked out by hand from the lines below (New York, EST: UTC-5 in early March 2027).
import { describe, expect, it } from 'vitest';
import { collect, tempFiles } from '../convert/support.ts';
import { classifyBuiltInStatus, classifyOutsideStatus } from '../../../main/import/map/status-vocabulary.ts';
import { isDayAndMonth } from '../../../main/import/map/yearless-dates.ts';

const NY = { timeZone: 'America/New_York' };
const file = tempFiles();

describe('status shorthand typed by hand', () => {
  it("'cx' cancels and 'conf' books in the status column", async () => {
    const r = await collect(
      file('typed.csv', [
        'Client,DOB,Date,Time,Status',
        '"Smith, Jane",4/12/1980,3/2/2027,9:30 AM,conf',
        'Maria Lopez,6/25/1990,3/2/2027,12:00 PM,CX',
        'Dwayne Carter,1/9/1968,3/2/2027,2:00 PM,NS',
      ]),
      NY,
    );
    expect(r.summary.doubts ?? []).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.lastName, a.status, a.start.toISOString()])).toEqual([
      ['Smith', 'NEW', '2027-03-02T14:30:00.000Z'],
      ['Lopez', 'CANCEL', '2027-03-02T17:00:00.000Z'],
      ['Carter', 'NEW', '2027-03-02T19:00:00.000Z'],
    ]);
  });

  it('outside the status column they are no status: a culture or the cervix, a conference', () => {
    expect(classifyBuiltInStatus('Cx')).toBe('CANCEL');
    expect(classifyBuiltInStatus('Conf')).toBe('NEW');
    expect(classifyOutsideStatus('Cx')).toBe('unknown');
    expect(classifyOutsideStatus('Conf')).toBe('unknown');
  });
});

describe('a row pasted twice', () => {
  // Its Notes differ: nothing sent differs, so it is still the same appointment.
  const header = 'Date,Time,Patient,Birthdate,Chart #,Notes';
  const bao = '3/4/2027,10:00 AM,"Nguyen, Bao",7/7/2012,10466,mom brings him';

  it('the copy just under its row is skipped, naming the line it repeats; the rest go', async () => {
    const r = await collect(
      file('pasted.csv', [
        header,
        bao,
        ` ${bao.replace('mom brings him', 'pasted')}`,
        '3/4/2027,11:00 AM,"Alvarez, Rosa",3/29/1966,10302,',
      ]),
      NY,
    );
    expect(r.summary.doubts ?? []).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString()])).toEqual([
      ['Nguyen', '2027-03-04T15:00:00.000Z'],
      ['Alvarez', '2027-03-04T16:00:00.000Z'],
    ]);
    expect(r.skipped).toEqual([
      { line: 3, reason: 'the same appointment as line 2, every detail sent alike: sent once' },
    ]);
  });

  it('another start is a row of its own (a second visit the same day)', async () => {
    const r = await collect(file('two.csv', [header, bao, bao.replace('10:00 AM', '2:00 PM')]), NY);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-04T15:00:00.000Z',
      '2027-03-04T19:00:00.000Z',
    ]);
    expect(r.skipped).toEqual([]);
  });

  it('a detail sent apart (booked, then cancelled) is no copy: it goes on to be asked about', async () => {
    const h = 'Date,Time,Patient,Birthdate,Chart #,Status';
    const booked = '3/4/2027,10:00 AM,"Nguyen, Bao",7/7/2012,10466,Confirmed';
    const r = await collect(file('status.csv', [h, booked, booked.replace('Confirmed', 'Cancelled')]), NY);
    expect(r.skipped).toEqual([]);
    expect((r.summary.doubts ?? []).map((d) => d.kind)).toEqual(['appointment-id']);
  });

  it('a row the above of which was a row error is read as itself (its own error)', async () => {
    const bad = '3/4/2027,,"Nguyen, Bao",7/7/2012,10466,';
    const r = await collect(file('bad.csv', [header, bad, bad, bao]), NY);
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(r.appointments).toHaveLength(1);
  });
});

describe('a wait list typed under the schedule', () => {
  const rows = [
    'Date,Time,Patient,Birthdate,Chart #,Notes',
    '3/4/2027,8:00 AM,"Okafor, Chinwe",5/17/1982,10231,',
    '3/4/2027,9:00 AM,"Dubois, Claire",9/9/1990,10377,',
    ',,,,,',
    'Waitlist,,,,,',
    ',,"Haddad, Omar",3/3/1977,10412,wants earlier cleaning - any AM',
  ];

  it('its rows without a date or time are skipped, and the schedule above goes', async () => {
    const r = await collect(file('waitlist.csv', rows), NY);
    expect(r.summary.doubts ?? []).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Okafor', 'Dubois']);
    expect(r.skipped).toEqual([
      { line: 6, reason: "under 'Waitlist' (line 5) with no date or time: on a list, not an appointment" },
    ]);
  });

  it('a row with a start under it would be sent: the file is held as grouped rows', async () => {
    const r = await collect(
      file('waitlist-dated.csv', [...rows, '3/5/2027,9:00 AM,"Lindqvist, Erik",12/1/1990,10398,']),
      NY,
    );
    expect((r.summary.doubts ?? []).map((d) => d.kind)).toEqual(['grouped-rows']);
  });

  it('a heading that is no list keeps its rows as row errors (nothing to skip them for)', async () => {
    const r = await collect(file('dr-lee.csv', [...rows.slice(0, 4), 'Dr Lee,,,,,', rows[5]!]), NY);
    expect(r.skipped).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([6]);
    expect(r.summary.doubts ?? []).toEqual([]);
  });
});

describe('dates typed without a year', () => {
  it('are day and month alone, after a weekday or with a month name', () => {
    for (const v of ['3/2', '03-02', 'Tues 3/2', 'March 3rd', '2 Mar', 'Thu, March 4'])
      expect(isDayAndMonth(v), v).toBe(true);
    for (const v of ['3/2/2027', '2027-03-02', 'Mar 2027', 'Tues', 'March', '3/2 9:00'])
      expect(isDayAndMonth(v), v).toBe(false);
    // Excel's d-mmm cell is a day and month; its mmm-yy cell (`Mar-15`, March 2015) is not.
    expect(isDayAndMonth('15-Mar')).toBe(true);
    expect(isDayAndMonth('Mar-15')).toBe(false);
  });

  it("an Excel re-save's d-mmm dates (15-Mar) are refused as dates without a year", async () => {
    const f = file('excel-d-mmm.csv', [
      'Appt Date,Appt Time,Acct #,Patient Name,Birth Date,Status',
      '15-Mar,8:30 AM,482,"Munoz, Diego",7/4/2014,Kept',
      '16-Mar,1:45 PM,3018,"Ebert, Hannah",10/2/1996,Confirmed',
    ]);
    await expect(collect(f, NY)).rejects.toThrow(
      "column 'Appt Date' holds dates without a year such as '15-Mar': the year is not guessed",
    );
  });

  it('the refusal says the column has no year, never a year guessed', async () => {
    const f = file('no-year.csv', [
      'Day,Date,Time,Patient,DOB,Status',
      'Tues,3/2,8:00am,"Reyes, Carmen",2/19/1974,Confirmed',
      'Wed,March 3rd,9:00am,"Lee, Grace",10/30/1950,Confirmed',
    ]);
    await expect(collect(f, NY)).rejects.toThrow(
      "column 'Date' holds dates without a year such as '3/2': the year is not guessed",
    );
  });

  it('the refusal names a day line without a year when no title states a week it falls in', async () => {
    const lines = ['Time,Patient,DOB', 'Tues 3/2', '9:00 AM,"Gomez, Luis",2/14/1979'];
    const why =
      "lines such as 'Tues 3/2' give the rows' day without a year, and no title line states a week or range it falls in";
    await expect(collect(file('no-title.csv', lines), NY)).rejects.toThrow(why);
    // 2 March is not in the week of 8 March 2027: refused as well, never sent.
    await expect(collect(file('other-week.csv', ['Week of March 8, 2027', ...lines]), NY)).rejects.toThrow(
      why,
    );
  });

  it('a Date column without years takes the year of the week the title states, each day on its weekday', async () => {
    // Week of March 1, 2027: Tues 3/2 is 2 March (the other reading, 3 February, is outside the
    // week; the Day column's Tuesday confirms it), 'March 3rd' is Wednesday 3 March.
    const rows = [
      'Day,Date,Time,Patient,DOB,Status',
      'Tues,3/2,8:00am,"Reyes, Carmen",2/19/1974,Confirmed',
      'Wed,March 3rd,9:00am,"Lee, Grace",10/30/1950,Confirmed',
    ];
    const r = await collect(file('week-of.csv', ['Front desk - Week of March 1, 2027', ...rows]), NY);
    expect(r.errors).toEqual([]);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString()])).toEqual([
      ['Reyes', '2027-03-02T13:00:00.000Z'],
      ['Lee', '2027-03-03T14:00:00.000Z'],
    ]);
    // A weekday the day does not fall on that year (2 March 2027 is a Tuesday, not a Monday) is
    // a row error naming the date, never sent; the other row goes.
    const wrongDay = await collect(
      file('wrong-day.csv', ['Week of March 1, 2027', rows[0]!, rows[1]!.replace('Tues', 'Mon'), rows[2]!]),
      NY,
    );
    expect(wrongDay.appointments.map((a) => a.patient.lastName)).toEqual(['Lee']);
    expect(wrongDay.errors.map((e) => [e.line, e.column])).toEqual([[3, 'Date']]);
  });

  it('a row error shows the date as typed (3/2), never the date with the year it was given', async () => {
    // Line 3: the Day column says Monday, the week's 2 March is a Tuesday (the error's value was
    // the rewritten 'Mon 2027-03-02'). Line 4: a filled-in date's row with a time no clock has
    // (the value is the time cell, untouched). Line 5 goes: Friday 5 March 9:00 EST, 14:00 UTC.
    const r = await collect(
      file('typed.csv', [
        'Week of March 1, 2027',
        'Day,Date,Time,Patient,DOB,Status',
        'Mon,3/2,8:00am,"Reyes, Carmen",2/19/1974,Confirmed',
        'Thu,3/4,25:00,"Kim, Al",1/2/1980,Confirmed',
        'Fri,3/5,9:00am,"Lee, Grace",10/30/1950,Confirmed',
      ]),
      NY,
    );
    expect(r.appointments.map((a) => [a.patient.lastName, a.start.toISOString()])).toEqual([
      ['Lee', '2027-03-05T14:00:00.000Z'],
    ]);
    expect(r.errors.map((e) => [e.line, e.column, e.value, e.message])).toEqual([
      [3, 'Date', '3/2', "'Mon' but 2027-03-02 is a Tuesday"],
      [4, 'Time', '25:00', 'not a time of day (hours 0-23, minutes and seconds 0-59)'],
    ]);
  });

  it('a title of another week, or of none, leaves the column unread: refused as before', async () => {
    const rows = ['Date,Time,Patient,DOB', 'Tues 3/2,8:00am,"Reyes, Carmen",2/19/1974'];
    const why = "column 'Date' holds dates without a year such as 'Tues 3/2': the year is not guessed";
    await expect(collect(file('week-8.csv', ['Week of March 8, 2027', ...rows]), NY)).rejects.toThrow(why);
    await expect(collect(file('untitled.csv', rows), NY)).rejects.toThrow(why);
  });
});
