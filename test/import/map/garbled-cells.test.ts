// The provider, type and location a patient sees, read in a wrong text encoding where no reading
// undoes it: a byte lost to the replacement character (`Cl�nica`, a Windows-1252 file once opened
// as UTF-8 and saved), or a line mixing two encodings. The row is refused, naming the column and the
// value; symbols that are text (`360°`, `50 €`, an emoji) go.
import { collect } from '../convert/support.ts';
import { tempDir } from '../read/read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const HEAD = 'Date,Time,Patient,DOB,Provider,Type,Location';
const row = (i: number, provider: string, type: string, location: string): string =>
  `03/02/2027,${9 + i}:00,"Smith, Ann${'abcdef'[i]}",04/05/198${i},"${provider}",${type},${location}`;

async function convert(lines: string[]) {
  return collect(t.write('cells.csv', [HEAD, ...lines].join('\r\n')), { timeZone: 'America/New_York' });
}

describe('free text garbled by a wrong encoding', () => {
  it.each([
    ['Provider', row(0, 'N\ufffd\ufffdez, Mar\ufffda MD', 'Office Visit', 'North')],
    ['Type', row(0, 'Ng, Helen MD', 'Revisi\ufffdn', 'North')],
    ['Location', row(0, 'Ng, Helen MD', 'Office Visit', 'Cl\ufffdnica Norte')],
    // `é` beside `Ã­` on one line: no reading of the line undoes it.
    ['Location', row(0, 'Ng, Helen MD', 'Revisión', 'ClÃ­nica Norte')],
  ])('refuses the row, naming column %s', async (column, line) => {
    const r = await convert([line, row(1, 'Ng, Helen MD', 'Office Visit', 'North')]);
    expect(r.appointments).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, column });
    expect(r.errors[0]!.message).toMatch(/looks garbled by a wrong text encoding$/);
  });

  it('lets symbols that are text go', async () => {
    const r = await convert([
      row(0, 'Ng, Helen MD', 'Exam 360°', 'Zahnarzt 🦷'),
      row(1, 'Ng, Helen MD', 'Consult 50 €', 'Café «Bébé»'),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => a.location)).toEqual(['Zahnarzt 🦷', 'Café «Bébé»']);
  });
});
