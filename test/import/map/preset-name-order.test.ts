// A file from another system whose headers happen to match a preset (`Date,Time,Patient,DOB,
// Provider,Type,Status` is six of OpenEMR's report's eight columns) is read with that preset. The
// preset must not impose an order on provider names the system itself never writes: OpenEMR
// always writes `Hargreaves,Elena M`, whose comma says the order; `Dr. Nina Patel` without one is
// First Last. Expected values written by hand.
import { expect, test } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { bestPreset } from '../../../main/import/map/choose-profile.ts';

const { write } = exportFiles('preset-name-order');

test("a generic file matched to the OpenEMR preset keeps First Last providers; OpenEMR's own comma form still reads", async () => {
  const header = 'Date,Time,Patient,DOB,Provider,Type,Status';
  expect(bestPreset(header.split(','))?.name).toBe('openemr-appointments-report');
  const f = write([
    header,
    '03/02/2027,9:00 AM,Daniel Okafor,11/02/2017,Dr. Nina Patel,Well Child,Confirmed',
    '03/02/2027,9:30 AM,Mia Brooks,01/20/2020,Sam Ortiz PT,PT Eval,Confirmed',
    '03/02/2027,10:00 AM,Tom Reed,02/11/1971,Riley Shaw,Follow Up,Confirmed',
    '03/02/2027,10:30 AM,Walter Kim,01/29/1944,"Hargreaves,Elena M",Office Visit,Confirmed',
  ]);
  const { appointments } = await collect(f, { timeZone: 'America/New_York' });
  // Before: 'Dr. Patel Nina', 'Ortiz Sam, PT', 'Shaw Riley'.
  expect(appointments.map((a) => a.participant.providerName)).toEqual([
    'Dr. Nina Patel',
    'Sam Ortiz, PT',
    'Riley Shaw',
    'Elena M Hargreaves',
  ]);
});
