// One provider written several ways in one file: the order of a name without a comma proven by
// another form of it (`LEE ANNA DDS` beside `LEE, ANNA`), held when nothing proves it (`SMITH JOHN
// MD`), and one name shown per provider id. Also the provider cells that name no one person: a
// firm (`Lee & Associates`), an eye clinic's stations (`Pretest`, `Optical`); and initials joined
// to the family name (`A.LEE`). Expected values worked out by hand from the rows below.
import { expect, it } from 'vitest';
import { findPreset } from '../../../main/import/presets/index.ts';
import type { MappingProfile } from '../../../main/import/map/profile.ts';
import { ProviderOrders } from '../../../main/import/map/provider-forms.ts';
import { providerDisplayName } from '../../../main/import/map/provider-name.ts';
import { providerNameCache } from '../../../main/import/map/row-memos.ts';
import { providerIsAService } from '../../../main/import/map/service-resources.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('provider-forms');
const generic = findPreset('generic')!;
const ny = { timeZone: 'America/New_York' };

/** A day list of one patient per row, the provider cells as given (quoted when they hold a comma). */
const dayList = (...providers: string[]): string[] => [
  'Appt ID,Patient ID,Last Name,First Name,DOB,Date,Time,Provider,Status',
  ...providers.map(
    (p, i) =>
      `${500 + i},1001,Okafor,James,11/02/1979,03/15/2027,${String(9 + i).padStart(2, '0')}:00,${p.includes(',') ? `"${p}"` : p},Scheduled`,
  ),
];

const sent = async (...providers: string[]) => {
  const r = await collect(files.write(dayList(...providers)), ny);
  return {
    providers: r.appointments.map((a) => [a.participant.identifier, a.participant.providerName]),
    checks: r.summary.doubts.map((d) => d.check),
    doubts: r.summary.doubts,
  };
};

it('LEE ANNA DDS beside LEE, ANNA is family name first: one provider, Anna Lee', async () => {
  const r = await sent('LEE ANNA DDS', 'LEE, ANNA', 'LEE ANNA DDS');
  expect(r.checks).toEqual([]);
  // Two rows write 'Anna Lee, DDS', one 'Anna Lee': the most frequent form is shown on all three.
  expect(r.providers).toEqual([
    ['lee-anna', 'Anna Lee, DDS'],
    ['lee-anna', 'Anna Lee, DDS'],
    ['lee-anna', 'Anna Lee, DDS'],
  ]);
});

it('Lee Anna DDS beside Lee, Anna M is not proven: only the same words prove an order', async () => {
  // `Lee, Anna M` writes the family-first words `lee anna m`; `Lee Anna DDS` is `lee anna`: no proof,
  // and a mixed-case name is read first name first (not held).
  const r = await sent('Lee Anna DDS', 'Lee, Anna M');
  expect(r.checks).toEqual([]);
  expect(r.providers).toEqual([
    ['anna-lee', 'Lee Anna, DDS'],
    ['lee-anna-m', 'Anna M Lee'],
  ]);
});

it('ANNA LEE MD beside Lee, Anna and Dr. Anna Lee is proven first name first: one provider', async () => {
  const r = await sent('ANNA LEE MD', 'Lee, Anna', 'Dr. Anna Lee', 'Lee, Anna');
  expect(r.checks).toEqual([]);
  // `Anna Lee` twice, the others once: shown on every row.
  expect(r.providers).toEqual(Array(4).fill(['lee-anna', 'Anna Lee']));
});

it('a tie goes to the form seen first', async () => {
  const r = await sent('Dr. Anna Lee', 'Lee, Anna');
  expect(r.providers).toEqual([
    ['lee-anna', 'Dr. Anna Lee'],
    ['lee-anna', 'Dr. Anna Lee'],
  ]);
});

it('forms whose credentials disagree keep their own names (maybe two people of one name)', async () => {
  const r = await sent('Sam Ortiz, MD', 'Sam Ortiz, PT, DPT', 'Sam Ortiz, MD', 'Dr. Sam Ortiz');
  expect(r.providers).toEqual([
    ['ortiz-sam', 'Sam Ortiz, MD'],
    ['ortiz-sam', 'Sam Ortiz, PT, DPT'],
    ['ortiz-sam', 'Sam Ortiz, MD'],
    ['ortiz-sam', 'Sam Ortiz, MD'],
  ]);
});

it('SMITH JOHN MD that nothing in the file proves otherwise is first name first, not held', async () => {
  // Credentials follow a name in the order people write it; family name first needs the comma.
  const r = await sent('SMITH JOHN MD', 'SMITH JOHN MD', 'Patel, Nina');
  expect(r.checks).toEqual([]);
  expect(r.providers[0]).toEqual(['john-smith', 'Smith John, MD']);
});

it.each([
  ['JOHN SMITH', 'no credential: the name as people write it'],
  ['Dr. John Smith MD', 'a title in front'],
  ['John Smith MD', 'mixed case'],
  ['SMITH, JOHN MD', 'a comma'],
])('%s is not held (%s)', async (cell) => {
  expect((await sent(cell)).checks).toEqual([]);
});

it('the provider name order set in the mapping is read so', () => {
  const orders = new ProviderOrders(['SMITH JOHN MD']);
  const read = (order: MappingProfile['providerNameOrder']) =>
    providerNameCache({ ...generic, providerNameOrder: order }, orders)('SMITH JOHN MD');
  expect(read('last-first')).toMatchObject({ display: 'John Smith, MD', id: 'smith-john' });
  expect(read('first-last')).toMatchObject({ display: 'Smith John, MD', id: 'john-smith' });
  expect(read('auto')).toMatchObject({ display: 'Smith John, MD', id: 'john-smith' });
});

it.each([
  ['A.LEE', 'A. Lee'],
  ['J.R.SMITH', 'J.R. Smith'],
  ['LEE, A.J.', 'A.J. Lee'],
  ['ST.JOHN, ANNA', 'Anna St.John'],
  ['Lee & Associates', 'Lee & Associates'],
  ['Lee, Anna & Assoc.', 'Lee, Anna & Assoc.'],
  ['SMITH JONES PLLC', 'SMITH JONES PLLC'],
  ['Ortiz P.C.', 'Ortiz P.C.'],
])('%s is shown as %s', (cell, shown) => expect(providerDisplayName(cell)).toBe(shown));

it('initials joined to the name are one provider with them written apart', async () => {
  const r = await sent('A.LEE', 'Lee, A.');
  expect(r.providers).toEqual([
    ['lee-a', 'A. Lee'],
    ['lee-a', 'A. Lee'],
  ]);
});

it.each([
  'Pretest',
  'Pre-Test',
  'PRETEST 2',
  'Optical',
  'Lab',
  'Nurse Visit',
  'Vaccine Clinic',
  'First Available',
  'NEXT AVAILABLE',
  'Any Available Provider',
])('%s names no one', (cell) => expect(providerIsAService(cell)).toBe(true));

it.each(['Optical, Anna', 'Dr Anna Pretest', 'First, Anna', 'Next', 'Avail, Jo'])('%s is a person', (cell) =>
  expect(providerIsAService(cell)).toBe(false),
);

it('a station goes as Unassigned provider, the doctors keep theirs', async () => {
  const r = await sent('Pretest', 'Optical', 'Nolan, Amy OD');
  expect(r.providers).toEqual([
    ['unassigned', 'Unassigned provider'],
    ['unassigned', 'Unassigned provider'],
    ['nolan-amy', 'Amy Nolan, OD'],
  ]);
});
