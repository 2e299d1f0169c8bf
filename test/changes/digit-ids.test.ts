// The ledger's index of digit-only ids by their value without leading zeros (what the engine's
// lost-zeros check looks NEW ids up in), read back after a reopen, against a real file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SentLedger } from '../../main/changes/index.ts';
import { numberKey, withoutLeadingZeros } from '../../main/changes/digit-ids.ts';
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

// How spreadsheets write a whole number once given a number format: decimals of zeros, thousands
// grouped by comma, full stop, space or apostrophe (Swiss), in US and European styles. Worked out
// by hand; anything that is not plainly a whole number is not one.
test.each<[string, string | undefined]>([
  ['0048121', '48121'],
  ['48121.00', '48121'],
  ['48121,00', '48121'],
  ['48121.0', '48121'],
  ['48,121', '48121'],
  ['48,121.00', '48121'],
  ['48.121,00', '48121'],
  ['48 121', '48121'],
  ["1'234", '1234'],
  ['1,234,567.00', '1234567'],
  ['1,000', '1000'], // grouping, not three decimals
  ['0.00', '0'],
  ['4812.5', undefined], // not whole
  ['48121.001', undefined],
  ['48,12', undefined], // a group of two
  ['12,34,567', undefined],
  ['48.121.00', undefined], // the decimal mark and the grouping the same
  ['48121.', undefined],
  ['.00', undefined],
  ['M10457', undefined],
  ['A-7', undefined],
])('numberKey(%s) is %s', (id, out) => expect(numberKey(id)).toBe(out));

test('ids sent written as spreadsheet numbers are indexed by their number', async () => {
  const a = await SentLedger.open(dir);
  await a.record([appt('48121.00', '2027-03-02T14:00:00Z', { patient: patient('1,001') })]);
  const ids = a.digitIds();
  await a.close();
  expect([...ids.appointments.keys()]).toEqual(['48121']);
  expect([...ids.patients]).toEqual([['1001', '1,001']]);
});
