// The bench's floor as a program of its own, run cold like `convert` (`npm run bench -- convert`):
// start Node, read the CSV file, parse it with papaparse, write the very XML documents `convert`
// wrote. With `ids`, it also computes the two SHA-256 digests each derived appointment needs (the
// patient's and the appointment group's: identity.ts), the one piece of the mapping whose cost is
// fixed by the ids already on portals. It prints its own CPU seconds (user + system, start-up
// included, as /usr/bin/time counts `convert`), less the reading of the finished documents it
// holds in memory beforehand, which no converter pays.
// Why: the headline floor is papaparse's warm in-memory parse, so it leaves out what any
// converter run as a command must pay (Node's start, the file read and decoded, a cold JIT); this
// figure says how much of the gap to 0.5 is that.
// Run: node test/bench/floor-program.mjs FILE.csv DOCS_DIR OUT_DIR [plain|ids]
import { hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

const [file, docsDir, outDir, mode = 'plain'] = process.argv.slice(2);
const held = process.cpuUsage();
const docs = fs.readdirSync(docsDir).map((f) => fs.readFileSync(path.join(docsDir, f), 'utf8'));
const holding = process.cpuUsage(held);

const rows = Papa.parse(fs.readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
let digests = 0;
if (mode === 'ids') {
  // The texts hashed are of the same length as the real ones (practice id, names, birth date,
  // provider, day); their content does not change SHA-256's cost.
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    const patient = hash('sha256', `${r[3]}\u001f${r[4]}`, 'hex');
    const group = hash('sha256', `1c7ecf9f-9700-4e70-b976-9356db658274\u001f${r[3]}\u001f${r[0]}\u001f${r[1]}`, 'hex');
    digests += patient.length + group.length > 0 ? 2 : 0;
  }
}
fs.mkdirSync(outDir, { recursive: true });
docs.forEach((xml, i) => fs.writeFileSync(path.join(outDir, `${i}.xml`), xml));

const all = process.cpuUsage();
const cpuSeconds = (all.user + all.system - holding.user - holding.system) / 1e6;
process.stdout.write(`${JSON.stringify({ rows: rows.length - 1, digests, cpuSeconds })}\n`);
