// Who the portal shows and under which id: one provider written several ways (title, credentials,
// specialty, `Last, First` or `First Last`) is one provider, in a file and from file to file; two
// people never are. A cell that names two people by their family names, a label written into the
// cell, and a capitals name ending in a word that is a credential and a family name (`DO`) are
// never sent as a made-up person. Expected values worked out by hand.
import path from 'node:path';
import { expect, it } from 'vitest';
import { namesTwoProviders } from '../../../main/import/map/provider-pair.ts';
import { providerNamesNoOne } from '../../../main/import/map/room-values.ts';
import {
  parseProviderName,
  providerDisplayName,
  providerIdOf,
} from '../../../main/import/map/provider-name.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const { write } = exportFiles('provider-identity');
const idOf = (cell: string): string => providerIdOf(parseProviderName(cell), cell);

it.each([
  'Lee, Anna',
  'Dr. Anna Lee',
  'ANNA LEE MD',
  'Lee, Anna (Cardiology)',
  'Lee, Anna MD, FACC',
  'Anna Lee, M.D., Ph.D.',
  'Dr Anna Lee (GP)',
  'Prof. Dr. med. Anna Lee',
  'Lee, Anna, LCSW',
  'Dr. Anna Lee - Hygiene',
  'Provider: Lee, Anna',
])('%s is the provider lee-anna', (cell) => expect(idOf(cell)).toBe('lee-anna'));

it.each([
  ['Lee, Andrew', 'lee-andrew'], // another person of the family
  ['Dr A Lee', 'lee-a'], // an initial is not surely Anna
  ['Lee, Anna M', 'lee-anna-m'],
  ['Dra. Lucía Romero', 'romero-lucia'],
  ['Dott. Bianchi', 'bianchi'],
  ['Hygienist 1', 'hygienist-1'], // a role and its number: the cell as written
  ['Hygienist 2', 'hygienist-2'],
  ['Dr Lee [1187]', '1187'], // the export's own id
])('%s is the provider %s', (cell, id) => expect(idOf(cell)).toBe(id));

it.each([
  ['Sam Ortiz - Downtown', 'Sam Ortiz'], // WebPT's calendar per clinic
  ['Priya Nair PTA - North Scottsdale', 'Priya Nair, PTA'],
  ['Sam Ortiz - Room 2', 'Sam Ortiz'],
  ['Anna Lee - Vincent', 'Anna Lee Vincent'], // may be a double family name: stays
  ['Dr. Smith - Hygiene', 'Dr. Smith'],
  ['Anna Lee DMD MS', 'Anna Lee, DMD, MS'],
  ['RAJ PATEL PA', 'Raj Patel, PA'], // no family name Pa: the credential
  ['JOHN SMITH OD', 'John Smith, OD'],
  ['MINH DO', 'Minh Do'], // a given and a family name: no credential there
  ['DDS1', 'DDS1'], // Dentrix's provider id: a code, not put in proper case
  ['Provider: HYG1', 'HYG1'],
  ['FP.SMITHJ', 'FP.SMITHJ'], // MEDITECH's provider mnemonic: a code (it had shown as 'Fp.smithj')
  ['DR_LEE', 'DR_LEE'],
  ['Jane Doe MD MPH', 'Jane Doe, MD, MPH'],
  ['Dott.ssa Maria Rossi', 'Dott.ssa Maria Rossi'],
])('%s is shown as %s', (cell, shown) => expect(providerDisplayName(cell)).toBe(shown));

it.each([
  ['Lee / Patel', true],
  ['Sam Ortiz - Priya Nair', true],
  ['Sam Ortiz - North Scottsdale', false],
  ['Lee & Patel', true],
  ['Lee and Patel', true],
  ['Lee; Patel', true],
  ['PT/OT', false],
  ['Lee/Hygiene', false],
  ['Lee / Room 2', false],
  ['DDS/RDH', false],
])('%s names two providers: %s', (cell, two) => expect(namesTwoProviders(cell)).toBe(two));

it.each([
  ['Hygiene Chair', true],
  ['Lab Room', true],
  ['Aquatic Pool', true],
  ['Gym', true],
  ['Pool', false], // a family name
  ['Chair, Anna', false],
  ['Hygienist Kim Pool', false],
])('%s names no one: %s', (cell, none) => expect(providerNamesNoOne(cell)).toBe(none));

