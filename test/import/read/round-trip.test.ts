// Property test: random tables written with standard CSV quoting (cells with delimiters, quotes,
// line breaks, accents, empty cells; CRLF or LF; every encoding) read back cell for cell, with
// each row's physical line number. Seeded, so a failure is reproducible.
import fs from 'node:fs';
import path from 'node:path';
import type { Delimiter, TextEncoding } from '../../../main/import/read/index.ts';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const PIECES = [
  'Oscar',
  'Núñez',
  'Zoë',
  '2026-12-14',
  '08:00',
  ' ',
  '"',
  '""',
  ',',
  ';',
  '\t',
  '|',
  '\n',
  '\r\n',
  'x',
];

function cell(rand: () => number): string {
  const n = Math.floor(rand() * 4);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

function encode(text: string, enc: TextEncoding): Buffer {
  if (enc === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  if (enc === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (enc === 'utf-16be') {
    const le = Buffer.from(text, 'utf16le');
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
  }
  if (enc === 'windows-1252') return Buffer.from(text, 'latin1');
  return Buffer.from(text);
}

const DELIMS: Delimiter[] = [',', ';', '\t', '|'];
const ENCODINGS: TextEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'];

describe('round trip', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('random table #%i', async (seed) => {
    const rand = prng(seed);
    const delim = DELIMS[seed % 4]!;
    const enc = ENCODINGS[seed % 5]!;
    const eol = seed % 2 ? '\r\n' : '\n';
    const cols = 3 + Math.floor(rand() * 5);
    const headers = Array.from({ length: cols }, (_, i) => `Column Name ${String.fromCharCode(65 + i)}`);
    const rows = Array.from({ length: 300 }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (c === 0 ? `id${r}` : cell(rand))),
    );
    const quote = (v: string) =>
      /["\r\n]/.test(v) || v.includes(delim) || rand() < 0.2 ? `"${v.replace(/"/g, '""')}"` : v;
    let text = headers.join(delim) + eol;
    const expectedLines: number[] = [];
    let line = 2;
    for (const r of rows) {
      expectedLines.push(line);
      const out = r.map(quote).join(delim);
      line += (out.match(/\n/g) ?? []).length + 1;
      text += out + eol;
    }
    const file = path.join(t.dir, `t${seed}.csv`);
    fs.writeFileSync(file, encode(text, enc));
    const got = await readAll(file, { sampleBytes: 2048 });
    expect(got.info.delimiter).toBe(delim);
    expect(got.info.headers).toEqual(headers);
    expect(got.rows.map((r) => r.values)).toEqual(rows);
    expect(got.rows.map((r) => r.line)).toEqual(expectedLines);
    expect(got.rows.every((r) => r.problem === undefined)).toBe(true);
  });
});
