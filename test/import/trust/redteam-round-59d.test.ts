// Red-team probes, round 59d: a remembered answer reaching a file it was never given for. Each
// probe gives an answer through the review's own path (createReviewActions().confirmMapping, as the
// review window does) on a first file, then reads a later file as the engine reads it: a patient
// id accepted as a family's meeting a stranger, one person's two ids meeting a third, a provider id
// accepted for two doctors meeting two others, status codes answered and a later legend saying
// otherwise, an account column answered as the patient id and then renamed, moved, added beside or
// dropped, a day/month order answered and contradicted only past the first 500 rows, a file
// answered and then edited, two systems whose headers match. (The engine's half, the order one
// export's data proved meeting another system's, restarts, practices and re-drops:
// test/engine/redteam-round-59d.test.ts.) Every right outcome was worked out by hand before the
// probe first ran (held is never wrong); a probe named FAULT was a wrong send before its fix.
// Calendar, by hand: 15 March 2027 is a Monday, 16 March a Tuesday. Los Angeles is on daylight
// time from 14 March 2027 (UTC-7): 8:00 AM is 15:00Z, 9:30 AM 16:30Z, 10:00 AM 17:00Z, 2:00 PM
// 21:00Z. Toronto is on standard time until 14 March (UTC-5) and on daylight time after (UTC-4):
// 3 April 8:00 AM is 12:00Z, 4 March 8:00 AM is 13:00Z; its region writes dates both ways.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asked, type Practice, type Read, reviewPractice } from './review-practice.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-round-59d-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const practice = (timeZone?: string): Practice =>
  reviewPractice(root, '59d2c9a7-5b1d-4c8e-9a6f-2d7e8b1c4a', timeZone);

