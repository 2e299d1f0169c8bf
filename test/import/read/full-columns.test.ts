// A printed id that exactly fills its dashed column (full-columns.ts): a fixed-width id system's
// column is full, not cut, when every id is as wide as the dashes and they differ only in digits;
// ids of several widths, or of letters, keep the row error. Files written here by hand.
import { importExport } from '../../../main/import/import-export.ts';
import { FullColumns } from '../../../main/import/read/full-columns.ts';
import type { ImportItem } from '../../../main/model/import-summary.ts';
import { tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

describe('the full columns of a printed report', () => {
  it('are those whose every value is as wide as the column and of one shape', () => {
    const cols = new FullColumns([8, 8, 8, 8]);
    cols.note(['00104522', '0010452', 'ABECL000', 'C0012345']);
    cols.note(['00098817', '00098817', 'DELRA000', 'C0098817']);
    cols.note(['', '00120034', 'TRAKE000', 'C0120034']);
    // Column 0: one shape, two values (a blank cell is no value); 1: a shorter id beside full
    // ones; 2: letters differ (a code made from names); 3: a letter and digits, one shape.
    expect([...cols.full()]).toEqual([
      [0, '99999999'],
      [3, 'C9999999'],
    ]);
  });

  it('needs two values of the shape: one alone may as well be cut', () => {
    const cols = new FullColumns([8]);
    cols.note(['00104522']);
    cols.note(['00104522']);
    expect(cols.full().size).toBe(0);
  });
});

const HEAD = [
  'DATE        TIME      CHART #   PATIENT NAME            BIRTH DATE  STATUS',
  '----------  --------  --------  ----------------------  ----------  ----------',
];

async function outcome(rows: string[]): Promise<Array<string | number>> {
  const file = t.write('LIST.TXT', [...HEAD, ...rows].join('\n') + '\n');
  const out: Array<string | number> = [];
  const gen = importExport(file, {
    practiceId: '1c7ecf9f-9700-4e70-b976-9356db658274',
    timeZone: 'America/Denver',
  });
  for (;;) {
    const r = await gen.next();
    if (r.done) return out;
    const i: ImportItem = r.value;
    if (i.kind === 'appointment') out.push(i.appointment.patient.patientId);
    else if (i.kind === 'error') out.push(`${i.error.line} ${i.error.column}`);
  }
}

describe('a printed id that fills its column', () => {
  it('is read when every id of the column is that wide and differs only in digits', async () => {
    expect(
      await outcome([
        '03/15/2027  08:00 AM  00104522  GALLAGHER, NORA         02/11/2019  CONFIRMED',
        '03/15/2027  08:30 AM  00098817  OYELARAN, TEMI          09/27/2016  CONFIRMED',
        '03/15/2027  09:15 AM  00120034  VASQUEZ, MATEO          12/03/2021  CANCELLED',
      ]),
    ).toEqual(['00104522', '00098817', '00120034']);
  });

  it('is a row error where shorter ids beside it show the column is no fixed width', async () => {
    expect(
      await outcome([
        '03/15/2027  08:00 AM  00104522  GALLAGHER, NORA         02/11/2019  CONFIRMED',
        '03/15/2027  08:30 AM  9881745   OYELARAN, TEMI          09/27/2016  CONFIRMED',
        '03/15/2027  09:15 AM  00120034  VASQUEZ, MATEO          12/03/2021  CANCELLED',
      ]),
    ).toEqual(['3 CHART #', '9881745', '5 CHART #']);
  });

  it('is a row error where the ids differ in letters (a code made from the name may be cut)', async () => {
    expect(
      await outcome([
        '03/15/2027  08:00 AM  GALNO000  GALLAGHER, NORA         02/11/2019  CONFIRMED',
        '03/15/2027  08:30 AM  OYETE000  OYELARAN, TEMI          09/27/2016  CONFIRMED',
      ]),
    ).toEqual(['3 CHART #', '4 CHART #']);
  });
});
