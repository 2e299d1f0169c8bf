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
  expect(await problems(file('03/01/2027,10:00,"Kim, Min",09/10/1970,'))).toEqual(['', '', '']);
});
