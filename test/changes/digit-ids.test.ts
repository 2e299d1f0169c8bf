// The ledger's index of digit-only ids by their value without leading zeros (what the engine's
// lost-zeros check looks NEW ids up in), read back after a reopen, against a real file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SentLedger } from '../../main/changes/index.ts';
import { withoutLeadingZeros } from '../../main/changes/digit-ids.ts';
import { appt } from './appointment-factory.ts';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digit-ids-test-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const patient = (patientId: string) => ({ ...appt(1, '2027-03-02T14:00:00Z').patient, patientId });

test('digit-only appointment and patient ids, keyed without their zeros; others left out', async () => {
  const a = await SentLedger.open(dir);
  await a.record([
    appt('0048121', '2027-03-02T14:00:00Z', { patient: patient('000457') }),
    appt('A-7', '2027-03-02T15:00:00Z', { patient: patient('00"12') }),
    appt('48122', '2027-03-02T16:00:00Z', { patient: patient('M10457') }),
  ]);
  await a.close();
  const b = await SentLedger.open(dir);
  const ids = b.digitIds();
  await b.close();
  expect([...ids.appointments.keys()]).toEqual(['48121', '48122']);
  expect(ids.appointments.get('48121')!.map((s) => [s.appointmentId, s.patientId, s.startMs])).toEqual([
    ['0048121', '000457', Date.parse('2027-03-02T14:00:00Z')],
  ]);
  // A quote in a patient id (escaped in the stored body) is read whole: not digits, not indexed.
  expect([...ids.patients]).toEqual([['457', '000457']]);
});

test.each([
  ['0048121', '48121'],
  ['000', '0'],
  ['48121', '48121'],
  ['0A12', '0A12'],
  ['', ''],
])('withoutLeadingZeros(%s) is %s', (id, out) => expect(withoutLeadingZeros(id)).toBe(out));
