// Micro-bench of convert's XML half, in-process: building + checking the documents of N mapped
// appointments (BatchChecker, as convert uses it) and writing them (writeFileSync), in CPU µs
// per appointment (process.cpuUsage: the machine is shared, wall time follows its load).
// The appointments come from the bench's own export (convert-bench.ts writeExport) mapped once
// through the real importer, untimed. Best of 3 rounds.
//   npx tsx test/bench/xml-build-micro.ts [rows] [otherRoot]
// With otherRoot (a copy of the repository's main/ of another commit, e.g. made by
// `git archive BASE main package.json | tar -x -C /tmp/base` and node_modules linked into it),
// both run in the same process on the same appointments, A (otherRoot) and B (this checkout)
// alternating batch by batch.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeExport } from './convert-bench.ts';
import { importExport } from '../../main/import/import-export.ts';
import type { Appointment } from '../../main/model/appointment.ts';

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';
const rows = Number(process.argv[2] ?? 20_000);
const otherRoot = process.argv[3];
const BATCH = 50;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xml-micro-'));
const csv = path.join(tmp, 'export.csv');
writeExport(csv, rows);
const appts: Appointment[] = [];
const gen = importExport(csv, { practiceId: PRACTICE, timeZone: 'America/Los_Angeles' });
for (;;) {
  const r = await gen.next();
  if (r.done) break;
  if (r.value.kind === 'appointment') appts.push(r.value.appointment);
}

interface Side {
  label: string;
  BatchChecker: typeof import('../../main/xml/batch-checker.ts').BatchChecker;
  defaultSender: typeof import('../../main/xml/build-appointment-data.ts').defaultSender;
}

async function load(label: string, root: string): Promise<Side> {
  const bc = await import(pathToFileURL(path.join(root, 'main/xml/batch-checker.ts')).href);
  const bd = await import(pathToFileURL(path.join(root, 'main/xml/build-appointment-data.ts')).href);
  return { label, BatchChecker: bc.BatchChecker, defaultSender: bd.defaultSender };
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

interface Tally {
  build: number;
  write: number;
  bytes: number;
}

/** One pass over every appointment: each batch is built and written by every side in turn
 *  (the order swapped every batch), so a change of the machine's load hits both alike. */
async function round(sides: Side[]): Promise<Tally[]> {
  const opts = { timeZone: 'America/Los_Angeles' };
  const state = sides.map((s) => {
    const out = path.join(tmp, `out-${s.label}`);
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out);
    return { checker: s.BatchChecker.open(null), out, tally: { build: 0, write: 0, bytes: 0 } };
  });
  // libxml2 certifies the shapes on the first batch: not part of the figure.
  for (let k = 0; k < sides.length; k++)
    await state[k]!.checker.build(appts.slice(0, BATCH), sides[k]!.defaultSender(new Date(), '1.0.0'), opts);
  // Each document is written as soon as it is built, as convert does (holding them all would
  // promote the strings and bill the old generation's collections to building).
  for (let i = 0; i < appts.length; i += BATCH) {
    for (let j = 0; j < sides.length; j++) {
      const k = (i / BATCH) % 2 ? sides.length - 1 - j : j;
      const s = sides[k]!;
      const { checker, out, tally } = state[k]!;
      const t0 = cpu();
      const sender = s.defaultSender(new Date(), '1.0.0');
      const c = await checker.build(appts.slice(i, i + BATCH), sender, opts);
      if (c.checkedBy !== 'certified' || !c.result.ok) throw new Error('not certified');
      const t1 = cpu();
      fs.writeFileSync(path.join(out, `d-${i / BATCH}.xml`), c.xml);
      tally.write += cpu() - t1;
      tally.build += t1 - t0;
      tally.bytes += c.xml.length;
    }
  }
  return state.map((x) => x.tally);
}

const sides = [await load('B', path.resolve(import.meta.dirname, '../..'))];
if (otherRoot) sides.unshift(await load('A', otherRoot));
const best = sides.map(() => ({ build: Infinity, write: Infinity }));
for (let r = 0; r < 4; r++) {
  const t = await round(sides);
  if (r === 0) continue; // warm-up
  for (let k = 0; k < sides.length; k++) {
    const build = t[k]!.build / appts.length;
    const write = t[k]!.write / appts.length;
    best[k] = { build: Math.min(best[k]!.build, build), write: Math.min(best[k]!.write, write) };
    console.log(
      `${sides[k]!.label} round ${r}: build+check ${build.toFixed(2)} µs, write ${write.toFixed(2)} µs / appointment (${(t[k]!.bytes / 1e6).toFixed(1)} MB)`,
    );
  }
}
for (let k = 0; k < sides.length; k++)
  console.log(
    `${sides[k]!.label} best of 3 (${appts.length} appointments): build+check ${best[k]!.build.toFixed(2)} µs, write ${best[k]!.write.toFixed(2)} µs`,
  );
fs.rmSync(tmp, { recursive: true, force: true });
