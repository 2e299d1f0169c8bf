// Red team, round 57r3: the delimited reader holds each 32 KB piece's last record (and the blank
// lines after it) over to the next piece (57f). A reader change can lose, double or split rows
// wherever a boundary falls, so every probe here is a real file in a temporary folder and the
// rows expected are worked out without the reader: papaparse on the whole text (one piece), blank
// records left out, or by hand. The rows read must be those, in order, each once.
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { readAll, tempDir } from './read-helpers.ts';

const PIECE = 32 * 1024;
const HEAD = ['Date', 'Time', 'Patient', 'DOB', 'Chart #', 'Provider', 'Notes'];
const folder = tempDir();
afterAll(() => folder.cleanup());
let n = 0;

/** The records papaparse reads in the whole text after its header, blank ones left out. */
function expectedRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
  return parsed.data.slice(1).filter((r) => r.some((c) => c !== ''));
}

async function readRows(bytes: Buffer, ext = 'csv') {
  const file = folder.write(`probe-${n++}.${ext}`, bytes);
  const { info, rows } = await readAll(file);
  return { info, rows, values: rows.map((r) => r.values) };
}

/** A plain row: `k` picks the person; `note` is written as a quoted cell. */
function row(k: number, note: string): string {
  const day = String(1 + (k % 28)).padStart(2, '0');
  return [
    `03/${day}/2027`,
    `${8 + (k % 9)}:${String((k * 5) % 60).padStart(2, '0')} AM`,
    `"Perez${k}, Ana"`,
    '04/05/1980',
    String(10000 + k),
    'Dr Ng',
    `"${note.replace(/"/g, '""')}"`,
  ].join(',');
}

/** A file of `rows` rows with `eol`, the last one's note padded so the text is `bytes` long
 *  (UTF-8 bytes) when asked; `finalEol` false: the last line ends without a line end. */
function fileOf(count: number, eol: string, opts: { bytes?: number; finalEol?: boolean } = {}): string {
  const lines = [HEAD.join(',')];
  for (let k = 0; k < count; k++) lines.push(row(k, `visit ${k}`));
  const end = opts.finalEol === false ? '' : eol;
  let text = lines.join(eol) + end;
  if (opts.bytes !== undefined) {
    const short = Buffer.byteLength(text, 'utf8');
    if (short > opts.bytes) throw new Error(`${short} bytes already, ${opts.bytes} asked`);
    lines[lines.length - 1] = row(count - 1, `visit ${count - 1}${'x'.repeat(opts.bytes - short)}`);
    text = lines.join(eol) + end;
  }
  return text;
}

describe('1. files of exactly the sizes around a piece, each row once', () => {
  it.each<[string, number, string, boolean]>([
    ['32,767 bytes, LF', PIECE - 1, '\n', true],
    ['32,768 bytes, LF', PIECE, '\n', true],
    ['32,769 bytes, LF', PIECE + 1, '\n', true],
    ['65,536 bytes, CRLF', 2 * PIECE, '\r\n', true],
    ['32,768 bytes, CRLF, the last line without a line end', PIECE, '\r\n', false],
    ['32,769 bytes, LF, the last line without a line end', PIECE + 1, '\n', false],
    ['65,537 bytes, LF, the last line without a line end', 2 * PIECE + 1, '\n', false],
  ])('%s', async (_name, bytes, eol, finalEol) => {
    // about 70 bytes a row: 450 rows fill 31 KB, 900 rows 63 KB; the last note pads the rest
    const count = bytes > PIECE + 1 ? 900 : 450;
    const text = fileOf(count, eol, { bytes, finalEol });
    expect(Buffer.byteLength(text)).toBe(bytes);
    const r = await readRows(Buffer.from(text, 'utf8'));
    expect(r.values).toEqual(expectedRows(text));
    expect(r.values).toHaveLength(count);
    expect(r.rows.every((x) => x.problem === undefined)).toBe(true);
  });
});

