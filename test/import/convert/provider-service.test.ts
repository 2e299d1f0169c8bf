// A provider column that names services or roles, not people. A resource schedule (eClinicalWorks,
// Kareo, athenaOne) books nurse visits, lab draws and injections on resources named for the
// service (`Nurse Visit`, `Lab`, `Lab Draw`, `Injection`, `Triage`, `Telehealth`, `Walk-in`,
// `Vaccine Clinic`) or an unnamed role (`Nurse`, `PT Aide`). Before, each went to the portal as the
// appointment's provider (`<ProviderName>Lab</ProviderName>`, `PT Aide` as `Aide, PT`, a person
// named Aide). Now those rows go as Unassigned provider, as rooms and machines do; people stay,
// with a role word before their name or a `Last, First` that is also a word (`Lab, Anna`), and a
// numbered role, a practice's code for one person (`Provider 1`, `Hygienist 2`). Expected values
// written by hand.
import { describe, expect, it } from 'vitest';
import { collect, expectValidXml } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('provider-service');
const opts = { timeZone: 'America/New_York', practiceName: 'Lakeside Family Medicine' };
const HEAD = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Status,Resource';
const row = (n: number, resource: string): string =>
  `${1000 + n},P${n},Smith${String.fromCharCode(64 + n)},Anna,03/04/1980,12/08/2026,${8 + (n % 9)}:00,Scheduled,${resource}`;

describe('a provider column of services and unnamed roles', () => {
  it('rows booked on a service or a role go as Unassigned provider; the people keep theirs', async () => {
    const resources = [
      '"Patel, Nina MD"',
      'Nurse Visit',
      'Lab',
      'Lab Draw',
      'Injection',
      'Nurse',
      'Triage',
      'Telehealth',
      'Walk-in',
      'Vaccine Clinic',
      'PT Aide',
      'Hygiene',
      'Nurse Jackie Smith',
      '"Lab, Anna"',
      'Provider 1',
      'Hygienist 2',
      'Lab (Dr Patel)',
      '"Patel, Nina (Telehealth)"',
    ];
    const r = await collect(files.write([HEAD, ...resources.map((v, i) => row(i + 1, v))]), opts);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Nina Patel, MD',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
      'Nurse Jackie Smith',
      'Anna Lab',
      'Provider 1',
      'Hygienist 2',
      // the note in brackets is no part of the name: `Lab` alone is left, a service
      'Unassigned provider',
      'Nina Patel, MD', // one name per provider in a file: of two forms once each, the first (provider-forms.ts)
    ]);
    expect(r.appointments[1]!.participant.identifier).toBe('unassigned');
    expectValidXml(r.appointments);
  });

  it('a Provider column of services only goes as Unassigned provider, with no question', async () => {
    const r = await collect(
      files.write([
        HEAD.replace('Resource', 'Provider'),
        row(1, 'Lab'),
        row(2, 'Nurse Visit'),
        row(3, 'Injection'),
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Unassigned provider',
      'Unassigned provider',
      'Unassigned provider',
    ]);
  });
});
