// Red-team probes, round 53d: a remembered answer meeting a later export it does not fit. Each
// probe gives an answer through the review's own path (createReviewActions().confirmMapping, as
// the review window does) on a first file, then reads a later file as the engine reads it, and
// checks that nothing goes wrong because of the earlier answer: columns reordered, added, dropped
// or renamed; an id column that later repeats; a day/month order answered, then contradicted by a
// title's weekday, a weekday in the cell, a birth date or a year-first date; a status word answered
// booked, then written with a cancellation beside it; family name first answered, then Western
// names; "UTC marks are our own clock" answered, then real offsets; the twelve-hour answer meeting
// an hour it did not cover; an answer at one practice read at another; and a file replaced in the
// inbox between the review's preview and its confirm. Every right outcome was worked out by hand
// before the probe first ran (held is never wrong); a probe named FAULT was a wrong send before
// its fix.
// Calendar, by hand: 1 January 2027 is a Friday, so 1 February and 1 March are Mondays, 2 March a
// Tuesday, 3 February a Wednesday, 15 March a Monday, 16 March a Tuesday. Los Angeles is on
// daylight time from 14 March 2027 (UTC-7): 8:00 AM is 15:00Z, 9:30 AM 16:30Z, 10:00 AM 17:00Z.
// Toronto is on standard time until 14 March (UTC-5: 8:00 AM is 13:00Z, 9:30 AM 14:30Z) and on
// daylight time in April (UTC-4: 8:00 AM is 12:00Z). London is on GMT until 28 March (8:00 AM is
// 08:00Z) and on BST after (8:00 AM is 07:00Z). Singapore is UTC+8 all year (9:00 AM is 01:00Z).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asked, neverAs, heldOr, type Practice, type Read, reviewPractice } from './review-practice.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-round-53d-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const practice = (timeZone?: string): Practice =>
  reviewPractice(root, '53d2c9a7-5b1d-4c8e-9a6f-2d7e8b1c4a', timeZone);

const apptIds = (r: Read): string[] => r.ids.map((s) => s.split(' ')[0]!);

const PEOPLE = [
  ['Garcia', 'Elena', '02/11/1966'],
  ['Brown', 'Peter', '07/23/1958'],
  ['Novak', 'Ivan', '01/30/1971'],
  ['Okafor', 'Ada', '09/09/1984'],
];
const TIMES = ['8:00 AM', '9:30 AM', '10:00 AM', '2:00 PM'];

// ---------------------------------------------------------------------------------------------
// 1. Columns changed after the mapping was confirmed
// ---------------------------------------------------------------------------------------------
const HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB,Provider,Status';
/** One row per status on `date`, patients and times in order. */
function list(statuses: string[], date = '03/15/2027', head = HEAD): string[] {
  return [
    head,
    ...statuses.map((s, i) => {
      const [last, first, dob] = PEOPLE[i]!;
      return `${70100 + i},${date},${TIMES[i]},${last},${first},${dob},Dr. Lee,${s}`;
    }),
  ];
}
/** A practice that confirmed the plain layout (nothing asked) on a first file. */
async function confirmedPlain(): Promise<Practice> {
  const p = practice();
  const first = p.file(list(['Scheduled', 'Cancelled']));
  const r = await p.read(first);
  expect(r.sent).toEqual(['03-15T15:00Z NEW Garcia', '03-15T16:30Z CANCEL Brown']);
  await p.confirm(first);
  return p;
}