it('one provider written four ways in one file goes under one id; another Lee under his own', async () => {
  const f = write([
    'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status',
    '501,P1,Brown,Tom,01/02/1970,03/01/2027,9:00 AM,"Lee, Anna",Scheduled',
    '502,P2,Green,Amy,02/03/1971,03/01/2027,9:30 AM,Dr. Anna Lee,Scheduled',
    '503,P3,White,Bob,03/04/1972,03/01/2027,10:00 AM,ANNA LEE MD,Scheduled',
    '504,P4,Black,Sue,04/05/1973,03/01/2027,10:30 AM,"Lee, Anna (Cardiology)",Scheduled',
    '505,P5,Gray,Ann,05/06/1974,03/01/2027,11:00 AM,"Lee, Andrew",Scheduled',
  ]);
  const { appointments, errors } = await collect(f, { timeZone: 'America/New_York' });
  expect(errors).toEqual([]);
  // Before: lee-anna, dr-anna-lee, anna-lee-md, lee-anna-cardiology: four providers on the portal.
  expect(appointments.map((a) => a.participant.identifier)).toEqual([
    'lee-anna',
    'lee-anna',
    'lee-anna',
    'lee-anna',
    'lee-andrew',
  ]);
  // One name shown per provider: `Anna Lee` (rows 501 and 504) is the form written most often.
  expect(appointments.map((a) => a.participant.providerName)).toEqual([
    'Anna Lee',
    'Anna Lee',
    'Anna Lee',
    'Anna Lee',
    'Andrew Lee',
  ]);
});

it('two family names, a label, a room and a capitals name ending in DO: none goes as a made-up person', async () => {
  const f = write([
    'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status',
    '601,P1,Brown,Tom,01/02/1970,03/02/2027,9:00 AM,Lee / Patel,Scheduled',
    '602,P2,Green,Amy,02/03/1971,03/02/2027,9:30 AM,Resource: US Room,Scheduled',
    '603,P3,White,Bob,03/04/1972,03/02/2027,10:00 AM,"Provider: Lee, Anna",Scheduled',
    '604,P4,Black,Sue,04/05/1973,03/02/2027,10:30 AM,DAVID HALL DO,Scheduled',
    '605,P5,Gray,Ann,05/06/1974,03/02/2027,11:00 AM,"HALL, DAVID, DO",Scheduled',
    '606,P6,Stone,Jim,06/07/1975,03/02/2027,11:30 AM,Anna Lee DMD MS,Scheduled',
  ]);
  const { appointments, errors } = await collect(f, { timeZone: 'America/New_York' });
  // Before: 'Lee Patel' (a made-up person), 'Resource: US Room', 'Anna Provider: Lee',
  // 'David Hall Do', and 'Anna Lee DMD Ms'.
  expect(errors.map((e) => [e.line, e.column, e.value])).toEqual([
    [2, 'Provider', 'Lee / Patel'],
    [5, 'Provider', 'DAVID HALL DO'],
  ]);
  expect(errors[0]!.message).toContain('names two providers');
  expect(errors[1]!.message).toContain("ends in 'DO', a credential or a family name");
  expect(
    appointments.map((a) => [a.appointmentId, a.participant.identifier, a.participant.providerName]),
  ).toEqual([
    ['602', 'unassigned', 'Unassigned provider'],
    ['603', 'lee-anna', 'Anna Lee'],
    ['605', 'hall-david', 'David Hall, DO'],
    // `Anna Lee DMD MS` alone reads `Anna Lee, DMD, MS`; in this file Anna Lee is first shown as
    // `Anna Lee` (line 4, each form once): one name per provider (provider-forms.ts).
    ['606', 'lee-anna', 'Anna Lee'],
  ]);
});

it('a therapy schedule of calendars per clinic (test/fixtures/hazards/therapy-calendars-per-clinic.csv)', async () => {
  const r = await collect(path.resolve('test/fixtures/hazards/therapy-calendars-per-clinic.csv'), {
    timeZone: 'America/Phoenix', // MST all year, UTC-7
  });
  expect(r.summary.doubts).toEqual([]);
  // Before: providers 'Sam Ortiz PT DPT Downtown' and 'Sam Ortiz PT DPT North Scottsdale' (two
  // ids), 'Aquatic Pool', a made-up 'Ortiz Nair' and 'Gym'.
  expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([[6, 'Therapist', 'Ortiz / Nair']]);
  expect(
    r.appointments.map((a) => [
      a.appointmentId,
      a.start.toISOString(),
      a.participant.identifier,
      a.participant.providerName,
      a.location,
    ]),
  ).toEqual([
    ['480211', '2027-03-01T15:00:00.000Z', 'ortiz-sam', 'Sam Ortiz, PT, DPT', 'Downtown'],
    ['480212', '2027-03-01T16:00:00.000Z', 'nair-priya', 'Priya Nair, PTA', 'Downtown'],
    ['480213', '2027-03-01T16:00:00.000Z', 'unassigned', 'Unassigned provider', 'Downtown'],
    ['480214', '2027-03-01T20:00:00.000Z', 'ortiz-sam', 'Sam Ortiz, PT, DPT', 'North Scottsdale'],
    ['480216', '2027-03-01T22:00:00.000Z', 'unassigned', 'Unassigned provider', 'North Scottsdale'],
  ]);
});
