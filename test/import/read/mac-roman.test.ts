// Excel for Mac's "CSV (Macintosh)": Mac Roman text, a CR alone at each line end. Read as
// Windows-1252 its names went garbled (`N–ez, JosŽ` for `Núñez, José`). Files written here as
// bytes; expected names by hand.
import fs from 'node:fs';
import path from 'node:path';
import { collect } from '../convert/support.ts';
import {
  lineBytes,
  PLAIN_HEAD as HEAD,
  plainRows as plain,
  ROWS_PAST_SAMPLE as ROWS,
  tempDir,
} from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const write = (name: string, lines: Array<Array<number | string>>): string =>
  t.write(name, lineBytes(lines, 'cr'));
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

// Names in plain ASCII fill the 64 KB the encoding is first judged on; the first letters outside
// ASCII come later, where the reader had switched to Windows-1252 whatever the line ends said.
describe('a lone-CR file whose first letters outside ASCII come after its first 64 KB', () => {
  it('is read as Mac Roman when the late letters read right that way only', async () => {
    const r = await collect(
      write('late-mac.csv', [
        [HEAD],
        ...plain(ROWS),
        ['03/02/2027,9:00 AM,"N', 0x9c, 0x96, 'ez, Jos', 0x8e, '",04/05/1980,101,Dr Ng'],
      ]),
      opts,
    );
    expect(fs.statSync(path.join(t.dir, 'late-mac.csv')).size).toBeGreaterThan(64 * 1024);
    expect(r.summary.doubts).toEqual([]);
    const last = r.appointments.at(-1)!;
    expect(`${last.patient.firstName} ${last.patient.lastName}`).toBe('José Núñez');
  });

  it('stays Windows-1252 when the late letters read right that way only', async () => {
    const r = await collect(
      write('late-win.csv', [
        [HEAD],
        ...plain(ROWS),
        ['03/02/2027,9:00 AM,"M', 0xfc, 'ller, Anna",04/05/1980,101,Dr Ng'],
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.at(-1)!.patient.lastName).toBe('Müller');
  });

  it('is held when the late letters read as well both ways', async () => {
    const r = await collect(
      write('late-both.csv', [
        [HEAD],
        ...plain(ROWS),
        ['03/02/2027,9:00 AM,"Lee, ', 0xe9, 0xe8, '",04/05/1980,101,Dr Ng'],
      ]),
      opts,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'encoding', check: 'mac-roman', samples: ['ÈË / éè'] }]);
  });
});

// A Mac program's "Western (Mac OS Roman)" text with LF line ends (or an old Mac's file whose line
// ends were converted): read as Windows-1252 its names went to the portal garbled (`Nœ–ez, JosŽ`).
describe('a file with LF line ends in Mac Roman', () => {
  const writeLf = (name: string, lines: Array<Array<number | string>>): string =>
    t.write(name, lineBytes(lines, 'lf'));

  it('is read as Mac Roman when only Mac Roman reads its letters right', async () => {
    // ú 0x9C, ñ 0x96, é 0x8E, ü 0x9F in Mac Roman (œ, –, Ž, Ÿ in Windows-1252; £, û, Ä, ƒ in cp850).
    const r = await collect(
      writeLf('mac-lf.csv', [
        [HEAD],
        ['03/02/2027,9:00 AM,"N', 0x9c, 0x96, 'ez, Jos', 0x8e, '",04/05/1980,101,Dr Ng'],
        ['03/02/2027,9:30 AM,"M', 0x9f, 'ller, Anna",04/05/1981,102,Dr Ng'],
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'José Núñez',
      'Anna Müller',
    ]);
  });

  it('is sent neither way when a DOS code page reads other letters as right', async () => {
    // Peña, Gómez: ñ 0x96, ó 0x97 in Mac Roman; û, ù in cp850 (`Peûa`, `Gùmez` fit as well).
    const r = await collect(
      writeLf('mac-or-dos.csv', [
        [HEAD],
        ['03/02/2027,9:00 AM,"Pe', 0x96, 'a, Ana",04/05/1980,101,Dr Ng'],
        ['03/02/2027,9:30 AM,"G', 0x97, 'mez, Luis",04/05/1981,102,Dr Ng'],
        ['03/02/2027,10:00 AM,"Smith, John",04/05/1982,103,Dr Ng'],
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Smith']);
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
  });
});