describe('1. the columns after a confirmation', () => {
  it('reordered: read by name, no question, the same appointments', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        'Status,Provider,DOB,First Name,Last Name,Time,Date,Appt ID',
        'Scheduled,Dr. Lee,02/11/1966,Elena,Garcia,8:00 AM,03/16/2027,70100',
        'Cancelled,Dr. Lee,07/23/1958,Peter,Brown,9:30 AM,03/16/2027,70101',
      ]),
    );
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-16T15:00Z NEW Garcia', '03-16T16:30Z CANCEL Brown']);
  });
  it('an Appt Date added beside Date, another day on a row: held, never sent on either unasked', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        `${HEAD},Appt Date`,
        '70100,03/15/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled,03/22/2027',
        '70101,03/15/2027,9:30 AM,Brown,Peter,07/23/1958,Dr. Lee,Scheduled,03/15/2027',
      ]),
    );
    expect(r.held).toBe(true);
  });
  it('a second Date column (the same name twice): held', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        `${HEAD},Date`,
        '70100,03/15/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled,03/22/2027',
        '70101,03/15/2027,9:30 AM,Brown,Peter,07/23/1958,Dr. Lee,Scheduled,03/15/2027',
      ]),
    );
    expect(r.held).toBe(true);
  });
  it('the appointment id dropped and an account number in its place: held', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file(list(['Scheduled', 'Scheduled'], '03/16/2027', HEAD.replace('Appt ID', 'Account #'))),
    );
    expect(r.held).toBe(true);
  });
  it('Provider renamed Resource: held (the provider would be read from no column)', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file(list(['Scheduled', 'Scheduled'], '03/16/2027', HEAD.replace('Provider', 'Resource'))),
    );
    expect(r.held).toBe(true);
  });
  it('Status dropped: held, a cancellation never sent as booked', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        'Appt ID,Date,Time,Last Name,First Name,DOB,Provider',
        '70101,03/16/2027,9:30 AM,Brown,Peter,07/23/1958,Dr. Lee',
      ]),
    );
    expect(r.held).toBe(true);
  });
  it('a Cancelled flag column added: held', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        `${HEAD},Cancelled`,
        '70100,03/16/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled,N',
        '70101,03/16/2027,9:30 AM,Brown,Peter,07/23/1958,Dr. Lee,Scheduled,Y',
      ]),
    );
    expect(r.held).toBe(true);
  });
  it('the header in other capitals and spacing (APPT ID, date): the same columns, the same appointments', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        'APPT ID,DATE,TIME,LAST NAME,FIRST NAME,DOB,PROVIDER,STATUS',
        '70100,03/16/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled',
      ]),
    );
    heldOr(r, ['03-16T15:00Z NEW Garcia']);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. An id column confirmed, then holding something else
