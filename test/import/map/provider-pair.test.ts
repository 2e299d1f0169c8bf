// A provider cell naming two people (co-treatment, a resident and an attending) is refused, never
// sent as one made-up provider; a team, a place or a credential with `&` or `/` in it is one
// provider. Expected values decided by hand.
import { expect, it } from 'vitest';
import { namesTwoProviders } from '../../../main/import/map/provider-pair.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const { write } = exportFiles('provider-pair');

it.each([
  ['Ortiz, Sam PT / Nair, Priya PTA', true], // WebPT co-treatment
  ['Lee, Anna; Patel, Raj', true],
  ['Dr. Lee, Dr. Patel', true],
  ['Sam Ortiz / Priya Nair', true],
  ['Sam Ortiz & Priya Nair', true],
  ['Dr Lee and Dr Patel', true],
  ['Lee, Anna MD', false],
  ['Hargreaves,Elena M', false],
  ['Smith, Jane PA-C', false],
  ['Jane Smith, OTR/L', false], // a credential with a slash
  ['Dr. Anna Lee, DDS', false],
  ['Ortega y Gasset, José', false],
  ['Smith & Jones Dental', false],
  ['PT/OT', false],
  ['Physical Therapy & Sports Medicine', false],
  ['Dr Lee/Hygiene', false],
  ['Anna Lee / Room 2', false],
])('%s names two providers: %s', (cell, two) => expect(namesTwoProviders(cell)).toBe(two));

it('the row with two providers is refused, naming the column and the value; the others go', async () => {
  const f = write([
    'Date,Time,Patient,DOB,Therapist,Status',
    '03/02/2027,8:15 AM,"Van Dyke, Joel",10/02/1990,"Ortiz, Sam PT / Nair, Priya PTA",Scheduled',
    '03/02/2027,9:00 AM,"Lopez, Maria",02/11/1975,"Nair, Priya PTA",Scheduled',
  ]);
  const { appointments, errors } = await collect(f, { timeZone: 'America/New_York' });
  // Before: one appointment with the provider 'Sam PT Nair Priya Ortiz, PTA'.
  expect(errors.map((e) => [e.line, e.column, e.value])).toEqual([
    [2, 'Therapist', 'Ortiz, Sam PT / Nair, Priya PTA'],
  ]);
  expect(errors[0]!.message).toContain('names two providers');
  expect(appointments.map((a) => a.participant.providerName)).toEqual(['Priya Nair, PTA']);
});