describe('2. a record across the boundary', () => {
  /** `before` rows, then the line `probe`, placed so that it starts `gap` bytes before the mark. */
  function around(probe: string, gap: number, eol = '\r\n'): string {
    const lines = [HEAD.join(',')];
    let k = 0;
    let at = lines[0]!.length + eol.length;
    while (at + row(k, `visit ${k}`).length + eol.length < PIECE - gap - 200) {
      lines.push(row(k, `visit ${k}`));
      at += row(k, `visit ${k}`).length + eol.length;
      k++;
    }
    // the padding row brings the probe's first byte to the mark less `gap`
    const base = row(k, 'pad ').length + eol.length;
    lines.push(row(k, `pad ${'p'.repeat(PIECE - gap - at - base)}`));
    const before = Buffer.byteLength(lines.join(eol) + eol);
    expect(before).toBe(PIECE - gap);
    lines.push(probe);
    for (let j = k + 1; j < k + 40; j++) lines.push(row(j, `after ${j}`));
    return lines.join(eol) + eol;
  }
  it.each<[string, string, number, string]>([
    [
      'a quoted note with line breaks over the mark',
      row(7000, 'line one\r\nline two\r\nline three'),
      12,
      '\r\n',
    ],
    ['a quoted note whose CR is the first piece’s last byte', row(7001, 'a\r\nb'), 34, '\r\n'],
    ['a quoted note with LF breaks, LF file', row(7002, 'one\ntwo\n\nfour'), 20, '\n'],
    ['a two-byte letter on the mark', row(7003, 'éééééééééééééééééééé'), 40, '\n'],
    ['a four-byte letter on the mark', row(7004, '😀😀😀😀😀😀😀😀😀😀'), 41, '\r\n'],
    ['the probe row starting on the mark', row(7005, 'start'), 0, '\r\n'],
    ['blank lines on the mark', ['', '', '', row(7006, 'after blanks')].join('\r\n'), 3, '\r\n'],
  ])('%s', async (_name, probe, gap, eol) => {
    const text = around(probe, gap, eol);
    const r = await readRows(Buffer.from(text, 'utf8'));
    expect(r.values).toEqual(expectedRows(text));
  });

  it('a file of one huge row (a 300 KB note): read as one row', async () => {
    const text = `${HEAD.join(',')}\n${row(1, 'n'.repeat(300_000))}\n${row(2, 'short')}\n`;
    const r = await readRows(Buffer.from(text, 'utf8'));
    expect(r.values).toEqual(expectedRows(text));
    expect(r.values).toHaveLength(2);
  });
});

