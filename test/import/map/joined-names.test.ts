// One-column patient names the split had refused: a Korean name in Hangul without a space
// (`김민수`: family name 김, the first syllable, unless the first two are a family name of two such
// as 남궁), Chinese and Japanese names in characters without a space (refused, saying why), and
// Singapore and Malaysia patronymic names (`Ravi S/O Kumar`, like `Ahmad bin Ismail`). Expected
// values worked out by hand from the rows below.
import { expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('joined-names');
const seoul = { timeZone: 'Asia/Seoul' };

/** One row per name, each its own patient (id, birth date) and time. */
const dayList = (...names: string[]): string[] => [
  'Appt ID,Patient ID,Patient Name,DOB,Date,Time,Provider,Status',
  ...names.map(
    (n, i) =>
      `${500 + i},${1001 + i},${n},1980-01-${String(10 + i)},2027-03-15,${9 + i}:00,"Lee, Anna",Scheduled`,
  ),
];

const read = async (names: string[], opts = seoul) => {
  const r = await collect(files.write(dayList(...names)), opts);
  return {
    names: r.appointments.map((a) => [a.patient.firstName, a.patient.lastName]),
    errors: r.errors.map((e) => [e.line, e.value, e.message]),
  };
};

const JOINED =
  "the patient's name is written in Chinese, Japanese or Korean characters without a space, and where the family name ends is not in the cell (a Japanese family name runs to one, two or three characters; a Korean one may be two syllables, such as 남궁 or 제갈)";

it('a Korean name of two or three syllables: the first is the family name', async () => {
  const r = await read(['김민수', '이화', '박지성']);
  expect(r.errors).toEqual([]);
  expect(r.names).toEqual([
    ['민수', '김'],
    ['화', '이'],
    ['지성', '박'],
  ]);
});

it('a Korean name that may start with a two-syllable family name, or of four syllables, is refused', async () => {
  // 남궁민: Namgung Min or Nam Gungmin; 선우진: Seonu Jin or Seon Ujin; 제갈공명: four syllables.
  const r = await read(['남궁민', '선우진', '제갈공명']);
  expect(r.names).toEqual([]);
  expect(r.errors).toEqual([
    [2, '남궁민', JOINED],
    [3, '선우진', JOINED],
    [4, '제갈공명', JOINED],
  ]);
});

it('Chinese and Japanese names in characters without a space are refused, saying why', async () => {
  const r = await read(['王小明', '山田太郎']);
  expect(r.names).toEqual([]);
  expect(r.errors).toEqual([
    [2, '王小明', JOINED],
    [3, '山田太郎', JOINED],
  ]);
});

it('with a space they are split as before: family name first', async () => {
  const r = await read(['山田 太郎', '남궁 민']);
  expect(r.errors).toEqual([]);
  expect(r.names).toEqual([
    ['太郎', '山田'],
    ['민', '남궁'],
  ]);
});

it('patronymic names: the given name, then the mark and the father’s name as the last name', async () => {
  const r = await read(['Ravi S/O Kumar', 'Siti D/O Ahmad', 'MUTHU A/L RAJAN', 'Ahmad bin Ismail'], {
    timeZone: 'Asia/Singapore',
  });
  expect(r.errors).toEqual([]);
  expect(r.names).toEqual([
    ['Ravi', 'S/O Kumar'],
    ['Siti', 'D/O Ahmad'],
    ['Muthu', 'a/l Rajan'],
    ['Ahmad', 'bin Ismail'],
  ]);
});

it('a slash elsewhere in a name is still refused', async () => {
  const r = await read(['Ravi/Kumar Singh'], { timeZone: 'Asia/Singapore' });
  expect(r.names).toEqual([]);
  expect(r.errors.length).toBe(1);
});
