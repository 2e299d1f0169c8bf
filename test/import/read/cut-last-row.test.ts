// A copy that stopped in the middle of the last row's last cell (main/import/read/cut-last-row.ts):
// the file ends without a line end, and that cell is the beginning of a longer value its column
// holds on another row. The row gets a problem (a row error, never sent); a file that simply has
// no line end after a whole last row reads as before.
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const HEAD = 'Date,Time,Patient,DOB,Location\r\n';
const ROWS = [
  '03/01/2027,8:00,"Garcia, Maria",03/14/1978,Main St Clinic',
  '03/01/2027,9:00,"Smith, John",02/20/1965,North Clinic',
  '03/01/2027,10:00,"Kim, Min",09/10/1970,Main St Clinic',
];
const file = (last: string, end = '') =>
  t.write(
    'day.csv',
    HEAD +
      ROWS.slice(0, 2)
        .map((r) => `${r}\r\n`)
        .join('') +
      last +
      end,
  );
const problems = async (f: string) => (await readAll(f)).rows.map((r) => r.problem ?? '');

it('a last cell cut short of a value on another row, no line end: that row has a problem naming both', async () => {
  const got = await problems(file('03/01/2027,10:00,"Kim, Min",09/10/1970,Main St Cl'));
  expect(got.slice(0, 2)).toEqual(['', '']);
  expect(got[2]).toBe(
    "the file ends in the middle of this line, with no line end: its last cell 'Main St Cl' is the beginning of 'Main St Clinic' on another row (a copy that stopped, or a file copied while it was still being written?)",
  );
});

it('the same cell with a line end after it, a whole value, or one that begins no other value: no problem', async () => {
  expect(await problems(file('03/01/2027,10:00,"Kim, Min",09/10/1970,Main St Cl', '\r\n'))).toEqual([
    '',
    '',
    '',
  ]);
  expect(await problems(file(ROWS[2]!))).toEqual(['', '', '']);
  expect(await problems(file('03/01/2027,10:00,"Kim, Min",09/10/1970,South Cl'))).toEqual(['', '', '']);
});

it('an empty last cell after the last delimiter, no line end: a problem where every other row fills the column', async () => {
  const got = await problems(file('03/01/2027,10:00,"Kim, Min",09/10/1970,'));
  expect(got[2]).toBe(
    "the file ends in the middle of this line, with no line end: its last cell is empty, and every other row has a value there (such as 'Main St Clinic') (a copy that stopped, or a file copied while it was still being written?)",
  );
  // A column another row leaves empty: an empty last cell is a value of it.
  const some = t.write(
    'some.csv',
    `${HEAD}03/01/2027,8:00,"Garcia, Maria",03/14/1978,\r\n${ROWS[1]}\r\n03/01/2027,10:00,"Kim, Min",09/10/1970,`,
  );
  expect(await problems(some)).toEqual(['', '', '']);
});

it('a value another whole row has (Main St beside Main St Clinic and Main St): no problem', async () => {
  const f = t.write(
    'short.csv',
    `${HEAD}${ROWS[0]}\r\n03/01/2027,9:00,"Smith, John",02/20/1965,Main St\r\n03/01/2027,10:00,"Kim, Min",09/10/1970,Main St`,
  );
  expect(await problems(f)).toEqual(['', '', '']);
});

it("a last cell with digits written as the beginning of the column's shape (17:3 beside 16:30, 03/02/20 beside 03/01/2027): a problem", async () => {
  const head = 'Patient,Location,Date,Time\r\n';
  const rows = ['Garcia,Main,03/01/2027,16:30', 'Smith,Main,03/01/2027,09:00']
    .map((r) => `${r}\r\n`)
    .join('');
  const time = await problems(t.write('t.csv', `${head}${rows}Kim,Main,03/01/2027,17:3`));
  expect(time[2]).toContain(
    "its last cell '17:3' is the beginning of a value written like '16:30' on another row",
  );
  const dateLast = 'Patient,Location,Time,Date\r\nGarcia,Main,16:30,03/01/2027\r\nKim,Main,17:00,03/02/20';
  expect((await problems(t.write('d.csv', dateLast)))[1]).toContain(
    "its last cell '03/02/20' is the beginning of a value written like '03/01/2027'",
  );
  // A whole value of a shape the column has (9:30 beside 16:30: 9:99 begins no 99:99), or a shape
  // another row has: no problem.
  expect(await problems(t.write('w.csv', `${head}${rows}Kim,Main,03/01/2027,9:30`))).toEqual(['', '', '']);
  expect(await problems(t.write('x.csv', `${head}${rows}Kim,Main,03/01/2027,17:45`))).toEqual(['', '', '']);
});