describe('3. encodings across the boundary', () => {
  const text = fileOf(1500, '\r\n').replace(/visit (\d+)/g, (_m, d: string) =>
    Number(d) % 7 === 0 ? `visité ñ ${d} 😀` : `visit ${d}`,
  );
  it('UTF-16 LE with a BOM: a surrogate pair may fall on any piece mark', async () => {
    // 1500 rows of UTF-16 are about 190 KB: six marks, several of them inside a row with a pair
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await readRows(bytes);
    expect(r.values).toEqual(expectedRows(text));
  });
  it('UTF-8 with a BOM', async () => {
    const r = await readRows(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(r.values).toEqual(expectedRows(text));
  });
  it('Windows-1252 (é, ñ, ü past the 64 KB sample as well as in it)', async () => {
    const latin = text.replace(/😀/g, 'ü');
    const r = await readRows(Buffer.from(latin, 'latin1'));
    expect(r.values).toEqual(expectedRows(latin));
  });
});

describe('4. report lines at the boundary are furniture wherever the mark falls', () => {
  // By hand: each of these lines is not a row; the rows are the plain rows around it, in order.
  const FURNITURE: Array<[string, string]> = [
    ['a total line', 'Total Appointments: 612,,,,,,'],
    ['a repeated header', HEAD.join(',')],
    ['a page footer', 'Page 2 of 9,,,,,,'],
  ];
  for (const [name, line] of FURNITURE) {
    it(`${name}: the same rows with the line 200 bytes before the mark, just before, on and after it`, async () => {
      const plain: string[] = [];
      for (let k = 0; k < 800; k++) plain.push(row(k, `visit ${k}`));
      const readings: string[][][] = [];
      for (const shift of [-200, -30, -1, 0, 1, 25]) {
        // the line goes after the row that ends nearest `PIECE + shift`
        let at = HEAD.join(',').length + 1;
        let i = 0;
        while (at + plain[i]!.length + 1 <= PIECE + shift) at += plain[i++]!.length + 1;
        const lines = [HEAD.join(','), ...plain.slice(0, i), line, ...plain.slice(i)];
        const r = await readRows(Buffer.from(lines.join('\n') + '\n', 'utf8'));
        expect(r.info.furnitureLines).toContain(i + 2);
        readings.push(r.values);
      }
      const want = expectedRows([HEAD.join(','), ...plain].join('\n'));
      for (const got of readings) expect(got).toEqual(want);
    });
  }
});

describe('5. a file still being written: a shorter copy first', () => {
  it('the copy cut at the mark sends no row the whole file does not hold, bar a row it marks', async () => {
    // notes unquoted: a cut inside a quoted cell is a quote never closed (the file refused)
    const whole = fileOf(1000, '\r\n').replace(/"(visit \d+)"/g, '$1');
    const bytes = Buffer.from(whole, 'utf8');
    const all = await readRows(bytes);
    expect(all.values).toEqual(expectedRows(whole));
    const known = new Set(all.values.map((v) => JSON.stringify(v)));
    for (const cut of [PIECE, PIECE + 7, PIECE - 3, 2 * PIECE - 1]) {
      const part = await readRows(bytes.subarray(0, cut));
      const unknown = part.rows.filter((x) => !known.has(JSON.stringify(x.values)));
      // the one row cut mid-cell is the copy's last, and is marked with a problem (or short of cells)
      expect(unknown.length).toBeLessThanOrEqual(1);
      for (const x of unknown) expect(x.problem, JSON.stringify(x.values)).toBeDefined();
      // no row lost before the cut: every whole line of the copy is read once
      const whole = bytes.subarray(0, cut).toString('utf8');
      const wholeLines = whole.slice(0, whole.lastIndexOf('\r\n') + 2);
      const first = part.values.slice(0, expectedRows(wholeLines).length);
      expect(first).toEqual(expectedRows(wholeLines));
    }
  });
});

describe('6. random tables: read in pieces as papaparse reads them whole', () => {
  const NOTES = [
    'follow up',
    'new pt',
    'bring, card',
    'said "soon"',
    'line\nbreak',
    'crlf\r\nbreak',
    'été',
    'ñandú',
    '😀 ok',
    '',
    'x'.repeat(500),
    'two\n\nblank',
  ];
  it('120 random tables (seeded): the same rows, in order, each once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          count: fc.integer({ min: 300, max: 2500 }),
          eol: fc.constantFrom('\n', '\r\n'),
          notes: fc.array(fc.nat(NOTES.length - 1), { minLength: 50, maxLength: 50 }),
          blanks: fc.array(fc.nat(2500), { maxLength: 8 }),
          finalEol: fc.boolean(),
          bom: fc.boolean(),
        }),
        async (t) => {
          const lines = [HEAD.join(',')];
          const blanks = new Set(t.blanks);
          for (let k = 0; k < t.count; k++) {
            if (blanks.has(k)) lines.push('');
            lines.push(row(k, `${k} ${NOTES[t.notes[k % 50]!]}`));
          }
          const text = lines.join(t.eol) + (t.finalEol ? t.eol : '');
          const body = Buffer.from(text, 'utf8');
          const r = await readRows(t.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
          expect(r.values).toEqual(expectedRows(text));
          expect(r.rows.filter((x) => x.problem !== undefined)).toEqual([]);
        },
      ),
      { numRuns: 120, seed: 57_3 },
    );
  }, 240_000);
});
