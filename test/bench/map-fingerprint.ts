// The mapper's output over a varied set of exports, as one canonical text and its SHA-256: run it
// before and after a change to the mapping step (issue 13's speed pass) and the two must be equal,
// byte for byte. The set: every export under test/fixtures and the corpus sources (each with the
// auto profile, several time zones), the shared samples (../shared/samples) when present, 400 generated schedules
// in random export styles (the property tests' generators, fixed seed: names with particles,
// accents, titles, `Last, First`, ids or none…), and the bench's own 20,000-row file.
// Run: npx tsx test/bench/map-fingerprint.ts [out.txt]   (prints the digest; the text goes to out.txt)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { importExport } from '../../main/import/import-export.ts';
import type { ImportOptions } from '../../main/model/import-summary.ts';
import { exportStyleArb } from '../import/property/export-style.ts';
import { scheduleArb } from '../import/property/schedule.ts';
import { writeExport as writeStyled } from '../import/property/write-export.ts';
import { writeExport as writeBenchExport } from './convert-bench.ts';

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';
const SKIP = new Set(['README.md', 'expected.json', 'manifest.json']);

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !SKIP.has(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function mapped(file: string, opts: Partial<ImportOptions>): Promise<string> {
  const lines: string[] = [];
  try {
    const gen = importExport(file, { practiceId: PRACTICE, timeZone: 'America/Los_Angeles', ...opts });
    for (;;) {
      const r = await gen.next();
      if (r.done) {
        lines.push(`summary ${JSON.stringify(r.value)}`);
        break;
      }
      lines.push(JSON.stringify(r.value));
    }
  } catch (e) {
    lines.push(`thrown ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  return lines.join('\n');
}

const out: string[] = [];
// The shared samples sit beside the checkout (see the README), not inside it.
const roots = ['test/fixtures', 'test/import/corpus/sources', path.join('..', 'shared', 'samples')];
for (const file of roots.flatMap(filesUnder)) {
  for (const timeZone of ['America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney']) {
    out.push(`== ${file} ${timeZone}`, await mapped(file, { timeZone }));
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'map-fingerprint-'));
try {
  const cases = fc.sample(fc.tuple(scheduleArb({ maxAppointments: 40 }), exportStyleArb), {
    numRuns: 400,
    seed: 20261202,
  });
  for (const [i, [schedule, style]] of cases.entries()) {
    const w = writeStyled(schedule, style);
    const file = path.join(dir, `${i}-${w.fileName}`);
    fs.writeFileSync(file, w.bytes);
    out.push(`== generated ${i}`, await mapped(file, { timeZone: style.timeZone }));
  }
  const bench = path.join(dir, 'bench.csv');
  writeBenchExport(bench, 20_000);
  out.push('== bench 20000', await mapped(bench, {}));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const text = out.join('\n');
if (process.argv[2]) fs.writeFileSync(process.argv[2], text);
console.log(
  `${createHash('sha256').update(text).digest('hex')} (${text.length} chars, ${out.length / 2} files)`,
);
