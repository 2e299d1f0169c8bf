// Quick measurement (not a test): CSV-like rows → validated AppointmentData, 200,000 appointments
// in batches of 50, against papaparse's raw parse of a 200,000-row CSV on the same machine.
// Prints wall and CPU time (CPU time is steadier when the machine is shared).
// Run: node bin/run-ts.mjs test/xml/measure-build-validate.ts [count]
import Papa from 'papaparse';
import { buildAppointmentData } from '../../main/xml/build-appointment-data.ts';
import { buildCheckedAppointmentData } from '../../main/xml/build-checked-batch.ts';
import { validateAppointmentDataSync } from '../../main/xml/validate-appointment-data.ts';
import { sampleAppointment } from './sample-appointments.ts';
import { buildWithXmlbuilder2 } from './xmlbuilder2-reference.ts';

const n = Number(process.argv[2] ?? 200_000);
const appts = Array.from({ length: n }, (_, i) => sampleAppointment(i));
const sender = {
  vendorName: 'Appointment Connector',
  deviceName: 'bench',
  deviceVersion: '0.1.0',
  localTime: new Date(),
};
const opts = { timeZone: 'America/Los_Angeles' };
const batches = Array.from({ length: Math.ceil(appts.length / 50) }, (_, i) =>
  appts.slice(i * 50, i * 50 + 50),
);

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function time<T>(label: string, count: number, fn: () => T): T {
  const c = cpuMs();
  const t = performance.now();
  const r = fn();
  const wall = performance.now() - t;
  const cpu = cpuMs() - c;
  const per = (ms: number): string => ((ms / count) * 1000).toFixed(1);
  console.log(`${label.padEnd(44)} wall ${per(wall).padStart(7)}  cpu ${per(cpu).padStart(7)}  ms per 1,000`);
  return r;
}

const header = 'id,date,time,patient_id,first,last,dob,email,provider,location,type,status';
const rows = appts.map(
  (a) =>
    `${a.appointmentId},2026-12-21,10:30,${a.patient.patientId},"${a.patient.firstName}","${a.patient.lastName}",` +
    `${a.patient.dob},${a.patient.email},${a.participant.identifier},${a.location},${a.type},${a.status}`,
);
const csv = [header, ...rows].join('\n');
console.log(`${n} appointments, ${batches.length} batches of 50, CSV ${(csv.length / 1e6).toFixed(1)} MB`);
time('papaparse raw parse (header: true)', n, () => Papa.parse(csv, { header: true }));

buildCheckedAppointmentData(batches[0]!, sender, opts); // warm-up: wasm, XSD compile, first shapes
const small = batches.slice(0, 20);
time('xmlbuilder2 build (1,000 appts only)', 1000, () =>
  small.map((b) => buildWithXmlbuilder2(b, sender, opts)),
);
const docs = time('build (string writer)', n, () =>
  batches.map((b) => buildAppointmentData(b, sender, opts)),
);
time(
  'full libxml2 validate (parse + XSD)',
  n,
  () => docs.filter((d) => !validateAppointmentDataSync(d).ok).length,
);
const checked = time('build + validate (buildCheckedAppointmentData)', n, () =>
  batches.map((b) => buildCheckedAppointmentData(b, sender, opts)),
);
const viaLibxml = checked.filter((c) => c.checkedBy === 'libxml2').length;
const bad = checked.filter((c) => !c.result.ok).length;
console.log(
  `checked batches: ${checked.length - viaLibxml} certified, ${viaLibxml} by libxml2, ${bad} invalid`,
);
console.log(
  `XML ${(docs.reduce((s, d) => s + d.length, 0) / 1e6).toFixed(1)} MB; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
);
