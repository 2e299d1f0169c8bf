// Micro-bench of convert's XML half, in-process: building + checking the documents of N mapped
// appointments (BatchChecker, as convert uses it) and writing them (writeFileSync), in CPU µs
// per appointment (process.cpuUsage: the machine is shared, wall time follows its load).
// The appointments come from the bench's own export (convert-bench.ts writeExport) mapped once
// through the real importer, untimed. Best of 3 rounds.
//   npx tsx test/bench/xml-build-micro.ts [rows] [otherRoot]
// With otherRoot (a copy of the repository's main/ of another commit, e.g. made by
// `git archive BASE main | tar -x -C /tmp/base`), both are run alternating, A (otherRoot) / B (this
// checkout), in the same process, on the same appointments.
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

async function round(s: Side): Promise<{ build: number; write: number; bytes: number }> {
  const checker = s.BatchChecker.open(null);
  const out = path.join(tmp, `out-${s.label}`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out);
  // libxml2 certifies the shapes on the first batch: not part of the figure.
  await checker.build(appts.slice(0, BATCH), s.defaultSender(new Date(), '1.0.0'), {
    timeZone: 'America/Los_Angeles',
  });
  // Each document is written as soon as it is built, as convert does (holding them all would
  // promote 16 MB of strings and bill the old generation's collections to building).
  let build = 0;
  let write = 0;
  let bytes = 0;
  for (let i = 0; i < appts.length; i += BATCH) {
    const t0 = cpu();
    const sender = s.defaultSender(new Date(), '1.0.0');
    const c = await checker.build(appts.slice(i, i + BATCH), sender, { timeZone: 'America/Los_Angeles' });
    if (c.checkedBy !== 'certified' || !c.result.ok) throw new Error('not certified');
    const t1 = cpu();
    fs.writeFileSync(path.join(out, `d-${i / BATCH}.xml`), c.xml);
    write += cpu() - t1;
    build += t1 - t0;
    bytes += c.xml.length;
  }
  return { build: build / appts.length, write: write / appts.length, bytes };
}

const sides = [await load('B', path.resolve(import.meta.dirname, '../..'))];
if (otherRoot) sides.unshift(await load('A', otherRoot));
const best = new Map<string, { build: number; write: number; total: number }>();
for (let r = 0; r < 4; r++) {
  for (const s of r % 2 ? [...sides].reverse() : sides) {
    const m = await round(s);
    if (r === 0) continue; // warm-up
    const b = best.get(s.label) ?? { build: Infinity, write: Infinity, total: Infinity };
    best.set(s.label, {
      build: Math.min(b.build, m.build),
      write: Math.min(b.write, m.write),
      total: Math.min(b.total, m.build + m.write),
    });
    console.log(
      `${s.label} round ${r}: build+check ${m.build.toFixed(2)} µs, write ${m.write.toFixed(2)} µs / appointment (${(m.bytes / 1e6).toFixed(1)} MB)`,
    );
  }
}
for (const [label, b] of best)
  console.log(
    `${label} best of 3 (${appts.length} appointments): build+check ${b.build.toFixed(2)} µs, write ${b.write.toFixed(2)} µs, sum ${b.total.toFixed(2)} µs`,
  );
fs.rmSync(tmp, { recursive: true, force: true });