const patientIds = (r: Read): string[] => r.ids.map((s) => s.split(' ')[1]!);
/** Held, or no row of these last names goes with `status`. */
function neverSent(r: Read, status: string, names: string[]): void {
  if (r.held) return;
  for (const s of r.sent) {
    const [, st, last] = s.split(' ');
    if (names.includes(last!)) expect(st, s).not.toBe(status);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. A patient id accepted as shared by two people (a family's chart number)
// ---------------------------------------------------------------------------------------------
const CHART_HEAD = 'Appt ID,Date,Time,Chart #,Last Name,First Name,DOB,Provider,Status';
const ELENA = 'Garcia,Elena,02/11/1966';
const SOFIA = 'Garcia,Sofia,05/06/2015';
const TOMAS = 'Garcia,Tomas,01/02/2019';
const PETER = 'Brown,Peter,07/23/1958';
const IVAN = 'Novak,Ivan,01/30/1971';
/** Rows `[chart, person]` on `date` at 8:00, 9:30, 10:00 and 2:00 with ids from `first`. */
function charts(
  rows: Array<[string, string]>,
  date = '03/16/2027',
  first = 70200,
  head = CHART_HEAD,
): string[] {
  const times = ['8:00 AM', '9:30 AM', '10:00 AM', '2:00 PM'];
  return [
    head,
    ...rows.map(([chart, who], i) => `${first + i},${date},${times[i]},${chart},${who},Dr. Lee,Scheduled`),
  ];
}
/** A practice that accepted 5001 for Elena and her daughter Sofia (and 5003 Novak's own). */
async function familyAccepted(): Promise<Practice> {
  const p = practice();
  const first = p.file(
    charts(
      [
        ['5001', ELENA],
        ['5001', SOFIA],
        ['5003', IVAN],
      ],
      '03/15/2027',
      70100,
    ),
  );
  expect(asked(await p.read(first), 'patient-id-shared')).toBe(true);
  await p.confirm(first);
  return p;
}

describe('1. a patient id accepted as a family’s', () => {
  it('FAULT 5001 later on Elena and on Peter Brown (another family): asked, Brown never sent as Elena’s chart', async () => {
    const p = await familyAccepted();
    const r = await p.read(
      p.file(
        charts([
          ['5001', ELENA],
          ['5001', PETER],
          ['5003', IVAN],
        ]),
      ),
    );
    expect(asked(r, 'patient-id-shared')).toBe(true);
  });
  it('FAULT 5001 later on Elena, Sofia and a third Garcia (Tomas, another birth date): asked', async () => {
    const p = await familyAccepted();
    const r = await p.read(
      p.file(
        charts([
          ['5001', ELENA],
          ['5001', SOFIA],
          ['5001', TOMAS],
        ]),
      ),
    );
    expect(asked(r, 'patient-id-shared')).toBe(true);
  });
  it('5001 later on Elena and Sofia again: no question, both under 5001 (8:00 = 15:00Z, 9:30 = 16:30Z)', async () => {
    const p = await familyAccepted();
    const r = await p.read(
      p.file(
        charts([
          ['5001', SOFIA],
          ['5001', ELENA],
        ]),
      ),
    );
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-16T15:00Z NEW Garcia', '03-16T16:30Z NEW Garcia']);
    expect(patientIds(r)).toEqual(['5001', '5001']);
  });
  it('Elena and Sofia under 5001 with the columns in another order: no question', async () => {
    const p = await familyAccepted();
    const head = 'Chart #,Last Name,First Name,DOB,Appt ID,Date,Time,Provider,Status';
    const r = await p.read(
      p.file([
        head,
        '5001,Garcia,Elena,02/11/1966,70200,03/16/2027,8:00 AM,Dr. Lee,Scheduled',
        '5001,Garcia,Sofia,05/06/2015,70201,03/16/2027,9:30 AM,Dr. Lee,Scheduled',
      ]),
    );
    expect(r.doubts).toEqual([]);
    expect(patientIds(r)).toEqual(['5001', '5001']);
  });
  it('5001 later on Sofia alone: no question, sent under 5001', async () => {
    const p = await familyAccepted();
    const r = await p.read(p.file(charts([['5001', SOFIA]])));
    expect(r.doubts).toEqual([]);
    expect(r.ids).toEqual(['70200 5001 Garcia/Sofia']);
  });
  it('another id (6002) on Peter Brown and Ivan Novak: asked', async () => {
    const p = await familyAccepted();
    const r = await p.read(
      p.file(
        charts([
          ['6002', PETER],
          ['6002', IVAN],
        ]),
      ),
    );
    expect(asked(r, 'patient-id-shared')).toBe(true);
  });
  it('accepted at one practice: the same file at another practice is asked', async () => {
    await familyAccepted();
    const other = practice();
    const r = await other.read(
      other.file(
        charts([
          ['5001', ELENA],
          ['5001', SOFIA],
        ]),
      ),
    );
    expect(asked(r, 'patient-id-shared')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. One person accepted under two ids (a chart kept twice)
// ---------------------------------------------------------------------------------------------
describe('2. one person accepted under two ids', () => {
  async function twoAccepted(): Promise<Practice> {
    const p = practice();
    const first = p.file(
      charts(
        [
          ['5002', PETER],
          ['5077', PETER],
          ['5003', IVAN],
        ],
        '03/15/2027',
        70100,
      ),
    );
    expect(asked(await p.read(first), 'patient-id-per-visit')).toBe(true);
    await p.confirm(first);
    return p;
  }
  it('Brown later under 5002 and a third id 5099: asked', async () => {
    const p = await twoAccepted();
    const r = await p.read(
      p.file(
        charts([
          ['5002', PETER],
          ['5099', PETER],
        ]),
      ),
    );
    expect(asked(r, 'patient-id-per-visit')).toBe(true);
  });
  it('Brown later under 5002 and 5077 again: no question', async () => {
    const p = await twoAccepted();
    const r = await p.read(
      p.file(
        charts([
          ['5077', PETER],
          ['5002', PETER],
        ]),
      ),
    );
    expect(r.doubts).toEqual([]);
    expect(patientIds(r)).toEqual(['5077', '5002']);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A provider id accepted for two doctors
// ---------------------------------------------------------------------------------------------
const PROV_HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB,Provider ID,Provider,Status';
const PEOPLE = [ELENA, PETER, IVAN, 'Okafor,Ada,09/09/1984'];
function providers(rows: Array<[string, string]>, date = '03/16/2027', first = 70200): string[] {
  const times = ['8:00 AM', '9:30 AM', '10:00 AM', '2:00 PM'];
  return [
    PROV_HEAD,
    ...rows.map(([id, name], i) => `${first + i},${date},${times[i]},${PEOPLE[i]},${id},"${name}",Scheduled`),
  ];
}
async function leeAccepted(): Promise<Practice> {
  const p = practice();
  const first = p.file(
    providers(
      [
        ['LEE', 'Lee, Anna'],
        ['LEE', 'Lee, David'],
      ],
      '03/15/2027',
      70100,
    ),
  );
  expect(asked(await p.read(first), 'provider-id-shared')).toBe(true);
  await p.confirm(first);
  return p;
}
describe('3. a provider id accepted for two doctors', () => {
  it('FAULT LEE later for Anna Lee and Grace Lee: asked, Grace never sent as the provider LEE unasked', async () => {
    const p = await leeAccepted();
    const r = await p.read(
      p.file(
        providers([
          ['LEE', 'Lee, Anna'],
          ['LEE', 'Lee, Grace'],
        ]),
      ),
    );
    expect(asked(r, 'provider-id-shared')).toBe(true);
  });
  it('FAULT another id (KIM) later for Min Kim and Joon Kim: asked', async () => {
    const p = await leeAccepted();
    const r = await p.read(
      p.file(
        providers([
          ['KIM', 'Kim, Min'],
          ['KIM', 'Kim, Joon'],
        ]),
      ),
    );
    expect(asked(r, 'provider-id-shared')).toBe(true);
  });
  it('LEE later for David and Anna Lee again (the other order): no question', async () => {
    const p = await leeAccepted();
    const r = await p.read(
      p.file(
        providers([
          ['LEE', 'Lee, David'],
          ['LEE', 'Lee, Anna'],
        ]),
      ),
    );
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-16T15:00Z NEW Garcia', '03-16T16:30Z NEW Brown']);
  });
  it('accepted at one practice: another practice’s same file is asked', async () => {
    await leeAccepted();
    const other = practice();
    const r = await other.read(
      other.file(
        providers([
          ['LEE', 'Lee, Anna'],
          ['LEE', 'Lee, David'],
        ]),
      ),
    );
    expect(asked(r, 'provider-id-shared')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Status codes answered, and a later file's legend
// ---------------------------------------------------------------------------------------------
const HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB,Provider,Status';
/** Garcia 8:00, Brown 9:30, Novak 10:00 with these statuses, then `legend` lines. */
function coded(statuses: string[], legend: string[] = [], date = '03/16/2027', first = 70200): string[] {
  const times = ['8:00 AM', '9:30 AM', '10:00 AM'];
  return [
    HEAD,
    ...statuses.map((s, i) => `${first + i},${date},${times[i]},${PEOPLE[i]},Dr. Lee,${s}`),
    ...(legend.length ? ['', ...legend] : []),
  ];
}
async function codesAnswered(
  codes: string[],
  answers: Array<{ word: string; meaning: 'new' | 'cancel' }>,
  p = practice(),
): Promise<Practice> {
  const first = p.file(coded(codes, [], '03/15/2027', 70100));
  expect(asked(await p.read(first), 'status')).toBe(true);
  await p.confirm(first, { statusWords: answers });
  return p;
}
const SC_CX = [
  { word: 'SC', meaning: 'new' as const },
  { word: 'CX', meaning: 'cancel' as const },
];
describe('4. status codes answered, then a legend', () => {
  it('CX answered cancelled; a later legend says CX = Checked Out: Brown never cancelled unasked', async () => {
    const p = await codesAnswered(['SC', 'CX', 'SC'], SC_CX);
    const r = await p.read(
      p.file(coded(['SC', 'CX', 'SC'], ['Status codes: SC = Scheduled  CX = Checked Out'])),
    );
    expect(r.held).toBe(true);
    neverSent(r, 'CANCEL', ['Brown']);
  });
  it('CX answered cancelled; a later legend says CX = Cancelled: Brown cancelled, no question', async () => {
    const p = await codesAnswered(['SC', 'CX', 'SC'], SC_CX);
    const r = await p.read(
      p.file(coded(['SC', 'CX', 'SC'], ['Status codes: SC = Scheduled  CX = Cancelled'])),
    );
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual([
      '03-16T15:00Z NEW Garcia',
      '03-16T16:30Z CANCEL Brown',
      '03-16T17:00Z NEW Novak',
    ]);
  });
  it('CX answered cancelled; a later file without a legend: cancelled as answered, no question', async () => {
    const p = await codesAnswered(['SC', 'CX', 'SC'], SC_CX);
    const r = await p.read(p.file(coded(['CX', 'SC', 'SC'])));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual([
      '03-16T15:00Z CANCEL Garcia',
      '03-16T16:30Z NEW Brown',
      '03-16T17:00Z NEW Novak',
    ]);
  });
  it('P answered booked; a later legend says P = Patient cancelled: Brown never booked unasked', async () => {
    const p = await codesAnswered(
      ['P', 'X', 'P'],
      [
        { word: 'P', meaning: 'new' },
        { word: 'X', meaning: 'cancel' },
      ],
    );
    const r = await p.read(
      p.file(coded(['X', 'P', 'X'], ['P = Patient cancelled', 'X = Cancelled by office'])),
    );
    neverSent(r, 'NEW', ['Brown']);
  });
  it('X answered cancelled; a later legend says X = Arrived: Garcia never cancelled unasked', async () => {
    const p = await codesAnswered(
      ['P', 'X', 'P'],
      [
        { word: 'P', meaning: 'new' },
        { word: 'X', meaning: 'cancel' },
      ],
    );
    const r = await p.read(p.file(coded(['X', 'P', 'P'], ['Legend: P = Pending  X = Arrived'])));
    neverSent(r, 'CANCEL', ['Garcia']);
  });
  it('SC answered booked; a later legend says SC = Schedule Cancelled: Garcia never booked unasked', async () => {
    const p = await codesAnswered(['SC', 'CX', 'SC'], SC_CX);
    const r = await p.read(p.file(coded(['SC', 'CX', 'CX'], ['SC = Schedule Cancelled', 'CX = Cancelled'])));
    neverSent(r, 'NEW', ['Garcia']);
  });
  it('CX answered cancelled at one practice: another practice’s file of CX without a legend is asked', async () => {
    await codesAnswered(['SC', 'CX', 'SC'], SC_CX);
    const other = practice();
    const r = await other.read(other.file(coded(['SC', 'CX', 'SC'])));
    expect(asked(r, 'status')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. An account column answered as the patient's id, then the layout changes
// ---------------------------------------------------------------------------------------------
const ACCT_HEAD = 'Appt ID,Date,Time,Acct #,Last Name,First Name,DOB,Provider,Status';
const accounts = (head = ACCT_HEAD, date = '03/16/2027', first = 70200): string[] => [
  head,
  `${first},${date},8:00 AM,4401,${ELENA},Dr. Lee,Scheduled`,
  `${first + 1},${date},9:30 AM,4402,${PETER},Dr. Lee,Scheduled`,
  `${first + 2},${date},10:00 AM,4403,${IVAN},Dr. Lee,Scheduled`,
];
async function accountAnswered(p = practice()): Promise<Practice> {
  const first = p.file(accounts(ACCT_HEAD, '03/15/2027', 70100));
  const shown = await p.preview(first);
  const columns = shown.columns.map((c) => (c.field === 'patientId' ? { ...c, column: 'Acct #' } : c));
  if (!columns.some((c) => c.field === 'patientId'))
    columns.push({ field: 'patientId', column: 'Acct #' } as never);
  await p.confirmShown(first, { ...shown, columns });
  expect(p.profile().columns.patientId).toBe('Acct #');
  return p;
}
describe('5. the account column answered as the patient id, then the layout', () => {
  it('Acct # renamed Account No: held, never ids made from names unasked', async () => {
    const p = await accountAnswered();
    const r = await p.read(p.file(accounts(ACCT_HEAD.replace('Acct #', 'Account No'))));
    expect(r.held).toBe(true);
  });
  it('Acct # moved to the last column: read by its header, the same ids, no question', async () => {
    const p = await accountAnswered();
    const head = 'Appt ID,Date,Time,Last Name,First Name,DOB,Provider,Status,Acct #';
    const r = await p.read(
      p.file([
        head,
        `70200,03/16/2027,8:00 AM,${ELENA},Dr. Lee,Scheduled,4401`,
        `70201,03/16/2027,9:30 AM,${PETER},Dr. Lee,Scheduled,4402`,
      ]),
    );
    expect(r.doubts).toEqual([]);
    expect(patientIds(r)).toEqual(['4401', '4402']);
  });
  it('a Guarantor Acct # added beside it: held', async () => {
    const p = await accountAnswered();
    const r = await p.read(
      p.file([
        `${ACCT_HEAD},Guarantor Acct #`,
        `70200,03/16/2027,8:00 AM,4401,${ELENA},Dr. Lee,Scheduled,4401`,
        `70201,03/16/2027,9:30 AM,4402,${PETER},Dr. Lee,Scheduled,4402`,
      ]),
    );
    expect(r.held).toBe(true);
  });
  it('Acct # dropped: held (every patient would go under an id made from name and birth date)', async () => {
    const p = await accountAnswered();
    const r = await p.read(
      p.file([
        HEAD,
        `70200,03/16/2027,8:00 AM,${ELENA},Dr. Lee,Scheduled`,
        `70201,03/16/2027,9:30 AM,${PETER},Dr. Lee,Scheduled`,
      ]),
    );
    expect(r.held).toBe(true);
  });
  it('Acct # 4401 later on Elena and on her daughter Sofia: asked, never one patient', async () => {
    const p = await accountAnswered();
    const r = await p.read(
      p.file([
        ACCT_HEAD,
        `70200,03/16/2027,8:00 AM,4401,${ELENA},Dr. Lee,Scheduled`,
        `70201,03/16/2027,9:30 AM,4401,${SOFIA},Dr. Lee,Scheduled`,
      ]),
    );
    expect(asked(r, 'patient-id-shared')).toBe(true);
  });
  it('answered at one practice: another practice never takes Acct # unasked', async () => {
    await accountAnswered();
    const other = practice();
    const r = await other.read(other.file(accounts()));
    if (!r.held) expect(patientIds(r)).not.toEqual(['4401', '4402', '4403']);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. A day/month order answered, contradicted only past the first 500 rows
// ---------------------------------------------------------------------------------------------
const TORONTO = 'America/Toronto';
const DM_HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB';
/** `n` rows of people born `0d/0m/19yy` (both ways) on `date`, each its own patient; `last`
 *  replaces the last row's date and birth date. */
function longList(n: number, date: string, last?: { date?: string; dob?: string }): string[] {
  const rows = [DM_HEAD];
  for (let i = 0; i < n; i++) {
    const final = i === n - 1 ? last : undefined;
    const minute = String((i * 5) % 60).padStart(2, '0');
    const hour = 8 + (Math.floor((i * 5) / 60) % 9);
    rows.push(
      `${80000 + i},${final?.date ?? date},${hour}:${minute},Person${i},Given${i},${final?.dob ?? `0${(i % 9) + 1}/0${(i % 8) + 1}/19${50 + (i % 40)}`}`,
    );
  }
  return rows;
}
async function dayFirstAnswered(): Promise<Practice> {
  const p = practice(TORONTO);
  const first = p.file(longList(3, '03/04/2027'));
  expect(asked(await p.read(first), 'date-order')).toBe(true);
  await p.confirm(first, { dateOrder: 'DMY' });
  return p;
}
describe('6. day-first answered, then a later file proves month-first only at its last row', () => {
  it('row 600 of the later file writes 03/13/2027: held, nothing goes as 3 April unasked', async () => {
    const p = await dayFirstAnswered();
    const r = await p.read(p.file(longList(600, '03/04/2027', { date: '03/13/2027' })));
    expect(r.held).toBe(true);
  });
  it('FAULT row 600 of the later file is born 12/31/1980 (written alike): held', async () => {
    const p = await dayFirstAnswered();
    const r = await p.read(p.file(longList(600, '03/04/2027', { dob: '12/31/1980' })));
    expect(r.held).toBe(true);
  });
  it('600 rows that all read both ways: day-first as answered (3 April 8:00 EDT = 12:00Z), no question', async () => {
    const p = await dayFirstAnswered();
    const r = await p.read(p.file(longList(600, '03/04/2027')));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toHaveLength(600);
    expect(r.sent[0]).toBe('04-03T12:00Z NEW Person0');
  });
});

// ---------------------------------------------------------------------------------------------
// 7. A file answered, then edited in place
// ---------------------------------------------------------------------------------------------
describe('7. a file answered, then edited and read again', () => {
  async function pendAnswered(): Promise<{ p: Practice; name: string }> {
    const p = practice();
    const name = 'today.csv';
    const first = p.write(name, coded(['Pend', 'Pend', 'Scheduled'], [], '03/15/2027', 70100));
    expect(asked(await p.read(first), 'status')).toBe(true);
    await p.confirm(first, { statusWords: [{ word: 'Pend', meaning: 'new' }] });
    return { p, name };
  }
  it('Brown’s Pend edited to Pend Cxl: held, Brown never booked unasked', async () => {
    const { p, name } = await pendAnswered();
    const r = await p.read(p.write(name, coded(['Pend', 'Pend Cxl', 'Scheduled'], [], '03/15/2027', 70100)));
    neverSent(r, 'NEW', ['Brown']);
    expect(r.held).toBe(true);
  });
  it('a row of Pend for Novak added: no question, all three booked (8:00 = 15:00Z)', async () => {
    const { p, name } = await pendAnswered();
    const r = await p.read(p.write(name, coded(['Pend', 'Pend', 'Pend'], [], '03/15/2027', 70100)));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-15T15:00Z NEW Garcia', '03-15T16:30Z NEW Brown', '03-15T17:00Z NEW Novak']);
  });
});

// ---------------------------------------------------------------------------------------------
// 8. Two systems of one practice whose headers match
// ---------------------------------------------------------------------------------------------
describe('8. month-first answered for one system; another system writes the same headers', () => {
  async function monthFirstAnswered(): Promise<Practice> {
    const p = practice(TORONTO);
    const first = p.file(longList(2, '03/04/2027'));
    expect(asked(await p.read(first), 'date-order')).toBe(true);
    await p.confirm(first, { dateOrder: 'MDY' });
    return p;
  }
  it('the other system’s 25/03/2027 beside 04/03/2027: held, 04/03 never sent as 3 April or 4 March unasked', async () => {
    const p = await monthFirstAnswered();
    const r = await p.read(p.file(longList(2, '04/03/2027', { date: '25/03/2027' })));
    expect(r.held).toBe(true);
  });
  it('the other system’s 04.03.2027 (dots): held', async () => {
    const p = await monthFirstAnswered();
    const r = await p.read(p.file(longList(2, '04.03.2027')));
    expect(r.held).toBe(true);
  });
  it('the other system’s 2027-03-04 (ISO): 4 March as written (8:00 EST = 13:00Z), no question', async () => {
    const p = await monthFirstAnswered();
    const r = await p.read(p.file([DM_HEAD, '80000,2027-03-04,8:00,Person0,Given0,1950-01-01']));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-04T13:00Z NEW Person0']);
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Rows that end days after their start, answered as one appointment each
// ---------------------------------------------------------------------------------------------
describe('9. two-night stays answered as one appointment each', () => {
  const STAY_HEAD = 'Appt ID,Start Date,End Date,Time,Last Name,First Name,DOB,Provider,Status';
  const stays = (ends: string[], start = '03/16/2027', first = 70200): string[] => [
    STAY_HEAD,
    ...ends.map((end, i) => `${first + i},${start},${end},8:00 PM,${PEOPLE[i]},Dr. Lee,Scheduled`),
  ];
  async function staysAnswered(p = practice()): Promise<Practice> {
    const first = p.file(stays(['03/17/2027', '03/18/2027'], '03/15/2027', 70100));
    expect(asked(await p.read(first), 'spans-days')).toBe(true);
    await p.confirm(first);
    return p;
  }
  it('FAULT a later row ending four weeks on (a weekly series listed once): asked, never one visit on its first day unasked', async () => {
    const p = await staysAnswered();
    const r = await p.read(p.file(stays(['03/18/2027', '04/13/2027'])));
    expect(asked(r, 'spans-days')).toBe(true);
  });
  it('later two-night stays: no question, each at its start (8:00 PM PDT = 03:00Z the next day)', async () => {
    const p = await staysAnswered();
    const r = await p.read(p.file(stays(['03/18/2027', '03/17/2027'])));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-17T03:00Z NEW Garcia', '03-17T03:00Z NEW Brown']);
  });
  it('answered at one practice: another practice’s stays are asked', async () => {
    await staysAnswered();
    const other = practice();
    const r = await other.read(other.file(stays(['03/18/2027'])));
    expect(asked(r, 'spans-days')).toBe(true);
  });
});
