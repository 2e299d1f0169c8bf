// Excel for Mac's "CSV (Macintosh)": Mac Roman text, a CR alone at each line end. Read as
// Windows-1252 its names went garbled (`N–ez, JosŽ` for `Núñez, José`). Files written here as
// bytes; expected names by hand.
import fs from 'node:fs';
import path from 'node:path';
import { collect } from '../convert/support.ts';
import { tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const HEAD = 'Date,Time,Patient,DOB,Chart #,Provider';
function write(name: string, lines: Array<Array<number | string>>): string {
  const bytes = lines.flatMap((parts) => [
    ...parts.flatMap((p) => (typeof p === 'number' ? [p] : [...Buffer.from(p, 'latin1')])),
    0x0d,
  ]);
  const p = path.join(t.dir, name);
  fs.writeFileSync(p, Buffer.from(bytes));
  return p;
}
const opts = { timeZone: 'America/New_York' };

describe('a file with lone-CR line ends', () => {
  it('is read as Mac Roman when its letters read right that way only', async () => {
    // Núñez, José: ú 0x9C, ñ 0x96, é 0x8E in Mac Roman (œ, –, Ž in Windows-1252).
    const r = await collect(
      write('mac.csv', [
        [HEAD],
        ['03/02/2027,9:00 AM,"N', 0x9c, 0x96, 'ez, Jos', 0x8e, '",04/05/1980,101,Dr Ng'],
        ['03/02/2027,9:30 AM,"Pe', 0x96, 'a, In', 0x8e, 's",04/05/1981,102,Dr Ng'],
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'José Núñez',
      'Inés Peña',
    ]);
  });

  it('stays Windows-1252 when its letters read right that way only', async () => {
    // Müller: ü 0xFC in Windows-1252 (¸, a cedilla, in Mac Roman).
    const r = await collect(
      write('win.csv', [[HEAD], ['03/02/2027,9:00 AM,"M', 0xfc, 'ller, Anna",04/05/1980,101,Dr Ng']]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Müller']);
  });

  it('is held when both read as well', async () => {
    // 0xE9 0xE8: `éè` in Windows-1252, `ÈË` in Mac Roman, after a space either way.
    const r = await collect(
      write('both.csv', [[HEAD], ['03/02/2027,9:00 AM,"Lee, ', 0xe9, 0xe8, '",04/05/1980,101,Dr Ng']]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'encoding', check: 'mac-roman', samples: ['ÈË / éè'] }]);
  });
});
