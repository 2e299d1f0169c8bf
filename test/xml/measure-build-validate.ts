// Quick measurement (not a test): build + validate 200,000 appointments in batches of 50.
// Run: node bin/run-ts.mjs test/xml/measure-build-validate.ts [count]
import { buildAppointmentData, defaultSender } from '../../main/xml/build-appointment-data.ts';
import { splitIntoBatches } from '../../main/xml/batches.ts';
import { validateAppointmentDataSync } from '../../main/xml/validate-appointment-data.ts';
import { sampleAppointment } from './sample-appointments.ts';

const n = Number(process.argv[2] ?? 200_000);
const appts = Array.from({ length: n }, (_, i) => sampleAppointment(i));
const sender = defaultSender(new Date(), '0.1.0');
const batches = splitIntoBatches(appts, 50);
validateAppointmentDataSync(buildAppointmentData(batches[0]!, sender)); // warm-up: wasm + XSD compile

let t = performance.now();
const docs = batches.map((b) => buildAppointmentData(b, sender, { timeZone: 'America/Los_Angeles' }));
const buildMs = performance.now() - t;
t = performance.now();
let bad = 0;
for (const d of docs) if (!validateAppointmentDataSync(d).ok) bad++;
const validateMs = performance.now() - t;
const bytes = docs.reduce((s, d) => s + d.length, 0);
const per1k = (ms: number): string => ((ms / n) * 1000).toFixed(2);
console.log(
  `${n} appointments, ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB XML, ${bad} invalid`,
);
console.log(`build:    ${buildMs.toFixed(0)} ms total, ${per1k(buildMs)} ms per 1,000 appointments`);
console.log(`validate: ${validateMs.toFixed(0)} ms total, ${per1k(validateMs)} ms per 1,000 appointments`);
console.log(`heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
