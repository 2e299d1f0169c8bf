// The top of a V8 CPU profile (node --cpu-prof), as test/bench/README.md shows it: self time per
// function as a share of the busy samples (idle time, e.g. waiting for the disk, left out), and
// inclusive time for the same functions. Run: node test/bench/profile-top.mjs FILE.cpuprofile [N]
import fs from 'node:fs';

const [file, n = '25'] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((x) => [x.id, x]));
const parent = new Map();
for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const name = (x) =>
  `${x.callFrame.functionName || `(anonymous):${x.callFrame.lineNumber + 1}`}${x.callFrame.url ? ` ${x.callFrame.url.split('/').pop()}` : ''}`;
const time = new Map();
for (let i = 0; i < p.samples.length; i++)
  time.set(p.samples[i], (time.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const self = new Map();
const total = new Map();
let busy = 0;
for (const [id, t] of time) {
  if (byId.get(id).callFrame.functionName === '(idle)') continue;
  busy += t;
  const k = name(byId.get(id));
  self.set(k, (self.get(k) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = name(byId.get(cur));
    if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + t);
    seen.add(key);
  }
}
console.log(`busy ${(busy / 1e6).toFixed(2)} s of samples\n\n| self | total | function |\n|---:|---:|---|`);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(n)))
  console.log(
    `| ${((100 * t) / busy).toFixed(1)} % | ${((100 * (total.get(k) ?? t)) / busy).toFixed(1)} % | ${k} |`,
  );
