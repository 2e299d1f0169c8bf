// Provider values that name no one to a patient: an NPI or a long key (had gone as "Provider
// 1234567893"), a column of logins (had gone as "Jsmith"), a site (had gone as "North Office").
// The portal shows Participant/ProviderName as the provider's name (medfusion-api.md 14c); the id
// stays in Participant/Identifier (14b). Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('provider-labels');
const ny = { timeZone: 'America/New_York' };

/** Two patients, 10:00 and 11:00 on 2 March 2027, with these provider cells. */
const list = (header: string, a: string, b: string): string[] => [
  `Date,Time,Patient,DOB,${header},Status`,
  `03/02/2027,10:00 AM,"Smith, John",04/05/1950,${a},Booked`,
  `03/02/2027,11:00 AM,"Brown, Carl",04/05/1951,${b},Booked`,
];

const participants = async (lines: string[]) =>
  (await collect(files.write(lines), ny)).appointments.map((a) => [
    a.participant.identifier,
    a.participant.providerName,
  ]);

describe('provider cells that are no name', () => {
  it('an NPI keeps the provider apart by its id and shows no made-up name', async () => {
    expect(await participants(list('Provider', '1234567893', '1245319599'))).toEqual([
      ['1234567893', 'Unassigned provider'],
      ['1245319599', 'Unassigned provider'],
    ]);
  });

  it("a practice's short provider number still goes as Provider 7 (README: ProvNum)", async () => {
    expect((await participants(list('Provider', '7', '12'))).map((p) => p[1])).toEqual([
      'Provider 7',
      'Provider 12',
    ]);
  });

  it('a column of logins shows no name, while a capitalised one-word name stays', async () => {
    const logins = await participants(list('Provider', 'jsmith', 'mlee'));
    expect(logins.map((p) => p[1])).toEqual(['Unassigned provider', 'Unassigned provider']);
    // Two logins are still two providers (their ids differ).
    expect(new Set(logins.map((p) => p[0])).size).toBe(2);
    const names = await participants(list('Provider', 'Smith', 'Lee'));
    expect(names.map((p) => p[1])).toEqual(['Smith', 'Lee']);
  });

  it('a site is no provider; a clinician named before a dash and a site is', async () => {
    expect(
      (await participants(list('Provider', 'Main Street Clinic', 'North Office'))).map((p) => p[1]),
    ).toEqual(['Unassigned provider', 'Unassigned provider']);
    expect(
      (await participants(list('Provider', 'Sam Ortiz - Main Clinic', '"Lee, Anna"'))).map((p) => p[1]),
    ).toEqual(['Sam Ortiz', 'Anna Lee']);
  });
});

describe("a provider's code in the provider column", () => {
  it('initials and numbered roles show as written with their ids as before (JS had gone as "Js")', async () => {
    expect(await participants(list('Provider', 'JS', 'DR1'))).toEqual([
      ['js', 'JS'],
      ['dr1', 'DR1'],
    ]);
    // MEDENT's doctor codes and a hygienist's number.
    expect(await participants(list('DR', 'JRW', 'HYG2'))).toEqual([
      ['jrw', 'JRW'],
      ['hyg2', 'HYG2'],
    ]);
  });

  it('a family name in capitals is still a name, cased as one', async () => {
    expect((await participants(list('Provider', 'LEE', 'WU'))).map((p) => p[1])).toEqual(['Lee', 'Wu']);
  });
});
