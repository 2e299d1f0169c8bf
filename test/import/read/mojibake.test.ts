// UTF-8 text that was once read as Windows-1252 and saved again (`JosÃ© GarcÃ­a`): read back as
// UTF-8 where that is exact, line by line; left as it is, for the row checks to refuse, where it is
// not. Files written here as bytes; expected names worked out by hand from the UTF-8 tables.
import { collect } from '../convert/support.ts';
import { repairMojibake } from '../../../main/import/read/mojibake.ts';
import { PLAIN_HEAD as HEAD, plainRows, ROWS_PAST_SAMPLE, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const opts = { timeZone: 'America/New_York' };
const names = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`);

/** What Excel does to a UTF-8 file opened as ANSI: each byte read as Windows-1252. */
function savedThrough1252(text: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return [...Buffer.from(text, 'utf8')]
    .map((b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80]! : String.fromCharCode(b)))
    .join('');
}

describe('repairMojibake', () => {
  it('reads a line of UTF-8 seen as Windows-1252 back as UTF-8', () => {
    expect(repairMojibake('JosÃ© GarcÃ­a')).toBe('José García');
    expect(repairMojibake('Oâ€™Brien')).toBe('O’Brien');
    expect(repairMojibake('Ã‘UÃ‘EZ')).toBe('ÑUÑEZ');
    // Á is C3 81: Windows leaves 0x81 a C1 control.
    expect(repairMojibake('Ã\u0081lvarez')).toBe('Álvarez');
  });

  it('undoes the damage done twice', () => {
    expect(repairMojibake('JosÃƒÂ©')).toBe('José');
  });

  it('leaves real letters alone', () => {
    for (const s of ['José García', 'JOÃO', 'ANDRÉ’S', 'Weiß', 'plain ASCII'])
      expect(repairMojibake(s)).toBe(s);
  });

  it('leaves a line that does not turn back whole', () => {
    // `é` beside `Ã­`: the line's bytes in Windows-1252 are no UTF-8.
    expect(repairMojibake('José GarcÃ­a')).toBe('José GarcÃ­a');
  });

  it('repairs each line on its own', () => {
    expect(repairMojibake('José\nMÃ¼ller\n')).toBe('José\nMüller\n');
  });
});

describe('an export saved through Windows-1252', () => {
  const rows = [
    HEAD,
    '03/02/2027,9:00 AM,"García, José",04/05/1980,101,Dr Núñez',
    '03/02/2027,9:30 AM,"O’Brien, Seán",04/05/1981,102,Dr Núñez',
    '03/02/2027,10:00 AM,"MÜLLER, JÜRGEN",04/05/1982,103,Dr Núñez',
  ];

  it('goes with its names and providers as they were written', async () => {
    const r = await collect(t.write('once.csv', savedThrough1252(rows.join('\r\n'))), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(['José García', 'Seán O’Brien', 'Jürgen Müller']);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Dr Núñez',
      'Dr Núñez',
      'Dr Núñez',
    ]);
  });

  it('goes so when saved through it twice', async () => {
    const twice = savedThrough1252(savedThrough1252(rows.join('\r\n')));
    const r = await collect(t.write('twice.csv', twice), opts);
    expect(names(r)).toEqual(['José García', 'Seán O’Brien', 'Jürgen Müller']);
  });

  it('goes so as Excel "Unicode text" (UTF-16 with a byte-order mark)', async () => {
    const text = savedThrough1252(rows.join('\r\n'))
      .replace(/,/g, '\t')
      .replace(/"([^"\t]*)\t ([^"\t]*)"/g, '$1, $2');
    const r = await collect(
      t.write('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
      opts,
    );
    expect(names(r)).toEqual(['José García', 'Seán O’Brien', 'Jürgen Müller']);
  });

  it('is repaired after the first 64 KB too', async () => {
    const late = [HEAD, ...plainRows(ROWS_PAST_SAMPLE).map((r) => r[0]!), rows[1]!].join('\r\n');
    const r = await collect(t.write('late.csv', savedThrough1252(late)), opts);
    expect(names(r).at(-1)).toBe('José García');
  });

  it('refuses a row whose line mixes a real letter with a damaged one, never sending it garbled', async () => {
    const mixed = [HEAD, '03/02/2027,9:00 AM,"GarcÃ­a, José",04/05/1980,101,Dr Ng', rows[3]!].join('\r\n');
    const r = await collect(t.write('mixed.csv', mixed), opts);
    expect(names(r)).toEqual(['Jürgen Müller']);
    expect(r.errors).toMatchObject([{ line: 2, column: 'Patient', value: 'GarcÃ­a, José' }]);
    expect(r.errors[0]!.message).toContain('garbled by a wrong text encoding');
  });
});
