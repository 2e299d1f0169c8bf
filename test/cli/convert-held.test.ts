// `convert` follows the trust gate: a file the importer is not sure of exits 1 with the list of
// what is uncertain and leaves NOTHING in the output folder (documents are staged, not streamed),
// unless --accept-guess is given. The importer is the real one with a doubt added for files named
// *uncertain* (the importer's own checks are tested under test/import); the last test uses the
// real importer alone on an unknown status word.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { ImportOptions, ImportSummary } from '../../main/model/import-summary.ts';
import type { Doubt } from '../../main/model/doubt.ts';

const DOUBT: Doubt = {
  kind: 'status',
  field: 'status',
  column: 'Status',
  message: "the status 'Umgebucht' is not a word the connector knows",
  samples: ['Umgebucht'],
  question: "What does 'Umgebucht' mean: booked, or cancelled?",
};

vi.mock('../../main/import/import-export.ts', async (load) => {
  const real = await load<typeof import('../../main/import/import-export.ts')>();
  return {
    ...real,
    async *importBatches(
      file: string,
      opts: ImportOptions,
      hooks?: Parameters<typeof real.importBatches>[2],
    ) {
      const summary: ImportSummary = yield* real.importBatches(file, opts, hooks);
      if (path.basename(file).includes('uncertain')) summary.doubts = [...summary.doubts, DOUBT];
      return summary;
    },
  };
});

const { main } = await import('../../main/cli/index.ts');

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';
const HEADER = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Location,Status';
const rows = (status: string) =>
  [
    HEADER,
    `A-1001,P-501,Anna,Berg,1980-02-03,2026-12-21,09:00,Dr Jane Smith,Checkup,Harbour Clinic,${status}`,
    'A-1002,P-502,Ben,Cole,1975-06-07,2026-12-21,09:30,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed',
    '',
  ].join('\n');
/** Every word known: the importer itself is sure of it (the doubt is added by the mock above). */
const EXPORT = rows('Confirmed');

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'convert-held-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((m: unknown) => void out.push(String(m)));
  const error = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void err.push(String(m)));
  try {
    const code = await main(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

function exportFile(name: string, text = EXPORT): string {
  const f = path.join(root, name);
  fs.writeFileSync(f, text);
  return f;
}

test('an uncertain file: exit 1, what is uncertain, and nothing left in the output folder', async () => {
  const out = path.join(root, 'out');
  const r = await cli(
    'convert',
    exportFile('uncertain.csv'),
    '--practice-id',
    PRACTICE,
    '--out',
    out,
    '--batch-size',
    '1',
  );
  expect(r.code).toBe(1);
  expect(r.err).toContain(
    'uncertain.csv: not converted — the connector is not sure of 1 thing, so nothing was written:',
  );
  expect(r.err).toContain(
    "- Column 'Status': the status 'Umgebucht' is not a word the connector knows (e.g. 'Umgebucht'). What does 'Umgebucht' mean: booked, or cancelled?",
  );
  expect(r.err).toContain('--accept-guess');
  // Not even the staging folder.
  expect(fs.readdirSync(out)).toEqual([]);
  const j = await cli(
    'convert',
    exportFile('uncertain.csv'),
    '--practice-id',
    PRACTICE,
    '--out',
    out,
    '--json',
  );
  expect(j.code).toBe(1);
  expect(JSON.parse(j.out)).toMatchObject({ ok: false, held: true, doubts: [DOUBT], documents: [] });
  expect(fs.readdirSync(out)).toEqual([]);
});

test('an uncertain file to stdout: nothing on stdout', async () => {
  const chunks: string[] = [];
  const write = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((c: string | Uint8Array) => (chunks.push(String(c)), true));
  try {
    const r = await cli('convert', exportFile('uncertain.csv'), '--practice-id', PRACTICE, '--out', '-');
    expect(r.code).toBe(1);
  } finally {
    write.mockRestore();
  }
  expect(chunks.join('')).not.toContain('<?xml');
});

test('--accept-guess converts it anyway and warns', async () => {
  const out = path.join(root, 'out');
  const r = await cli(
    'convert',
    exportFile('uncertain.csv'),
    '--practice-id',
    PRACTICE,
    '--out',
    out,
    '--batch-size',
    '1',
    '--accept-guess',
  );
  expect(r.code, r.err).toBe(0);
  expect(r.err).toContain(
    'WARNING: converted with --accept-guess although the connector is not sure of 1 thing:',
  );
  expect(r.err).toContain("What does 'Umgebucht' mean");
  expect(fs.readdirSync(out).sort()).toEqual(['uncertain-001.xml', 'uncertain-002.xml']);
});

test('a sure file is converted as before, the documents in place and no staging folder left', async () => {
  const out = path.join(root, 'out');
  const r = await cli('convert', exportFile('sure.csv'), '--practice-id', PRACTICE, '--out', out);
  expect(r.code, r.err).toBe(0);
  expect(fs.readdirSync(out)).toEqual(['sure-001.xml']);
});

// End to end with the real importer's own check: passes once the importer holds a file with an
// unknown status word (issue 9; the importer half is built in main/import/).
test('the real importer: an unknown status word holds the file, nothing written', async () => {
  const out = path.join(root, 'out');
  const r = await cli(
    'convert',
    exportFile('week.csv', rows('Umgebucht')),
    '--practice-id',
    PRACTICE,
    '--out',
    out,
    '--json',
  );
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.out) as { held: boolean; doubts: Doubt[] };
  expect(doc.held).toBe(true);
  expect(doc.doubts.some((d) => d.kind === 'status' && d.samples.includes('Umgebucht'))).toBe(true);
  expect(fs.readdirSync(out)).toEqual([]);
});