// ---------------------------------------------------------------------------------------------
describe('2. the confirmed appointment-id column later', () => {
  it('70100 on two patients at two starts: never one appointment moved onto the other', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        HEAD,
        '70100,03/16/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled',
        '70100,03/16/2027,9:30 AM,Brown,Peter,07/23/1958,Dr. Lee,Scheduled',
      ]),
    );
    if (!r.held) expect(new Set(apptIds(r)).size).toBe(2);
  });
  it("the column now holds the patient's chart number (Garcia's two visits 5001): never one id for both", async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        HEAD,
        '5001,03/16/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled',
        '5002,03/16/2027,9:30 AM,Brown,Peter,07/23/1958,Dr. Lee,Scheduled',
        '5001,03/23/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled',
      ]),
    );
    if (!r.held) expect(new Set(apptIds(r)).size).toBe(3);
  });
  it('the column now numbers the rows (1, 2, 3): held', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        HEAD,
        '1,03/16/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled',
        '2,03/16/2027,9:30 AM,Brown,Peter,07/23/1958,Dr. Lee,Scheduled',
        '3,03/16/2027,10:00 AM,Novak,Ivan,01/30/1971,Dr. Lee,Scheduled',
      ]),
    );
    expect(r.held).toBe(true);
  });
  it('one id at one start on two rows of two patients (a family slot): never both under one id', async () => {
    const p = await confirmedPlain();
    const r = await p.read(
      p.file([
        HEAD,
        '70100,03/16/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled',
        '70100,03/16/2027,8:00 AM,Garcia,Sofia,05/06/2015,Dr. Lee,Scheduled',
      ]),
    );
    if (!r.held) expect(new Set(apptIds(r)).size).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A day/month order answered, then contradicted
// ---------------------------------------------------------------------------------------------
const TORONTO = 'America/Toronto';
const DM_HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB';
/** Rows on `dates`; birth dates whose day and month are both 12 or less unless given. */
const dm = (dates: string[], dobs?: string[], head = DM_HEAD): string[] => [
  head,
  ...dates.map(
    (d, i) =>
      `${70100 + i},${d},${TIMES[i]},${PEOPLE[i]![0]},${PEOPLE[i]![1]},${dobs?.[i] ?? `0${i + 1}/0${i + 2}/19${70 + i}`}`,
  ),
];
async function answeredOrder(order: 'DMY' | 'MDY', zone = TORONTO): Promise<Practice> {
  const p = practice(zone);
  const first = p.file(dm(['03/04/2027', '05/04/2027']));
  await p.confirm(first, { dateOrder: order });
  return p;
}

describe('3. a day/month order answered', () => {
  it('DMY answered: the same layout later goes day-first, no question (3 April 8:00 EDT = 12:00Z)', async () => {
    const p = await answeredOrder('DMY');
    const r = await p.read(p.file(dm(['03/04/2027'])));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['04-03T12:00Z NEW Garcia']);
  });
  it('DMY answered: a title "Schedule for Tuesday 03/02/2027" proves month-first: never 3 February', async () => {
    const p = await answeredOrder('DMY');
    const r = await p.read(
      p.write('schedule-tuesday.csv', [
        'Schedule for Tuesday 03/02/2027',
        ...dm(['03/02/2027', '03/02/2027']),
      ]),
    );
    heldOr(r, ['03-02T13:00Z NEW Garcia', '03-02T14:30Z NEW Brown']);
  });
  it('DMY answered: "Tue 03/02/2027" in the cell proves month-first: never 3 February', async () => {
    const p = await answeredOrder('DMY');
    const r = await p.read(p.file(dm(['Tue 03/02/2027', 'Tue 03/02/2027'])));
    heldOr(r, ['03-02T13:00Z NEW Garcia', '03-02T14:30Z NEW Brown']);
  });
  it('DMY answered: a birth date 12/31/1980 written alike proves month-first: never 3 April', async () => {
    const p = await answeredOrder('DMY');
    const r = await p.read(p.file(dm(['03/04/2027', '03/04/2027'], ['12/31/1980', '01/02/1971'])));
    heldOr(r, ['03-04T13:00Z NEW Garcia', '03-04T14:30Z NEW Brown']);
  });
  it('DMY answered: year-first dates 2027/03/04 are 4 March, never 3 April', async () => {
    const p = await answeredOrder('DMY');
    const r = await p.read(p.file(dm(['2027/03/04', '2027/03/04'], ['1980/12/31', '1971/01/02'])));
    heldOr(r, ['03-04T13:00Z NEW Garcia', '03-04T14:30Z NEW Brown']);
  });
  it('DMY answered: 2027-03-04 (ISO) is 4 March, no question', async () => {
    const p = await answeredOrder('DMY');
    const r = await p.read(p.file(dm(['2027-03-04'], ['1980-12-31'])));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-04T13:00Z NEW Garcia']);
  });
  it('MDY answered at a London practice: a birth date 25/12/1980 proves day-first: never 4 March', async () => {
    const p = await answeredOrder('MDY', 'Europe/London');
    const r = await p.read(p.file(dm(['03/04/2027', '03/04/2027'], ['25/12/1980', '01/02/1971'])));
    heldOr(r, ['04-03T07:00Z NEW Garcia', '04-03T08:30Z NEW Brown']);
  });
  it('MDY answered at a London practice: 25/03/2027 in the file: never 4 March for 03/04', async () => {
    const p = await answeredOrder('MDY', 'Europe/London');
    const r = await p.read(p.file(dm(['03/04/2027', '25/03/2027'])));
    // Held; sent day-first, 3 April 8:00 BST = 07:00Z and 25 March 9:30 GMT = 09:30Z.
    heldOr(r, ['04-03T07:00Z NEW Garcia', '03-25T09:30Z NEW Brown']);
  });
  it('DMY answered: "Wednesday" written beside 03/02/2027 in a Day column is 3 February (agrees), or asked', async () => {
    const p = await answeredOrder('DMY');
    const r = await p.read(
      p.file(dm(['03/02/2027'], undefined, DM_HEAD).map((l, i) => (i === 0 ? `${l},Day` : `${l},Wednesday`))),
    );
    // The Day column is new (a changed layout): held; sent, 3 February 8:00 EST = 13:00Z.
    heldOr(r, ['02-03T13:00Z NEW Garcia']);
  });
  it('DMY answered: a Day column of Tuesday beside 03/02/2027 never sends 3 February', async () => {
    const p = await answeredOrder('DMY');
    const r = await p.read(
      p.file(dm(['03/02/2027'], undefined, DM_HEAD).map((l, i) => (i === 0 ? `${l},Day` : `${l},Tuesday`))),
    );
    heldOr(r, ['03-02T13:00Z NEW Garcia']);
  });
  it("DMY answered at one practice: another practice's same file is asked", async () => {
    await answeredOrder('DMY');
    const q = practice(TORONTO);
    expect(asked(await q.read(q.file(dm(['03/04/2027', '05/04/2027']))), 'date-order')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. A status word answered, then written with more
// ---------------------------------------------------------------------------------------------
async function answeredWord(word: string, meaning: 'new' | 'cancel' | 'skip'): Promise<Practice> {
  const p = practice();
  const first = p.file(list(['Scheduled', word, 'Cancelled']));
  expect((await p.read(first)).held, `${word} is asked first`).toBe(true);
  await p.confirm(first, { statusWords: [{ word, meaning }] });
  return p;
}

describe('4. a status word answered', () => {
  it('Pndg answered booked: a later Pndg goes booked, no question', async () => {
    const p = await answeredWord('Pndg', 'new');
    const r = await p.read(p.file(list(['Pndg', 'Cancelled'], '03/16/2027')));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-16T15:00Z NEW Garcia', '03-16T16:30Z CANCEL Brown']);
  });
  for (const later of [
    'Pndg Cancel',
    'Pndg - Cancelled',
    'Pndg Cancellation',
    'PNDG CXL',
    'Pndg/Canceled',
    'Pndg (late cancel)',
    'Pndg Deletion',
    'Pndg - Pt Declined',
    'Pndg Waitlist',
    'Pndg-Deleted',
    'Pndg (cancelled by office)',
  ])
    it(`Pndg answered booked: ${later} is never booked`, async () => {
      const p = await answeredWord('Pndg', 'new');
      const r = await p.read(p.file(list(['Scheduled', later], '03/16/2027')));
      neverAs(r, 'NEW', ['Brown']);
    });
  it('Tent answered booked: Tent - Declined is never booked', async () => {
    const p = await answeredWord('Tent', 'new');
    const r = await p.read(p.file(list(['Scheduled', 'Tent - Declined'], '03/16/2027')));
    neverAs(r, 'NEW', ['Brown']);
  });
  it('Hold answered cancelled: Hold Released is never cancelled unasked', async () => {
    const p = await answeredWord('Hold', 'cancel');
    const r = await p.read(p.file(list(['Scheduled', 'Hold Released'], '03/16/2027')));
    neverAs(r, 'CANCEL', ['Brown']);
  });
  it('Pend answered cancelled: Pend Confirmed is never cancelled unasked', async () => {
    const p = await answeredWord('Pend', 'cancel');
    const r = await p.read(p.file(list(['Scheduled', 'Pend Confirmed'], '03/16/2027')));
    neverAs(r, 'CANCEL', ['Brown']);
  });
  it('Pndg answered booked: the Status column renamed Appt Status is held, Cancelled never booked', async () => {
    const p = await answeredWord('Pndg', 'new');
    const r = await p.read(
      p.file(list(['Pndg', 'Cancelled'], '03/16/2027', HEAD.replace('Status', 'Appt Status'))),
    );
    neverAs(r, 'NEW', ['Brown']);
  });
  it('Pndg answered booked at one practice: asked at another', async () => {
    await answeredWord('Pndg', 'new');
    const q = practice();
    expect((await q.read(q.file(list(['Scheduled', 'Pndg'])))).held).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Family name first answered, then another kind of name
// ---------------------------------------------------------------------------------------------
const SG = 'Asia/Singapore';
const SG_HEAD = 'Appt ID,Date,Time,Patient Name,DOB,Status';
const sgList = (names: string[], date = '2027-03-16'): string[] => [
  SG_HEAD,
  ...names.map((n, i) => `${80100 + i},${date},${TIMES[i]},${n},198${i}-0${i + 1}-1${i},Booked`),
];
async function familyFirst(): Promise<Practice> {
  const p = practice(SG);
  const first = p.file(sgList(['Tan Ah Kow', 'Lim Mei Ling'], '2027-03-15'));
  const r = await p.read(first);
  expect(r.held, 'names without a comma in Singapore are asked first').toBe(true);
  await p.confirm(first, { nameOrder: 'last-first' });
  return p;
}
const names = (r: Read): string[] => r.ids.map((s) => s.split(' ').slice(2).join(' '));

describe('5. family name first answered', () => {
  it('a later Tan Ah Kow goes as Tan / Ah Kow, no question', async () => {
    const p = await familyFirst();
    const r = await p.read(p.file(sgList(['Tan Ah Kow', 'Wong Siew Mei'])));
    expect(r.doubts).toEqual([]);
    expect(names(r)).toEqual(['Tan/Ah Kow', 'Wong/Siew Mei']);
  });
  it('"Johnson, Mary" later: the comma decides, Johnson / Mary', async () => {
    const p = await familyFirst();
    const r = await p.read(p.file(sgList(['"Johnson, Mary"'])));
    if (!r.held) expect(names(r)).toEqual(['Johnson/Mary']);
  });
  it('the name later in First Name / Last Name columns: held (changed layout)', async () => {
    const p = await familyFirst();
    const r = await p.read(
      p.file([
        'Appt ID,Date,Time,Last Name,First Name,DOB,Status',
        '80100,2027-03-16,8:00 AM,Johnson,Mary,1980-01-10,Booked',
      ]),
    );
    if (!r.held) expect(names(r)).toEqual(['Johnson/Mary']);
  });
  it('answered at one practice, asked at another', async () => {
    await familyFirst();
    const q = practice(SG);
    expect((await q.read(q.file(sgList(['Tan Ah Kow', 'Lim Mei Ling'])))).held).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. "Times marked UTC are our own clock" answered, then real offsets
// ---------------------------------------------------------------------------------------------
const UTC_HEAD = 'Appt ID,Start,Last Name,First Name,DOB,Status';
const utcList = (starts: string[], head = UTC_HEAD): string[] => [
  head,
  ...starts.map((s, i) => `${90100 + i},${s},${PEOPLE[i]![0]},${PEOPLE[i]![1]},${PEOPLE[i]![2]},Scheduled`),
];
async function markedLocal(): Promise<Practice> {
  const p = practice();
  // 09:00Z and 10:30Z are 02:00 and 03:30 in Los Angeles: asked (utc-night).
  const first = p.file(utcList(['2027-03-15T09:00:00Z', '2027-03-15T10:30:00Z']));
  expect(asked(await p.read(first), 'utc-night')).toBe(true);
  await p.confirm(first, { markedUtc: { column: 'Start', reading: 'local' } });
  return p;
}

describe('6. UTC marks answered as the practice clock', () => {
  it('a later Z file of the answered hours goes at the practice clock (9:00 PDT = 16:00Z)', async () => {
    const p = await markedLocal();
    const r = await p.read(p.file(utcList(['2027-03-16T09:00:00Z', '2027-03-16T10:30:00Z'])));
    heldOr(r, ['03-16T16:00Z NEW Garcia', '03-16T17:30Z NEW Brown']);
  });
  it('a later file with -04:00 offsets (another office in New York) is read at its offsets: 9:00-04:00 = 13:00Z', async () => {
    const p = await markedLocal();
    const r = await p.read(p.file(utcList(['2027-03-16T09:00:00-04:00', '2027-03-16T10:30:00-04:00'])));
    heldOr(r, ['03-16T13:00Z NEW Garcia', '03-16T14:30Z NEW Brown']);
  });
  it('a later file with -07:00 offsets (its own zone written): 9:00-07:00 = 16:00Z', async () => {
    const p = await markedLocal();
    const r = await p.read(p.file(utcList(['2027-03-16T09:00:00-07:00', '2027-03-16T10:30:00-07:00'])));
    heldOr(r, ['03-16T16:00Z NEW Garcia', '03-16T17:30Z NEW Brown']);
  });
  it('a later file without a mark: the practice clock (9:00 PDT = 16:00Z), no question', async () => {
    const p = await markedLocal();
    const r = await p.read(p.file(utcList(['2027-03-16T09:00:00', '2027-03-16T10:30:00'])));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-16T16:00Z NEW Garcia', '03-16T17:30Z NEW Brown']);
  });
  it('a later file whose Start is renamed Start UTC: held', async () => {
    const p = await markedLocal();
    const r = await p.read(
      p.file(
        utcList(['2027-03-16T16:00:00Z', '2027-03-16T17:30:00Z'], UTC_HEAD.replace('Start', 'Start UTC')),
      ),
    );
    heldOr(r, ['03-16T16:00Z NEW Garcia', '03-16T17:30Z NEW Brown']);
  });
  it('answered at one practice, asked at another', async () => {
    await markedLocal();
    const q = practice();
    expect(asked(await q.read(q.file(utcList(['2027-03-15T09:00:00Z']))), 'utc-night')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. The twelve-hour answer, then an hour it did not cover
// ---------------------------------------------------------------------------------------------
const CLOCK_HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB';
const clockList = (times: string[], date = '03/15/2027', head = CLOCK_HEAD): string[] => [
  head,
  ...times.map((t, i) => `${60100 + i},${date},${t},${PEOPLE[i]![0]},${PEOPLE[i]![1]},${PEOPLE[i]![2]}`),
];
async function afterNoonAnswered(): Promise<Practice> {
  const p = practice();
  const first = p.file(clockList(['8:30', '9:15', '1:30', '3:15']));
  expect((await p.read(first)).held, 'a clock without AM/PM is asked first').toBe(true);
  await p.confirm(first, { afterNoon: { column: 'Time', from: 1, to: 5 } });
  return p;
}

describe('7. hours after noon answered 1 to 5', () => {
  it('a later 2:00 goes at 2 PM (21:00Z), 8:30 at 8:30 AM (15:30Z)', async () => {
    const p = await afterNoonAnswered();
    const r = await p.read(p.file(clockList(['8:30', '2:00'], '03/16/2027')));
    heldOr(r, ['03-16T15:30Z NEW Garcia', '03-16T21:00Z NEW Brown']);
  });
  it('FAULT a later 6:30 (never shown: morning or evening) is asked, never sent at either', async () => {
    const p = await afterNoonAnswered();
    const r = await p.read(p.file(clockList(['8:30', '6:30'], '03/16/2027')));
    expect(r.held).toBe(true);
  });
  it('FAULT 1 to 3 answered (the range the review fills in from 1:30 and 3:15): a later 4:30 is asked, never 4:30 AM', async () => {
    const p = practice();
    const first = p.file(clockList(['8:30', '9:15', '1:30', '3:15']));
    await p.confirm(first, { afterNoon: { column: 'Time', from: 1, to: 3 } });
    const r = await p.read(p.file(clockList(['8:30', '2:00', '4:30'], '03/16/2027')));
    expect(r.held).toBe(true);
  });
  it('a 5:45 draw kept before noon (1 to 4 answered on a file of 5:45, 1:30, 3:15): a later 5:45 goes at 5:45 AM (12:45Z), no question', async () => {
    const p = practice();
    const first = p.file(clockList(['5:45', '9:15', '1:30', '3:15']));
    expect((await p.read(first)).held).toBe(true);
    await p.confirm(first, { afterNoon: { column: 'Time', from: 1, to: 4 } });
    const r = await p.read(p.file(clockList(['5:45', '9:00', '2:00'], '03/16/2027')));
    expect(r.doubts).toEqual([]);
    // 5:45 AM PDT = 12:45Z, 9:00 AM = 16:00Z, 2:00 PM = 21:00Z.
    expect(r.sent).toEqual(['03-16T12:45Z NEW Garcia', '03-16T16:00Z NEW Brown', '03-16T21:00Z NEW Novak']);
  });
  it('answered at one practice, asked at another', async () => {
    await afterNoonAnswered();
    const q = practice();
    expect((await q.read(q.file(clockList(['8:30', '9:15', '1:30', '3:15'])))).held).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 8. The file replaced between the review's preview and its confirm
// ---------------------------------------------------------------------------------------------
describe('8. a file replaced while the review was open', () => {
  it('FAULT previewed for Pndg, replaced by a file with 1:30 and 3:15 before Confirm: a later 1:30 is still asked', async () => {
    const p = practice();
    const f = p.write('appointments.csv', [
      'Appt ID,Date,Time,Last Name,First Name,DOB,Status',
      '60100,03/15/2027,8:30 AM,Garcia,Elena,02/11/1966,Pndg',
      '60101,03/15/2027,9:15 AM,Brown,Peter,07/23/1958,Scheduled',
    ]);
    const shown = await p.preview(f);
    expect(shown.doubts.map((d) => d.check ?? d.kind)).toEqual(['status']);
    // The next scheduled export overwrites the file before the person clicks Confirm: it has
    // the same word (Pndg), and times without AM/PM the person never saw asked about.
    p.write('appointments.csv', [
      'Appt ID,Date,Time,Last Name,First Name,DOB,Status',
      '60100,03/15/2027,8:30,Garcia,Elena,02/11/1966,Pndg',
      '60101,03/15/2027,1:30,Brown,Peter,07/23/1958,Scheduled',
      '60102,03/15/2027,3:15,Novak,Ivan,01/30/1971,Scheduled',
    ]);
    const confirmed = await p.confirmShown(f, shown, { statusWords: [{ word: 'Pndg', meaning: 'new' }] });
    expect(confirmed).toMatchObject({ ok: false });
    expect((confirmed as { message: string }).message).toContain('changed after it was shown');
    const r = await p.read(
      p.file([
        'Appt ID,Date,Time,Last Name,First Name,DOB,Status',
        '60100,03/16/2027,9:00,Garcia,Elena,02/11/1966,Pndg',
        '60101,03/16/2027,1:30,Brown,Peter,07/23/1958,Scheduled',
        '60102,03/16/2027,3:15,Novak,Ivan,01/30/1971,Scheduled',
      ]),
    );
    expect(r.held).toBe(true);
    expect(asked(r, 'twelve-hour-clock')).toBe(true);
  });
  it('the file unchanged since the preview: the confirmation is saved and the word answered', async () => {
    const p = practice();
    const lines = [
      'Appt ID,Date,Time,Last Name,First Name,DOB,Status',
      '60100,03/15/2027,8:30 AM,Garcia,Elena,02/11/1966,Pndg',
      '60101,03/15/2027,9:15 AM,Brown,Peter,07/23/1958,Scheduled',
    ];
    const f = p.write('appointments.csv', lines);
    const shown = await p.preview(f);
    // The same bytes written again (a scheduled export with nothing new): still what was shown.
    p.write('appointments.csv', lines);
    expect(await p.confirmShown(f, shown, { statusWords: [{ word: 'Pndg', meaning: 'new' }] })).toMatchObject(
      {
        ok: true,
      },
    );
    const r = await p.read(p.file(lines.map((l) => l.replace('03/15/2027', '03/16/2027'))));
    expect(r.doubts).toEqual([]);
    // 8:30 AM PDT = 15:30Z, 9:15 AM = 16:15Z.
    expect(r.sent).toEqual(['03-16T15:30Z NEW Garcia', '03-16T16:15Z NEW Brown']);
  });
});
